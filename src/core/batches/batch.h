#pragma once

#include "core/json/jsonslice.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace BatchDeck {

// The v2 batch statuses as the client knows them (BatchResponse.status). The value itself
// travels as a string, so that one the server adds later is kept and shown as received.
enum class BatchStatus { Pending, Throttled, Running, Completed, Failed, Cancelled, Unknown };

// The six values the API documents, upper case as it sends and takes them.
const QStringList &knownBatchStatuses();
BatchStatus batchStatusFromString(const QString &value); // exact match; anything else Unknown
// A finished batch can no longer change or be cancelled.
bool isFinished(BatchStatus status);

// BatchJobReference: the job a batch created for one file.
struct BatchJobReference
{
    QString type; // "parse_v2", "extract_v2", or a newer one, as received
    QString id;
    bool operator==(const BatchJobReference &other) const
    {
        return type == other.type && id == other.id;
    }
};

// BatchResult: one source file of a batch and what became of it.
struct BatchResult
{
    QString sourceDirectoryFileId;
    std::optional<BatchJobReference> jobReference; // absent or null: no job known yet
    QString errorMessage; // null QString when absent or null
    bool operator==(const BatchResult &other) const;
};

// BatchResponse of /api/v2/batches, field for field. Absent or null optional values are null
// QStrings and invalid QDateTimes.
struct Batch
{
    QString id; // "bat-..." (the spec also allows a UUID)
    QString status; // kept as received, even a value this client does not know
    QString projectId;
    QString sourceDirectoryId;
    // config.job, the configuration snapshot the batch runs with.
    QString jobType; // as received
    QString configurationId;
    // The whole config object as received, unknown members included, as its JSON text (without
    // white space): a page of batches holds no tree of every configuration, which costs many
    // times its text. Empty for a batch built in code.
    QByteArray configJson;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Null (empty optional) unless asked for with expand=results, and while the batch runs.
    std::optional<QList<BatchResult>> results;

    BatchStatus knownStatus() const { return batchStatusFromString(status); }
    // The config object, parsed now: for one batch shown or written at a time.
    QJsonObject config() const;
    bool operator==(const Batch &other) const;
    bool operator!=(const Batch &other) const { return !(*this == other); }

    // Fills *batch from one JSON batch; on failure returns a sentence naming the field.
    static QString fromJson(const JsonSlice &value, Batch *batch);
    // A body holding one batch (GET /api/v2/batches/{id}, POST .../cancel).
    static QString fromJson(const QByteArray &body, Batch *batch);
};

// A batch the client could not read, with its absolute position in the listing (0-based).
struct InvalidBatch
{
    qint64 position = 0;
    QString problem;
    QString describe() const;
};

// One answer of GET /api/v2/batches (BatchQueryResponse).
struct BatchPage
{
    QList<Batch> batches;
    QList<InvalidBatch> invalidBatches;
    // Absent, null and "" all mean: no page after this one.
    std::optional<QString> nextPageToken;
    std::optional<qint64> totalSize; // absent or null: the server did not say
    qint64 itemCount() const { return batches.size() + invalidBatches.size(); }
    bool hasNextPage() const { return nextPageToken && !nextPageToken->isEmpty(); }

    // Reads a page whose first batch is at `firstPosition` of the listing; batches that cannot
    // be read are listed in invalidBatches, not guessed, and the others are kept. Returns a
    // sentence when the page itself is unreadable.
    static QString fromJson(const QByteArray &body, qint64 firstPosition, BatchPage *page);
};

// The batch with the API's field names (snake_case, timestamps ISO 8601 UTC with milliseconds,
// null for what is not set). `config` is the object as received (parsed: JSON Lines write
// configJson itself).
QJsonObject toApiJson(const Batch &batch);

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::Batch)
Q_DECLARE_METATYPE(BatchDeck::BatchPage)
