#include "core/jobs/itempager.h"

namespace BatchDeck {

ItemPager::ItemPager(ApiClient *client, const QString &jobId, const ProjectScope &scope,
                     const ListItemsQuery &query, QObject *parent)
    : OffsetPager(query.offset.value_or(0), query.limit.value_or(MaxLimit), tr("items"),
                  tr("the server sent only items already received in %1 pages in a row, up to "
                     "offset %2; try again later"),
                  parent)
    , m_client(client)
    , m_jobId(jobId)
    , m_scope(scope)
    , m_query(query)
{ }

ApiCall *ItemPager::requestPage(qint64 offset, int limit)
{
    return JobsApi(m_client).listJobItems(
        m_jobId, m_scope, pageQuery(m_query, offset, limit), this,
        [this, offset](const ItemPage &page, const ApiError &error) {
            takePage(offset, page, error, &ItemPage::items, &ItemPage::invalidItems,
                     &JobItem::itemId, m_query, &ItemPager::pageReceived);
        });
}

} // namespace BatchDeck
