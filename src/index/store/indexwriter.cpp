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
constexpr QLatin1StringView SeenInSync("seen_in_sync = max(COALESCE(seen_in_sync, 0), ?)");

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
    return m_database->writeTransaction(write, &m_error);
}

bool IndexWriter::exec(QSqlQuery &query)
{
    return m_database->exec(query, &m_error);
}

// The statements a page's rows of one table are written with, prepared once per page: prepared
// for every row, their parsing cost more than the writes.
struct IndexWriter::RowStatements
{
    explicit RowStatements(const QSqlDatabase &connection)
        : select(connection)
        , insert(connection)
        , update(connection)
        , seen(connection)
        , progress(connection)
    { }
    QSqlQuery select; // the API's columns and removed_at, by ID
    QSqlQuery insert; // the API's columns, then the index's (see prepareRows)
    QSqlQuery update; // the API's columns, `extraSets`, then what every update sets
    QSqlQuery seen; // only seen again: last_seen_at and seen_in_sync
    QSqlQuery progress; // jobs: the count history
};

bool IndexWriter::prepareRows(RowStatements *statements, const QString &table,
                              const QString &columns, int columnCount, const QString &extraColumns,
                              int extraCount, const QString &extraSets)
{
    QStringList sets = columns.split(QStringLiteral(", "));
    for (QString &column : sets)
        column = column.trimmed() + QStringLiteral(" = ?");
    const QString every = QStringLiteral("first_seen_at, last_seen_at, seen_in_sync, status_since,"
                                         " last_progress_at");
    const bool prepared =
        prepare(statements->select,
                QStringLiteral("SELECT ") + columns + QStringLiteral(", removed_at FROM ") + table
                    + QStringLiteral(" WHERE id = ?"))
        && prepare(statements->insert,
                   QStringLiteral("INSERT INTO ") + table + u'(' + columns + extraColumns
                       + QStringLiteral(", ") + every + QStringLiteral(") VALUES (")
                       + QStringLiteral("?, ").repeated(columnCount + extraCount + 4)
                       + QStringLiteral("?)"))
        && prepare(statements->update,
                   QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
                       + sets.join(QStringLiteral(", ")) + extraSets
                       + QStringLiteral(", last_seen_at = ?, ") + SeenInSync
                       + QStringLiteral(", removed_at = NULL,"
                                        " status_since = COALESCE(?, status_since),"
                                        " last_progress_at = COALESCE(?, last_progress_at)"
                                        " WHERE id = ?"))
        && prepare(statements->seen,
                   QStringLiteral("UPDATE ") + table + QStringLiteral(" SET last_seen_at = ?, ")
                       + SeenInSync + QStringLiteral(" WHERE id = ?"));
    if (!prepared || table != QLatin1String("jobs"))
        return prepared;
    return prepare(statements->progress,
                   QStringLiteral("INSERT OR IGNORE INTO job_progress(job_id, processed_items,"
                                  " failed_items, first_seen_at) VALUES (?, ?, ?, ?)"));
}

bool IndexWriter::prepare(QSqlQuery &query, const QString &sql)
{
    if (query.prepare(sql))
        return true;
    m_error = m_database->describeFailure(query.lastError().text());
    return false;
}

// What a row the index has says, read by RowStatements::select; false when there is none.
template<typename Row, typename ReadRow>
bool IndexWriter::readKnown(QSqlQuery &select, const QString &id, int columnCount, ReadRow readRow,
                            std::optional<Row> *known, bool *wasRemoved)
{
    select.addBindValue(id);
    if (!exec(select))
        return false;
    if (select.next()) {
        *known = readRow(select);
        *wasRemoved = !select.value(columnCount).isNull();
    }
    select.finish();
    return true;
}

bool IndexWriter::markSeen(QSqlQuery &seen, const QString &id, qint64 seenAtMs,
                           IndexChanges *changes)
{
    seen.addBindValue(seenAtMs);
    seen.addBindValue(m_sync);
    seen.addBindValue(id);
    if (!exec(seen))
        return false;
    ++changes->unchanged;
    return true;
}

bool IndexWriter::noteProgress(QSqlQuery &progress, const Job &job, qint64 atMs)
{
    progress.addBindValue(job.id);
    progress.addBindValue(job.processedItems);
    progress.addBindValue(job.failedItems);
    progress.addBindValue(atMs);
    return exec(progress);
}

bool IndexWriter::writeJobs(const QList<Job> &jobs, const QDateTime &seenAt, IndexChanges *changes)
{
    m_error.clear();
    IndexChanges made;
    const bool written = inTransaction([&] {
        RowStatements statements(m_database->database());
        if (!prepareRows(&statements, QStringLiteral("jobs"), JobColumns, JobColumnCount,
                         QStringLiteral(", error_shape"), 1, QStringLiteral(", error_shape = ?")))
            return false;
        for (const Job &job : jobs) {
            if (!writeJob(statements, job, seenAt.toMSecsSinceEpoch(), &made))
                return false;
        }
        return true;
    });
    if (written)
        *changes += made;
    return written;
}

bool IndexWriter::writeJob(RowStatements &statements, const Job &job, qint64 seenAtMs,
                           IndexChanges *changes)
{
    std::optional<Job> known;
    bool wasRemoved = false;
    if (!readKnown(
            statements.select, job.id, JobColumnCount,
            [](const QSqlQuery &query) { return readJob(query); }, &known, &wasRemoved))
        return false;
    if (!known) {
        const qint64 changedAt = lastChange(job.updatedAt, seenAtMs);
        bindJob(statements.insert, job);
        for (const QVariant &value :
             {shapeOf(job.errorMessage), QVariant(seenAtMs), QVariant(seenAtMs), QVariant(m_sync),
              QVariant(jobStatusSince(job, seenAtMs)), QVariant(changedAt)})
            statements.insert.addBindValue(value);
        if (!exec(statements.insert) || !noteProgress(statements.progress, job, changedAt))
            return false;
        ++changes->added;
        return true;
    }
    if (*known == job && !wasRemoved)
        return markSeen(statements.seen, job.id, seenAtMs, changes);
    const bool statusChanged = known->status != job.status;
    const bool moved = countsDiffer(*known, job);
    QSqlQuery &update = statements.update;
    bindJob(update, job);
    update.addBindValue(shapeOf(job.errorMessage));
    update.addBindValue(seenAtMs);
    update.addBindValue(m_sync);
    update.addBindValue(statusChanged ? QVariant(seenAtMs) : QVariant());
    update.addBindValue(moved ? QVariant(seenAtMs) : QVariant());
    update.addBindValue(job.id);
    if (!exec(update) || (moved && !noteProgress(statements.progress, job, seenAtMs)))
        return false;
    ++changes->updated;
    return true;
}

bool IndexWriter::writeBatches(const QList<Batch> &batches, const QDateTime &seenAt,
                               IndexChanges *changes)
{
    m_error.clear();
    IndexChanges made;
    const bool written = inTransaction([&] {
        RowStatements statements(m_database->database());
        if (!prepareRows(&statements, QStringLiteral("batches"), BatchColumns, BatchColumnCount,
                         QString(), 0, QString()))
            return false;
        for (const Batch &batch : batches) {
            if (!writeBatch(statements, batch, seenAt.toMSecsSinceEpoch(), &made))
                return false;
        }
        return true;
    });
    if (written)
        *changes += made;
    return written;
}

bool IndexWriter::writeBatch(RowStatements &statements, const Batch &batch, qint64 seenAtMs,
                             IndexChanges *changes)
{
    std::optional<Batch> known;
    bool wasRemoved = false;
    if (!readKnown(
            statements.select, batch.id, BatchColumnCount,
            [](const QSqlQuery &query) { return readBatch(query); }, &known, &wasRemoved))
        return false;
    if (!known) {
        const qint64 changedAt = lastChange(batch.updatedAt, seenAtMs);
        const qint64 statusSince = batch.knownStatus() == BatchStatus::Pending
            ? lastChange(batch.createdAt, seenAtMs)
            : changedAt;
        bindBatch(statements.insert, batch);
        for (qint64 value : {seenAtMs, seenAtMs, m_sync, statusSince, changedAt})
            statements.insert.addBindValue(value);
        if (!exec(statements.insert))
            return false;
        ++changes->added;
        return true;
    }
    known->results = batch.results; // the list has no results; they are not compared
    if (*known == batch && !wasRemoved)
        return markSeen(statements.seen, batch.id, seenAtMs, changes);
    const bool statusChanged = known->status != batch.status;
    const bool moved = statusChanged || known->updatedAt != batch.updatedAt;
    QSqlQuery &update = statements.update;
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
