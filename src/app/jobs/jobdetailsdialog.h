#pragma once

#include "app/jobs/jobitemsmodel.h"
#include "app/jobs/reruncontroller.h"
#include "core/jobs/jobprogress.h"
#include "core/jobs/jobsapi.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class JobDetailsDialog;
}

namespace BatchDeck {

class NameCatalog;
class WatchToggle;

// One job: every field, its progress, its items page by page, and Cancel for a job that is not
// finished. Refreshes itself while the job runs.
class JobDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int ItemsPageSize = 100;
    static constexpr int AutoRefreshMs = 5000;

    // `scope`: the project and organization of the list the job came from; every call sends them.
    // `names`, when given, names the job's project and directory beside their IDs.
    JobDetailsDialog(ApiClient *client, const Job &job, const ProjectScope &scope,
                     QWidget *parent = nullptr, const NameCatalog *names = nullptr);
    ~JobDetailsDialog() override;

    QString jobId() const { return m_job.id; }
    const ProjectScope &scope() const { return m_scope; }
    const Job &job() const { return m_job; }
    void refresh();

Q_SIGNALS:
    // The job as the server now reports it, for the job table to update its row.
    void jobUpdated(const BatchDeck::Job &job);
    // A job the dialog created (a re-run of the failed items), for the job list to show.
    void jobCreated(const BatchDeck::Job &job);

private:
    void showJob(const Job &job);
    void showProgress(const JobProgress &progress);
    void showNames();
    void loadItems();
    void loadResultsOfSelectedItem();
    void confirmCancel();
    void cancelJob();
    void showMessage(const QString &text, bool isError);

    std::unique_ptr<Ui::JobDetailsDialog> m_ui;
    ApiClient *m_client;
    Job m_job;
    ProjectScope m_scope;
    QPointer<const NameCatalog> m_names;
    JobItemsModel m_items;
    qint64 m_itemsOffset = 0;
    std::optional<qint64> m_itemsTotal;
    QPointer<ApiCall> m_statusCall;
    QPointer<ApiCall> m_itemsCall;
    QPointer<ApiCall> m_resultsCall;
    RerunController *m_rerun;
    WatchToggle *m_watchToggle;
    QTimer m_autoRefresh;
};

} // namespace BatchDeck
