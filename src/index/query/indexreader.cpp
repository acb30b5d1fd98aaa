#include "index/query/indexreader.h"

#include "index/store/indexdatabase.h"
#include "index/store/indexnotes.h"
#include "index/store/indexrecords.h"

#include <QSqlError>
#include <QSqlQuery>

namespace BatchDeck {

using namespace IndexRecords;
using IndexQuerySql::Table;

namespace {

// After the API's columns: what the index noticed.
constexpr QLatin1StringView NoticedColumns(", status_since, last_progress_at, removed_at");

const QStringList &unfinishedJobStatuses()
{
    static const QStringList statuses {QStringLiteral("pending"), QStringLiteral("dispatched"),
                                       QStringLiteral("running"), QStringLiteral("throttled")};
    return statuses;
}

const QStringList &unfinishedBatchStatuses()
{
    static const QStringList statuses {QStringLiteral("PENDING"), QStringLiteral("THROTTLED"),
                                       QStringLiteral("RUNNING")};
    return statuses;
}

QString pageClause(const IndexQuery &query)
{
    return QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
}

} // namespace

FailureGroup failureGroupOf(const QSqlQuery &row)
{
    FailureGroup group;
    group.shape = row.value(0).toString();
    group.count = row.value(1).toLongLong();
    group.firstSeen = toTime(row.value(2));
    group.lastSeen = toTime(row.value(3));
    group.jobTypes = row.value(4).toString().split(u',', Qt::SkipEmptyParts);
    group.jobTypes.sort();
    group.directories = row.value(5).toLongLong();
    return group;
}

IndexReader::IndexReader(IndexDatabase *database)
    : m_database(database)
{ }

bool IndexReader::withNames(const IndexQuery &given, IndexQuery *query)
{
    *query = given;
    if (given.text.trimmed().isEmpty() || (given.textDirectoryIds && given.textProjectIds))
        return true;
    return IndexQuerySql::findNames(m_database, query, &m_error);
}

bool IndexReader::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    return m_database->run(query, sql, values, &m_error);
}

template<typename Indexed, typename ReadRow>
bool IndexReader::readRows(const QString &sql, const QVariantList &values, int columns,
                           ReadRow readRow, QList<Indexed> *rows)
{
    QSqlQuery query(m_database->database());
    if (!run(query, sql, values))
        return false;
    while (query.next()) {
        Indexed indexed;
        readRow(query, &indexed);
        indexed.statusSince = toTime(query.value(columns));
        indexed.lastProgressAt = toTime(query.value(columns + 1));
        indexed.removedAt = toTime(query.value(columns + 2));
        rows->append(std::move(indexed));
    }
    return true;
}

bool IndexReader::readJobs(const QString &sql, const QVariantList &values, QList<IndexedJob> *jobs)
{
    return readRows(
        sql, values, JobColumnCount,
        [](const QSqlQuery &query, IndexedJob *indexed) { indexed->job = readJob(query); }, jobs);
}

bool IndexReader::readBatches(const QString &sql, const QVariantList &values,
                              QList<IndexedBatch> *batches)
{
    return readRows(
        sql, values, BatchColumnCount,
        [](const QSqlQuery &query, IndexedBatch *indexed) { indexed->batch = readBatch(query); },
        batches);
}

bool IndexReader::count(const QString &sql, const QVariantList &values, qint64 *count)
{
    QSqlQuery query(m_database->database());
    if (!run(query, sql, values))
        return false;
    if (!query.next()) {
        m_error = m_database->describeFailure(query.lastError().text());
        return false;
    }
    *count = query.value(0).toLongLong();
    return true;
}

bool IndexReader::statusCounts(const QString &table, const SqlCondition &condition,
                               QMap<QString, qint64> *counts)
{
    QSqlQuery query(m_database->database());
    // "+status": grouped after the rows are found by the filter's own indexes (a directory's
    // jobs, the matches of a search); grouping along the status index made SQLite read every
    // job to count a few.
    if (!run(query,
             QStringLiteral("SELECT status, count(*) FROM ") + table + condition.where
                 + QStringLiteral(" GROUP BY +status"),
             condition.values))
        return false;
    while (query.next())
        counts->insert(query.value(0).toString(), query.value(1).toLongLong());
    return true;
}

bool IndexReader::jobs(const IndexQuery &given, QList<IndexedJob> *jobs)
{
    IndexQuery query;
    if (!withNames(given, &query))
        return false;
    const SqlCondition condition = IndexQuerySql::condition(query, Table::Jobs);
    return readJobs(QStringLiteral("SELECT ") + JobColumns + NoticedColumns
                        + QStringLiteral(" FROM jobs") + condition.where
                        + IndexQuerySql::orderBy(query, Table::Jobs) + pageClause(query),
                    condition.values, jobs);
}

bool IndexReader::countJobs(const IndexQuery &given, qint64 *count)
{
    IndexQuery query;
    if (!withNames(given, &query))
        return false;
    const SqlCondition condition = IndexQuerySql::condition(query, Table::Jobs);
    return this->count(QStringLiteral("SELECT count(*) FROM jobs") + condition.where,
                       condition.values, count);
}

bool IndexReader::jobsPage(const IndexQuery &given, QList<IndexedJob> *jobs, qint64 *total,
                           QMap<QString, qint64> *statusCounts)
{
    IndexQuery query;
    if (!withNames(given, &query))
        return false;
    if (!jobStatusCounts(query, statusCounts))
        return false;
    *total = 0;
    for (auto it = statusCounts->cbegin(); it != statusCounts->cend(); ++it) {
        if (query.statuses.isEmpty() || query.statuses.contains(it.key()))
            *total += it.value();
    }
    IndexQuery hinted = query;
    hinted.expectedRows = *total;
    return this->jobs(hinted, jobs);
}

bool IndexReader::jobStatusCounts(const IndexQuery &given, QMap<QString, qint64> *counts)
{
    IndexQuery query;
    if (!withNames(given, &query))
        return false;
    // without a filter but statuses, the counts the triggers keep.
    if (!query.includeRemoved && query.jobTypes.isEmpty() && !query.createdFrom.isValid()
        && !query.createdTo.isValid() && query.text.trimmed().isEmpty() && !query.errorShape) {
        QSqlQuery kept(m_database->database());
        kept.setForwardOnly(true);
        if (!kept.exec(QStringLiteral("SELECT NULLIF(status, ''), live FROM job_status_counts"
                                      " WHERE live > 0"))) {
            m_error = m_database->describeFailure(kept.lastError().text());
            return false;
        }
        while (kept.next())
            counts->insert(kept.value(0).toString(), kept.value(1).toLongLong());
        return true;
    }
    return statusCounts(QStringLiteral("jobs"), IndexQuerySql::condition(query, Table::Jobs, false),
                        counts);
}

bool IndexReader::batches(const IndexQuery &given, QList<IndexedBatch> *batches)
{
    IndexQuery query;
    if (!withNames(given, &query))
        return false;
    const SqlCondition condition = IndexQuerySql::condition(query, Table::Batches);
    return readBatches(QStringLiteral("SELECT ") + BatchColumns + NoticedColumns
                           + QStringLiteral(" FROM batches") + condition.where
                           + IndexQuerySql::orderBy(query, Table::Batches) + pageClause(query),
                       condition.values, batches);
}

bool IndexReader::countBatches(const IndexQuery &given, qint64 *count)
{
    IndexQuery query;
    if (!withNames(given, &query))
        return false;
    const SqlCondition condition = IndexQuerySql::condition(query, Table::Batches);
    return this->count(QStringLiteral("SELECT count(*) FROM batches") + condition.where,
                       condition.values, count);
}

bool IndexReader::batchStatusCounts(const IndexQuery &given, QMap<QString, qint64> *counts)
{
    IndexQuery query;
    if (!withNames(given, &query))
        return false;
    return statusCounts(QStringLiteral("batches"),
                        IndexQuerySql::condition(query, Table::Batches, false), counts);
}

bool IndexReader::failureGroups(const IndexQuery &given, QList<FailureGroup> *groups)
{
    IndexQuery query;
    if (!withNames(given, &query))
        return false;
    SqlCondition condition = IndexQuerySql::condition(query, Table::Jobs, false);
    condition.where +=
        (condition.where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
        + QStringLiteral("status = 'failed'");
    QSqlQuery grouped(m_database->database());
    if (!run(grouped,
             QStringLiteral("SELECT COALESCE(error_shape, ''), count(*), min(created_at),"
                            " max(created_at), group_concat(DISTINCT job_type),"
                            " count(DISTINCT directory_id) FROM jobs")
                 + condition.where
                 + QStringLiteral(" GROUP BY COALESCE(error_shape, '') ORDER BY count(*) DESC, 1"),
             condition.values))
        return false;
    QList<FailureGroup> found;
    while (grouped.next())
        found.append(failureGroupOf(grouped));
    // The newest failure of each group, as its example: one indexed lookup per group.
    for (FailureGroup &group : found) {
        IndexQuery newest = query;
        newest.statuses = {QStringLiteral("failed")};
        newest.limit = 1;
        newest.offset = 0;
        newest.sort = IndexQuery::Sort::CreatedAt;
        newest.descending = true;
        newest.errorShape = group.shape;
        const SqlCondition exampleCondition = IndexQuerySql::condition(newest, Table::Jobs);
        QList<IndexedJob> example;
        if (!readJobs(QStringLiteral("SELECT ") + JobColumns + NoticedColumns
                          + QStringLiteral(" FROM jobs") + exampleCondition.where
                          + IndexQuerySql::orderBy(newest, Table::Jobs) + pageClause(newest),
                      exampleCondition.values, &example))
            return false;
        if (!example.isEmpty()) {
            group.exampleId = example.constFirst().job.id;
            group.exampleMessage = example.constFirst().job.errorMessage;
        }
    }
    *groups = std::move(found);
    return true;
}

bool IndexReader::stuckJobs(const QDateTime &now, qint64 stuckAfterMs, QList<IndexedJob> *jobs)
{
    QVariantList values(unfinishedJobStatuses().cbegin(), unfinishedJobStatuses().cend());
    values.append(now.toMSecsSinceEpoch() - stuckAfterMs);
    return readJobs(QStringLiteral("SELECT ") + JobColumns + NoticedColumns
                        + QStringLiteral(" FROM jobs WHERE removed_at IS NULL"
                                         " AND status IN (?, ?, ?, ?) AND last_progress_at <= ?"
                                         " ORDER BY last_progress_at, id"),
                    values, jobs);
}

bool IndexReader::stuckBatches(const QDateTime &now, qint64 stuckAfterMs,
                               QList<IndexedBatch> *batches)
{
    QVariantList values(unfinishedBatchStatuses().cbegin(), unfinishedBatchStatuses().cend());
    values.append(now.toMSecsSinceEpoch() - stuckAfterMs);
    return readBatches(QStringLiteral("SELECT ") + BatchColumns + NoticedColumns
                           + QStringLiteral(" FROM batches WHERE removed_at IS NULL"
                                            " AND status IN (?, ?, ?) AND last_progress_at <= ?"
                                            " ORDER BY last_progress_at, id"),
                       values, batches);
}

bool IndexReader::job(const QString &id, std::optional<IndexedJob> *job)
{
    QList<IndexedJob> found;
    if (!readJobs(QStringLiteral("SELECT ") + JobColumns + NoticedColumns
                      + QStringLiteral(" FROM jobs WHERE id = ?"),
                  {id}, &found))
        return false;
    *job = found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
    return true;
}

bool IndexReader::batch(const QString &id, std::optional<IndexedBatch> *batch)
{
    QList<IndexedBatch> found;
    if (!readBatches(QStringLiteral("SELECT ") + BatchColumns + NoticedColumns
                         + QStringLiteral(" FROM batches WHERE id = ?"),
                     {id}, &found))
        return false;
    *batch = found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
    return true;
}

bool IndexReader::summary(IndexSummary *summary)
{
    if (!count(QStringLiteral("SELECT count(*) FROM jobs WHERE removed_at IS NULL"), {},
               &summary->jobs)
        || !count(QStringLiteral("SELECT count(*) FROM batches WHERE removed_at IS NULL"), {},
                  &summary->batches))
        return false;
    summary->lastSync = IndexNotes::time(m_database, IndexNotes::LastSync);
    summary->lastFullSync = IndexNotes::time(m_database, IndexNotes::LastFullSync);
    return true;
}

} // namespace BatchDeck
