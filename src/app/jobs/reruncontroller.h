#pragma once

#include "core/jobs/jobsapi.h"
#include "core/jobs/rerunplanner.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAbstractButton;
class QLabel;
class QMessageBox;
class QWidget;

namespace BatchDeck {

// "Re-run failed items…" for one job: finds out with which configurations the failed items were
// processed, keeps the button's state and tooltip saying so (and, while it cannot re-run, a
// visible label saying why), asks for confirmation, and creates one new job per configuration,
// once, however often the button is clicked. A group whose job was not created stays offered:
// clicking again re-runs only the groups not yet re-run.
class RerunController : public QObject
{
    Q_OBJECT

public:
    // `reasonLabel`, next to the button, shows why it is disabled; hidden while it is enabled.
    RerunController(ApiClient *client, const ProjectScope &scope, QAbstractButton *button,
                    QLabel *reasonLabel, QWidget *dialogParent);

    // Plans again when what the plan depends on changed (status, failed count).
    void setJob(const Job &job);
    const RerunPlan &plan() const { return m_plan; }
    bool isPlanning() const { return m_planner && m_planner->isRunning(); }
    // The groups of the plan whose job has not been created yet.
    QList<RerunGroup> remainingGroups() const;

Q_SIGNALS:
    // A sentence for the dialog's message line.
    void message(const QString &text, bool isError);
    // A new job the server created; the job list should show it.
    void jobCreated(const BatchDeck::Job &job);

private:
    // What became of one group's create request.
    struct Outcome
    {
        RerunGroup group;
        QString jobId; // when created
        QString error; // when not
        bool mayExist = false; // not created as far as is known, but the server may have
    };

    void startPlanning();
    void onPlan(const RerunPlan &plan);
    void confirm();
    QMessageBox *confirmation(const QList<RerunGroup> &groups);
    void createJobs(const QList<RerunGroup> &groups);
    void createNext();
    void onCreated(const Job &job, const ApiError &error);
    void report();
    void updateButton();
    void showReason(const QString &reason);

    ApiClient *m_client;
    ProjectScope m_scope;
    QAbstractButton *m_button;
    QLabel *m_reasonLabel;
    QWidget *m_dialogParent;
    Job m_job;
    bool m_hasJob = false;
    RerunPlan m_plan;
    QPointer<RerunPlanner> m_planner;
    bool m_confirming = false;
    QList<RerunGroup> m_toCreate; // the groups of this run not yet sent, in order
    QList<Outcome> m_outcomes; // of this run, in order
    bool m_creating = false;
    QHash<QString, QString> m_createdJobIds; // RerunGroup::key() -> the job that re-ran it
};

} // namespace BatchDeck
