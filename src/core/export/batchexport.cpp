#include "core/export/batchexport.h"

#include "core/export/jobrows.h"

namespace BatchDeck {

static_assert(ExportOptions {}.rowCeiling == BatchPager::DefaultRowCeiling);

BatchExport::BatchExport(ApiClient *client, const ListBatchesQuery &query,
                         const ExportOptions &options, QObject *parent)
    : RowExport(fieldsFor(options.format), options, ExportResult::Rows::Batches, parent)
    , m_format(options.format)
    , m_pager(client, query)
{
    m_pager.setMaxRows(options.maxRows);
    m_pager.setRowCeiling(options.rowCeiling);
    connect(&m_pager, &BatchPager::pageReceived, this, &BatchExport::onPage);
    connect(&m_pager, &BatchPager::finished, this, [this](const ApiError &error) {
        pagingFinished(error, m_pager.rowCeilingReached(), m_pager.summary());
    });
}

const QStringList &BatchExport::fieldsFor(OutputFormat format)
{
    return format == OutputFormat::JsonLines ? batchApiFields() : batchFields();
}

Row BatchExport::rowFor(const Batch &batch, OutputFormat format)
{
    return format == OutputFormat::JsonLines ? batchApiRow(batch) : batchRow(batch);
}

ExportResult BatchExport::writeBatches(const QList<Batch> &batches, const QString &path,
                                       const CsvOptions &options, OutputFormat format)
{
    QList<Row> rows;
    rows.reserve(batches.size());
    for (const Batch &batch : batches)
        rows.append(rowFor(batch, format));
    return writeRows(fieldsFor(format), rows, path, format, options);
}

void BatchExport::startPaging()
{
    m_pager.start();
}

void BatchExport::stopPaging()
{
    m_pager.disconnect(this);
    m_pager.cancel();
}

void BatchExport::onPage(const BatchPage &page)
{
    QStringList problems;
    for (const InvalidBatch &invalid : page.invalidBatches)
        problems.append(invalid.describe());
    if (!acceptInvalidRows(problems))
        return;
    for (const Batch &batch : page.batches) {
        if (!writeRow(rowFor(batch, m_format)))
            return;
    }
    pageWritten(m_pager.pagesReceived(), m_pager.duplicatesSkipped(), m_pager.totalSize());
}

} // namespace BatchDeck
