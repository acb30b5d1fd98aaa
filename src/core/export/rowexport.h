#pragma once

#include "core/api/apierror.h"
#include "core/export/csvwriter.h"
#include "core/export/rowwriter.h"
#include "core/paging/pager.h"
#include "core/paging/pagingsummary.h"

#include <QFileDevice>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
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
    qint64 rowCeiling = Pager::DefaultRowCeiling;
    // Page requests in flight at once, where pages are independent (offsets); 1 to
    // Pager::MaxConcurrency.
    int concurrency = Pager::DefaultConcurrency;
    // A final count other than the last total_size (an estimate, by the spec) is told; with
    // strictTotal the command line also exits with its "list changed" code.
    bool strictTotal = false;
};

struct ExportResult
{
    enum class Failure { None, Api, InvalidJob, Write, Cancelled };
    using Rows = CountedRows;
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
// memory. What is paged, and how a listed row becomes an output row, is the subclass's business;
// everything about the output is here, the same for every list and format. A regular file is
// written through QSaveFile: on failure or cancel the previous file (or none) remains. Anything
// else (a FIFO, a device such as /dev/null) is written directly, as other tools do: replacing it
// with a file would destroy it.
// Once every row is written, the file is saved (QSaveFile's sync and rename, a device's close) on
// the global thread pool, so that the calling thread never waits on the disk: saving() tells that
// it began, finished() that the file is in place (or that saving failed). Standard output has
// nothing to save: it ends with the rows. A slot connected to saving() deletes the export with
// deleteLater() (the pager is still telling its end); the save then completes all the same.
class RowExport : public QObject
{
    Q_OBJECT

public:
    // Rows written per pass of the event loop (see writePage()).
    static constexpr qsizetype RowsPerPass = 200;

    ~RowExport() override;

    void startToFile(const QString &path);
    // For standard output: written as it comes, so a failure can leave partial output there.
    void startToDevice(QIODevice *device);
    // Does nothing once saving() was emitted: the file will be complete.
    void cancel();
    ExportResult::Rows rowKind() const { return m_result.rows; }
    const ExportOptions &options() const { return m_options; }

    // Rows already loaded, written to `path` at once (atomically when it is a regular file).
    static ExportResult writeRows(const QStringList &fields, const QList<Row> &rows,
                                  const QString &path, OutputFormat format, const CsvOptions &csv);
    // The same for listed rows (jobs, batches), each made an output row by `toRow`.
    template<typename Listed, typename ToRow>
    static ExportResult writeRows(const QStringList &fields, const QList<Listed> &listed,
                                  ToRow toRow, const QString &path, OutputFormat format,
                                  const CsvOptions &csv)
    {
        QList<Row> rows;
        rows.reserve(listed.size());
        for (const Listed &row : listed)
            rows.append(toRow(row));
        return writeRows(fields, rows, path, format, csv);
    }

Q_SIGNALS:
    void progress(qint64 rowsWritten, int pages, std::optional<qint64> totalSize);
    // An unreadable row left out under skipInvalidJobs, as a sentence.
    void invalidJobSkipped(const QString &message);
    // The server asked to slow down or is failing, so the export waits (see Pager).
    void throttleChanged(const BatchDeck::PagingThrottle &throttle);
    // Every row is written and the file is being saved; it can no longer be cancelled.
    void saving();
    void finished(const BatchDeck::ExportResult &result);

protected:
    RowExport(const QStringList &fields, const ExportOptions &options, ExportResult::Rows rows,
              QObject *parent);

    // The subclass's pager, set once from its constructor: the export starts and stops it and
    // ends with its finished(), under the row ceiling of the options. The row limit is the
    // subclass's to set, for it does not apply to every list.
    void followPager(Pager *pager);

    // Writes one page of the pager's: its unreadable rows (`invalidRows`, each with describe())
    // first, then each of `rows` through `toRow`, RowsPerPass at a time, one slice per pass of
    // the event loop, with the pager held meanwhile (a window stays responsive while a page of
    // a thousand rows is written). Nothing once the export has failed (paging is stopped then).
    // `toRow` must not refer to anything that may go before the export does.
    template<typename Invalid, typename Listed, typename ToRow>
    void writePage(const QList<Invalid> &invalidRows, const QList<Listed> &rows, ToRow toRow);

private:
    void begin(QIODevice *device);
    // Both return false once the export has failed (or is saving).
    bool acceptInvalidRows(const QStringList &problems);
    bool writeRow(const Row &row);
    void pageWritten();
    // One slice of the page being written; the next pass writes the next, or lets paging go on.
    void writeNextSlice();
    // Runs the first pending page for up to `rows` rows; true once it is written whole.
    bool writePendingSlice(qsizetype rows);
    // Every row of the pages taken so far, at once: the end of paging waits for none.
    void writeAllPendingRows();
    // The end of paging: an error, or success (the output is saved) with what the pager saw.
    void pagingFinished(const ApiError &error);
    // For good, without any more signals from the pager.
    void stopPaging();
    // Hands the file to the thread pool, which saves and destroys it; finished() follows.
    void saveInBackground();
    void fail(ExportResult::Failure failure, const QString &message);
    void complete();

    QStringList m_fields;
    ExportOptions m_options;
    Pager *m_pager = nullptr; // the subclass's
    std::unique_ptr<QFileDevice> m_file;
    std::unique_ptr<RowWriter> m_writer;
    ExportResult m_result;
    // Pages taken and not yet written whole, in order: each writes up to the rows it is given
    // and returns true once the page is written (or the export failed).
    std::deque<std::function<bool(qsizetype rows)>> m_pendingPages;
    QTimer m_sliceTimer;
    bool m_saving = false; // the file is the pool's now
    bool m_finished = false;
};

template<typename Invalid, typename Listed, typename ToRow>
void RowExport::writePage(const QList<Invalid> &invalidRows, const QList<Listed> &rows, ToRow toRow)
{
    QStringList problems;
    for (const Invalid &invalid : invalidRows)
        problems.append(invalid.describe());
    if (!acceptInvalidRows(problems))
        return;
    m_pendingPages.push_back([this, rows, toRow, next = qsizetype(0)](qsizetype budget) mutable {
        for (; next < rows.size() && budget > 0; ++next, --budget) {
            if (!writeRow(toRow(rows.at(next))))
                return true;
        }
        if (next < rows.size())
            return false;
        pageWritten();
        return true;
    });
    m_pager->holdDeliveries(true);
    m_sliceTimer.start();
}

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::ExportResult)
