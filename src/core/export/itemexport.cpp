#include "core/export/itemexport.h"

#include "core/export/jobrows.h"

namespace BatchDeck {

ItemExport::ItemExport(ApiClient *client, const QString &jobId, const ProjectScope &scope,
                       const ListItemsQuery &query, const ExportOptions &options, QObject *parent)
    : RowExport(itemFields(), options, ExportResult::Rows::Items, parent)
    , m_pager(client, jobId, scope, query)
{
    followPager(&m_pager);
    connect(&m_pager, &ItemPager::pageReceived, this,
            [this](const ItemPage &page) { writePage(page.invalidItems, page.items, itemRow); });
}

} // namespace BatchDeck
