#include "batchcsvexport.h"

#include "exportfile.h"
#include "logging.h"

#include <QDir>
#include <QTimer>

namespace BatchDeck {

BatchCsvWriter::BatchCsvWriter(QIODevice *device, const CsvOptions &options)
    : m_writer(device, options)
{ }

const QStringList &BatchCsvWriter::header()
{
    static const QStringList names =
        QStringLiteral("id,status,job_type,configuration_id,source_directory_id,project_id,"
                       "created_at,updated_at")
            .split(u',');
    return names;
}

QList<CsvCell> BatchCsvWriter::cellsFor(const Batch &batch)
{
    const auto text = [](const QString &value) { return CsvCell {value, false}; };
    const auto time = [](const QDateTime &value) { return CsvCell {toIsoUtc(value), false}; };
    return {text(batch.id),
            text(batch.status),
            text(batch.jobType),
            text(batch.configurationId),
            text(batch.sourceDirectoryId),
            text(batch.projectId),
            time(batch.createdAt),
            time(batch.updatedAt)};
}

bool BatchCsvWriter::writeHeader()
{
    QList<CsvCell> cells;
    for (const QString &name : header())
        cells.append({name, false});
    return m_writer.writeRow(cells);
}

bool BatchCsvWriter::writeBatch(const Batch &batch)
{
    return m_writer.writeRow(cellsFor(batch));
}

BatchCsvExport::BatchCsvExport(ApiClient *client, const ListBatchesQuery &query,
                               const ExportOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_pager(client, query)
{
    m_pager.setMaxRows(options.maxRows);
    m_pager.setRowCeiling(options.rowCeiling);
    connect(&m_pager, &BatchPager::pageReceived, this, &BatchCsvExport::onPage);
    connect(&m_pager, &BatchPager::finished, this, &BatchCsvExport::onPagerFinished);
}

BatchCsvExport::~BatchCsvExport()
{
    if (m_file)
        discardExportOutput(m_file.get()); // never commit a partial file
}

ExportResult BatchCsvExport::writeBatches(const QList<Batch> &batches, const QString &path,
                                          const CsvOptions &options)
{
    ExportResult result;
    const std::unique_ptr<QFileDevice> file = makeExportOutput(path);
    BatchCsvWriter writer(file.get(), options);
    bool written = openExportOutput(file.get()) && writer.writeHeader();
    for (qsizetype row = 0; written && row < batches.size(); ++row)
        written = writer.writeBatch(batches.at(row));
    if (written && finishExportOutput(file.get())) {
        result.rowsWritten = batches.size();
        result.pages = 1;
        return result;
    }
    const QString reason =
        writer.errorString().isEmpty() ? file->errorString() : writer.errorString();
    discardExportOutput(file.get());
    result.failure = ExportResult::Failure::Write;
    result.message = tr("Could not write \"%1\": %2. Choose another folder or file name.")
                         .arg(QDir::toNativeSeparators(path), reason);
    return result;
}

void BatchCsvExport::startToFile(const QString &path)
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

void BatchCsvExport::startToDevice(QIODevice *device)
{
    begin(device);
}

void BatchCsvExport::begin(QIODevice *device)
{
    m_writer = std::make_unique<BatchCsvWriter>(device, m_options.csv);
    if (!m_writer->writeHeader()) {
        QTimer::singleShot(0, this,
                           [this] { fail(ExportResult::Failure::Write, m_writer->errorString()); });
        return;
    }
    m_pager.start();
}

void BatchCsvExport::stopPaging()
{
    m_pager.disconnect(this);
    m_pager.cancel();
}

void BatchCsvExport::cancel()
{
    if (m_finished)
        return;
    stopPaging();
    fail(ExportResult::Failure::Cancelled,
         isAtomicExportOutput(m_file.get())
             ? tr("The export was cancelled; no file was written.")
             : tr("The export was cancelled; what was written is incomplete."));
}

void BatchCsvExport::onPage(const BatchPage &page)
{
    if (m_finished)
        return;
    if (!page.invalidBatches.isEmpty()) {
        if (!m_options.skipInvalidJobs) {
            stopPaging();
            fail(ExportResult::Failure::InvalidJob,
                 tr("The export stopped because %1.").arg(page.invalidBatches.first().describe()));
            return;
        }
        for (const InvalidBatch &invalid : page.invalidBatches) {
            ++m_result.invalidJobsSkipped;
            Q_EMIT invalidBatchSkipped(tr("Skipped: %1.").arg(invalid.describe()));
        }
    }
    for (const Batch &batch : page.batches) {
        if (!m_writer->writeBatch(batch)) {
            stopPaging();
            fail(ExportResult::Failure::Write, m_writer->errorString());
            return;
        }
        ++m_result.rowsWritten;
    }
    m_result.pages = m_pager.pagesReceived();
    m_result.duplicatesSkipped = m_pager.duplicatesSkipped();
    Q_EMIT progress(m_result.rowsWritten, m_result.pages, m_pager.totalSize());
}

void BatchCsvExport::onPagerFinished(const ApiError &error)
{
    if (m_finished)
        return;
    if (!error.isOk()) {
        m_result.apiError = error;
        m_result.rowCeilingReached = m_pager.rowCeilingReached();
        fail(ExportResult::Failure::Api, error.message);
        return;
    }
    m_result.pages = m_pager.pagesReceived();
    if (m_file && !finishExportOutput(m_file.get())) {
        fail(ExportResult::Failure::Write,
             tr("Could not save \"%1\": %2.")
                 .arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString()));
        return;
    }
    m_file.reset();
    complete();
}

void BatchCsvExport::fail(ExportResult::Failure failure, const QString &message)
{
    if (m_finished)
        return;
    if (m_file) {
        discardExportOutput(m_file.get());
        m_file.reset();
    }
    m_result.failure = failure;
    m_result.message = message;
    qCDebug(lcExport) << "batch export failed:" << message;
    complete();
}

void BatchCsvExport::complete()
{
    m_finished = true;
    Q_EMIT finished(m_result);
}

} // namespace BatchDeck
