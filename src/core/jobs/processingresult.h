#pragma once

#include "core/jobs/jobenums.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace BatchDeck {

// ProcessingResult: one processing of an item (what ran, with which configuration, where the
// output went).
struct ProcessingResult
{
    QString resultId;
    QString itemId;
    QString jobType; // kept as received, even a value this client does not know
    // The job_config object's JSON text exactly as the server sent it: a re-run sends it back
    // byte for byte, so no key order, number precision or unknown field is lost on the way.
    QByteArray jobConfig;
    QString parametersHash;
    QString outputS3Path;
    QByteArray outputMetadata; // the object's JSON text; empty when absent or null
    QDateTime processedAt; // UTC

    JobType knownType() const { return jobTypeFromString(jobType); }
    // job_config as a Qt object, for display; send jobConfig itself back.
    QJsonObject jobConfigObject() const;
};

// A result the client could not read, with its position in the item's list.
struct InvalidProcessingResult
{
    qint64 position = 0;
    QString problem;
    QString describe() const;
};

// GET /batch-processing/items/{item_id}/processing-results (ItemProcessingResultsResponse).
struct ItemProcessingResults
{
    QString itemId;
    QString itemName;
    QList<ProcessingResult> results; // in the server's order
    QList<InvalidProcessingResult> invalidResults;

    // The newest result of `jobType` (by processed_at; the later in the list on a tie), or
    // nullptr when there is none.
    const ProcessingResult *latestOfType(const QString &jobType) const;

    // Reads the answer; results that cannot be read are listed in invalidResults, not guessed,
    // and the others are kept. Returns a sentence naming the field when the answer itself is
    // unreadable.
    static QString fromJson(const QByteArray &body, ItemProcessingResults *results);
};

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::ProcessingResult)
Q_DECLARE_METATYPE(BatchDeck::ItemProcessingResults)
