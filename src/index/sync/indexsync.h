#pragma once

#include "core/api/apierror.h"
#include "core/api/projectscope.h"
#include "index/store/indexwriter.h"
#include "index/sync/indexwritequeue.h"
#include "index/sync/syncreport.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace BatchDeck {

class ApiCall;
class ApiClient;
class BatchPager;
class IndexDatabase;
class IndexNamesSync;
class JobPager;
class Pager;
struct BatchPage;
struct JobPage;

// Brings the index in step with the server: v1 jobs, then v2 batches, then every job and batch
// the index holds as unfinished that the walk did not see again, then the names of directories
// and projects (IndexNamesSync).
//
// A list not yet read to its end (the first sync, or one cancelled before) is walked whole, with
// the concurrent pager. After that a sync is incremental: the list is newest first, so it is read
// from the top until a page brings nothing new or changed; what could still change further down
// is the unfinished work, read again by its own endpoint. A full sync walks everything and marks
// (or, without history, deletes) what the server no longer lists.
//
// Every page is written in its own transaction, so cancelling or a failure at any point leaves
// the index whole. A failure first writes every page read; a cancel keeps the pages written and
// the one being written, and drops those still waiting (the next sync reads them). The writes run
// on a thread of their own (IndexWriteQueue), so the sync does not hold up the window; the database
// passed in is only read, and must be open when the sync is made.
class IndexSync : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Incremental, Full };
    // The API's largest page: fewest requests for a first sync.
    static constexpr int DefaultPageSize = 1000;
    // Pages read and waiting to be written while a whole list is walked.
    static constexpr int MostPagesWaiting = 4;

    // `writes`: the index's write queue, shared with its other writers; null: a queue of its own.
    IndexSync(ApiClient *client, IndexDatabase *database, const ProjectScope &scope,
              std::shared_ptr<IndexWriteQueue> writes = nullptr, QObject *parent = nullptr);
    ~IndexSync() override;

    // What "now" is for the index's times (tests move it by hand). Default: the system clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setConcurrency(int requests) { m_concurrency = requests; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // Jobs and batches the server no longer lists stay in the index, marked as removed (true),
    // or are deleted (false, the default).
    void setKeepRemoved(bool keep) { m_keepRemoved = keep; }

    void start(Mode mode);
    // Stops at once; the index keeps every page written. finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }

    const SyncReport &report() const { return m_report; }
    // After finished(): empty when the sync completed; otherwise a sentence.
    QString errorString() const { return m_error; }
    // The server's error, when that is what stopped the sync.
    const ApiError &apiError() const { return m_apiError; }
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void progressed(const BatchDeck::SyncProgress &progress);
    void finished();

private:
    enum class Phase { Idle, Jobs, Batches, UnfinishedJobs, UnfinishedBatches, Names };
    using RemoveNotSeen = bool (IndexWriter::*)(const QDateTime &, bool, qint64 *);

    QDateTime now() const { return m_clock(); }
    // Queues a write; `next` runs once it is made (not after a failure, which stops the sync).
    void write(IndexWriteQueue::Write write, std::function<void()> next);
    // Runs `next` once every write queued so far is made.
    void afterWrites(std::function<void()> next);
    // Holds the walk's pager while too many of its pages wait to be written.
    void paceWalk();
    void walkJobs();
    void onJobPage(const JobPage &page);
    void onJobsWalked(const ApiError &error);
    void walkBatches();
    void onBatchPage(const BatchPage &page);
    void onBatchesWalked(const ApiError &error);
    // After a page is written: a page with nothing new or changed ends an incremental walk.
    void onPageWritten(const IndexChanges &changes, Pager *pager);
    bool walkFailed(const ApiError &error);
    // Reads the rows of `table` still unfinished that this sync has not seen, then `next`.
    void readUnfinished(Phase phase, const QString &table, const QStringList &finishedStatuses,
                        std::function<ApiCall *(const QString &id)> readOne);
    void readUnfinishedJobs();
    void readUnfinishedBatches();
    void readNextUnfinished();
    // Writes what a read of one unfinished row brought (or that it is gone); `rowChanges` is
    // filled by `write` and added to `changes`.
    void onUnfinishedRead(const ApiError &error, IndexWriteQueue::Write write,
                          IndexWriteQueue::Write markRemoved,
                          const std::shared_ptr<IndexChanges> &rowChanges, IndexChanges *changes);
    void afterWalk(bool walkedToEnd, const char *walkedNote, RemoveNotSeen removeNotSeen,
                   IndexChanges *changes, std::function<void()> next);
    // The names of directories and projects, for search.
    void readNames();
    void complete();
    void fail(const QString &error, const ApiError &apiError = {});
    void stop();
    void finish();

    ApiClient *m_client;
    IndexDatabase *m_database;
    std::shared_ptr<IndexWriteQueue> m_writes;
    IndexWriteQueue::Ticket m_ticket; // this run's writes, dropped when it stops
    ProjectScope m_scope;
    std::function<QDateTime()> m_clock;
    int m_concurrency = 6;
    int m_pageSize = DefaultPageSize;
    bool m_keepRemoved = false;

    Phase m_phase = Phase::Idle;
    bool m_running = false;
    bool m_full = false;
    bool m_walkWhole = false; // the list being walked is read to its end
    bool m_stoppedWalk = false; // the incremental walk reached what the index knew
    bool m_cancelled = false;
    QDateTime m_startedAt;
    qint64 m_startedMs = 0;
    SyncReport m_report;
    QString m_error;
    ApiError m_apiError;
    QPointer<JobPager> m_jobPager;
    QPointer<BatchPager> m_batchPager;
    QPointer<IndexNamesSync> m_names;
    int m_writesQueued = 0;
    std::function<void()> m_afterWrites;
    QStringList m_unfinished; // still to read again
    qint64 m_unfinishedRead = 0;
    qint64 m_unfinishedTotal = 0;
    int m_readsInFlight = 0; // a read counts until its row is written
    std::function<ApiCall *(const QString &id)> m_readOne;
    QList<QPointer<ApiCall>> m_calls; // reads in flight
};

} // namespace BatchDeck
