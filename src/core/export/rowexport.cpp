#include "core/export/rowexport.h"

#include "core/api/logging.h"
#include "core/export/exportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

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
    return isOk() ? paging.notes(rowsName()) : QStringList();
}

RowExport::RowExport(const QStringList &fields, const ExportOptions &options,
                     ExportResult::Rows rows, QObject *parent)
    : QObject(parent)
    , m_fields(fields)
    , m_options(options)
{
    m_result.rows = rows;
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
}

ExportResult RowExport::writeRows(const QStringList &fields, const QList<Row> &rows,
                                  const QString &path, OutputFormat format, const CsvOptions &csv)
{
    ExportResult result;
    const std::unique_ptr<QFileDevice> file = makeExportOutput(path);
    const std::unique_ptr<RowWriter> writer = makeRowWriter(file.get(), format, csv);
    bool written = openExportOutput(file.get()) && writer->writeHeader(fields);
    for (qsizetype row = 0; written && row < rows.size(); ++row)
        written = writer->writeRow(rows.at(row));
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
    m_writer = makeRowWriter(device, m_options.format, m_options.csv);
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
    if (m_finished)
        return;
    stopPaging();
    const bool atomic = isAtomicExportOutput(m_file.get());
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
        Q_EMIT invalidJobSkipped(maskSecrets(tr("Skipped: %1.").arg(problem)));
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

void RowExport::pageWritten()
{
    if (m_finished)
        return;
    m_result.pages = m_pager->pagesReceived();
    m_result.duplicatesSkipped = m_pager->duplicatesSkipped();
    Q_EMIT progress(m_result.rowsWritten, m_result.pages, m_pager->totalSize());
}

void RowExport::pagingFinished(const ApiError &error)
{
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
    if (m_file && !finishExportOutput(m_file.get())) {
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
        discardExportOutput(m_file.get());
        m_file.reset();
    }
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
