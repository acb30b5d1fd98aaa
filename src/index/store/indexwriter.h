#pragma once

#include "core/batches/batch.h"
#include "core/jobs/job.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace BatchDeck {

class IndexDatabase;

// What a write did to the index's rows.
struct IndexChanges
{
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 removed = 0;
    IndexChanges &operator+=(const IndexChanges &other);
};

// Writes what the server said into the index: a page of jobs or batches at a time, each page in
// one transaction, so a sync stopped at any point leaves whole pages. A row is added, updated
// (any field differs) or only marked as seen. The index also notes, for the stuck-work view,
// since when each row is in its status and when its counts last moved (with the count history of
// each job): `seenAt` is when the sync saw the page.
class IndexWriter
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::IndexWriter)

public:
    explicit IndexWriter(IndexDatabase *database);

    // Starts a sync: the rows written from now on are marked as seen by it, so that
    // removeNotSeen() and notSeenUnfinished() know what it did not see. False with
    // errorString() set.
    bool beginSync();

    // False with errorString() set; the index keeps what it had before the call.
    bool writeJobs(const QList<Job> &jobs, const QDateTime &seenAt, IndexChanges *changes);
    bool writeBatches(const QList<Batch> &batches, const QDateTime &seenAt, IndexChanges *changes);
    // After a walk of the whole list: the rows this sync did not see are gone from the server.
    // They are kept, marked as removed, when `keepHistory`; otherwise deleted.
    bool removeJobsNotSeen(const QDateTime &now, bool keepHistory, qint64 *removed);
    bool removeBatchesNotSeen(const QDateTime &now, bool keepHistory, qint64 *removed);
    // The IDs of `table`'s rows that are neither finished (`finishedStatuses`) nor removed and
    // that this sync has not seen, newest first. False with errorString() set.
    bool notSeenUnfinished(const QString &table, const QStringList &finishedStatuses,
                           QStringList *ids);
    // One job or batch the server no longer has (its own endpoint answered 404).
    bool markJobRemoved(const QString &jobId, const QDateTime &now, bool keepHistory);
    bool markBatchRemoved(const QString &batchId, const QDateTime &now, bool keepHistory);
    // Brings SQLite's statistics up to date, after many rows changed: without them it may walk
    // the wrong index for a sort or search over a large index.
    bool analyze();

    QString errorString() const { return m_error; }
    IndexDatabase *database() const { return m_database; }

private:
    template<typename Write>
    bool inTransaction(Write write);
    bool exec(QSqlQuery &query);
    struct RowStatements;
    // Prepares the statements of a page of `table`'s rows; the index's own columns follow the
    // API's `columns` (`extraColumns` first: the jobs' error shape).
    bool prepareRows(RowStatements *statements, const QString &table, const QString &columns,
                     int columnCount, const QString &extraColumns, int extraCount,
                     const QString &extraSets);
    bool prepare(QSqlQuery &query, const QString &sql);
    template<typename Row, typename ReadRow>
    bool readKnown(QSqlQuery &select, const QString &id, int columnCount, ReadRow readRow,
                   std::optional<Row> *known, bool *wasRemoved);
    bool markSeen(QSqlQuery &seen, const QString &id, qint64 seenAtMs, IndexChanges *changes);
    bool noteProgress(QSqlQuery &progress, const Job &job, qint64 atMs);
    bool writeJob(RowStatements &statements, const Job &job, qint64 seenAtMs,
                  IndexChanges *changes);
    bool writeBatch(RowStatements &statements, const Batch &batch, qint64 seenAtMs,
                    IndexChanges *changes);
    bool removeNotSeen(const QString &table, const QDateTime &now, bool keepHistory,
                       qint64 *removed);
    bool markRemoved(const QString &table, const QString &id, const QDateTime &now,
                     bool keepHistory);

    IndexDatabase *m_database;
    qint64 m_sync = 0; // the number of the sync under way
    QString m_error;
};

} // namespace BatchDeck
