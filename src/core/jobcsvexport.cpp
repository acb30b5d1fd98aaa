#include "jobcsvexport.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

namespace BatchDeck {

JobCsvExport::JobCsvExport(ApiClient *client, const ListJobsQuery &query,
                           const ExportOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_pager(client, query)
{
    m_pager.setMaxRows(options.maxRows);
    connect(&m_pager, &JobPager::pageReceived, this, &JobCsvExport::onPage);
    connect(&m_pager, &JobPager::finished, this, &JobCsvExport::onPagerFinished);
}

JobCsvExport::~JobCsvExport()
{
    if (m_file)
        m_file->cancelWriting(); // never commit a partial file
}

ExportResult JobCsvExport::writeJobs(const QList<BatchJob> &jobs, const QString &path,
                                     const CsvOptions &options)
{
    ExportResult result;
    QSaveFile file(path);
    JobCsvWriter writer(&file, options);
    bool written = file.open(QIODevice::WriteOnly) && writer.writeHeader();
    for (qsizetype row = 0; written && row < jobs.size(); ++row)
        written = writer.writeJob(jobs.at(row));
    if (written && file.commit()) {
        result.rowsWritten = jobs.size();
        result.pages = 1;
        return result;
    }
    result.failure = ExportResult::Failure::Write;
    result.message =
        tr("Could not write \"%1\": %2. Choose another folder or file name.")
            .arg(QDir::toNativeSeparators(path),
                 writer.errorString().isEmpty() ? file.errorString() : writer.errorString());
    return result;
}

void JobCsvExport::startToFile(const QString &path)
{
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
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

void JobCsvExport::startToDevice(QIODevice *device)
{
    begin(device);
}

void JobCsvExport::begin(QIODevice *device)
{
    m_writer = std::make_unique<JobCsvWriter>(device, m_options.csv);
    if (!m_writer->writeHeader()) {
        QTimer::singleShot(0, this,
                           [this] { fail(ExportResult::Failure::Write, m_writer->errorString()); });
        return;
    }
    m_pager.start();
}

void JobCsvExport::cancel()
{
    if (m_finished)
        return;
    m_pager.disconnect(this);
    m_pager.cancel();
    fail(ExportResult::Failure::Cancelled, tr("The export was cancelled; no file was written."));
}

void JobCsvExport::onPage(const JobPage &page)
{
    if (m_finished)
        return;
    if (!page.invalidJobs.isEmpty()) {
        if (!m_options.skipInvalidJobs) {
            m_pager.disconnect(this);
            m_pager.cancel();
            fail(ExportResult::Failure::InvalidJob,
                 tr("The export stopped because %1.").arg(page.invalidJobs.first().describe()));
            return;
        }
        for (const InvalidJob &invalid : page.invalidJobs) {
            ++m_result.invalidJobsSkipped;
            Q_EMIT invalidJobSkipped(tr("Skipped: %1.").arg(invalid.describe()));
        }
    }
    for (const BatchJob &job : page.jobs) {
        if (!m_writer->writeJob(job)) {
            m_pager.disconnect(this);
            m_pager.cancel();
            fail(ExportResult::Failure::Write, m_writer->errorString());
            return;
        }
        ++m_result.rowsWritten;
    }
    m_result.pages = m_pager.pagesReceived();
    Q_EMIT progress(m_result.rowsWritten, m_result.pages, m_pager.totalSize());
}

void JobCsvExport::onPagerFinished(const ApiError &error)
{
    if (m_finished)
        return;
    if (!error.isOk()) {
        m_result.apiError = error;
        fail(ExportResult::Failure::Api, error.message);
        return;
    }
    if (m_file && !m_file->commit()) {
        fail(ExportResult::Failure::Write,
             tr("Could not save \"%1\": %2.")
                 .arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString()));
        return;
    }
    m_file.reset();
    complete();
}

void JobCsvExport::fail(ExportResult::Failure failure, const QString &message)
{
    if (m_finished)
        return;
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    m_result.failure = failure;
    m_result.message = message;
    qCDebug(lcExport) << "export failed:" << message;
    complete();
}

void JobCsvExport::complete()
{
    m_finished = true;
    Q_EMIT finished(m_result);
}

} // namespace BatchDeck
