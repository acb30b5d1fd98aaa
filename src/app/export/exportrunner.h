#pragma once

#include "core/export/batchexport.h"
#include "core/export/jobexport.h"
#include "core/jobs/jobfilter.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QProgressDialog;
class QWidget;

namespace BatchDeck {

// Runs an export from the window: every matching job page by page behind a progress dialog
// with Cancel (the window stays responsive), or loaded jobs at once; then says what happened.
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
    bool isRunning() const { return m_export != nullptr; }
    // "Exported 3 jobs to /tmp/jobs.csv.", in the words of the last export's rows.
    QString exportedText(qint64 rows, const QString &path) const;

Q_SIGNALS:
    void finished(const BatchDeck::ExportResult &result, const QString &path);

private:
    // Runs a job or batch export behind the progress dialog.
    void run(std::unique_ptr<RowExport> exporter, const QString &path);
    void report(const ExportResult &result, const QString &path);

    ApiClient *m_client;
    QWidget *m_window;
    std::unique_ptr<RowExport> m_export;
    bool m_batches = false; // what the messages call the rows
    QPointer<QProgressDialog> m_progress;
};

} // namespace BatchDeck
