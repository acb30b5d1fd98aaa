#pragma once

#include "app/watch/watchmarks.h"
#include "core/watch/workwatcher.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

class QWidget;

namespace BatchDeck {

class ApiClient;
class DesktopNotifier;

// Watching in the window: the WorkWatcher of the connected server, the desktop notification when
// watched work ends, the marks the tables show (watched; ended and not yet seen), and what is
// remembered across restarts (AppSettings, per server). A click on a notification asks the
// window to open the work's details (openRequested(), with the work's own scope).
//
// Made as a child of the window, where the tables and details dialogs find it (of()), so that
// each offers watching without every view passing it on.
class WatchController : public QObject
{
    Q_OBJECT

public:
    WatchController(ApiClient *client, QWidget *window);
    ~WatchController() override;

    // The controller of the window `widget` is in (a dialog: of its parent); null outside one.
    static WatchController *of(const QWidget *widget);

    // The server whose work is watched, as a key naming it (its address); empty when none is
    // connected. Each server has its own list: work of another is neither asked nor shown.
    void setServer(const QString &server);
    const QString &server() const { return m_server; }
    // The time between looks at one piece of work: the window's auto-refresh interval.
    void setIntervalSeconds(int seconds);

    bool isWatched(const QString &id) const;
    void setWatched(const WatchedWork &work, bool watched);
    // Watches each of `work` not watched yet (the caller leaves out finished work); returns
    // how many that was.
    int watchAll(const QList<WatchedWork> &work);
    // The end of `id` was seen (its row selected, its details opened): its mark goes.
    void markSeen(const QString &id);
    QStringList unseenEndings() const { return m_unseen; }
    // View › Watch All Running in View: the list on screen watches its unfinished rows
    // (watchAllInViewRequested()), and the status bar says how many.
    void watchAllInView();

    const WatchMarks *marks() const { return &m_marks; }
    WorkWatcher &watcher() { return m_watcher; }
    DesktopNotifier &notifier() { return *m_notifier; }

Q_SIGNALS:
    // The person clicked the notification of `id`: the window opens its details.
    void openRequested(const QString &id, const BatchDeck::ProjectScope &scope);
    // For the list on screen, from watchAllInView(): each table that is visible calls watchAll().
    void watchAllInViewRequested();
    // A sentence for the status bar: a notification no desktop service could show, how many
    // were watched, work the server no longer knows.
    void message(const QString &text);

private:
    void onEnded(const WatchedWork &work, const QString &finalStatus, const QString &errorMessage);
    void onGone(const WatchedWork &work);
    void onEndedBeforeWatched(const WatchedWork &work, const QString &finalStatus);
    void onWatchedChanged();
    void saveUnseen();

    QWidget *m_window;
    WorkWatcher m_watcher;
    WatchMarks m_marks;
    DesktopNotifier *m_notifier;
    QString m_server;
    QStringList m_unseen;
    // The scope of each end told this session, by lower-case ID: a click on its notification
    // asks with it.
    QHash<QString, ProjectScope> m_toldScopes;
    int m_intervalSeconds = 0;
    bool m_switching = false; // between servers: nothing is saved
    bool m_watchingMany = false; // in watchAll(): the list is saved once, at its end
};

} // namespace BatchDeck
