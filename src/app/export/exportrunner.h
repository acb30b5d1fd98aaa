#pragma once

#include "core/export/batchexport.h"
#include "core/export/jobexport.h"
#include "core/jobs/jobfilter.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QProgressBar;
class QProgressDialog;
class QThread;
class QWidget;

namespace BatchDeck {

// Runs an export from the window: every matching job page by page behind a progress dialog
// with Cancel (the window stays responsive; once the file is being saved, without Cancel), or
// loaded jobs at once; then says what happened.
class ExportRunner : public QObject
{
    Q_OBJECT

public:
    ExportRunner(ApiClient *client, QWidget *window);
    ~ExportRunner() override;

    void exportMatching(const JobFilter &filter, const QString &path, const CsvOptions &options);
    void exportJobs(const QList<Job> &jobs, const QString &path, const CsvOptions &options);
    // The same for v2 batches (BatchExport's fixed header).
    void exportMatchingBatches(const ListBatchesQuery &query, const QString &path,
                               const CsvOptions &options);
    void exportBatches(const QList<Batch> &batches, const QString &path, const CsvOptions &options);
    // What an export on its own thread is told and tells: whether Cancel was pressed (it looks
    // between its steps), and when it begins writing the file (Cancel is then taken away: the
    // file will be complete).
    class BackgroundSteps
    {
    public:
        BackgroundSteps(std::shared_ptr<std::atomic<bool>> cancelled, std::function<void()> writing)
            : m_cancelled(std::move(cancelled))
            , m_writing(std::move(writing))
        { }
        bool cancelled() const { return m_cancelled->load(); }
        void writing() const { m_writing(); }

    private:
        std::shared_ptr<std::atomic<bool>> m_cancelled;
        std::function<void()> m_writing;
    };
    // Rows read and written by `work` on a thread of its own (every matching job of the local
    // index: a million rows take seconds to read and write), behind a busy progress dialog
    // saying `label`. The runner waits for it when it is destroyed (the window closes).
    using BackgroundWork = std::function<ExportResult(const BackgroundSteps &steps)>;
    void exportInBackground(const QString &label, ExportResult::Rows rows, BackgroundWork work,
                            const QString &path);
    bool isRunning() const { return m_export != nullptr || m_backgroundRunning; }
    // "Exported 3 jobs to /tmp/jobs.csv.", in the words of the last export's rows.
    QString exportedText(qint64 rows, const QString &path) const;
    // throttleText() as a sentence of its own: "Server asks to slow down: waiting 8 s, …".
    static QString throttleSentence(const PagingThrottle &throttle);

Q_SIGNALS:
    void finished(const BatchDeck::ExportResult &result, const QString &path);
    // The running export waits because the server asked to slow down or is failing; an
    // inactive throttle (also sent when the export ends) clears it.
    void throttleChanged(const BatchDeck::PagingThrottle &throttle);

private:
    // Runs a job or batch export behind the progress dialog.
    void run(std::unique_ptr<RowExport> exporter, const QString &path);
    void report(const ExportResult &result, const QString &path);
    // The progress dialog's words: rows so far, and why the export waits, if it does.
    QString progressText() const;

    ApiClient *m_client;
    QWidget *m_window;
    std::unique_ptr<RowExport> m_export;
    bool m_batches = false; // what the messages call the rows
    QPointer<QProgressDialog> m_progress;
    QPointer<QProgressBar> m_progressBar; // the dialog's, set directly
    QString m_rowsText; // "Exported 3,000 of about 100,000 jobs (3 pages)…"
    PagingThrottle m_throttle;
    bool m_backgroundRunning = false;
    QPointer<QThread> m_background; // the export on its own thread, while it runs
    std::shared_ptr<std::atomic<bool>> m_backgroundCancelled;
};

} // namespace BatchDeck
