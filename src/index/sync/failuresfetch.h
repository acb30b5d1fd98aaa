#pragma once

#include "core/api/projectscope.h"
#include "core/batches/batch.h"
#include "core/jobs/jobitem.h"
#include "index/store/failureswriter.h"
#include "index/sync/indexwritequeue.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace BatchDeck {

class ApiClient;
class IndexDatabase;
struct ApiError;

// Fetches on demand what a sync does not read: the failed items of v1 jobs and the failed files
// of v2 batches (expand=results, their names from the source directory's listing), for the jobs
// and batches it is given (IndexFailuresReader::jobsToFetch() and batchesToFetch(): those the
// index has not fetched yet, or fetched before a job's failed count or a batch's updated_at
// changed). A few jobs and batches at a time; each is
// written whole, in one transaction, once all of it arrived, so cancel() (at once) leaves whole
// jobs and batches. A job or batch the server no longer has (404) is skipped and noted as
// fetched, with nothing failed.
class FailedItemsFetch : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultConcurrency = 3;
    // A directory's files named at most, per fetch; the others show as IDs.
    static constexpr int MaxNamedFiles = 10'000;

    FailedItemsFetch(ApiClient *client, IndexDatabase *database, const ProjectScope &scope,
                     QObject *parent = nullptr);
    ~FailedItemsFetch() override;

    void setConcurrency(int jobs) { m_concurrency = std::max(1, jobs); }
    // Writes go through `writes` (on the index's writing thread, in order with a sync's), not on
    // the calling thread's connection, which would wait for a sync's write.
    void setWriteQueue(std::shared_ptr<IndexWriteQueue> writes) { m_writes = std::move(writes); }
    void start(const QList<FailuresFetchTarget> &jobs, const QList<FailuresFetchTarget> &batches);
    // Stops at once; what was written stays. finished() follows, without an error.
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }

    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    qint64 skipped() const { return m_skipped; } // gone from the server (404)
    qint64 failuresWritten() const { return m_failuresWritten; }
    // After finished(): empty, or what stopped the fetch as a sentence.
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    // Queued after start() even when there is nothing to fetch.
    void finished(const QString &error);

private:
    struct Task
    {
        FailuresFetchTarget target;
        bool batch = false;
    };

    void startNext();
    void fetchJob(const FailuresFetchTarget &target);
    void fetchBatch(const FailuresFetchTarget &target);
    void withFileNames(const QString &directoryId, std::function<void()> then);
    using Write = std::function<bool(IndexFailuresWriter &writer)>;
    Write batchWrite(const FailuresFetchTarget &target, const QList<BatchResult> &results) const;
    // Every write goes through here: on the index's write queue when there is one, else on this
    // thread's connection; `then` runs once it is made (not after a failure, which ends the
    // fetch).
    void store(Write write, std::function<void()> then);
    // A job or batch is done: ok, skipped (404), or what failed; `failures` are what `write`
    // writes.
    void taskEnded(const ApiError &error, Write write, qint64 failures);
    void fail(const QString &error);
    void finish();

    ApiClient *m_client;
    IndexDatabase *m_database;
    IndexFailuresWriter m_writer;
    std::shared_ptr<IndexWriteQueue> m_writes; // kept alive while the fetch may write
    IndexWriteQueue::Ticket m_ticket; // dropped when the fetch ends
    ProjectScope m_scope;
    int m_concurrency = DefaultConcurrency;
    bool m_running = false;
    bool m_cancelled = false;
    QList<Task> m_tasks; // still to start
    int m_inFlight = 0;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_skipped = 0;
    qint64 m_failuresWritten = 0;
    QString m_error;
    QList<QPointer<QObject>> m_requests; // pagers and calls in flight, to stop on cancel
    QHash<QString, QHash<QString, QString>> m_names; // directory → file ID → name
    QHash<QString, QList<std::function<void()>>> m_waitingForNames; // directories being listed
};

} // namespace BatchDeck
