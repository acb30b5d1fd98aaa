#pragma once

#include "batchpager.h"
#include "csvwriter.h"
#include "jobcsvexport.h" // ExportOptions, ExportResult

#include <QFileDevice>
#include <QObject>

#include <memory>

namespace BatchDeck {

// v2 batches as CSV, one row a batch, with this fixed English header (the API's field names):
//   id,status,job_type,configuration_id,source_directory_id,project_id,created_at,updated_at
// job_type and configuration_id are config.job's; timestamps are ISO 8601 UTC with
// milliseconds and Z, empty when the server sent none; the status is written as received.
// Per-file results are not part of the row. CsvWriter's rules apply (RFC 4180, formula guard).
class BatchCsvWriter
{
public:
    BatchCsvWriter(QIODevice *device, const CsvOptions &options);

    static const QStringList &header();
    static QList<CsvCell> cellsFor(const Batch &batch);

    bool writeHeader();
    bool writeBatch(const Batch &batch);
    QString errorString() const { return m_writer.errorString(); }

private:
    CsvWriter m_writer;
};

// Streams every batch matching a query into CSV, page by page, as JobCsvExport does for v1 jobs,
// with the same options and result: ExportOptions::skipInvalidJobs and
// ExportResult::invalidJobsSkipped / Failure::InvalidJob stand for unreadable batches here.
// A regular file is written through QSaveFile (nothing is left on failure or cancel); a FIFO or
// a device is written directly.
class BatchCsvExport : public QObject
{
    Q_OBJECT

public:
    BatchCsvExport(ApiClient *client, const ListBatchesQuery &query, const ExportOptions &options,
                   QObject *parent = nullptr);
    ~BatchCsvExport() override;

    // Batches already loaded (a page, a selection), written to `path` at once.
    static ExportResult writeBatches(const QList<Batch> &batches, const QString &path,
                                     const CsvOptions &options);

    void startToFile(const QString &path);
    // For standard output: written as it comes, so a failure can leave partial output there.
    void startToDevice(QIODevice *device);
    void cancel();

Q_SIGNALS:
    void progress(qint64 rowsWritten, int pages, std::optional<qint64> totalSize);
    void invalidBatchSkipped(const QString &message);
    void finished(const BatchDeck::ExportResult &result);

private:
    void begin(QIODevice *device);
    void onPage(const BatchPage &page);
    void onPagerFinished(const ApiError &error);
    void stopPaging();
    void fail(ExportResult::Failure failure, const QString &message);
    void complete();

    ExportOptions m_options;
    BatchPager m_pager;
    std::unique_ptr<QFileDevice> m_file;
    std::unique_ptr<BatchCsvWriter> m_writer;
    ExportResult m_result;
    bool m_finished = false;
};

} // namespace BatchDeck
