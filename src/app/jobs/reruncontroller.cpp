#include "app/jobs/reruncontroller.h"

#include "app/common/servertext.h"
#include "core/jobs/jobsapi.h"
#include <QAbstractButton>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace BatchDeck {

RerunController::RerunController(ApiClient *client, const ProjectScope &scope,
                                 QAbstractButton *button, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_client(client)
    , m_scope(scope)
    , m_button(button)
    , m_dialogParent(dialogParent)
{
    connect(m_button, &QAbstractButton::clicked, this, &RerunController::confirm);
    updateButton();
}

void RerunController::setJob(const Job &job)
{
    const bool changed = !m_hasJob || job.id != m_job.id || job.status != m_job.status
        || job.failedItems != m_job.failedItems;
    m_job = job;
    m_hasJob = true;
    if (changed && !m_creating)
        startPlanning();
}

void RerunController::startPlanning()
{
    delete m_planner; // aborts its requests
    m_plan = {};
    if (m_job.failedItems <= 0 && isFinished(m_job.knownStatus())) {
        m_plan = RerunPlan::notPossible(RerunPlan::Outcome::NoFailedItems,
                                        tr("This job has no failed items."));
        updateButton();
        return;
    }
    m_planner = new RerunPlanner(m_client, m_job, m_scope, this);
    connect(m_planner, &RerunPlanner::finished, this, &RerunController::onPlan);
    m_planner->start();
    updateButton();
}

void RerunController::onPlan(const RerunPlan &plan)
{
    m_plan = plan;
    if (m_planner)
        m_planner->deleteLater();
    updateButton();
}

void RerunController::updateButton()
{
    if (m_creating) {
        m_button->setEnabled(false);
        m_button->setToolTip(tr("Creating the job…"));
    } else if (!m_createdJobId.isEmpty()) {
        m_button->setEnabled(false);
        setPlainToolTip(m_button,
                        tr("These failed items were re-run as job %1.").arg(m_createdJobId));
    } else if (isPlanning() || !m_hasJob) {
        m_button->setEnabled(false);
        m_button->setToolTip(tr("Checking which configuration the failed items used…"));
    } else if (!m_plan.isReady()) {
        m_button->setEnabled(false);
        setPlainToolTip(m_button, m_plan.reason);
    } else {
        m_button->setEnabled(!m_confirming);
        setPlainToolTip(
            m_button,
            tr("Re-run %1 failed items with configuration %2")
                .arg(QLocale().toString(m_plan.itemIds.size()), m_plan.configurationSummary()));
    }
}

void RerunController::confirm()
{
    if (!m_plan.isReady() || m_creating || m_confirming || !m_createdJobId.isEmpty())
        return;
    const qsizetype count = m_plan.itemIds.size();
    const QString items = tr("%Ln failed items", nullptr, int(count));
    auto *question = new QMessageBox(QMessageBox::Question, tr("Re-run failed items"),
                                     tr("Re-run %1 of %2 with configuration %3?")
                                         .arg(items, m_job.id, m_plan.configurationSummary()),
                                     QMessageBox::NoButton, m_dialogParent);
    question->setObjectName(QStringLiteral("rerunConfirmation"));
    question->setInformativeText(tr("A new job processes these items again with the "
                                    "configuration of their latest %1 results. This job is not "
                                    "changed.")
                                     .arg(m_plan.jobType));
    makePlainText(question); // the job's ID, configuration and type come from the server
    QPushButton *rerunButton = question->addButton(tr("Re-run"), QMessageBox::AcceptRole);
    // A new job costs credits and cannot be taken back: Enter and Escape both cancel.
    QPushButton *cancelButton = question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(cancelButton);
    question->setEscapeButton(cancelButton);
    question->setAttribute(Qt::WA_DeleteOnClose);
    m_confirming = true;
    updateButton();
    connect(question, &QMessageBox::finished, this, [this, question, rerunButton] {
        m_confirming = false;
        if (question->clickedButton() == rerunButton)
            createJob();
        else
            updateButton();
    });
    question->open();
}

void RerunController::createJob()
{
    if (m_creating || !m_plan.isReady())
        return;
    m_creating = true;
    updateButton();
    Q_EMIT message(tr("Creating a job for the failed items…"), false);
    JobCreateRequest request;
    request.itemIds = m_plan.itemIds;
    request.jobConfig = m_plan.jobConfig;
    JobsApi(m_client).createJob(
        request, m_scope, this,
        [this](const Job &job, const ApiError &error) { onCreated(job, error); });
}

void RerunController::onCreated(const Job &job, const ApiError &error)
{
    m_creating = false;
    if (error.isOk()) {
        m_createdJobId = job.id;
        updateButton();
        Q_EMIT message(tr("Created job %1 to re-run %2 failed items.")
                           .arg(job.id, QLocale().toString(m_plan.itemIds.size())),
                       false);
        Q_EMIT jobCreated(job);
        return;
    }
    updateButton();
    // A 4xx is the server refusing: nothing was created. Anything else may have come after the
    // server created the job; trying again blindly could run the items twice.
    const bool refused = error.kind == ApiError::Kind::InvalidArgument
        || (error.kind == ApiError::Kind::Http && error.httpStatus < 500);
    Q_EMIT message(refused ? tr("The failed items were not re-run. %1").arg(error.message)
                           : tr("The re-run may or may not have been created. %1 Refresh the job "
                                "list and check for a new job before trying again.")
                                 .arg(error.message),
                   true);
}

} // namespace BatchDeck
