#pragma once

#include "core/batches/batch.h"
#include "core/jobs/job.h"
#include "index/query/indexquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace BatchDeck {

class IndexDatabase;

// A job as the index holds it: what the server said, and what the index noticed.
struct IndexedJob
{
    Job job;
    QDateTime statusSince; // when it was first seen in its status
    QDateTime lastProgressAt; // when its counts last moved
    QDateTime removedAt; // invalid unless the server no longer lists it
};

struct IndexedBatch
{
    Batch batch;
    QDateTime statusSince;
    QDateTime lastProgressAt; // when its status or updated_at last changed
    QDateTime removedAt;
};

// Failed jobs with one error shape (errorShape()).
struct FailureGroup
{
    QString shape; // empty: failed without a message
    qint64 count = 0;
    QDateTime firstSeen; // the oldest failure's created_at
    QDateTime lastSeen; // the newest's
    QStringList jobTypes; // sorted
    qint64 directories = 0; // distinct directories affected
    QString exampleId; // the newest failure of the group
    QString exampleMessage;
    QString exampleFileName; // failed items and files (IndexFailuresReader): the example's name
};

// A failure group from a row of (shape, count, first, last, job types as group_concat,
// directories): the grouped queries of failed jobs and of failed items and files.
FailureGroup failureGroupOf(const QSqlQuery &row);

// What the index holds, for its indicator.
struct IndexSummary
{
    qint64 jobs = 0; // not removed
    qint64 batches = 0;
    QDateTime lastSync; // invalid: never synced
    QDateTime lastFullSync;
};

// Reads the index: pages of jobs and batches in any order, counts, failure groups and stuck
// work. Every method returns false with errorString() set when the index cannot be read.
class IndexReader
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::IndexReader)

public:
    // Work that has not moved for this long is stuck, unless the user chooses another threshold.
    static constexpr qint64 DefaultStuckAfterMs = qint64(30) * 60 * 1000;

    explicit IndexReader(IndexDatabase *database);

    bool jobs(const IndexQuery &given, QList<IndexedJob> *jobs);
    // What the All jobs view shows for a query: its page of jobs, how many match, and the
    // sidebar's counts by status (jobStatusCounts()). The counts come first: they give the
    // total without counting again, and the total tells SQLite whether to sort the matches or to
    // walk an order's index for them.
    bool jobsPage(const IndexQuery &given, QList<IndexedJob> *jobs, qint64 *total,
                  QMap<QString, qint64> *statusCounts);
    bool countJobs(const IndexQuery &given, qint64 *count);
    // Jobs matching the query but its statuses, by status: the sidebar's counts.
    bool jobStatusCounts(const IndexQuery &given, QMap<QString, qint64> *counts);
    bool batches(const IndexQuery &given, QList<IndexedBatch> *batches);
    bool countBatches(const IndexQuery &given, qint64 *count);
    bool batchStatusCounts(const IndexQuery &given, QMap<QString, qint64> *counts);

    // The failed jobs matching the query (its statuses aside), grouped by error shape, the
    // largest group first.
    bool failureGroups(const IndexQuery &given, QList<FailureGroup> *groups);

    // Unfinished work whose counts have not moved since `now` - `stuckAfterMs`, longest first.
    bool stuckJobs(const QDateTime &now, qint64 stuckAfterMs, QList<IndexedJob> *jobs);
    bool stuckBatches(const QDateTime &now, qint64 stuckAfterMs, QList<IndexedBatch> *batches);

    // One job or batch by its ID; nullopt when the index does not have it.
    bool job(const QString &id, std::optional<IndexedJob> *job);
    bool batch(const QString &id, std::optional<IndexedBatch> *batch);

    bool summary(IndexSummary *summary);

    QString errorString() const { return m_error; }

private:
    // `given` with the IDs of the names its text matches (IndexQuerySql::findNames), once.
    bool withNames(const IndexQuery &given, IndexQuery *query);
    // Prepares, binds and runs `sql`; false with the error set.
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values);
    // Rows of the API's `columns` columns, then what the index noticed.
    template<typename Indexed, typename ReadRow>
    bool readRows(const QString &sql, const QVariantList &values, int columns, ReadRow readRow,
                  QList<Indexed> *rows);
    bool readJobs(const QString &sql, const QVariantList &values, QList<IndexedJob> *jobs);
    bool readBatches(const QString &sql, const QVariantList &values, QList<IndexedBatch> *batches);
    bool count(const QString &sql, const QVariantList &values, qint64 *count);
    bool statusCounts(const QString &table, const SqlCondition &condition,
                      QMap<QString, qint64> *counts);

    IndexDatabase *m_database;
    QString m_error;
};

} // namespace BatchDeck
