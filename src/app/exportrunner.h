#pragma once

#include "batchcsvexport.h"
#include "jobcsvexport.h"
#include "jobfilter.h"

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
    void exportJobs(const QList<BatchJob> &jobs, const QString &path, const CsvOptions &options);
    // The same for v2 batches (BatchCsvExport's fixed header).
    void exportMatchingBatches(const ListBatchesQuery &query, const QString &path,
                               const CsvOptions &options);
    void exportBatches(const QList<Batch> &batches, const QString &path, const CsvOptions &options);
    bool isRunning() const { return m_export != nullptr; }

Q_SIGNALS:
    void finished(const BatchDeck::ExportResult &result, const QString &path);

private:
    // Runs a JobCsvExport or a BatchCsvExport (the same signals) behind the progress dialog.
    template<typename Export>
    void run(std::unique_ptr<Export> exporter, const QString &path);
    void report(const ExportResult &result, const QString &path);

    ApiClient *m_client;
    QWidget *m_window;
    std::unique_ptr<QObject> m_export; // a JobCsvExport or a BatchCsvExport
    bool m_batches = false; // what the messages call the rows
    QPointer<QProgressDialog> m_progress;
};

} // namespace BatchDeck
