#include "index/sync/indexsync.h"

#include "core/batches/batchesapi.h"
#include "core/batches/batchpager.h"
#include "core/jobs/jobpager.h"
#include "core/jobs/jobsapi.h"
#include "index/store/indexdatabase.h"
#include "index/store/indexnotes.h"
#include "index/sync/namessync.h"

namespace BatchDeck {

namespace {

const QStringList &finishedJobStatuses()
{
    static const QStringList statuses {QStringLiteral("completed"), QStringLiteral("failed"),
                                       QStringLiteral("cancelled")};
    return statuses;
}

const QStringList &finishedBatchStatuses()
{
    static const QStringList statuses {QStringLiteral("COMPLETED"), QStringLiteral("FAILED"),
                                       QStringLiteral("CANCELLED")};
    return statuses;
}

// Enough rows came or went for SQLite's statistics to be out of date (a first sync, a big day).
bool manyRowsChanged(const SyncReport &report)
{
    constexpr qint64 ManyRows = 10'000;
    return report.jobs.added + report.jobs.removed + report.batches.added + report.batches.removed
        >= ManyRows;
}

} // namespace

IndexSync::IndexSync(ApiClient *client, IndexDatabase *database, const ProjectScope &scope,
                     std::shared_ptr<IndexWriteQueue> writes, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_database(database)
    , m_writes(writes ? std::move(writes) : std::make_shared<IndexWriteQueue>(database->path()))
    , m_scope(scope)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

IndexSync::~IndexSync()
{
    stop();
}

void IndexSync::start(Mode mode)
{
    if (m_running)
        return;
    m_running = true;
    m_full = mode == Mode::Full;
    m_cancelled = false;
    m_error.clear();
    m_apiError = {};
    m_report = {};
    m_startedAt = now();
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_writesQueued = 0;
    m_afterWrites = nullptr;
    write([](IndexWriter &writer) { return writer.beginSync() ? QString() : writer.errorString(); },
          [this] { walkJobs(); });
}

void IndexSync::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_error = tr("The sync was cancelled; the index keeps every page saved so far.");
    finish();
}

void IndexSync::write(IndexWriteQueue::Write write, std::function<void()> next)
{
    ++m_writesQueued;
    m_writes->post(this, m_ticket, std::move(write),
                   [this, next = std::move(next)](const QString &problem) {
                       --m_writesQueued;
                       if (!m_running)
                           return;
                       if (!problem.isEmpty()) {
                           fail(problem);
                           return;
                       }
                       next();
                       if (m_running && m_writesQueued == 0 && m_afterWrites)
                           std::exchange(m_afterWrites, nullptr)();
                       if (m_running)
                           paceWalk();
                   });
}

void IndexSync::paceWalk()
{
    Pager *pager = m_jobPager ? static_cast<Pager *>(m_jobPager) : m_batchPager;
    if (!pager)
        return;
    // A few pages wait for their writes while a whole list is walked, so memory stays bounded
    // when the network is faster than the disk; none while an incremental walk waits to learn
    // whether a page was news.
    const int mostWaiting = m_walkWhole ? MostPagesWaiting : 1;
    pager->holdDeliveries(m_writesQueued >= mostWaiting);
}

void IndexSync::afterWrites(std::function<void()> next)
{
    if (m_writesQueued == 0)
        next();
    else
        m_afterWrites = std::move(next);
}

void IndexSync::walkJobs()
{
    m_phase = Phase::Jobs;
    m_walkWhole = m_full || !IndexNotes::time(m_database, IndexNotes::JobsWalkedToEnd).isValid();
    m_stoppedWalk = false;
    ListJobsQuery query;
    query.projectId = m_scope.projectId;
    query.organizationId = m_scope.organizationId;
    query.limit = m_pageSize;
    auto *pager = new JobPager(m_client, query, this);
    m_jobPager = pager;
    // An incremental walk mostly ends on its second page: pages asked for ahead of it would be
    // read for nothing.
    pager->setConcurrency(m_walkWhole ? m_concurrency : std::min(m_concurrency, 2));
    connect(pager, &JobPager::pageReceived, this, &IndexSync::onJobPage);
    connect(pager, &Pager::finished, this, &IndexSync::onJobsWalked);
    pager->start();
}

void IndexSync::onJobPage(const JobPage &page)
{
    m_report.unreadableRows += page.invalidJobs.size();
    const SyncProgress progress {SyncProgress::Step::Jobs, m_jobPager->rowsReceived(),
                                 m_jobPager->totalSize()};
    auto changes = std::make_shared<IndexChanges>();
    write(
        [jobs = page.jobs, seenAt = now(), changes](IndexWriter &writer) {
            return writer.writeJobs(jobs, seenAt, changes.get()) ? QString() : writer.errorString();
        },
        [this, changes, progress] {
            m_report.jobs += *changes;
            Q_EMIT progressed(progress);
            onPageWritten(*changes, m_jobPager);
        });
    paceWalk();
}

void IndexSync::onPageWritten(const IndexChanges &changes, Pager *pager)
{
    // Newest first: a page with nothing new or changed means the rest is what the index has.
    // (Pages already asked for still arrive and are written: they are only marked as seen.)
    if (!m_walkWhole && changes.added == 0 && changes.updated == 0 && !m_stoppedWalk) {
        m_stoppedWalk = true;
        if (pager)
            pager->cancel();
    }
}

bool IndexSync::walkFailed(const ApiError &error)
{
    if (error.isOk() || (m_stoppedWalk && error.kind == ApiError::Kind::Aborted))
        return false;
    fail(error.message, error);
    return true;
}

void IndexSync::onJobsWalked(const ApiError &error)
{
    JobPager *pager = std::exchange(m_jobPager, nullptr);
    m_report.requests += pager->requestsSent();
    pager->deleteLater();
    afterWrites([this, error] {
        if (walkFailed(error))
            return;
        m_report.jobsWalkedToEnd = m_walkWhole;
        afterWalk(m_walkWhole, IndexNotes::JobsWalkedToEnd, &IndexWriter::removeJobsNotSeen,
                  &m_report.jobs, [this] { walkBatches(); });
    });
}

void IndexSync::afterWalk(bool walkedToEnd, const char *walkedNote, RemoveNotSeen removeNotSeen,
                          IndexChanges *changes, std::function<void()> next)
{
    if (!walkedToEnd) {
        next();
        return;
    }
    // Only a walk that read the whole list knows what the server no longer has.
    auto removed = std::make_shared<qint64>(0);
    write(
        [removeNotSeen, walkedNote, removed, at = now(),
         keep = m_keepRemoved](IndexWriter &writer) {
            if (!(writer.*removeNotSeen)(at, keep, removed.get()))
                return writer.errorString();
            return IndexNotes::setTime(writer.database(), walkedNote, at);
        },
        [changes, removed, next = std::move(next)] {
            changes->removed += *removed;
            next();
        });
}

void IndexSync::walkBatches()
{
    m_phase = Phase::Batches;
    m_walkWhole = m_full || !IndexNotes::time(m_database, IndexNotes::BatchesWalkedToEnd).isValid();
    m_stoppedWalk = false;
    ListBatchesQuery query;
    query.projectId = m_scope.projectId;
    query.organizationId = m_scope.organizationId;
    query.pageSize = m_pageSize;
    auto *pager = new BatchPager(m_client, query, this);
    m_batchPager = pager;
    connect(pager, &BatchPager::pageReceived, this, &IndexSync::onBatchPage);
    connect(pager, &Pager::finished, this, &IndexSync::onBatchesWalked);
    pager->start();
}

void IndexSync::onBatchPage(const BatchPage &page)
{
    m_report.unreadableRows += page.invalidBatches.size();
    const SyncProgress progress {SyncProgress::Step::Batches, m_batchPager->rowsReceived(),
                                 m_batchPager->totalSize()};
    auto changes = std::make_shared<IndexChanges>();
    write(
        [batches = page.batches, seenAt = now(), changes](IndexWriter &writer) {
            return writer.writeBatches(batches, seenAt, changes.get()) ? QString()
                                                                       : writer.errorString();
        },
        [this, changes, progress] {
            m_report.batches += *changes;
            Q_EMIT progressed(progress);
            onPageWritten(*changes, m_batchPager);
        });
    paceWalk();
}

void IndexSync::onBatchesWalked(const ApiError &error)
{
    BatchPager *pager = std::exchange(m_batchPager, nullptr);
    m_report.requests += pager->requestsSent();
    const bool noBatches = error.kind == ApiError::Kind::Http && error.httpStatus == 404
        && pager->pagesReceived() == 0;
    pager->deleteLater();
    afterWrites([this, error, noBatches] {
        if (noBatches) {
            // A server without v2 batches (an older or a v1-only deployment) is not a failure.
            m_report.batchesOffered = false;
            readUnfinishedJobs();
            return;
        }
        if (walkFailed(error))
            return;
        m_report.batchesWalkedToEnd = m_walkWhole;
        afterWalk(m_walkWhole, IndexNotes::BatchesWalkedToEnd, &IndexWriter::removeBatchesNotSeen,
                  &m_report.batches, [this] { readUnfinishedJobs(); });
    });
}

void IndexSync::readUnfinished(Phase phase, const QString &table,
                               const QStringList &finishedStatuses,
                               std::function<ApiCall *(const QString &id)> readOne)
{
    m_phase = phase;
    auto ids = std::make_shared<QStringList>();
    write(
        [table, finishedStatuses, ids](IndexWriter &writer) {
            // On the writing thread: the writer knows which sync is under way.
            return writer.notSeenUnfinished(table, finishedStatuses, ids.get())
                ? QString()
                : writer.errorString();
        },
        [this, ids, readOne = std::move(readOne)] {
            m_unfinished = *ids;
            m_unfinishedRead = 0;
            m_unfinishedTotal = m_unfinished.size();
            m_readsInFlight = 0;
            m_readOne = readOne;
            readNextUnfinished();
        });
}

void IndexSync::readUnfinishedJobs()
{
    readUnfinished(Phase::UnfinishedJobs, QStringLiteral("jobs"), finishedJobStatuses(),
                   [this](const QString &id) {
                       return JobsApi(m_client).jobStatus(
                           id, m_scope, this,
                           [this, id](const JobStatusResult &result, const ApiError &error) {
                               const QDateTime at = now();
                               auto changes = std::make_shared<IndexChanges>();
                               onUnfinishedRead(
                                   error,
                                   [job = result.job, at, changes](IndexWriter &writer) {
                                       return writer.writeJobs({job}, at, changes.get())
                                           ? QString()
                                           : writer.errorString();
                                   },
                                   [id, at, keep = m_keepRemoved](IndexWriter &writer) {
                                       return writer.markJobRemoved(id, at, keep)
                                           ? QString()
                                           : writer.errorString();
                                   },
                                   changes, &m_report.jobs);
                           });
                   });
}

void IndexSync::readUnfinishedBatches()
{
    if (!m_report.batchesOffered) {
        readNames();
        return;
    }
    readUnfinished(
        Phase::UnfinishedBatches, QStringLiteral("batches"), finishedBatchStatuses(),
        [this](const QString &id) {
            return BatchesApi(m_client).batch(
                id, m_scope, false, this, [this, id](const Batch &batch, const ApiError &error) {
                    const QDateTime at = now();
                    auto changes = std::make_shared<IndexChanges>();
                    onUnfinishedRead(
                        error,
                        [batch, at, changes](IndexWriter &writer) {
                            return writer.writeBatches({batch}, at, changes.get())
                                ? QString()
                                : writer.errorString();
                        },
                        [id, at, keep = m_keepRemoved](IndexWriter &writer) {
                            return writer.markBatchRemoved(id, at, keep) ? QString()
                                                                         : writer.errorString();
                        },
                        changes, &m_report.batches);
                });
        });
}

void IndexSync::readNextUnfinished()
{
    while (m_running && !m_unfinished.isEmpty() && m_readsInFlight < std::max(1, m_concurrency)) {
        ++m_readsInFlight;
        m_calls.append(m_readOne(m_unfinished.takeFirst()));
    }
    if (!m_running || m_readsInFlight > 0)
        return;
    if (m_phase == Phase::UnfinishedJobs)
        readUnfinishedBatches();
    else
        readNames();
}

void IndexSync::onUnfinishedRead(const ApiError &error, IndexWriteQueue::Write writeRow,
                                 IndexWriteQueue::Write markRemoved,
                                 const std::shared_ptr<IndexChanges> &rowChanges,
                                 IndexChanges *changes)
{
    m_calls.removeAll(nullptr);
    if (!m_running)
        return;
    ++m_report.requests;
    // 404: the server no longer has it, as a full sync would find.
    const bool gone = error.kind == ApiError::Kind::Http && error.httpStatus == 404;
    if (!error.isOk() && !gone) {
        fail(error.message, error);
        return;
    }
    write(gone ? std::move(markRemoved) : std::move(writeRow), [this, gone, rowChanges, changes] {
        --m_readsInFlight;
        if (gone)
            ++changes->removed;
        else
            *changes += *rowChanges;
        ++m_unfinishedRead;
        Q_EMIT progressed({m_phase == Phase::UnfinishedJobs ? SyncProgress::Step::UnfinishedJobs
                                                            : SyncProgress::Step::UnfinishedBatches,
                           m_unfinishedRead, m_unfinishedTotal});
        readNextUnfinished();
    });
}

void IndexSync::readNames()
{
    m_phase = Phase::Names;
    auto *names = new IndexNamesSync(m_client, m_database, m_scope, this);
    m_names = names;
    names->setClock(m_clock);
    names->setWriteQueue(m_writes.get(), m_ticket);
    connect(names, &IndexNamesSync::finished, this, [this, names](const QString &error) {
        m_report.requests += names->requestsSent();
        m_names = nullptr; // counted: stop() must not count it again
        names->deleteLater();
        if (!m_running)
            return;
        // Names only help a search: without them the index is still whole.
        m_report.namesProblem = error;
        complete();
    });
    names->start();
}

void IndexSync::complete()
{
    const QDateTime at = now();
    write(
        [at, full = m_full, analyze = manyRowsChanged(m_report)](IndexWriter &writer) {
            QString problem = IndexNotes::setTime(writer.database(), IndexNotes::LastSync, at);
            if (problem.isEmpty() && full)
                problem = IndexNotes::setTime(writer.database(), IndexNotes::LastFullSync, at);
            if (problem.isEmpty() && analyze && !writer.analyze())
                problem = writer.errorString();
            return problem;
        },
        [this] { finish(); });
}

void IndexSync::fail(const QString &error, const ApiError &apiError)
{
    if (!m_running)
        return;
    m_error = error;
    m_apiError = apiError;
    finish();
}

void IndexSync::stop()
{
    // Pages not yet written are dropped: the index keeps whole pages either way.
    m_ticket.drop();
    m_ticket = {};
    m_writesQueued = 0;
    m_afterWrites = nullptr;
    if (JobPager *pager = std::exchange(m_jobPager, nullptr).data()) {
        m_report.requests += pager->requestsSent();
        pager->disconnect(this);
        pager->cancel();
        pager->deleteLater();
    }
    if (BatchPager *pager = std::exchange(m_batchPager, nullptr).data()) {
        m_report.requests += pager->requestsSent();
        pager->disconnect(this);
        pager->cancel();
        pager->deleteLater();
    }
    if (IndexNamesSync *names = std::exchange(m_names, nullptr).data()) {
        names->disconnect(this);
        m_report.requests += names->requestsSent();
        names->cancel();
        names->deleteLater();
    }
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->abort();
    }
    m_unfinished.clear();
    m_readsInFlight = 0;
}

void IndexSync::finish()
{
    m_running = false;
    m_phase = Phase::Idle;
    stop();
    m_report.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    Q_EMIT finished();
}

} // namespace BatchDeck
