#pragma once

#include "core/jobs/jobitem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QSqlQuery;

namespace BatchDeck {

class IndexDatabase;

// One failed file of a v2 batch: its result's error, and the file's name when it is known.
struct FailedBatchFile
{
    QString fileId; // source_directory_file_id
    QString fileName; // null when the directory's listing did not name it
    QString errorMessage;
};

// A job or batch whose failures the index has not fetched (or fetched before they grew).
struct FailuresFetchTarget
{
    QString id;
    qint64 failedCount = 0; // a job's failed_items
    QDateTime updatedAt; // a batch's
    QString directoryId; // a batch's source directory, where its files' names are
};

// Writes the failed items of one job, or the failed files of one batch, into the index: the
// rows it had for that job or batch are replaced, in one transaction, together with the note of
// what was fetched (the job's failed count, the batch's updated_at), so a fetch stopped at any
// point leaves whole jobs and batches, and one whose failures grew is fetched again.
class IndexFailuresWriter
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::IndexFailuresWriter)

public:
    explicit IndexFailuresWriter(IndexDatabase *database);

    // Items that are not failed are left out. False with errorString() set; the index keeps
    // what it had before the call.
    bool writeJobItems(const QString &jobId, qint64 failedCount, const QList<JobItem> &items,
                       const QDateTime &fetchedAt);
    bool writeBatchFiles(const QString &batchId, const QDateTime &batchUpdatedAt,
                         const QList<FailedBatchFile> &files, const QDateTime &fetchedAt);

    QString errorString() const { return m_error; }

private:
    template<typename Write>
    bool inTransaction(Write write);
    bool exec(QSqlQuery &query);
    bool noteFetched(const QString &kind, const QString &id, const QVariant &failedCount,
                     const QVariant &updatedAt, qint64 fetchedAtMs);

    IndexDatabase *m_database;
    QString m_error;
};

} // namespace BatchDeck
