#include "core/export/batchexport.h"

#include "core/export/jobrows.h"

namespace BatchDeck {

BatchExport::BatchExport(ApiClient *client, const ListBatchesQuery &query,
                         const ExportOptions &options, QObject *parent)
    : RowExport(fieldsFor(options.format), options, ExportResult::Rows::Batches, parent)
    , m_format(options.format)
    , m_pager(client, query)
{
    m_pager.setMaxRows(options.maxRows);
    followPager(&m_pager);
    connect(&m_pager, &BatchPager::pageReceived, this, [this](const BatchPage &page) {
        writePage(page.invalidBatches, page.batches,
                  [this](const Batch &batch) { return rowFor(batch, m_format); });
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
    return writeRows(
        fieldsFor(format), batches, [format](const Batch &batch) { return rowFor(batch, format); },
        path, format, options);
}

} // namespace BatchDeck
