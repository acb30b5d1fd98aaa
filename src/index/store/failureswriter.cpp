#include "index/store/failureswriter.h"

#include "index/failures/errorshape.h"
#include "index/store/indexdatabase.h"
#include "index/store/indexrecords.h"

#include <QSqlError>
#include <QSqlQuery>

namespace BatchDeck {

using namespace IndexRecords;

namespace {

QVariant shapeOf(const QString &message)
{
    return message.isEmpty() ? QVariant() : errorShape(message);
}

} // namespace

IndexFailuresWriter::IndexFailuresWriter(IndexDatabase *database)
    : m_database(database)
{ }

template<typename Write>
bool IndexFailuresWriter::inTransaction(Write write)
{
    m_error.clear();
    return m_database->writeTransaction(write, &m_error);
}

bool IndexFailuresWriter::exec(QSqlQuery &query)
{
    return m_database->exec(query, &m_error);
}

bool IndexFailuresWriter::noteFetched(const QString &kind, const QString &id,
                                      const QVariant &failedCount, const QVariant &updatedAt,
                                      qint64 fetchedAtMs)
{
    QSqlQuery note(m_database->database());
    note.prepare(QStringLiteral("INSERT OR REPLACE INTO failures_fetched(kind, id, failed_count,"
                                " updated_at, fetched_at) VALUES (?, ?, ?, ?, ?)"));
    note.addBindValue(kind);
    note.addBindValue(id);
    note.addBindValue(failedCount);
    note.addBindValue(updatedAt);
    note.addBindValue(fetchedAtMs);
    return exec(note);
}

bool IndexFailuresWriter::writeJobItems(const QString &jobId, qint64 failedCount,
                                        const QList<JobItem> &items, const QDateTime &fetchedAt)
{
    const qint64 fetchedAtMs = fetchedAt.toMSecsSinceEpoch();
    return inTransaction([&] {
        QSqlQuery remove(m_database->database());
        remove.prepare(QStringLiteral("DELETE FROM failed_items WHERE job_id = ?"));
        remove.addBindValue(jobId);
        if (!exec(remove))
            return false;
        QSqlQuery insert(m_database->database());
        insert.prepare(
            QStringLiteral("INSERT OR REPLACE INTO failed_items(job_id, item_id, item_name, status,"
                           " error_message, error_shape, completed_at, fetched_at) VALUES (?, ?, "
                           "?, ?, ?, ?, ?, ?)"));
        for (const JobItem &item : items) {
            if (item.knownStatus() != ItemStatus::Failed)
                continue;
            insert.addBindValue(jobId);
            insert.addBindValue(item.itemId);
            insert.addBindValue(fromText(item.itemName));
            insert.addBindValue(fromText(item.status));
            insert.addBindValue(fromText(item.errorMessage));
            insert.addBindValue(shapeOf(item.errorMessage));
            insert.addBindValue(fromTime(item.completedAt));
            insert.addBindValue(fetchedAtMs);
            if (!exec(insert))
                return false;
        }
        return noteFetched(QStringLiteral("job"), jobId, failedCount, QVariant(), fetchedAtMs);
    });
}

bool IndexFailuresWriter::writeBatchFiles(const QString &batchId, const QDateTime &batchUpdatedAt,
                                          const QList<FailedBatchFile> &files,
                                          const QDateTime &fetchedAt)
{
    const qint64 fetchedAtMs = fetchedAt.toMSecsSinceEpoch();
    return inTransaction([&] {
        QSqlQuery remove(m_database->database());
        remove.prepare(QStringLiteral("DELETE FROM failed_batch_files WHERE batch_id = ?"));
        remove.addBindValue(batchId);
        if (!exec(remove))
            return false;
        QSqlQuery insert(m_database->database());
        insert.prepare(
            QStringLiteral("INSERT OR REPLACE INTO failed_batch_files(batch_id, file_id, file_name,"
                           " error_message, error_shape, fetched_at) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const FailedBatchFile &file : files) {
            insert.addBindValue(batchId);
            insert.addBindValue(file.fileId);
            insert.addBindValue(fromText(file.fileName));
            insert.addBindValue(fromText(file.errorMessage));
            insert.addBindValue(shapeOf(file.errorMessage));
            insert.addBindValue(fetchedAtMs);
            if (!exec(insert))
                return false;
        }
        return noteFetched(QStringLiteral("batch"), batchId, QVariant(), fromTime(batchUpdatedAt),
                           fetchedAtMs);
    });
}

} // namespace BatchDeck
