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

// The failed items last processed with one configuration: one new job of a re-run.
struct RerunGroup
{
    QString jobType;
    QString parametersHash;
    QByteArray jobConfig; // job_config as the server sent it
    QStringList itemIds; // in the listing's order

    // What tells two groups apart (a re-run remembers which groups it created).
    QString key() const { return jobType + u'\n' + parametersHash; }
    // "parse, parameters hash 9f2c… (parse_raw_file_job)" for the confirmation.
    QString configurationSummary() const;
};

// Whether a job's failed items can be run again, and with which job_config: each item's latest
// processing result of the job's type says which configuration it was processed with, and the
// items are re-run in one new job per configuration (parameters_hash). When an item's
// configuration cannot be known for certain (an item without results, unreadable answers), there
// is no plan, and `reason` says why in a sentence: no item is left out silently.
struct RerunPlan
{
    enum class Outcome {
        Ready,
        JobNotFinished, // the job may still fail (or retry) more items
        NoFailedItems,
        UnreadableItems, // some failed items could not be read, so not all could be re-run
        UnknownConfiguration, // an item has no result of the job's type, or a result is unreadable
        TooManyItems, // more failed items than one check may cover
        LoadFailed, // the items or their results could not be fetched
    };

    Outcome outcome = Outcome::NoFailedItems;
    QString reason; // empty when ready
    // When ready: one group per configuration, the most items first, every failed item in one.
    QList<RerunGroup> groups;

    bool isReady() const { return outcome == Outcome::Ready; }
    qsizetype itemCount() const;

    static RerunPlan decide(const RerunInput &input);
    static RerunPlan notPossible(Outcome outcome, const QString &reason);
};

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::RerunPlan)
