#include "index/store/indexwriter.h"

#include "index/failures/errorshape.h"
#include "index/store/indexdatabase.h"
#include "index/store/indexnotes.h"
#include "index/store/indexrecords.h"

#include <QSqlError>

#include <algorithm>

namespace BatchDeck {

using namespace IndexRecords;

namespace {

// The server's own time for when a job entered its status, when it has one; never later than
// when the sync saw it.
qint64 jobStatusSince(const Job &job, qint64 seenAtMs)
{
    QDateTime since;
    switch (job.knownStatus()) {
    case JobStatus::Pending:
        since = job.createdAt;
        break;
    case JobStatus::Dispatched:
    case JobStatus::Running:
        since = job.startedAt;
        break;
    case JobStatus::Completed:
    case JobStatus::Failed:
    case JobStatus::Cancelled:
        since = job.completedAt;
        break;
    case JobStatus::Unknown:
        break;
    }
    if (!since.isValid())
        since = job.updatedAt;
    return since.isValid() ? std::min(since.toMSecsSinceEpoch(), seenAtMs) : seenAtMs;
}

// When a row first seen last changed, by the server's updated_at: a job seen for the first
// time that has not moved for hours is stuck already.
qint64 lastChange(const QDateTime &updatedAt, qint64 seenAtMs)
{
    return updatedAt.isValid() ? std::min(updatedAt.toMSecsSinceEpoch(), seenAtMs) : seenAtMs;
}

bool countsDiffer(const Job &a, const Job &b)
{
    return a.processedItems != b.processedItems || a.failedItems != b.failedItems
        || a.skippedItems != b.skippedItems || a.totalItems != b.totalItems;
}

// A row keeps the highest number of the syncs that saw it: see removeNotSeen().
const QString SeenInSync = QStringLiteral("seen_in_sync = max(COALESCE(seen_in_sync, 0), ?)");

QVariant shapeOf(const QString &message)
{
    return message.isNull() ? QVariant() : QVariant(errorShape(message));
}

} // namespace

IndexChanges &IndexChanges::operator+=(const IndexChanges &other)
{
    added += other.added;
    updated += other.updated;
    unchanged += other.unchanged;
    removed += other.removed;
    return *this;
}

IndexWriter::IndexWriter(IndexDatabase *database)
    : m_database(database)
{ }

bool IndexWriter::beginSync()
{
    m_error.clear();
    // Read and written in one transaction, so two processes syncing at once get two numbers.
    return inTransaction([&] {
        m_sync = IndexNotes::number(m_database, IndexNotes::SyncCount) + 1;
        m_error = IndexNotes::setNumber(m_database, IndexNotes::SyncCount, m_sync);
        return m_error.isEmpty();
    });
}

template<typename Write>
bool IndexWriter::inTransaction(Write write)
{
    QSqlDatabase connection = m_database->database();
    // IMMEDIATE: the write lock is taken first, waiting for another process's transaction. A
    // deferred transaction reads, then fails at its first write ("database is locked", without
    // waiting) when another process wrote meanwhile.
    QSqlQuery begin(connection);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = m_database->describeFailure(begin.lastError().text());
        return false;
    }
    if (!write() || !connection.commit()) {
        if (m_error.isEmpty())
            m_error = m_database->describeFailure(connection.lastError().text());
        connection.rollback();
        return false;
    }
    return true;
}

bool IndexWriter::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = m_database->describeFailure(query.lastError().text());
    return false;
}

bool IndexWriter::writeJobs(const QList<Job> &jobs, const QDateTime &seenAt, IndexChanges *changes)
{
    m_error.clear();
    IndexChanges made;
    const bool written = inTransaction([&] {
        for (const Job &job : jobs) {
            if (!writeJob(job, seenAt.toMSecsSinceEpoch(), &made))
                return false;
        }
        return true;
    });
    if (written)
        *changes += made;
    return written;
}

bool IndexWriter::writeJob(const Job &job, qint64 seenAtMs, IndexChanges *changes)
{
    const QSqlDatabase connection = m_database->database();
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT ") + JobColumns
                  + QStringLiteral(", removed_at FROM jobs WHERE id = ?"));
    query.addBindValue(job.id);
    if (!exec(query))
        return false;
    QSqlQuery progress(connection);
    progress.prepare(QStringLiteral("INSERT OR IGNORE INTO job_progress(job_id, processed_items,"
                                    " failed_items, first_seen_at) VALUES (?, ?, ?, ?)"));
    if (!query.next()) {
        const qint64 changedAt = lastChange(job.updatedAt, seenAtMs);
        QSqlQuery insert(connection);
        insert.prepare(QStringLiteral("INSERT INTO jobs(") + JobColumns
                       + QStringLiteral(", error_shape, first_seen_at, last_seen_at, seen_in_sync,"
                                        " status_since, last_progress_at) VALUES (")
                       + QStringLiteral("?, ").repeated(JobColumnCount + 5) + QStringLiteral("?)"));
        bindJob(insert, job);
        for (const QVariant &value :
             {shapeOf(job.errorMessage), QVariant(seenAtMs), QVariant(seenAtMs), QVariant(m_sync),
              QVariant(jobStatusSince(job, seenAtMs)), QVariant(changedAt)})
            insert.addBindValue(value);
        progress.addBindValue(job.id);
        progress.addBindValue(job.processedItems);
        progress.addBindValue(job.failedItems);
        progress.addBindValue(changedAt);
        if (!exec(insert) || !exec(progress))
            return false;
        ++changes->added;
        return true;
    }

    const Job known = readJob(query);
    const bool wasRemoved = !query.value(JobColumnCount).isNull();
    QSqlQuery update(connection);
    if (known == job && !wasRemoved) {
        update.prepare(QStringLiteral("UPDATE jobs SET last_seen_at = ?, ") + SeenInSync
                       + QStringLiteral(" WHERE id = ?"));
        update.addBindValue(seenAtMs);
        update.addBindValue(m_sync);
        update.addBindValue(job.id);
        if (!exec(update))
            return false;
        ++changes->unchanged;
        return true;
    }
    const bool statusChanged = known.status != job.status;
    const bool moved = countsDiffer(known, job);
    QStringList columns = JobColumns.split(QStringLiteral(", "));
    for (QString &column : columns)
        column = column.trimmed() + QStringLiteral(" = ?");
    update.prepare(QStringLiteral("UPDATE jobs SET ") + columns.join(QStringLiteral(", "))
                   + QStringLiteral(", error_shape = ?, last_seen_at = ?, ") + SeenInSync
                   + QStringLiteral(", removed_at = NULL,"
                                    " status_since = COALESCE(?, status_since),"
                                    " last_progress_at = COALESCE(?, last_progress_at)"
                                    " WHERE id = ?"));
    bindJob(update, job);
    update.addBindValue(shapeOf(job.errorMessage));
    update.addBindValue(seenAtMs);
    update.addBindValue(m_sync);
    update.addBindValue(statusChanged ? QVariant(seenAtMs) : QVariant());
    update.addBindValue(moved ? QVariant(seenAtMs) : QVariant());
    update.addBindValue(job.id);
    if (!exec(update))
        return false;
    if (moved) {
        progress.addBindValue(job.id);
        progress.addBindValue(job.processedItems);
        progress.addBindValue(job.failedItems);
        progress.addBindValue(seenAtMs);
        if (!exec(progress))
            return false;
    }
    ++changes->updated;
    return true;
}

bool IndexWriter::writeBatches(const QList<Batch> &batches, const QDateTime &seenAt,
                               IndexChanges *changes)
{
    m_error.clear();
    IndexChanges made;
    const bool written = inTransaction([&] {
        for (const Batch &batch : batches) {
            if (!writeBatch(batch, seenAt.toMSecsSinceEpoch(), &made))
                return false;
        }
        return true;
    });
    if (written)
        *changes += made;
    return written;
}

bool IndexWriter::writeBatch(const Batch &batch, qint64 seenAtMs, IndexChanges *changes)
{
    const QSqlDatabase connection = m_database->database();
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT ") + BatchColumns
                  + QStringLiteral(", removed_at FROM batches WHERE id = ?"));
    query.addBindValue(batch.id);
    if (!exec(query))
        return false;
    if (!query.next()) {
        const qint64 changedAt = lastChange(batch.updatedAt, seenAtMs);
        const qint64 statusSince = batch.knownStatus() == BatchStatus::Pending
            ? lastChange(batch.createdAt, seenAtMs)
            : changedAt;
        QSqlQuery insert(connection);
        insert.prepare(QStringLiteral("INSERT INTO batches(") + BatchColumns
                       + QStringLiteral(", first_seen_at, last_seen_at, seen_in_sync,"
                                        " status_since, last_progress_at) VALUES (")
                       + QStringLiteral("?, ").repeated(BatchColumnCount + 4)
                       + QStringLiteral("?)"));
        bindBatch(insert, batch);
        for (qint64 value : {seenAtMs, seenAtMs, m_sync, statusSince, changedAt})
            insert.addBindValue(value);
        if (!exec(insert))
            return false;
        ++changes->added;
        return true;
    }
    Batch known = readBatch(query);
    known.results = batch.results; // the list has no results; they are not compared
    const bool wasRemoved = !query.value(BatchColumnCount).isNull();
    QSqlQuery update(connection);
    if (known == batch && !wasRemoved) {
        update.prepare(QStringLiteral("UPDATE batches SET last_seen_at = ?, ") + SeenInSync
                       + QStringLiteral(" WHERE id = ?"));
        update.addBindValue(seenAtMs);
        update.addBindValue(m_sync);
        update.addBindValue(batch.id);
        if (!exec(update))
            return false;
        ++changes->unchanged;
        return true;
    }
    const bool statusChanged = known.status != batch.status;
    const bool moved = statusChanged || known.updatedAt != batch.updatedAt;
    QStringList columns = BatchColumns.split(QStringLiteral(", "));
    for (QString &column : columns)
        column = column.trimmed() + QStringLiteral(" = ?");
    update.prepare(QStringLiteral("UPDATE batches SET ") + columns.join(QStringLiteral(", "))
                   + QStringLiteral(", last_seen_at = ?, ") + SeenInSync
                   + QStringLiteral(", removed_at = NULL,"
                                    " status_since = COALESCE(?, status_since),"
                                    " last_progress_at = COALESCE(?, last_progress_at)"
                                    " WHERE id = ?"));
    bindBatch(update, batch);
    update.addBindValue(seenAtMs);
    update.addBindValue(m_sync);
    update.addBindValue(statusChanged ? QVariant(seenAtMs) : QVariant());
    update.addBindValue(moved ? QVariant(seenAtMs) : QVariant());
    update.addBindValue(batch.id);
    if (!exec(update))
        return false;
    ++changes->updated;
    return true;
}

bool IndexWriter::removeJobsNotSeen(const QDateTime &now, bool keepHistory, qint64 *removed)
{
    return removeNotSeen(QStringLiteral("jobs"), now, keepHistory, removed);
}

bool IndexWriter::removeBatchesNotSeen(const QDateTime &now, bool keepHistory, qint64 *removed)
{
    return removeNotSeen(QStringLiteral("batches"), now, keepHistory, removed);
}

bool IndexWriter::removeNotSeen(const QString &table, const QDateTime &now, bool keepHistory,
                                qint64 *removed)
{
    // Seen neither by this sync nor by a later one: another process may sync the same index at
    // once, and what it saw after this sync began is not this one's to remove.
    m_error.clear();
    const QSqlDatabase connection = m_database->database();
    return inTransaction([&] {
        const QString notSeen = QStringLiteral(
            " WHERE (seen_in_sync IS NULL OR seen_in_sync < ?) AND removed_at IS NULL");
        QSqlQuery query(connection);
        if (keepHistory) {
            query.prepare(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET removed_at = ?")
                          + notSeen);
            query.addBindValue(now.toMSecsSinceEpoch());
        } else {
            if (table == QLatin1String("jobs")) {
                QSqlQuery history(connection);
                history.prepare(QStringLiteral("DELETE FROM job_progress WHERE job_id IN"
                                               " (SELECT id FROM jobs")
                                + notSeen + u')');
                history.addBindValue(m_sync);
                if (!exec(history))
                    return false;
            }
            query.prepare(QStringLiteral("DELETE FROM ") + table + notSeen);
        }
        query.addBindValue(m_sync);
        if (!exec(query))
            return false;
        *removed += query.numRowsAffected();
        return true;
    });
}

bool IndexWriter::notSeenUnfinished(const QString &table, const QStringList &finishedStatuses,
                                    QStringList *ids)
{
    m_error.clear();
    QSqlQuery query(m_database->database());
    query.setForwardOnly(true);
    QStringList placeholders;
    for (qsizetype i = 0; i < finishedStatuses.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    query.prepare(QStringLiteral("SELECT id FROM ") + table
                  + QStringLiteral(" WHERE removed_at IS NULL AND seen_in_sync IS NOT ?"
                                   " AND (status IS NULL OR status NOT IN (")
                  + placeholders.join(QStringLiteral(", "))
                  + QStringLiteral(")) ORDER BY created_at DESC"));
    query.addBindValue(m_sync);
    for (const QString &status : finishedStatuses)
        query.addBindValue(status);
    if (!exec(query))
        return false;
    while (query.next())
        ids->append(query.value(0).toString());
    return true;
}

bool IndexWriter::markJobRemoved(const QString &jobId, const QDateTime &now, bool keepHistory)
{
    return markRemoved(QStringLiteral("jobs"), jobId, now, keepHistory);
}

bool IndexWriter::markBatchRemoved(const QString &batchId, const QDateTime &now, bool keepHistory)
{
    return markRemoved(QStringLiteral("batches"), batchId, now, keepHistory);
}

bool IndexWriter::analyze()
{
    m_error.clear();
    QSqlQuery query(m_database->database());
    if (query.exec(QStringLiteral("ANALYZE")))
        return true;
    m_error = m_database->describeFailure(query.lastError().text());
    return false;
}

bool IndexWriter::markRemoved(const QString &table, const QString &id, const QDateTime &now,
                              bool keepHistory)
{
    m_error.clear();
    const QSqlDatabase connection = m_database->database();
    return inTransaction([&] {
        QSqlQuery query(connection);
        if (keepHistory) {
            query.prepare(QStringLiteral("UPDATE ") + table
                          + QStringLiteral(" SET removed_at = ? WHERE id = ?"
                                           " AND removed_at IS NULL"));
            query.addBindValue(now.toMSecsSinceEpoch());
        } else {
            if (table == QLatin1String("jobs")) {
                QSqlQuery history(connection);
                history.prepare(QStringLiteral("DELETE FROM job_progress WHERE job_id = ?"));
                history.addBindValue(id);
                if (!exec(history))
                    return false;
            }
            query.prepare(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"));
        }
        query.addBindValue(id);
        return exec(query);
    });
}

} // namespace BatchDeck
