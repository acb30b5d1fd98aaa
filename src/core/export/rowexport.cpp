#include "rowexport.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

namespace BatchDeck {

namespace {

// QSaveFile writes a new file and renames it over the old one: atomic for a regular file, but a
// FIFO or a device (/dev/null, /dev/stdout) would be replaced by a file, so they are written
// directly.
std::unique_ptr<QFileDevice> makeOutput(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return std::make_unique<QSaveFile>(path);
    return std::make_unique<QFile>(path);
}

// Unbuffered: a buffered QFileDevice that can write only part of its buffer (a disk filling up)
// reports "Unknown error"; written directly, the short write is followed by one that fails with
// the reason (see writeFully).
bool openOutput(QFileDevice *file)
{
    return file->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

// Saves what was written: a QSaveFile replaces the file now, a direct output is flushed.
bool finishOutput(QFileDevice *file)
{
    if (auto *saveFile = qobject_cast<QSaveFile *>(file))
        return saveFile->commit();
    const bool flushed = file->flush();
    file->close();
    return flushed && file->error() == QFileDevice::NoError;
}

// Never commits: a regular file keeps its previous content (or stays absent).
void discardOutput(QFileDevice *file)
{
    if (auto *saveFile = qobject_cast<QSaveFile *>(file))
        saveFile->cancelWriting();
    else
        file->close();
}

} // namespace

QString ExportResult::duplicatesNote() const
{
    if (duplicatesSkipped <= 0)
        return {};
    const char *context = "BatchDeck::ExportResult";
    const QString note = duplicatesSkipped == 1
        ? QCoreApplication::translate(context, "1 duplicate row from shifting pages was left out")
        : QCoreApplication::translate(context,
                                      "%1 duplicate rows from shifting pages were left out")
              .arg(duplicatesSkipped);
    return note
        + (rows == Rows::Items
               ? QCoreApplication::translate(context,
                                             " (the job's items moved during the export; each "
                                             "item is written once).")
               : QCoreApplication::translate(context,
                                             " (jobs were created during the export; each job is "
                                             "written once)."));
}

RowExport::RowExport(const QStringList &fields, const ExportOptions &options,
                     ExportResult::Rows rows, QObject *parent)
    : QObject(parent)
    , m_fields(fields)
    , m_options(options)
{
    m_result.rows = rows;
}

RowExport::~RowExport()
{
    if (m_file)
        discardOutput(m_file.get()); // never commit a partial file
}

ExportResult RowExport::writeRows(const QStringList &fields, const QList<Row> &rows,
                                  const QString &path, OutputFormat format, const CsvOptions &csv)
{
    ExportResult result;
    const std::unique_ptr<QFileDevice> file = makeOutput(path);
    const std::unique_ptr<RowWriter> writer = makeRowWriter(file.get(), format, csv);
    bool written = openOutput(file.get()) && writer->writeHeader(fields);
    for (qsizetype row = 0; written && row < rows.size(); ++row)
        written = writer->writeRow(rows.at(row));
    if (written && finishOutput(file.get())) {
        result.rowsWritten = rows.size();
        result.pages = 1;
        return result;
    }
    const QString reason =
        writer->errorString().isEmpty() ? file->errorString() : writer->errorString();
    discardOutput(file.get());
    result.failure = ExportResult::Failure::Write;
    result.message = tr("Could not write \"%1\": %2. Choose another folder or file name.")
                         .arg(QDir::toNativeSeparators(path), reason);
    return result;
}

void RowExport::startToFile(const QString &path)
{
    m_file = makeOutput(path);
    if (!openOutput(m_file.get())) {
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
    m_writer = makeRowWriter(device, m_options.format, m_options.csv);
    if (!m_writer->writeHeader(m_fields)) {
        QTimer::singleShot(0, this,
                           [this] { fail(ExportResult::Failure::Write, m_writer->errorString()); });
        return;
    }
    startPaging();
}

void RowExport::cancel()
{
    if (m_finished)
        return;
    stopPaging();
    const bool atomic = qobject_cast<QSaveFile *>(m_file.get()) != nullptr;
    fail(ExportResult::Failure::Cancelled,
         atomic ? tr("The export was cancelled; no file was written.")
                : tr("The export was cancelled; what was written is incomplete."));
}

bool RowExport::acceptInvalidRows(const QStringList &problems)
{
    if (m_finished)
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
        Q_EMIT invalidJobSkipped(tr("Skipped: %1.").arg(problem));
    }
    return true;
}

bool RowExport::writeRow(const Row &row)
{
    if (m_finished)
        return false;
    if (!m_writer->writeRow(row)) {
        stopPaging();
        fail(ExportResult::Failure::Write, m_writer->errorString());
        return false;
    }
    ++m_result.rowsWritten;
    return true;
}

void RowExport::pageWritten(int pages, qint64 duplicates, std::optional<qint64> totalSize)
{
    if (m_finished)
        return;
    m_result.pages = pages;
    m_result.duplicatesSkipped = duplicates;
    Q_EMIT progress(m_result.rowsWritten, m_result.pages, totalSize);
}

void RowExport::pagingFinished(const ApiError &error, bool rowCeilingReached)
{
    if (m_finished)
        return;
    if (!error.isOk()) {
        m_result.apiError = error;
        m_result.rowCeilingReached = rowCeilingReached;
        fail(ExportResult::Failure::Api, error.message);
        return;
    }
    if (m_file && !finishOutput(m_file.get())) {
        fail(ExportResult::Failure::Write,
             tr("Could not save \"%1\": %2.")
                 .arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString()));
        return;
    }
    m_file.reset();
    complete();
}

void RowExport::fail(ExportResult::Failure failure, const QString &message)
{
    if (m_finished)
        return;
    if (m_file) {
        discardOutput(m_file.get());
        m_file.reset();
    }
    m_result.failure = failure;
    m_result.message = message;
    qCDebug(lcExport) << "export failed:" << message;
    complete();
}

void RowExport::complete()
{
    m_finished = true;
    Q_EMIT finished(m_result);
}

} // namespace BatchDeck
