#pragma once

#include "core/api/apicall.h"
#include "core/api/apierror.h"
#include "core/batches/batch.h"
#include "core/jobs/job.h"
#include "core/watch/watchedwork.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace BatchDeck {

class ApiClient;

// Follows watched jobs and batches until they end, politely: one request in flight at a time,
// each piece of work asked about at most once an interval, and after a failed look the whole
// watcher (not only the work asked about) waits twice as long as after the failure before (up to
// MaxDelayMs) until a look succeeds, so that a server that is down or limiting requests is asked
// once a wait, however much is watched. Nothing blocks: the answers arrive on the event loop, and
// an answer for work no longer watched is dropped.
//
// An end is told (ended()) only when a look saw the work unfinished before: work that had already
// ended when it was watched (its row was older than the server's state) is endedBeforeWatched().
class WorkWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 10'000;
    static constexpr int MinIntervalMs = 50;
    // The longest wait after failed looks: a server that is down is asked every five minutes.
    static constexpr int MaxDelayMs = 5 * 60'000;

    explicit WorkWatcher(ApiClient *client, QObject *parent = nullptr);
    ~WorkWatcher() override;

    // The time between two looks at one piece of work that answers; a change applies to the
    // work not waiting out failures at once.
    void setIntervalMs(int milliseconds);
    int intervalMs() const { return m_intervalMs; }

    // Starts watching `work`, first asked about at once. Work already watched keeps its place in
    // the queue and takes the new label and scope.
    void watch(const WatchedWork &work);
    void unwatch(const QString &id);
    // Stops watching everything, without a signal per piece of work.
    void clear();
    // Watches exactly `list` (from the settings, say), each first asked about at once.
    void restore(const QList<WatchedWork> &list);

    bool isWatching(const QString &id) const;
    QList<WatchedWork> watched() const;
    // How long `id` waits after its last look: the interval, or after failed looks the watcher's
    // wait (doubled after each up to MaxDelayMs, or the interval when that is longer); -1 when it
    // is not watched.
    int delayMsOf(const QString &id) const;
    // A look is under way.
    bool isLooking() const { return !m_call.isNull(); }

Q_SIGNALS:
    // The list changed: work added or removed, or a status seen for the first time or changed.
    void watchedChanged();
    // A look found `work` ended, with its final status as the API sent it and its error message
    // (empty when none); it is no longer watched.
    void ended(const BatchDeck::WatchedWork &work, const QString &finalStatus,
               const QString &errorMessage);
    // The server no longer knows `work` (404): it is no longer watched.
    void gone(const BatchDeck::WatchedWork &work, const BatchDeck::ApiError &error);
    // A look's answer, as the server sent it, before ended() if it ended: the tables showing the
    // work update its row, so that a row is never "running" beside a notification of its end.
    void jobLookedAt(const BatchDeck::Job &job);
    void batchLookedAt(const BatchDeck::Batch &batch);
    // The first look found `work` ended already: no end was seen happening, so none is told. It
    // is no longer watched.
    void endedBeforeWatched(const BatchDeck::WatchedWork &work, const QString &finalStatus);
    // A look failed; the next waits `nextDelayMs`.
    void lookFailed(const BatchDeck::WatchedWork &work, const BatchDeck::ApiError &error,
                    int nextDelayMs);

private:
    struct Entry
    {
        WatchedWork work;
        int delayMs = 0;
        qint64 dueAtMs = 0; // on m_clock
    };

    qsizetype indexOf(const QString &id) const;
    int maxDelayMs() const;
    // Starts the look that is due, or the timer until one is; nothing while a look is under way.
    void scheduleNext();
    void lookAt(const WatchedWork &work);
    void onAnswer(const QString &id, const QString &status, const QString &errorMessage,
                  const ApiError &error);
    void abortLook();

    ApiClient *m_client;
    QList<Entry> m_entries; // in the order watched
    int m_intervalMs = DefaultIntervalMs;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QPointer<ApiCall> m_call;
    // After failed looks: the wait, and when it ends (on m_clock); 0 once a look succeeds.
    int m_failureDelayMs = 0;
    qint64 m_pausedUntilMs = 0;
};

} // namespace BatchDeck
