#include "core/jobs/rerunplan.h"

#include "core/englishplurals.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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

QString RerunPlan::configurationSummary() const
{
    if (!isReady())
        return {};
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
    // parameters_hash -> (how many items, the first item's result), in hash order for stable text
    std::map<QString, std::pair<qsizetype, const ProcessingResult *>> configurations;
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
        auto &entry = configurations[latest->parametersHash];
        if (entry.first++ == 0)
            entry.second = latest;
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
    if (configurations.size() > 1) {
        QStringList hashes;
        for (const auto &[hash, entry] : configurations)
            hashes << hash + RerunPlanText::tr(" (%Ln items)", nullptr, int(entry.first));
        return notPossible(
            Outcome::DifferentConfigurations,
            RerunPlanText::tr("The failed items were processed with %1 different configurations "
                              "(parameters hashes %2), so there is no one configuration to re-run "
                              "them with.")
                .arg(locale.toString(qsizetype(configurations.size())),
                     hashes.join(QStringLiteral(", "))));
    }

    const ProcessingResult *result = configurations.begin()->second.second;
    RerunPlan plan;
    plan.outcome = Outcome::Ready;
    plan.jobType = result->jobType;
    plan.parametersHash = result->parametersHash;
    plan.jobConfig = result->jobConfig;
    for (const JobItem &item : input.failedItems)
        plan.itemIds << item.itemId;
    return plan;
}

} // namespace BatchDeck
