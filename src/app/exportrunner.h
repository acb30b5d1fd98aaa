#pragma once

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
    bool isRunning() const { return m_export != nullptr; }

Q_SIGNALS:
    void finished(const BatchDeck::ExportResult &result, const QString &path);

private:
    void report(const ExportResult &result, const QString &path);

    ApiClient *m_client;
    QWidget *m_window;
    std::unique_ptr<JobCsvExport> m_export;
    QPointer<QProgressDialog> m_progress;
};

} // namespace BatchDeck
