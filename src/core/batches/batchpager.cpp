#include "core/batches/batchpager.h"

#include "core/batches/batchesapi.h"

namespace BatchDeck {

BatchPager::BatchPager(ApiClient *client, const ListBatchesQuery &query, QObject *parent)
    : CursorPager(query.pageToken, tr("batches"),
                  tr("the server sent %1 pages in a row without a new batch (empty, or only "
                     "batches already received) and still offered another page, after %2 "
                     "batches; try again later"),
                  parent)
    , m_client(client)
    , m_query(query)
{ }

ApiCall *BatchPager::requestPage(const std::optional<QString> &token)
{
    ListBatchesQuery query = m_query;
    query.pageToken = token;
    return BatchesApi(m_client).listBatches(
        query, this, [this](const BatchPage &page, const ApiError &error) {
            takePage(page, error, &BatchPage::batches, &BatchPage::invalidBatches, &Batch::id,
                     m_query, &BatchPager::pageReceived);
        });
}

} // namespace BatchDeck
