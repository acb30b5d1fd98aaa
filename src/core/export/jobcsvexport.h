#pragma once

#include "csvwriter.h"
#include "jobpager.h"

#include <QFileDevice>
#include <QObject>

#include <memory>

namespace BatchDeck {

struct ExportOptions
{
    CsvOptions csv;
    bool skipInvalidJobs = false;
    qint64 maxRows = 0; // 0: every matching job
    // Without maxRows, a list that has not ended after this many rows fails (see JobPager).
    qint64 rowCeiling = JobPager::DefaultRowCeiling;
};

struct ExportResult
{
    enum class Failure { None, Api, InvalidJob, Write, Cancelled };
    Failure failure = Failure::None;
    ApiError apiError; // when failure is Api
    QString message; // a sentence for the user when something failed
    qint64 rowsWritten = 0;
    int pages = 0;
    int invalidJobsSkipped = 0;
    qint64 duplicatesSkipped = 0; // jobs delivered twice as the list shifted, written once
    bool rowCeilingReached = false; // when failure is Api: the list did not end
    bool isOk() const { return failure == Failure::None; }
    // "12 duplicate rows from shifting pages were left out", or empty when there were none.
    QString duplicatesNote() const;
};

// Streams every job matching a query into CSV, page by page, without holding them all in memory.
// A regular file is written through QSaveFile: on failure or cancel the previous file (or none)
// remains. Anything else (a FIFO, a device such as /dev/null) is written directly, as other
// tools do: replacing it with a file would destroy it.
class JobCsvExport : public QObject
{
    Q_OBJECT

public:
    JobCsvExport(ApiClient *client, const ListJobsQuery &query, const ExportOptions &options,
                 QObject *parent = nullptr);
    ~JobCsvExport() override;

    // Jobs already loaded (a page, a selection), written to `path` at once (atomically when it is
    // a regular file).
    static ExportResult writeJobs(const QList<BatchJob> &jobs, const QString &path,
                                  const CsvOptions &options);

    void startToFile(const QString &path);
    // For standard output: written as it comes, so a failure can leave partial output there.
    void startToDevice(QIODevice *device);
    void cancel();

Q_SIGNALS:
    void progress(qint64 rowsWritten, int pages, std::optional<qint64> totalSize);
    void invalidJobSkipped(const QString &message);
    void finished(const BatchDeck::ExportResult &result);

private:
    void begin(QIODevice *device);
    void onPage(const JobPage &page);
    void onPagerFinished(const ApiError &error);
    void fail(ExportResult::Failure failure, const QString &message);
    void complete();

    ExportOptions m_options;
    JobPager m_pager;
    std::unique_ptr<QFileDevice> m_file;
    std::unique_ptr<JobCsvWriter> m_writer;
    ExportResult m_result;
    bool m_finished = false;
};

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::ExportResult)
