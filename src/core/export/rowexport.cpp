#include "core/export/rowexport.h"

#include "core/api/logging.h"
#include "core/export/bufferedoutput.h"
#include "core/export/exportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <limits>

namespace BatchDeck {

QString ExportResult::rowsName() const
{
    switch (rows) {
    case Rows::Items:
        return QCoreApplication::translate("BatchDeck::ExportResult", "items");
    case Rows::Batches:
        return QCoreApplication::translate("BatchDeck::ExportResult", "batches");
    case Rows::Jobs:
        break;
    }
    return QCoreApplication::translate("BatchDeck::ExportResult", "jobs");
}

QStringList ExportResult::pagingNotes() const
{
    return isOk() ? paging.notes(rows) : QStringList();
}

RowExport::RowExport(const QStringList &fields, const ExportOptions &options,
                     ExportResult::Rows rows, QObject *parent)
    : QObject(parent)
    , m_fields(fields)
    , m_options(options)
{
    m_result.rows = rows;
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &RowExport::writeNextSlice);
}

bool RowExport::writePendingSlice(qsizetype rows)
{
    // Taken out while it runs: a failure on the way (or a cancel from a progress slot) clears
    // the pages left, which must not destroy the one running.
    std::function<bool(qsizetype)> page = std::move(m_pendingPages.front());
    m_pendingPages.pop_front();
    const bool written = page(rows);
    if (!written && !m_finished)
        m_pendingPages.push_front(std::move(page));
    return written;
}

void RowExport::writeNextSlice()
{
    if (m_pendingPages.empty())
        return;
    writePendingSlice(RowsPerPass);
    if (m_finished)
        return; // fail() dropped the pages left
    if (!m_pendingPages.empty())
        m_sliceTimer.start();
    else
        m_pager->holdDeliveries(false);
}

void RowExport::writeAllPendingRows()
{
    m_sliceTimer.stop();
    while (!m_pendingPages.empty() && !m_finished) // fail() drops the pages left
        writePendingSlice(std::numeric_limits<qsizetype>::max());
}

void RowExport::followPager(Pager *pager)
{
    m_pager = pager;
    m_pager->setRowCeiling(m_options.rowCeiling);
    m_pager->setConcurrency(m_options.concurrency);
    connect(m_pager, &Pager::throttleChanged, this, &RowExport::throttleChanged);
    connect(m_pager, &Pager::finished, this, &RowExport::pagingFinished);
}

RowExport::~RowExport()
{
    if (m_file)
        discardExportOutput(m_file.get()); // never commit a partial file
    // A file being saved is no longer here: the pool completes the save (see saveInBackground).
}

ExportResult RowExport::writeRows(const QStringList &fields, const QList<Row> &rows,
                                  const QString &path, OutputFormat format, const CsvOptions &csv)
{
    ExportResult result;
    const std::unique_ptr<QFileDevice> file = makeExportOutput(path);
    const std::unique_ptr<RowWriter> writer =
        makeRowWriter(file.get(), format, csv, BufferedOutput::ExportCapacity);
    bool written = openExportOutput(file.get()) && writer->writeHeader(fields);
    for (qsizetype row = 0; written && row < rows.size(); ++row)
        written = writer->writeRow(rows.at(row));
    written = written && writer->flush();
    result.maskedValues = writer->maskedValues();
    if (written && finishExportOutput(file.get())) {
        result.rowsWritten = rows.size();
        result.pages = 1;
        return result;
    }
    const QString reason =
        writer->errorString().isEmpty() ? file->errorString() : writer->errorString();
    discardExportOutput(file.get());
    result.failure = ExportResult::Failure::Write;
    result.message = tr("Could not write \"%1\": %2. Choose another folder or file name.")
                         .arg(QDir::toNativeSeparators(path), reason);
    return result;
}

void RowExport::startToFile(const QString &path)
{
    m_file = makeExportOutput(path);
    if (!openExportOutput(m_file.get())) {
        const QString reason = m_file->errorString();
        m_file.reset();
        QTimer::singleShot(0, this, [this, path, reason] {
            fail(ExportResult::Failure::Write,
                 tr("Could not create \"%1\": %2. Choose another folder or file name.")
                     .arg(QDir::toNativeSeparators(path), reason));
        });
        return;
    }
    begin(m_file.get());
}

void RowExport::startToDevice(QIODevice *device)
{
    begin(device);
}

void RowExport::begin(QIODevice *device)
{
    m_writer =
        makeRowWriter(device, m_options.format, m_options.csv, BufferedOutput::ExportCapacity);
    if (!m_writer->writeHeader(m_fields)) {
        QTimer::singleShot(0, this,
                           [this] { fail(ExportResult::Failure::Write, m_writer->errorString()); });
        return;
    }
    m_pager->start();
}

void RowExport::stopPaging()
{
    m_pager->disconnect(this);
    m_pager->cancel();
}

void RowExport::cancel()
{
    if (m_finished || m_saving)
        return;
    stopPaging();
    const bool atomic = isAtomicExportOutput(m_file.get());
    fail(ExportResult::Failure::Cancelled,
         atomic ? tr("The export was cancelled; no file was written.")
                : tr("The export was cancelled; what was written is incomplete."));
}

bool RowExport::acceptInvalidRows(const QStringList &problems)
{
    if (m_finished || m_saving)
        return false;
    if (problems.isEmpty())
        return true;
    if (!m_options.skipInvalidJobs) {
        stopPaging();
        fail(ExportResult::Failure::InvalidJob,
             tr("The export stopped because %1.").arg(problems.first()));
        return false;
    }
    for (const QString &problem : problems) {
        ++m_result.invalidJobsSkipped;
        Q_EMIT invalidJobSkipped(maskSecrets(tr("Skipped: %1.").arg(problem)));
    }
    return true;
}

bool RowExport::writeRow(const Row &row)
{
    if (m_finished || m_saving)
        return false;
    if (!m_writer->writeRow(row)) {
        stopPaging();
        fail(ExportResult::Failure::Write, m_writer->errorString());
        return false;
    }
    ++m_result.rowsWritten;
    return true;
}

void RowExport::pageWritten()
{
    if (m_finished || m_saving)
        return;
    // Page by page, a pipe's reader sees the rows as they come.
    if (!m_writer->flush()) {
        stopPaging();
        fail(ExportResult::Failure::Write, m_writer->errorString());
        return;
    }
    m_result.pages = m_pager->pagesReceived();
    m_result.duplicatesSkipped = m_pager->duplicatesSkipped();
    Q_EMIT progress(m_result.rowsWritten, m_result.pages, m_pager->totalSize());
}

void RowExport::pagingFinished(const ApiError &error)
{
    if (m_finished || m_saving)
        return;
    // The rows taken before the end are written first: to a direct output also when paging
    // failed, as they were when every page was written the moment it came.
    writeAllPendingRows();
    if (m_finished)
        return;
    m_result.paging = m_pager->summary();
    m_result.duplicatesSkipped = m_result.paging.duplicates;
    if (!error.isOk()) {
        m_result.apiError = error;
        m_result.rowCeilingReached = m_pager->rowCeilingReached();
        fail(ExportResult::Failure::Api, error.message);
        return;
    }
    if (!m_writer->flush()) {
        fail(ExportResult::Failure::Write, m_writer->errorString());
        return;
    }
    if (m_file) {
        saveInBackground();
        return;
    }
    complete();
}

void RowExport::saveInBackground()
{
    // From here on the file is the worker's alone: this thread never touches it again, and the
    // writer, which writes to it, goes first. It belongs to no thread on its way, and to the
    // worker, which saves and destroys it.
    m_result.maskedValues = m_writer->maskedValues();
    m_writer.reset();
    std::shared_ptr<QFileDevice> file(std::move(m_file));
    file->moveToThread(nullptr);
    const QString name = QDir::toNativeSeparators(file->fileName());
    // The result is why the save failed; empty when the file is in place.
    auto promise = std::make_shared<QPromise<QString>>();
    // A child of the export, deleted with it, so that a save ending later reaches nobody.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name] {
        const QFuture<QString> save = watcher->future();
        watcher->deleteLater();
        // No result: the pool dropped the save unrun, and the file with it, never committed.
        const QString reason = save.resultCount() > 0 ? save.result() : tr("the save did not run");
        if (reason.isEmpty())
            complete();
        else
            fail(ExportResult::Failure::Write, tr("Could not save \"%1\": %2.").arg(name, reason));
    });
    watcher->setFuture(promise->future());
    m_saving = true;
    // Before the save starts, so that a slot sees the file as it was; it may call cancel() (now
    // ignored) or deleteLater() this export. Nothing below touches the export.
    Q_EMIT saving();
    // An export destroyed meanwhile (its window closed) does not stop the save: every row is
    // written, the user was told it is saving and could no longer cancel, and a commit cannot be
    // stopped halfway. The file is complete or, when the save fails, the previous one stays. An
    // application that quits waits for the pool (~QCoreApplication), so the save completes then
    // too.
    QThreadPool::globalInstance()->start([promise, file = std::move(file)]() mutable {
        promise->start();
        file->moveToThread(QThread::currentThread());
        const QString reason = finishExportOutput(file.get()) ? QString() : file->errorString();
        // Destroyed before the end is told: what a failed save removes is gone by then.
        file.reset();
        promise->addResult(reason);
        promise->finish();
    });
}

void RowExport::fail(ExportResult::Failure failure, const QString &message)
{
    if (m_finished)
        return;
    // A direct output (standard output, a FIFO) gets every row written so far, as it did row by
    // row; a regular file is discarded whole.
    if (m_writer && !isAtomicExportOutput(m_file.get()))
        m_writer->flush();
    if (m_file) {
        discardExportOutput(m_file.get());
        m_file.reset();
    }
    m_sliceTimer.stop();
    m_pendingPages.clear();
    m_result.failure = failure;
    m_result.message = maskSecrets(message); // may quote what the server sent
    qCDebug(lcExport) << "export failed:" << m_result.message;
    complete();
}

void RowExport::complete()
{
    m_finished = true;
    if (m_writer)
        m_result.maskedValues = m_writer->maskedValues();
    Q_EMIT finished(m_result);
}

} // namespace BatchDeck
