#pragma once

#include "core/api/apierror.h"
#include "core/export/csvwriter.h"
#include "core/export/rowwriter.h"
#include "core/paging/pagingsummary.h"

#include <QFileDevice>
#include <QObject>

#include <memory>
#include <optional>

namespace BatchDeck {

struct ExportOptions
{
    CsvOptions csv; // for OutputFormat::Csv only
    OutputFormat format = OutputFormat::Csv;
    bool skipInvalidJobs = false; // rows (jobs, items, batches) the server sent unreadable
    qint64 maxRows = 0; // 0: every matching row (jobs and batches only)
    // Without maxRows, a list that has not ended after this many rows fails (see JobPager).
    qint64 rowCeiling = 10'000'000;
    // A final count other than the last total_size (an estimate, by the spec) is told; with
    // strictTotal the command line also exits with its "list changed" code.
    bool strictTotal = false;
};

struct ExportResult
{
    enum class Failure { None, Api, InvalidJob, Write, Cancelled };
    enum class Rows { Jobs, Items, Batches };
    Failure failure = Failure::None;
    Rows rows = Rows::Jobs; // what was exported, for the sentences
    ApiError apiError; // when failure is Api
    QString message; // a sentence for the user when something failed
    qint64 rowsWritten = 0;
    int pages = 0;
    int invalidJobsSkipped = 0; // unreadable rows left out (jobs, items or batches)
    qint64 duplicatesSkipped = 0; // rows delivered twice as the list shifted, written once
    bool rowCeilingReached = false; // when failure is Api: the list did not end
    qint64 maskedValues = 0; // values that held the API key, written masked (see maskedValuesNote)
    PagingSummary paging; // when isOk(): what the list's numbers say beside its rows
    bool isOk() const { return failure == Failure::None; }
    // Finished, but the list shifted while it was read and rows may be missing.
    bool listChanged() const { return isOk() && paging.listChanged(); }
    // Finished with a count other than the server's estimate.
    bool totalDiffers() const { return isOk() && paging.totalDiffers(); }
    // "jobs", "items" or "batches".
    QString rowsName() const;
    // What the list's numbers say beside its rows, a sentence each (see PagingSummary::notes);
    // empty when nothing needs saying.
    QStringList pagingNotes() const;
};

// Streams the rows of a paged list into one output, page by page, without holding them all in
// memory. What is paged is the subclass's business; everything about the output is here, the
// same for every list and format. A regular file is written through QSaveFile: on failure or
// cancel the previous file (or none) remains. Anything else (a FIFO, a device such as
// /dev/null) is written directly, as other tools do: replacing it with a file would destroy it.
class RowExport : public QObject
{
    Q_OBJECT

public:
    ~RowExport() override;

    void startToFile(const QString &path);
    // For standard output: written as it comes, so a failure can leave partial output there.
    void startToDevice(QIODevice *device);
    void cancel();
    ExportResult::Rows rowKind() const { return m_result.rows; }
    const ExportOptions &options() const { return m_options; }

    // Rows already loaded, written to `path` at once (atomically when it is a regular file).
    static ExportResult writeRows(const QStringList &fields, const QList<Row> &rows,
                                  const QString &path, OutputFormat format, const CsvOptions &csv);

Q_SIGNALS:
    void progress(qint64 rowsWritten, int pages, std::optional<qint64> totalSize);
    // An unreadable row left out under skipInvalidJobs, as a sentence.
    void invalidJobSkipped(const QString &message);
    void finished(const BatchDeck::ExportResult &result);

protected:
    RowExport(const QStringList &fields, const ExportOptions &options, ExportResult::Rows rows,
              QObject *parent);

    // The subclass's list: start paging; stop paging for good, without any more signals.
    virtual void startPaging() = 0;
    virtual void stopPaging() = 0;

    // For each page, in order: the page's unreadable rows (as sentences), then each row, then
    // pageWritten(). Each returns false once the export has failed (paging is stopped then).
    bool acceptInvalidRows(const QStringList &problems);
    bool writeRow(const Row &row);
    void pageWritten(int pages, qint64 duplicates, std::optional<qint64> totalSize);
    // The end of paging: an error, or success (the output is saved) with what the pager saw.
    void pagingFinished(const ApiError &error, bool rowCeilingReached,
                        const PagingSummary &summary);

    bool isFinished() const { return m_finished; }

private:
    void begin(QIODevice *device);
    void fail(ExportResult::Failure failure, const QString &message);
    void complete();

    QStringList m_fields;
    ExportOptions m_options;
    std::unique_ptr<QFileDevice> m_file;
    std::unique_ptr<RowWriter> m_writer;
    ExportResult m_result;
    bool m_finished = false;
};

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::ExportResult)
