#pragma once

#include "index/query/indexquery.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace BatchDeck {

class IndexDatabase;

// Rows created in one hour or day, by status as the index has it ("failed", "FAILED").
struct ActivityBucket
{
    QDateTime start; // inclusive, UTC
    QDateTime end; // exclusive: the next bucket's start, or the end of the range
    QMap<QString, qint64> counts; // a status without rows is absent

    qint64 count(const QString &status) const { return counts.value(status); }
    qint64 total() const;
};

// How much of the finished work failed: failed of completed, failed and cancelled. Statuses in
// any case, so that v1 jobs ("failed") and v2 batches ("FAILED") count alike.
struct FailureRate
{
    qint64 failed = 0;
    qint64 finished = 0;

    // Failed / finished, from 0 to 1; nullopt when nothing finished.
    std::optional<double> rate() const;
    static FailureRate of(const QMap<QString, qint64> &counts);
};

// Jobs and batches of the index per hour or per day over a time range, by status: the overview's
// chart.
struct ActivityHistogram
{
    enum class BucketSize { Hour, Day };

    static constexpr qint64 HourMs = 3'600'000;
    static constexpr qint64 DayMs = 24 * HourMs;
    // Ranges up to this long are counted by the hour, longer ones by the day.
    static constexpr qint64 HourlyUpToMs = 48 * HourMs;
    // A longer range keeps its newest buckets: a chart of more bars would show none of them.
    static constexpr int MaxBuckets = 1000;

    BucketSize size = BucketSize::Day;
    QDateTime from; // the range counted, UTC; invalid when the index holds nothing to count
    QDateTime to;
    QList<ActivityBucket> jobs; // one per hour or day of the range, oldest first
    QList<ActivityBucket> batches; // the same buckets

    static BucketSize sizeFor(const QDateTime &from, const QDateTime &to);
    static qint64 millisecondsOf(BucketSize size);
    // The start of the local hour or day `time` falls in, where its bucket begins.
    static QDateTime bucketStart(const QDateTime &time, BucketSize size);
    // By status over the whole range.
    static QMap<QString, qint64> totals(const QList<ActivityBucket> &buckets);
    static qint64 total(const QList<ActivityBucket> &buckets);
};

// Counts the index's jobs and batches per hour or day. Every method returns false with
// errorString() set when the index cannot be read.
class ActivityHistogramReader
{
public:
    explicit ActivityHistogramReader(IndexDatabase *database);

    // The jobs and batches matching `query`'s time range, types and text (not its statuses, sort
    // or page), in buckets that begin on the hour or at midnight of the local time zone; the
    // first and last are cut to the range. An open start begins at the oldest matching row, an
    // open end at `now` (or the newest row, if the server's clock is ahead).
    bool read(const IndexQuery &query, const QDateTime &now, ActivityHistogram *histogram);

    QString errorString() const { return m_error; }

private:
    bool bounds(const QString &table, const SqlCondition &condition, std::optional<qint64> *oldest,
                std::optional<qint64> *newest);
    bool count(const QString &table, const SqlCondition &condition, qint64 originMs,
               qint64 bucketMs, QList<ActivityBucket> *buckets);

    IndexDatabase *m_database;
    QString m_error;
};

} // namespace BatchDeck
