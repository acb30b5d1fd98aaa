#include "index/query/activityhistogram.h"

#include "index/store/indexdatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace BatchDeck {

using IndexQuerySql::Table;

namespace {

// The start of the local hour or day `ms` falls in: a person reads "Tuesday" or "14:00" in
// their own time zone. Buckets are then of fixed length, so across a change to or from summer
// time the later days begin an hour off midnight: one GROUP BY needs equal buckets.
qint64 alignedStart(qint64 ms, ActivityHistogram::BucketSize size)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QTime start =
        size == ActivityHistogram::BucketSize::Hour ? QTime(local.time().hour(), 0) : QTime(0, 0);
    return QDateTime(local.date(), start).toMSecsSinceEpoch();
}

SqlCondition withCreatedAt(SqlCondition condition)
{
    condition.where +=
        (condition.where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
        + QStringLiteral("created_at IS NOT NULL");
    return condition;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

qint64 ActivityBucket::total() const
{
    qint64 sum = 0;
    for (const qint64 count : counts)
        sum += count;
    return sum;
}

std::optional<double> FailureRate::rate() const
{
    if (finished <= 0)
        return std::nullopt;
    return double(failed) / double(finished);
}

FailureRate FailureRate::of(const QMap<QString, qint64> &counts)
{
    FailureRate rate;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QString status = it.key().toLower();
        if (status == u"failed")
            rate.failed += it.value();
        if (status == u"failed" || status == u"completed" || status == u"cancelled")
            rate.finished += it.value();
    }
    return rate;
}

ActivityHistogram::BucketSize ActivityHistogram::sizeFor(const QDateTime &from, const QDateTime &to)
{
    return from.msecsTo(to) <= HourlyUpToMs ? BucketSize::Hour : BucketSize::Day;
}

qint64 ActivityHistogram::millisecondsOf(BucketSize size)
{
    return size == BucketSize::Hour ? HourMs : DayMs;
}

QDateTime ActivityHistogram::bucketStart(const QDateTime &time, BucketSize size)
{
    return utc(alignedStart(time.toMSecsSinceEpoch(), size));
}

QMap<QString, qint64> ActivityHistogram::totals(const QList<ActivityBucket> &buckets)
{
    QMap<QString, qint64> sums;
    for (const ActivityBucket &bucket : buckets) {
        for (auto it = bucket.counts.cbegin(); it != bucket.counts.cend(); ++it)
            sums[it.key()] += it.value();
    }
    return sums;
}

qint64 ActivityHistogram::total(const QList<ActivityBucket> &buckets)
{
    qint64 sum = 0;
    for (const ActivityBucket &bucket : buckets)
        sum += bucket.total();
    return sum;
}

ActivityHistogramReader::ActivityHistogramReader(IndexDatabase *database)
    : m_database(database)
{ }

bool ActivityHistogramReader::bounds(const QString &table, const SqlCondition &condition,
                                     std::optional<qint64> *oldest, std::optional<qint64> *newest)
{
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral("SELECT min(created_at), max(created_at) FROM ") + table
                  + condition.where);
    for (const QVariant &value : condition.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        m_error = m_database->describeFailure(query.lastError().text());
        return false;
    }
    if (query.isNull(0))
        return true; // nothing matches
    const qint64 min = query.value(0).toLongLong();
    const qint64 max = query.value(1).toLongLong();
    *oldest = oldest->has_value() ? std::min(**oldest, min) : min;
    *newest = newest->has_value() ? std::max(**newest, max) : max;
    return true;
}

bool ActivityHistogramReader::count(const QString &table, const SqlCondition &condition,
                                    qint64 originMs, qint64 bucketMs,
                                    QList<ActivityBucket> *buckets)
{
    QSqlQuery query(m_database->database());
    query.setForwardOnly(true);
    // One pass over the rows of the range (the index on created_at finds them): each row's bucket
    // is its distance from the first bucket's start, in whole buckets.
    query.prepare(
        QStringLiteral("SELECT (created_at - ?) / ?, COALESCE(status, ''), count(*) FROM ") + table
        + condition.where + QStringLiteral(" GROUP BY 1, 2"));
    query.addBindValue(originMs);
    query.addBindValue(bucketMs);
    for (const QVariant &value : condition.values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = m_database->describeFailure(query.lastError().text());
        return false;
    }
    while (query.next()) {
        const qint64 index = query.value(0).toLongLong();
        if (index >= 0 && index < buckets->size())
            (*buckets)[index].counts[query.value(1).toString()] += query.value(2).toLongLong();
    }
    return true;
}

bool ActivityHistogramReader::read(const IndexQuery &query, const QDateTime &now,
                                   ActivityHistogram *histogram)
{
    *histogram = {};
    IndexQuery counted = query;
    counted.statuses.clear();

    std::optional<qint64> oldest;
    std::optional<qint64> newest;
    if (!query.createdFrom.isValid() || !query.createdTo.isValid()) {
        for (const Table table : {Table::Jobs, Table::Batches}) {
            if (!bounds(table == Table::Jobs ? QStringLiteral("jobs") : QStringLiteral("batches"),
                        IndexQuerySql::condition(counted, table, false), &oldest, &newest))
                return false;
        }
    }
    if (!query.createdFrom.isValid() && !oldest)
        return true; // nothing to count, and no range to count it in
    const qint64 fromMs =
        query.createdFrom.isValid() ? query.createdFrom.toMSecsSinceEpoch() : *oldest;
    const qint64 toMs = query.createdTo.isValid()
        ? query.createdTo.toMSecsSinceEpoch()
        : std::max(now.toMSecsSinceEpoch(), newest.value_or(0) + 1);
    if (toMs <= fromMs)
        return true;

    histogram->size = ActivityHistogram::sizeFor(utc(fromMs), utc(toMs));
    const qint64 bucketMs = ActivityHistogram::millisecondsOf(histogram->size);
    qint64 originMs = alignedStart(fromMs, histogram->size);
    qint64 bucketCount = (toMs - originMs + bucketMs - 1) / bucketMs;
    if (bucketCount > ActivityHistogram::MaxBuckets) {
        originMs += (bucketCount - ActivityHistogram::MaxBuckets) * bucketMs;
        bucketCount = ActivityHistogram::MaxBuckets;
        counted.createdFrom = utc(originMs);
    }

    QList<ActivityBucket> buckets(bucketCount);
    for (qint64 i = 0; i < bucketCount; ++i) {
        qint64 startMs = originMs + i * bucketMs;
        qint64 endMs = startMs + bucketMs;
        // Cut to the range, so that a bucket's [start, end) as a filter finds what it counted.
        if (counted.createdFrom.isValid())
            startMs = std::max(startMs, counted.createdFrom.toMSecsSinceEpoch());
        if (counted.createdTo.isValid())
            endMs = std::min(endMs, counted.createdTo.toMSecsSinceEpoch());
        buckets[i].start = utc(startMs);
        buckets[i].end = utc(endMs);
    }
    histogram->jobs = buckets;
    histogram->batches = buckets;
    if (!count(QStringLiteral("jobs"),
               withCreatedAt(IndexQuerySql::condition(counted, Table::Jobs, false)), originMs,
               bucketMs, &histogram->jobs)
        || !count(QStringLiteral("batches"),
                  withCreatedAt(IndexQuerySql::condition(counted, Table::Batches, false)), originMs,
                  bucketMs, &histogram->batches)) {
        *histogram = {};
        return false;
    }
    histogram->from = buckets.constFirst().start;
    histogram->to = utc(toMs);
    return true;
}

} // namespace BatchDeck
