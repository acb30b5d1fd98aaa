#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QReadWriteLock>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace BatchDeck {

struct DemoConfig
{
    int jobCount = 2500;
    quint64 seed = 1;
    QDateTime now; // the newest job is a little older than this; default: start time
    bool reportTotals = true; // false: total_size is left out, as the live server may do
    int batchCount = 60; // v2 batches (DemoCatalog), over the same directories
    // The newest this many jobs are running (and move with every request), for a benchmark of
    // syncing many changed jobs; -1: the newest few (3 to 12) are unfinished, most of them running.
    int runningJobs = -1;
    // What DemoServer does with them, so benchmarks and tests can stand in for a real network
    // and a rate-limiting service:
    int latencyMs = 0; // every answer is sent this long after its request arrived
    int maxInFlight = 0; // a request beyond this many being answered gets 429; 0: no limit
    int retryAfterMs = 1000; // the wait a 429 asks for (Retry-After, retry-after-ms)
};

// A deterministic, generated job history that looks like real use: all types and statuses,
// running jobs whose progress advances with every request, failures with error messages, and
// optional fields absent or null in places. Jobs are computed on demand from (seed, index), so
// a million of them cost a few bytes each. Thread-safe: the server answers from worker threads.
class DemoDataset
{
public:
    struct JobFilter
    {
        QString directoryId, jobType, status, projectId, organizationId; // empty: any
    };
    struct JobSlice
    {
        QList<QJsonObject> jobs;
        qint64 total = 0;
    };
    struct ItemSlice
    {
        QList<QJsonObject> items;
        qint64 total = 0;
    };
    enum class CancelOutcome { Cancelled, NotFound, AlreadyFinished };

    static constexpr int MaxJobs = 5'000'000;

    explicit DemoDataset(const DemoConfig &config);

    int jobCount() const { return int(m_types.size()); }
    const DemoConfig &config() const { return m_config; } // with `now` filled in
    bool reportsTotals() const { return m_config.reportTotals; }
    QStringList projectIds() const { return m_projectIds; }
    QString organizationId() const { return m_organizationId; }
    QStringList directoryIds() const { return m_directoryIds; }

    // Every call is one "request": running jobs move on a little each time.
    void advanceClock() { m_clock.fetch_add(1, std::memory_order_relaxed); }

    JobSlice listJobs(const JobFilter &filter, qint64 offset, int limit) const;
    std::optional<QJsonObject> job(const QString &jobId) const;
    std::optional<ItemSlice> listItems(const QString &jobId, const QString &status, qint64 offset,
                                       int limit) const;
    CancelOutcome cancel(const QString &jobId, QJsonObject *response);

    // A job created through the API (POST): pending, over the given items, newest of all.
    struct NewJob
    {
        QString projectId, jobType, directoryId; // directoryId empty: item-list mode
        QList<std::pair<QString, QString>> items; // id, name
    };
    QJsonObject createJob(const NewJob &job);

    // A source item of the world: the item ids listItems() gives out. Unknown: nullopt.
    struct ItemRecord
    {
        QString itemId, itemName, status, jobType, projectId;
        QDateTime processedAt;
        quint64 hash = 0;
        bool processedBefore = false; // skipped as already processed by an earlier job
    };
    std::optional<ItemRecord> item(const QString &itemId) const;
    // ItemProcessingResultsResponse for an item; jobType empty: results of every type.
    std::optional<QJsonObject> processingResults(const QString &itemId,
                                                 const QString &jobType) const;

    // The index of a job id this dataset made, or -1.
    int indexOf(const QString &jobId) const;
    QString jobId(int index) const;

private:
    struct Counts
    {
        qint64 total, processed, failed, skipped;
    };
    // What a job does with its items when it runs to the end: how many fail and how many are
    // skipped, spread evenly over them, so that any first part of the items holds its share and
    // a job that stops part way has counts its items agree with.
    struct Plan
    {
        qint64 total = 0, failed = 0, skipped = 0;
        qint64 failedPhase = 0, skippedPhase = 0; // where in their stride they fall
    };
    enum class Fate : quint8 { Completed, Failed, Skipped };
    // When a job's items were done. A finished job took stepMs an item, ending by `now`. A
    // running job had done `first` items by the first request, the last at `base`; each request
    // then does `speed` more, a little later each time and never after `now`.
    struct Timeline
    {
        QDateTime created, started; // started: also when a dispatched job was dispatched
        bool running = false;
        QDateTime base;
        qint64 first = 0, speed = 1, stepMs = 0;
    };
    // One job as its items see it: computed once for a listing of them.
    struct JobView
    {
        int index = 0;
        quint8 status = 0;
        Plan plan;
        qint64 reached = 0; // items the job got to: done, failed or skipped
        Timeline timeline;
        QDateTime finished; // completed or cancelled: when; otherwise invalid
    };

    quint64 hashOf(int index, quint64 salt) const;
    quint8 statusAt(int index) const;
    quint8 statusAtLocked(int index) const; // with m_cancelLock held
    Plan planOf(int index) const;
    static Fate fateOf(const Plan &plan, qint64 item);
    static Counts countsAt(const Plan &plan, qint64 reached);
    static qint64 failurePosition(const Plan &plan, qint64 k); // the k-th (1-based) failed item
    qint64 runningStart(int index, qint64 *speed) const; // items done before the first request
    qint64 runningProgress(int index) const;
    qint64 finishedReach(int index) const; // how far a job generated as finished got
    JobView viewOf(int index) const; // takes m_cancelLock: not with it held
    Timeline timelineOf(int index) const;
    static QDateTime itemDoneAt(const Timeline &timeline, qint64 item);
    static QDateTime itemStartedAt(const Timeline &timeline, qint64 item);
    static QDateTime lastChange(const JobView &job); // updated_at
    QJsonObject jobJson(int index) const;
    QJsonObject itemJson(const JobView &job, qint64 itemIndex) const;
    QString itemStatusAt(const JobView &job, qint64 item) const;
    QString itemName(const JobView &job, qint64 item) const;
    QString itemFailure(const JobView &job, qint64 item) const; // why a failed item failed
    int jobFailureOf(int index) const; // into DemoTables::JobFailures, for a failed job
    QString jobError(const JobView &job) const;
    QDateTime createdAt(int index) const;
    QString itemId(int jobIndex, qint64 itemIndex) const;

    struct CreatedJob
    {
        QString id, projectId, jobType, directoryId;
        QList<std::pair<QString, QString>> items; // id, name
        QDateTime createdAt, cancelledAt; // cancelledAt invalid: not cancelled
    };
    QJsonObject createdJobJsonLocked(const CreatedJob &job) const; // with m_createdLock held
    std::optional<QJsonObject> createdJob(const QString &jobId) const;

    DemoConfig m_config;
    QString m_organizationId;
    QStringList m_projectIds;
    QStringList m_directoryIds;
    std::vector<quint8> m_types;
    std::vector<quint8> m_statuses;
    std::vector<qint16> m_directories; // -1: no directory (item-list mode)
    std::vector<quint8> m_projects;
    qint64 m_spacingMs = 0;
    std::atomic<qint64> m_clock {0};

    mutable QReadWriteLock m_cancelLock;
    struct CancelRecord
    {
        QDateTime at;
        qint64 reached = 0; // progress stops where it was cancelled
    };
    QHash<int, CancelRecord> m_cancelled; // jobs cancelled through the API

    // Jobs created through the API, oldest first. Guarded by m_createdLock, which is never
    // taken while m_cancelLock is held.
    mutable QReadWriteLock m_createdLock;
    std::vector<CreatedJob> m_created;
    QHash<QString, int> m_createdIndex; // id -> position in m_created
};

} // namespace BatchDeck
