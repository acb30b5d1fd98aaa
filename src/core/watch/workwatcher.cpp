#include "core/watch/workwatcher.h"

#include "core/api/apiclient.h"
#include "core/batches/batchesapi.h"
#include "core/jobs/jobsapi.h"

#include <algorithm>
#include <limits>

namespace BatchDeck {

WorkWatcher::WorkWatcher(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WorkWatcher::scheduleNext);
}

WorkWatcher::~WorkWatcher()
{
    abortLook();
}

void WorkWatcher::abortLook()
{
    if (!m_call)
        return;
    // Its answer would come back into a list that no longer holds what was asked.
    m_call->disconnect(this);
    m_call->abort();
    m_call.clear();
}

qsizetype WorkWatcher::indexOf(const QString &id) const
{
    for (qsizetype index = 0; index < m_entries.size(); ++index) {
        if (sameId(m_entries.at(index).work.id, id))
            return index;
    }
    return -1;
}

int WorkWatcher::maxDelayMs() const
{
    return std::max(MaxDelayMs, m_intervalMs);
}

void WorkWatcher::setIntervalMs(int milliseconds)
{
    const int interval = std::max(milliseconds, MinIntervalMs);
    if (interval == m_intervalMs)
        return;
    for (Entry &entry : m_entries) {
        if (entry.delayMs != m_intervalMs)
            continue; // waiting out failures: the next good answer sets the new interval
        entry.dueAtMs += interval - m_intervalMs;
        entry.delayMs = interval;
    }
    m_intervalMs = interval;
    m_timer.stop();
    scheduleNext();
}

void WorkWatcher::watch(const WatchedWork &work)
{
    if (const qsizetype index = indexOf(work.id); index >= 0) {
        WatchedWork &known = m_entries[index].work;
        const WatchedWork before = known;
        known.scope = work.scope;
        if (!work.label.isEmpty())
            known.label = work.label;
        if (known != before)
            Q_EMIT watchedChanged();
        return;
    }
    m_entries.append({work, m_intervalMs, m_clock.elapsed()});
    Q_EMIT watchedChanged();
    scheduleNext();
}

void WorkWatcher::unwatch(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return;
    m_entries.removeAt(index);
    // A look at it under way is dropped when it answers; the others wait no longer for it.
    Q_EMIT watchedChanged();
    scheduleNext();
}

void WorkWatcher::clear()
{
    abortLook();
    m_timer.stop();
    m_entries.clear();
    m_failureDelayMs = 0; // another server, or none
    m_pausedUntilMs = 0;
}

void WorkWatcher::restore(const QList<WatchedWork> &list)
{
    clear();
    const qint64 now = m_clock.elapsed();
    for (const WatchedWork &work : list) {
        if (indexOf(work.id) < 0)
            m_entries.append({work, m_intervalMs, now});
    }
    Q_EMIT watchedChanged();
    scheduleNext();
}

bool WorkWatcher::isWatching(const QString &id) const
{
    return indexOf(id) >= 0;
}

QList<WatchedWork> WorkWatcher::watched() const
{
    QList<WatchedWork> list;
    list.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        list.append(entry.work);
    return list;
}

int WorkWatcher::delayMsOf(const QString &id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? -1 : m_entries.at(index).delayMs;
}

void WorkWatcher::scheduleNext()
{
    if (m_call || m_entries.isEmpty())
        return;
    // The longest due first; of equals, the one watched first.
    const auto next =
        std::min_element(m_entries.cbegin(), m_entries.cend(),
                         [](const Entry &a, const Entry &b) { return a.dueAtMs < b.dueAtMs; });
    const qint64 wait = std::max(next->dueAtMs, m_pausedUntilMs) - m_clock.elapsed();
    if (wait > 0) {
        // A timer may fire a little early: this runs again then and waits out the rest.
        m_timer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
        return;
    }
    m_timer.stop();
    lookAt(next->work);
}

void WorkWatcher::lookAt(const WatchedWork &work)
{
    const QString id = work.id;
    if (work.kind == WatchedWork::Kind::Job) {
        m_call = JobsApi(m_client).jobStatus(
            id, work.scope, this, [this, id](const JobStatusResult &result, const ApiError &error) {
                if (error.isOk())
                    Q_EMIT jobLookedAt(result.job);
                onAnswer(id, result.job.status, result.job.errorMessage, error);
            });
    } else {
        m_call = BatchesApi(m_client).batch(id, work.scope, false, this,
                                            [this, id](const Batch &batch, const ApiError &error) {
                                                if (error.isOk())
                                                    Q_EMIT batchLookedAt(batch);
                                                // A v2 batch carries no error message of its own:
                                                // its files do.
                                                onAnswer(id, batch.status, QString(), error);
                                            });
    }
}

void WorkWatcher::onAnswer(const QString &id, const QString &status, const QString &errorMessage,
                           const ApiError &error)
{
    m_call.clear();
    if (error.kind == ApiError::Kind::Aborted) {
        // abortLook() disconnects first, so this was aborted elsewhere (the client's parsing
        // dropped, say): the look is made again in turn.
        scheduleNext();
        return;
    }
    const qsizetype index = indexOf(id);
    if (index < 0) {
        scheduleNext(); // unwatched while it was asked about
        return;
    }
    Entry &entry = m_entries[index];
    if (!error.isOk()) {
        if (error.httpStatus == 404) {
            const WatchedWork work = entry.work;
            m_entries.removeAt(index);
            Q_EMIT gone(work, error);
            Q_EMIT watchedChanged();
        } else {
            // The server, not this work, is in trouble: every look waits.
            m_failureDelayMs = std::min(
                m_failureDelayMs > 0 ? m_failureDelayMs * 2 : m_intervalMs * 2, maxDelayMs());
            m_pausedUntilMs = m_clock.elapsed() + m_failureDelayMs;
            entry.delayMs = m_failureDelayMs;
            entry.dueAtMs = m_pausedUntilMs;
            const WatchedWork work = entry.work;
            Q_EMIT lookFailed(work, error, m_failureDelayMs);
        }
        scheduleNext();
        return;
    }
    m_failureDelayMs = 0;
    m_pausedUntilMs = 0;
    entry.delayMs = m_intervalMs;
    entry.dueAtMs = m_clock.elapsed() + m_intervalMs;
    if (entry.work.isFinishedStatus(status)) {
        WatchedWork work = entry.work;
        work.lastStatus = status;
        m_entries.removeAt(index);
        if (work.seenUnfinished)
            Q_EMIT ended(work, status, errorMessage);
        else
            Q_EMIT endedBeforeWatched(work, status);
        Q_EMIT watchedChanged();
    } else if (entry.work.lastStatus != status || !entry.work.seenUnfinished) {
        entry.work.lastStatus = status;
        entry.work.seenUnfinished = true;
        Q_EMIT watchedChanged();
    }
    scheduleNext();
}

} // namespace BatchDeck
