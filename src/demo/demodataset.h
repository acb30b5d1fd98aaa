#pragma once

#include <QDateTime>
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

    // The index of a job id this dataset made, or -1.
    int indexOf(const QString &jobId) const;
    QString jobId(int index) const;

private:
    struct Counts
    {
        qint64 total, processed, failed, skipped;
    };
    quint64 hashOf(int index, quint64 salt) const;
    quint8 statusAt(int index) const;
    quint8 statusAtLocked(int index) const; // with m_cancelLock held
    qint64 runningProgress(int index) const;
    Counts countsOf(int index, quint8 status) const;
    QJsonObject jobJson(int index) const;
    QJsonObject itemJson(int jobIndex, qint64 itemIndex, const QString &status) const;
    QString itemStatusAt(const Counts &counts, quint8 jobStatus, qint64 item) const;
    QDateTime createdAt(int index) const;

    DemoConfig m_config;
    QString m_organizationId;
    QStringList m_projectIds;
    QStringList m_directoryIds;
    std::vector<quint8> m_types;
    std::vector<quint8> m_statuses;
    std::vector<qint8> m_directories; // -1: no directory (item-list mode)
    std::vector<quint8> m_projects;
    qint64 m_spacingMs = 0;
    std::atomic<qint64> m_clock {0};

    mutable QReadWriteLock m_cancelLock;
    struct CancelRecord
    {
        QDateTime at;
        qint64 processedItems = 0;
    };
    QHash<int, CancelRecord> m_cancelled; // jobs cancelled through the API
};

} // namespace BatchDeck
