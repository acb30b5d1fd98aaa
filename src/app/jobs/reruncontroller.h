#pragma once

#include "core/jobs/jobsapi.h"
#include "core/jobs/rerunplanner.h"

#include <QObject>
#include <QPointer>

class QAbstractButton;
class QWidget;

namespace BatchDeck {

// "Re-run failed items…" for one job: finds out whether (and with which configuration) the
// failed items can be run again, keeps the button's state and tooltip saying so, asks for
// confirmation, and creates the new job once, however often the button is clicked.
class RerunController : public QObject
{
    Q_OBJECT

public:
    RerunController(ApiClient *client, const ProjectScope &scope, QAbstractButton *button,
                    QWidget *dialogParent);

    // Plans again when what the plan depends on changed (status, failed count).
    void setJob(const Job &job);
    const RerunPlan &plan() const { return m_plan; }
    bool isPlanning() const { return m_planner && m_planner->isRunning(); }

Q_SIGNALS:
    // A sentence for the dialog's message line.
    void message(const QString &text, bool isError);
    // The new job the server created; the job list should show it.
    void jobCreated(const BatchDeck::Job &job);

private:
    void startPlanning();
    void onPlan(const RerunPlan &plan);
    void confirm();
    void createJob();
    void onCreated(const Job &job, const ApiError &error);
    void updateButton();

    ApiClient *m_client;
    ProjectScope m_scope;
    QAbstractButton *m_button;
    QWidget *m_dialogParent;
    Job m_job;
    bool m_hasJob = false;
    RerunPlan m_plan;
    QPointer<RerunPlanner> m_planner;
    bool m_confirming = false;
    bool m_creating = false;
    QString m_createdJobId; // once set, these items were re-run: the button stays off
};

} // namespace BatchDeck
