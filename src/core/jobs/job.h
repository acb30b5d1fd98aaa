#pragma once

#include "core/jobs/jobenums.h"
#include "core/json/jsonslice.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace BatchDeck {

// BatchJobResponse: one batch-processing job, field for field. Absent or null optional values
// are null QStrings and invalid QDateTimes; counts the API leaves out are 0, its default.
struct Job
{
    QString id;
    QString jobType; // kept as received, even a value this client does not know
    QString status; // likewise
    QString projectId;
    QString directoryId;
    qint64 totalItems = 0;
    qint64 processedItems = 0;
    qint64 failedItems = 0;
    qint64 skippedItems = 0;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime completedAt;
    QDateTime updatedAt;
    QDateTime effectiveAt;
    QString errorMessage;
    QString jobRecordId;
    QString workflowId;

    JobStatus knownStatus() const { return jobStatusFromString(status); }
    JobType knownType() const { return jobTypeFromString(jobType); }
    bool operator==(const Job &other) const;
    bool operator!=(const Job &other) const { return !(*this == other); }

    // Fills *job from one JSON job; on failure returns a sentence naming the field.
    static QString fromJson(const QJsonValue &value, Job *job);
    static QString fromJson(const JsonSlice &value, Job *job);
};

// A job the client could not read, with its absolute position in the listing.
struct InvalidJob
{
    qint64 position = 0;
    QString problem;
    QString describe() const;
};

// One answer of the list endpoint (BatchJobQueryResponse).
struct JobPage
{
    QList<Job> jobs;
    QList<InvalidJob> invalidJobs;
    std::optional<qint64> totalSize; // absent or null: the server did not say
    qint64 itemCount() const { return jobs.size() + invalidJobs.size(); }

    // Reads a page; jobs that cannot be read are listed, not guessed. Returns a sentence when
    // the page itself is unreadable.
    static QString fromJson(const QByteArray &body, qint64 offset, JobPage *page);
};

// GET /batch-processing/{job_id} (BatchJobStatusResponse).
struct JobStatusResult
{
    Job job;
    double progressPercentage = 0; // 0 to 100, as documented; anything else is unreadable
    static QString fromJson(const QByteArray &body, JobStatusResult *result);
};

// POST /batch-processing/{job_id}/cancel (BatchJobCancelResponse).
struct CancelResult
{
    QString jobId;
    QString status;
    qint64 processedItems = 0;
    QString message;
    static QString fromJson(const QByteArray &body, CancelResult *result);
};

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::Job)
Q_DECLARE_METATYPE(BatchDeck::JobPage)
