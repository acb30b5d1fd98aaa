#include "core/jobs/rerunplan.h"

#include "core/translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <map>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct RerunPlanText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::RerunPlan)
};

QString quotedName(const JobItem &item)
{
    return QStringLiteral("\"%1\"").arg(item.itemName.isEmpty() ? item.itemId : item.itemName);
}

} // namespace

RerunPlan RerunPlan::notPossible(Outcome outcome, const QString &reason)
{
    RerunPlan plan;
    plan.outcome = outcome;
    plan.reason = reason;
    return plan;
}

qsizetype RerunPlan::itemCount() const
{
    qsizetype count = 0;
    for (const RerunGroup &group : groups)
        count += group.itemIds.size();
    return count;
}

QString RerunGroup::configurationSummary() const
{
    QString summary = RerunPlanText::tr("%1, parameters hash %2").arg(jobType, parametersHash);
    // A parse configuration names its job; a classify one has rules. Either helps to recognise it.
    const QJsonObject config = QJsonDocument::fromJson(jobConfig).object();
    if (const QString name = config.value(u"job_name").toString(); !name.isEmpty())
        summary += RerunPlanText::tr(" (%1)").arg(name);
    else if (const qsizetype rules = config.value(u"rules").toArray().size(); rules > 0)
        summary += RerunPlanText::tr(" (%Ln classification rules)", nullptr, int(rules));
    return summary;
}

RerunPlan RerunPlan::decide(const RerunInput &input)
{
    const Job &job = input.job;
    const QLocale locale;
    if (!isFinished(job.knownStatus())) {
        return notPossible(
            Outcome::JobNotFinished,
            RerunPlanText::tr("The job is %1, not finished; its failed items can be re-run once "
                              "it has finished.")
                .arg(job.status));
    }
    if (input.unreadableFailedItems > 0) {
        return notPossible(Outcome::UnreadableItems,
                           RerunPlanText::tr("%1 failed items could not be read, so not every "
                                             "failed item could be re-run. Refresh and try again.",
                                             nullptr, pluralFormCount(input.unreadableFailedItems))
                               .arg(locale.toString(input.unreadableFailedItems)));
    }
    if (input.failedItems.isEmpty())
        return notPossible(Outcome::NoFailedItems,
                           RerunPlanText::tr("This job has no failed items."));

    const qsizetype total = input.failedItems.size();
    QList<const JobItem *> withoutResult, withUnreadableResults;
    // (job type, parameters_hash) -> its group, in key order until sorted by size below
    std::map<std::pair<QString, QString>, RerunGroup> groups;
    for (const JobItem &item : input.failedItems) {
        const auto found = input.resultsByItemId.constFind(item.itemId);
        if (found == input.resultsByItemId.constEnd()) {
            withoutResult.append(&item);
            continue;
        }
        // An unreadable result may be the newest one: the configuration is then not known.
        if (!found->invalidResults.isEmpty()) {
            withUnreadableResults.append(&item);
            continue;
        }
        const ProcessingResult *latest = found->latestOfType(job.jobType);
        if (!latest) {
            withoutResult.append(&item);
            continue;
        }
        RerunGroup &group = groups[{latest->jobType, latest->parametersHash}];
        if (group.itemIds.isEmpty()) {
            group.jobType = latest->jobType;
            group.parametersHash = latest->parametersHash;
            group.jobConfig = latest->jobConfig;
        }
        group.itemIds << item.itemId;
    }

    if (!withoutResult.isEmpty()) {
        return notPossible(
            Outcome::UnknownConfiguration,
            RerunPlanText::tr("%1 of the %2 failed items (such as %3) have no %4 processing "
                              "result, so BatchDeck cannot know the configuration to re-run them "
                              "with.")
                .arg(locale.toString(withoutResult.size()), locale.toString(total),
                     quotedName(*withoutResult.first()), job.jobType));
    }
    if (!withUnreadableResults.isEmpty()) {
        return notPossible(
            Outcome::UnknownConfiguration,
            RerunPlanText::tr("The processing results of %1 of the %2 failed items (such as %3) "
                              "could not all be read, so BatchDeck cannot know the configuration "
                              "to re-run them with.")
                .arg(locale.toString(withUnreadableResults.size()), locale.toString(total),
                     quotedName(*withUnreadableResults.first())));
    }

    RerunPlan plan;
    plan.outcome = Outcome::Ready;
    for (auto &[key, group] : groups)
        plan.groups.append(std::move(group));
    // The largest group first; among equals, the order of their keys (stable text and requests).
    std::stable_sort(plan.groups.begin(), plan.groups.end(),
                     [](const RerunGroup &a, const RerunGroup &b) {
                         return a.itemIds.size() > b.itemIds.size();
                     });
    return plan;
}

} // namespace BatchDeck
