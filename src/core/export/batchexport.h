#pragma once

#include "core/batches/batchpager.h"
#include "core/export/rowexport.h"

namespace BatchDeck {

// Every v2 batch matching a query, streamed page by page (see RowExport): as CSV, one flat row
// a batch (batchFields()); as JSON Lines, each batch with the API's fields (batchApiFields()).
// ExportOptions::skipInvalidJobs, ExportResult::invalidJobsSkipped and Failure::InvalidJob
// stand for unreadable batches here.
class BatchExport final : public RowExport
{
    Q_OBJECT

public:
    BatchExport(ApiClient *client, const ListBatchesQuery &query, const ExportOptions &options,
                QObject *parent = nullptr);

    // Batches already loaded (a page, a selection), written to `path` at once (atomically when
    // it is a regular file).
    static ExportResult writeBatches(const QList<Batch> &batches, const QString &path,
                                     const CsvOptions &options,
                                     OutputFormat format = OutputFormat::Csv);

    // The fields and row of one batch in `format`.
    static const QStringList &fieldsFor(OutputFormat format);
    static Row rowFor(const Batch &batch, OutputFormat format);

private:
    OutputFormat m_format;
    BatchPager m_pager;
};

} // namespace BatchDeck
