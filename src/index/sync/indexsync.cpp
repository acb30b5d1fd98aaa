#include "index/sync/indexsync.h"

#include "core/batches/batchesapi.h"
#include "core/batches/batchpager.h"
#include "core/jobs/jobpager.h"
#include "core/jobs/jobsapi.h"
#include "index/store/indexdatabase.h"
#include "index/store/indexnotes.h"

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
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_database(database)
    , m_writer(database)
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
    if (!m_writer.beginSync()) {
        fail(m_writer.errorString());
        return;
    }
    walkJobs();
}

void IndexSync::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_error = tr("The sync was cancelled; the index keeps every page read so far.");
    finish();
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
    IndexChanges changes;
    if (!m_writer.writeJobs(page.jobs, now(), &changes)) {
        fail(m_writer.errorString());
        return;
    }
    m_report.jobs += changes;
    Q_EMIT progressed(
        {SyncProgress::Step::Jobs, m_jobPager->rowsReceived(), m_jobPager->totalSize()});
    // Newest first: a page with nothing new or changed means the rest is what the index has.
    if (!m_walkWhole && changes.added == 0 && changes.updated == 0) {
        m_stoppedWalk = true;
        m_jobPager->cancel();
    }
}

void IndexSync::onJobsWalked(const ApiError &error)
{
    JobPager *pager = std::exchange(m_jobPager, nullptr);
    m_report.requests += pager->requestsSent();
    pager->deleteLater();
    if (!error.isOk() && !(m_stoppedWalk && error.kind == ApiError::Kind::Aborted)) {
        fail(error.message, error);
        return;
    }
    m_report.jobsWalkedToEnd = m_walkWhole;
    afterWalk(m_walkWhole, IndexNotes::JobsWalkedToEnd, &IndexWriter::removeJobsNotSeen,
              &m_report.jobs);
    if (m_running)
        walkBatches();
}

void IndexSync::afterWalk(bool walkedToEnd, const char *walkedNote,
                          bool (IndexWriter::*removeNotSeen)(const QDateTime &, bool, qint64 *),
                          IndexChanges *changes)
{
    if (!walkedToEnd)
        return;
    // Only a walk that read the whole list knows what the server no longer has.
    if (!(m_writer.*removeNotSeen)(now(), m_keepRemoved, &changes->removed)) {
        fail(m_writer.errorString());
        return;
    }
    if (const QString problem = IndexNotes::setTime(m_database, walkedNote, now());
        !problem.isEmpty())
        fail(problem);
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
    IndexChanges changes;
    if (!m_writer.writeBatches(page.batches, now(), &changes)) {
        fail(m_writer.errorString());
        return;
    }
    m_report.batches += changes;
    Q_EMIT progressed(
        {SyncProgress::Step::Batches, m_batchPager->rowsReceived(), m_batchPager->totalSize()});
    if (!m_walkWhole && changes.added == 0 && changes.updated == 0) {
        m_stoppedWalk = true;
        m_batchPager->cancel();
    }
}

void IndexSync::onBatchesWalked(const ApiError &error)
{
    BatchPager *pager = std::exchange(m_batchPager, nullptr);
    m_report.requests += pager->requestsSent();
    pager->deleteLater();
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 404
        && pager->pagesReceived() == 0) {
        // A server without v2 batches (an older or a v1-only deployment) is not a failure.
        m_report.batchesOffered = false;
        readUnfinishedJobs();
        return;
    }
    if (!error.isOk() && !(m_stoppedWalk && error.kind == ApiError::Kind::Aborted)) {
        fail(error.message, error);
        return;
    }
    m_report.batchesWalkedToEnd = m_walkWhole;
    afterWalk(m_walkWhole, IndexNotes::BatchesWalkedToEnd, &IndexWriter::removeBatchesNotSeen,
              &m_report.batches);
    if (m_running)
        readUnfinishedJobs();
}

QStringList IndexSync::unfinishedNotSeen(const QString &table, const QStringList &finishedStatuses)
{
    QStringList ids;
    if (!m_writer.notSeenUnfinished(table, finishedStatuses, &ids))
        fail(m_writer.errorString());
    return ids;
}

void IndexSync::readUnfinishedJobs()
{
    m_phase = Phase::UnfinishedJobs;
    m_unfinished = unfinishedNotSeen(QStringLiteral("jobs"), finishedJobStatuses());
    if (!m_running)
        return;
    m_unfinishedRead = 0;
    m_unfinishedTotal = m_unfinished.size();
    m_readsInFlight = 0;
    m_readOne = [this](const QString &id) {
        return JobsApi(m_client).jobStatus(
            id, m_scope, this, [this, id](const JobStatusResult &result, const ApiError &error) {
                onUnfinishedRead(
                    error, [&] { return m_writer.writeJobs({result.job}, now(), &m_report.jobs); },
                    [&] {
                        ++m_report.jobs.removed;
                        return m_writer.markJobRemoved(id, now(), m_keepRemoved);
                    });
            });
    };
    readNextUnfinished();
}

void IndexSync::readUnfinishedBatches()
{
    m_phase = Phase::UnfinishedBatches;
    m_unfinished = m_report.batchesOffered
        ? unfinishedNotSeen(QStringLiteral("batches"), finishedBatchStatuses())
        : QStringList();
    if (!m_running)
        return;
    m_unfinishedRead = 0;
    m_unfinishedTotal = m_unfinished.size();
    m_readOne = [this](const QString &id) {
        return BatchesApi(m_client).batch(
            id, m_scope, false, this, [this, id](const Batch &batch, const ApiError &error) {
                onUnfinishedRead(
                    error, [&] { return m_writer.writeBatches({batch}, now(), &m_report.batches); },
                    [&] {
                        ++m_report.batches.removed;
                        return m_writer.markBatchRemoved(id, now(), m_keepRemoved);
                    });
            });
    };
    readNextUnfinished();
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
        complete();
}

void IndexSync::onUnfinishedRead(const ApiError &error, const std::function<bool()> &write,
                                 const std::function<bool()> &markRemoved)
{
    --m_readsInFlight;
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
    if (!(gone ? markRemoved() : write())) {
        fail(m_writer.errorString());
        return;
    }
    ++m_unfinishedRead;
    Q_EMIT progressed({m_phase == Phase::UnfinishedJobs ? SyncProgress::Step::UnfinishedJobs
                                                        : SyncProgress::Step::UnfinishedBatches,
                       m_unfinishedRead, m_unfinishedTotal});
    readNextUnfinished();
}

void IndexSync::complete()
{
    if (!m_running)
        return;
    const QDateTime at = now();
    QString problem = IndexNotes::setTime(m_database, IndexNotes::LastSync, at);
    if (problem.isEmpty() && m_full)
        problem = IndexNotes::setTime(m_database, IndexNotes::LastFullSync, at);
    if (problem.isEmpty() && manyRowsChanged(m_report) && !m_writer.analyze())
        problem = m_writer.errorString();
    if (!problem.isEmpty()) {
        fail(problem);
        return;
    }
    finish();
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
