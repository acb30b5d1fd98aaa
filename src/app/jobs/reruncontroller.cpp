#include "app/jobs/reruncontroller.h"

#include "app/common/servertext.h"
#include "core/jobs/jobsapi.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace BatchDeck {

namespace {

// A confirmation lists at most this many configurations; the rest go to its details.
constexpr int ListedGroups = 12;

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}

} // namespace

RerunController::RerunController(ApiClient *client, const ProjectScope &scope,
                                 QAbstractButton *button, QLabel *reasonLabel,
                                 QWidget *dialogParent)
    : QObject(dialogParent)
    , m_client(client)
    , m_scope(scope)
    , m_button(button)
    , m_reasonLabel(reasonLabel)
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

QList<RerunGroup> RerunController::remainingGroups() const
{
    QList<RerunGroup> remaining;
    for (const RerunGroup &group : m_plan.groups) {
        if (!m_createdJobIds.contains(group.key()))
            remaining.append(group);
    }
    return remaining;
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

void RerunController::showReason(const QString &reason)
{
    if (!m_reasonLabel)
        return;
    setPlainText(m_reasonLabel, reason);
    m_reasonLabel->setVisible(!reason.isEmpty());
}

void RerunController::updateButton()
{
    const QList<RerunGroup> remaining = remainingGroups();
    QString reason; // why the button is off, shown beside it
    if (m_creating) {
        m_button->setEnabled(false);
        m_button->setToolTip(tr("Creating the jobs…"));
    } else if (isPlanning() || !m_hasJob) {
        reason = tr("Checking which configurations the failed items used…");
    } else if (!m_plan.isReady()) {
        reason = m_plan.reason;
    } else if (remaining.isEmpty()) {
        QStringList jobIds = m_createdJobIds.values();
        jobIds.sort();
        m_button->setEnabled(false);
        setPlainToolTip(m_button,
                        tr("These failed items were re-run as job %1.", nullptr, int(jobIds.size()))
                            .arg(joined(jobIds)));
        // The message line lists the new jobs; beside the button, a few words say it is done.
        showReason(jobIds.size() == 1
                       ? tr("Already re-run as job %1.").arg(jobIds.first())
                       : tr("Already re-run as %n jobs.", nullptr, int(jobIds.size())));
        return;
    } else {
        m_button->setEnabled(!m_confirming);
        qsizetype items = 0;
        for (const RerunGroup &group : remaining)
            items += group.itemIds.size();
        setPlainToolTip(
            m_button,
            remaining.size() == 1
                ? tr("Re-run %1 failed items with configuration %2")
                      .arg(QLocale().toString(items), remaining.first().configurationSummary())
                : tr("Re-run %1 failed items as %n new jobs, one per configuration", nullptr,
                     int(remaining.size()))
                      .arg(QLocale().toString(items)));
    }
    if (!reason.isEmpty()) {
        m_button->setEnabled(false);
        setPlainToolTip(m_button, reason);
    }
    showReason(reason);
}

QMessageBox *RerunController::confirmation(const QList<RerunGroup> &groups)
{
    qsizetype count = 0;
    for (const RerunGroup &group : groups)
        count += group.itemIds.size();
    const QString items = tr("%Ln failed items", nullptr, int(count));
    QString text, informative, details;
    if (groups.size() == 1) {
        text = tr("Re-run %1 of %2 with configuration %3?")
                   .arg(items, m_job.id, groups.first().configurationSummary());
        informative = tr("A new job processes these items again with the configuration of their "
                         "latest %1 results. This job is not changed.")
                          .arg(groups.first().jobType);
    } else {
        text = tr("Re-run %1 of %2 as %n new jobs, one per configuration?", nullptr,
                  int(groups.size()))
                   .arg(items, m_job.id);
        QStringList lines;
        for (const RerunGroup &group : groups) {
            lines << tr("• %1: %Ln items", nullptr, int(group.itemIds.size()))
                         .arg(group.configurationSummary());
        }
        QStringList listed = lines.mid(0, ListedGroups);
        if (lines.size() > ListedGroups) {
            listed << tr("• and %n more (see the details)", nullptr,
                         int(lines.size() - ListedGroups));
            details = lines.join(u'\n');
        }
        informative = tr("Their latest %1 results used %n different configurations. Each gets "
                         "a new job with its own items and configuration; this job is not "
                         "changed.",
                         nullptr, int(groups.size()))
                          .arg(groups.first().jobType)
            + u'\n' + listed.join(u'\n');
    }
    if (!m_createdJobIds.isEmpty()) {
        QStringList jobIds = m_createdJobIds.values();
        jobIds.sort();
        informative += u'\n'
            + tr("The other failed items were re-run already, as job %1.", nullptr,
                 int(jobIds.size()))
                  .arg(joined(jobIds));
    }
    auto *question = new QMessageBox(QMessageBox::Question, tr("Re-run failed items"), text,
                                     QMessageBox::NoButton, m_dialogParent);
    question->setObjectName(QStringLiteral("rerunConfirmation"));
    question->setInformativeText(informative);
    question->setDetailedText(details);
    makePlainText(question); // the job's ID, configuration and type come from the server
    return question;
}

void RerunController::confirm()
{
    const QList<RerunGroup> groups = remainingGroups();
    if (!m_plan.isReady() || groups.isEmpty() || m_creating || m_confirming)
        return;
    QMessageBox *question = confirmation(groups);
    QPushButton *rerunButton = question->addButton(
        groups.size() == 1 ? tr("Re-run") : tr("Create %n jobs", nullptr, int(groups.size())),
        QMessageBox::AcceptRole);
    // New jobs cost credits and cannot be taken back: Enter and Escape both cancel.
    QPushButton *cancelButton = question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(cancelButton);
    question->setEscapeButton(cancelButton);
    question->setAttribute(Qt::WA_DeleteOnClose);
    m_confirming = true;
    updateButton();
    connect(question, &QMessageBox::finished, this, [this, question, rerunButton, groups] {
        m_confirming = false;
        if (question->clickedButton() == rerunButton)
            createJobs(groups);
        else
            updateButton();
    });
    question->open();
}

void RerunController::createJobs(const QList<RerunGroup> &groups)
{
    if (m_creating || groups.isEmpty())
        return;
    m_creating = true;
    m_toCreate = groups;
    m_outcomes.clear();
    updateButton();
    createNext();
}

void RerunController::createNext()
{
    if (m_toCreate.isEmpty()) {
        m_creating = false;
        updateButton();
        report();
        return;
    }
    const qsizetype total = m_outcomes.size() + m_toCreate.size();
    Q_EMIT message(
        total == 1 ? tr("Creating a job for the failed items…")
                   : tr("Creating job %1 of %2 for the failed items…")
                         .arg(QLocale().toString(m_outcomes.size() + 1), QLocale().toString(total)),
        false);
    // One at a time: each answer is known before the next job is asked for.
    JobCreateRequest request;
    request.itemIds = m_toCreate.first().itemIds;
    request.jobConfig = m_toCreate.first().jobConfig;
    JobsApi(m_client).createJob(
        request, m_scope, this,
        [this](const Job &job, const ApiError &error) { onCreated(job, error); });
}

void RerunController::onCreated(const Job &job, const ApiError &error)
{
    Outcome outcome;
    outcome.group = m_toCreate.takeFirst();
    if (error.isOk()) {
        outcome.jobId = job.id;
        m_createdJobIds.insert(outcome.group.key(), job.id);
        m_outcomes.append(outcome);
        Q_EMIT jobCreated(job);
    } else {
        // A 4xx is the server refusing: nothing was created. Anything else may have come after
        // the server created the job; trying again blindly could run the items twice.
        const bool refused = error.kind == ApiError::Kind::InvalidArgument
            || (error.kind == ApiError::Kind::Http && error.httpStatus < 500);
        outcome.error = error.message;
        outcome.mayExist = !refused;
        m_outcomes.append(outcome);
    }
    createNext();
}

void RerunController::report()
{
    const QLocale locale;
    QStringList created;
    QStringList notCreated;
    qsizetype createdItems = 0;
    bool anyMayExist = false;
    for (const Outcome &outcome : std::as_const(m_outcomes)) {
        const int count = int(outcome.group.itemIds.size());
        if (!outcome.jobId.isEmpty()) {
            created << tr("%1 (%Ln items)", nullptr, count).arg(outcome.jobId);
            createdItems += count;
        } else if (outcome.mayExist) {
            anyMayExist = true;
            notCreated << tr("The job for %Ln items with configuration %1 may or may not have "
                             "been created. %2",
                             nullptr, count)
                              .arg(outcome.group.configurationSummary(), outcome.error);
        } else {
            notCreated << tr("%Ln items with configuration %1 were not re-run. %2", nullptr, count)
                              .arg(outcome.group.configurationSummary(), outcome.error);
        }
    }
    if (notCreated.isEmpty()) {
        Q_EMIT message(created.size() == 1 ? tr("Created job %1 to re-run %Ln failed items.",
                                                nullptr, int(createdItems))
                                                 .arg(m_outcomes.first().jobId)
                                           : tr("Created %n jobs to re-run the failed items: %1.",
                                                nullptr, int(created.size()))
                                                 .arg(joined(created)),
                       false);
        return;
    }
    if (m_outcomes.size() == 1) { // a single job: the sentences of a single re-run
        const Outcome &outcome = m_outcomes.first();
        Q_EMIT message(outcome.mayExist
                           ? tr("The re-run may or may not have been created. %1 Refresh the job "
                                "list and check for a new job before trying again.")
                                 .arg(outcome.error)
                           : tr("The failed items were not re-run. %1").arg(outcome.error),
                       true);
        return;
    }
    QStringList sentences;
    if (!created.isEmpty()) {
        sentences << tr("Created %1 of %2 jobs: %3.")
                         .arg(locale.toString(created.size()), locale.toString(m_outcomes.size()),
                              joined(created));
    }
    sentences << notCreated;
    sentences << (anyMayExist ? tr("Refresh the job list and check for new jobs before trying "
                                   "again.")
                              : tr("Re-run failed items… tries again for the items not re-run."));
    Q_EMIT message(sentences.join(u' '), true);
}

} // namespace BatchDeck
