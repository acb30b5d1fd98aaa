#pragma once

#include "testhttpserver.h"

#include "core/batches/batch.h"
#include "core/jobs/job.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace BatchDeck::Testing {

// A per-test server for the failures the index fetches on demand: each job's failed items
// (offset pages of /items?status=failed), each batch with its results (expand=results) and each
// directory's files (cursor pages). It counts the requests of each job and batch, and can leave
// a job's requests without an answer (hang) or answer 404 for it.
class FailureWorld
{
public:
    FailureWorld();

    TestHttpServer &server() { return m_server; }

    // A job with `failed` failed items, named "<job>-<n>.pdf", with `message` (%1: the number).
    Job addJob(const QString &id, int failed, const QDateTime &createdAt,
               const QString &message = QStringLiteral("File too large: %1 MB"));
    // A failed batch whose files failed with `messages`, one file each, in directory "dir-<id>".
    Batch addBatch(const QString &id, const QStringList &messages, const QDateTime &createdAt);
    void hangJob(const QString &id) { m_hanging.insert(id); }
    void goneJob(const QString &id) { m_gone.insert(id); }
    // 400, which is not retried
    void refuseJob(const QString &id) { m_refused.insert(id); }

    int itemRequests(const QString &jobId) const { return m_itemRequests.value(jobId); }
    int batchReads(const QString &batchId) const { return m_batchReads.value(batchId); }
    int fileListings() const { return m_fileListings; }
    int requests() const;

private:
    TestResponse answer(const TestRequest &request);

    TestHttpServer m_server;
    QMap<QString, QList<QJsonObject>> m_items; // by job
    QMap<QString, QJsonObject> m_batches;
    QMap<QString, QList<QJsonObject>> m_files; // by directory
    QSet<QString> m_hanging;
    QSet<QString> m_gone;
    QSet<QString> m_refused;
    QMap<QString, int> m_itemRequests;
    QMap<QString, int> m_batchReads;
    int m_fileListings = 0;
};

} // namespace BatchDeck::Testing
