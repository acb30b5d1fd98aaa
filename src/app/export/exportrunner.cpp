#include "app/export/exportrunner.h"

#include "app/common/appsettings.h"
#include "app/common/servertext.h"
#include "core/translations.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStyle>
#include <QThread>
#include <QUrl>

namespace BatchDeck {

ExportRunner::ExportRunner(ApiClient *client, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_window(window)
{ }

ExportRunner::~ExportRunner()
{
    // The export's thread reads the index and writes the file: it is told to stop and waited
    // for, so that it never outlives the application's objects it uses.
    if (m_background) {
        m_backgroundCancelled->store(true);
        m_background->wait();
    }
}

QString ExportRunner::throttleSentence(const PagingThrottle &throttle)
{
    QString text = throttleText(throttle);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString ExportRunner::progressText() const
{
    const QString rows = m_rowsText.isEmpty() ? tr("Starting the export…") : m_rowsText;
    return m_throttle.isActive() ? rows + u'\n' + throttleSentence(m_throttle) : rows;
}

void ExportRunner::exportMatching(const JobFilter &filter, const QString &path,
                                  const CsvOptions &options)
{
    if (isRunning())
        return;
    ExportOptions exportOptions;
    exportOptions.csv = options;
    exportOptions.concurrency = AppSettings().exportConcurrency();
    m_batches = false;
    run(std::make_unique<JobExport>(m_client, filter.toQuery(ListJobsQuery::MaxLimit, 0),
                                    exportOptions),
        path);
}

void ExportRunner::exportMatchingBatches(const ListBatchesQuery &query, const QString &path,
                                         const CsvOptions &options)
{
    if (isRunning())
        return;
    ExportOptions exportOptions;
    exportOptions.csv = options;
    ListBatchesQuery all = query;
    all.pageToken.reset();
    all.pageSize = ListBatchesQuery::MaxPageSize;
    m_batches = true;
    run(std::make_unique<BatchExport>(m_client, all, exportOptions), path);
}

void ExportRunner::exportBatches(const QList<Batch> &batches, const QString &path,
                                 const CsvOptions &options)
{
    m_batches = true;
    report(BatchExport::writeBatches(batches, path, options), path);
}

void ExportRunner::exportInBackground(const QString &label, ExportResult::Rows rows,
                                      BackgroundWork work, const QString &path)
{
    if (isRunning())
        return;
    m_backgroundRunning = true;
    m_batches = rows == ExportResult::Rows::Batches;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_backgroundCancelled = cancelled;
    auto result = std::make_shared<ExportResult>();
    // Called on the export's thread; the runner outlives it (its destructor waits).
    const BackgroundSteps steps(cancelled, [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_progress)
                    return;
                m_progress->setCancelButton(nullptr);
                m_progress->setLabelText(tr("Writing the file…"));
            },
            Qt::QueuedConnection);
    });
    QThread *thread =
        QThread::create([work = std::move(work), steps, result] { *result = work(steps); });
    m_background = thread;
    thread->setObjectName(QStringLiteral("Export"));
    // The thread ends on its own even if the window closes first; then it deletes itself.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(m_batches ? tr("Exporting batches") : tr("Exporting jobs"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this, cancelled] {
        cancelled->store(true);
        if (m_progress) {
            m_progress->setCancelButton(nullptr);
            m_progress->setLabelText(tr("Cancelling…"));
            m_progress->show(); // QProgressDialog hides itself on Cancel
        }
    });
    connect(thread, &QThread::finished, this, [this, result, path] {
        m_backgroundRunning = false;
        m_background = nullptr;
        if (m_progress)
            m_progress->close();
        report(*result, path);
    });
    m_progress->open();
    thread->start();
}

void ExportRunner::run(std::unique_ptr<RowExport> exporter, const QString &path)
{
    RowExport *running = exporter.get();
    m_export = std::move(exporter);
    m_progress = new QProgressDialog(tr("Starting the export…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(m_batches ? tr("Exporting batches") : tr("Exporting jobs"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // The bar is set directly: QProgressDialog::setValue() of a modal dialog runs the event loop
    // from inside it, which would write the next pages (and paint) before this one's update
    // returned, one long stall of the window.
    m_progressBar = new QProgressBar(m_progress);
    m_progress->setBar(m_progressBar);
    // As wide as a long progress line from the start: a dialog that grew with its numbers would
    // be resized, a round trip to the window system, while the rows are written.
    const QLocale locale;
    const QString longLine = tr("Exported %1 of about %2 jobs (%n pages)…", nullptr, 99'999)
                                 .arg(locale.toString(9'999'999), locale.toString(9'999'999));
    m_progress->setMinimumWidth(
        m_progress->fontMetrics().horizontalAdvance(longLine)
        + 4 * m_progress->style()->pixelMetric(QStyle::PM_LayoutLeftMargin));
    connect(m_progress, &QProgressDialog::canceled, running, &RowExport::cancel);
    connect(running, &RowExport::progress, this,
            [this](qint64 rows, int pages, std::optional<qint64> total) {
                if (!m_progress)
                    return;
                const QLocale locale;
                if (total && *total > 0 && m_progressBar) {
                    m_progressBar->setMaximum(int(std::min<qint64>(*total, INT_MAX)));
                    m_progressBar->setValue(int(std::min(rows, *total)));
                }
                m_rowsText = total
                    ? (m_batches ? tr("Exported %1 of about %2 batches (%n pages)…", nullptr, pages)
                                 : tr("Exported %1 of about %2 jobs (%n pages)…", nullptr, pages))
                          .arg(locale.toString(rows), locale.toString(*total))
                    : (m_batches ? tr("Exported %1 batches (%n pages)…", nullptr, pages)
                                 : tr("Exported %1 jobs (%n pages)…", nullptr, pages))
                          .arg(locale.toString(rows));
                m_progress->setLabelText(progressText());
            });
    connect(running, &RowExport::throttleChanged, this, &ExportRunner::throttleChanged);
    connect(running, &RowExport::throttleChanged, this, [this](const PagingThrottle &throttle) {
        m_throttle = throttle;
        if (m_progress)
            m_progress->setLabelText(progressText());
    });
    connect(running, &RowExport::saving, this, [this] {
        if (!m_progress)
            return;
        // The rows are written; the file is being saved and will be complete, so there is
        // nothing left to cancel.
        m_progress->setCancelButton(nullptr);
        m_progress->setRange(0, 0); // how long a save takes is not known
        m_progress->setLabelText(tr("Saving the file…"));
    });
    connect(running, &RowExport::finished, this, [this, path](const ExportResult &result) {
        if (m_throttle.isActive()) {
            m_throttle = {};
            Q_EMIT throttleChanged(m_throttle);
        }
        if (m_progress)
            m_progress->close();
        m_export.release()->deleteLater(); // finished() is still being delivered by it
        report(result, path);
    });
    m_progress->open();
    running->startToFile(path);
}

void ExportRunner::exportJobs(const QList<Job> &jobs, const QString &path,
                              const CsvOptions &options)
{
    m_batches = false;
    report(JobExport::writeJobs(jobs, path, options), path);
}

QString ExportRunner::exportedText(qint64 rows, const QString &path) const
{
    const int form = pluralFormCount(rows);
    return (m_batches ? tr("Exported %1 batches to %2.", nullptr, form)
                      : tr("Exported %1 jobs to %2.", nullptr, form))
        .arg(QLocale().toString(rows), QDir::toNativeSeparators(path));
}

void ExportRunner::report(const ExportResult &result, const QString &path)
{
    Q_EMIT finished(result, path);
    if (result.failure == ExportResult::Failure::Cancelled)
        return;
    auto *box = new QMessageBox(m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(result.isOk() ? tr("Export finished") : tr("Export failed"));
    if (result.isOk()) {
        // What the list's numbers say (a list that shifted, rows outside the filter, a count
        // other than the server's estimate) is a warning beside the result, never hidden.
        const QStringList notes = result.pagingNotes();
        const bool warn =
            result.listChanged() || result.paging.rowsOutsideFilter > 0 || result.totalDiffers();
        box->setIcon(warn ? QMessageBox::Warning : QMessageBox::Information);
        if (result.listChanged())
            box->setWindowTitle(tr("Export finished, but the list changed while it was read"));
        box->setText(exportedText(result.rowsWritten, path));
        box->setInformativeText(notes.join(u'\n'));
        QPushButton *open = box->addButton(tr("&Open folder"), QMessageBox::ActionRole);
        connect(open, &QPushButton::clicked, this, [path] {
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
        });
        // With a second button, QMessageBox finds no Escape button of its own: Esc closes it.
        QPushButton *ok = box->addButton(QMessageBox::Ok);
        box->setDefaultButton(ok);
        box->setEscapeButton(ok);
    } else {
        box->setIcon(QMessageBox::Warning);
        box->setText(result.message);
        box->setInformativeText(
            tr("No file was written; an earlier file of that name is unchanged."));
        box->addButton(QMessageBox::Ok);
    }
    makePlainText(box); // the message may quote the server
    box->open();
}

} // namespace BatchDeck
