#pragma once

#include "testhttpserver.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace BatchDeck::Testing {

// A per-test server for the index: a world of v1 jobs and v2 batches that a test changes between
// syncs (adds, moves on, finishes, removes), served newest first with offset pages (v1) and
// cursor pages (v2), each job's and batch's own endpoint, and 404 for what is gone. It counts
// the requests of each kind, so a test can tell an incremental sync from a full one.
class IndexWorld
{
public:
    IndexWorld();

    TestHttpServer &server() { return m_server; }
    QUrl baseUrl() const { return m_server.baseUrl(); }

    // A job created at `createdAt` (the list is ordered by it, newest first).
    QJsonObject &addJob(const QString &id, const QString &status, const QDateTime &createdAt,
                        const QString &errorMessage = {});
    QJsonObject &job(const QString &id) { return m_jobs[id]; }
    void removeJob(const QString &id) { m_jobs.remove(id); }
    QJsonObject &addBatch(const QString &id, const QString &status, const QDateTime &createdAt);
    QJsonObject &batch(const QString &id) { return m_batches[id]; }
    void removeBatch(const QString &id) { m_batches.remove(id); }
    // The job page at `offset` answers `status` (a server failing part way through a walk).
    void failJobPageAt(qint64 offset, int status)
    {
        m_failingOffset = offset, m_failingStatus = status;
    }
    // Without v2 batches, the list answers 404, as a v1-only server would.
    void setBatchesOffered(bool offered) { m_batchesOffered = offered; }

    int jobCount() const { return int(m_jobs.size()); }
    // Requests since the last resetCounts().
    int listPages() const { return m_listPages; }
    int batchPages() const { return m_batchPages; }
    int jobReads() const { return m_jobReads; }
    int batchReads() const { return m_batchReads; }
    // Anything else: the names of projects and directories a sync reads last (404 here).
    int otherRequests() const { return m_otherRequests; }
    void resetCounts();

    // Every job and batch, as the API sends them, newest first.
    QList<QJsonObject> jobs() const;
    QList<QJsonObject> batches() const;

private:
    TestResponse answer(const TestRequest &request);

    TestHttpServer m_server;
    QMap<QString, QJsonObject> m_jobs;
    QMap<QString, QJsonObject> m_batches;
    bool m_batchesOffered = true;
    qint64 m_failingOffset = -1;
    int m_failingStatus = 0;
    int m_listPages = 0;
    int m_batchPages = 0;
    int m_jobReads = 0;
    int m_batchReads = 0;
    int m_otherRequests = 0;
};

} // namespace BatchDeck::Testing
