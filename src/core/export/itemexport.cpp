#include "core/export/itemexport.h"

#include "core/export/jobrows.h"

namespace BatchDeck {

ItemExport::ItemExport(ApiClient *client, const QString &jobId, const ProjectScope &scope,
                       const ListItemsQuery &query, const ExportOptions &options, QObject *parent)
    : RowExport(itemFields(), options, ExportResult::Rows::Items, parent)
    , m_pager(client, jobId, scope, query)
{
    m_pager.setRowCeiling(options.rowCeiling);
    connect(&m_pager, &ItemPager::pageReceived, this, &ItemExport::onPage);
    connect(&m_pager, &ItemPager::finished, this, [this](const ApiError &error) {
        pagingFinished(error, m_pager.rowCeilingReached(), m_pager.summary());
    });
}

void ItemExport::startPaging()
{
    m_pager.start();
}

void ItemExport::stopPaging()
{
    m_pager.disconnect(this);
    m_pager.cancel();
}

void ItemExport::onPage(const ItemPage &page)
{
    QStringList problems;
    for (const InvalidItem &invalid : page.invalidItems)
        problems.append(invalid.describe());
    if (!acceptInvalidRows(problems))
        return;
    for (const JobItem &item : page.items) {
        if (!writeRow(itemRow(item)))
            return;
    }
    pageWritten(m_pager.pagesReceived(), m_pager.duplicatesSkipped(), m_pager.totalSize());
}

} // namespace BatchDeck
