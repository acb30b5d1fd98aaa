#pragma once

#include "core/jobs/job.h"
#include "core/jobs/jobitem.h"
#include "core/jobs/processingresult.h"

#include <QHash>
#include <QMetaType>
#include <QStringList>

namespace BatchDeck {

// What a decision about re-running a job's failed items is made from.
struct RerunInput
{
    Job job;
    QList<JobItem> failedItems; // every failed item, all pages, each once
    qint64 unreadableFailedItems = 0; // failed items the listing held but the client could not read
    QHash<QString, ItemProcessingResults> resultsByItemId; // for each failed item
};

// Whether a job's failed items can be run again, and with which job_config: the one shared by
// the failed items' latest processing results of the job's type. When that configuration cannot
// be known for certain (an item without results, results that differ, unreadable answers), there
// is no plan, and `reason` says why in a sentence.
struct RerunPlan
{
    enum class Outcome {
        Ready,
        JobNotFinished, // the job may still fail (or retry) more items
        NoFailedItems,
        UnreadableItems, // some failed items could not be read, so not all could be re-run
        UnknownConfiguration, // an item has no result of the job's type, or a result is unreadable
        DifferentConfigurations, // the items' latest results disagree (parameters_hash)
        TooManyItems, // more failed items than one check may cover
        LoadFailed, // the items or their results could not be fetched
    };

    Outcome outcome = Outcome::NoFailedItems;
    QString reason; // empty when ready
    QStringList itemIds; // when ready: the failed items, in the listing's order
    QString jobType; // when ready
    QString parametersHash; // when ready
    QByteArray jobConfig; // when ready: job_config as the server sent it

    bool isReady() const { return outcome == Outcome::Ready; }
    // "parse, parameters hash 9f2c…" for the confirmation.
    QString configurationSummary() const;

    static RerunPlan decide(const RerunInput &input);
    static RerunPlan notPossible(Outcome outcome, const QString &reason);
};

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::RerunPlan)
