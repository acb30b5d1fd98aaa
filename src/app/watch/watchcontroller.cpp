#include "app/watch/watchcontroller.h"

#include "app/common/appsettings.h"
#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "app/watch/desktopnotifier.h"
#include "app/watch/workending.h"
#include "core/api/apiclient.h"

#include <QApplication>
#include <QWidget>

namespace BatchDeck {

namespace {

qsizetype indexOfId(const QStringList &ids, const QString &id)
{
    for (qsizetype index = 0; index < ids.size(); ++index) {
        if (sameId(ids.at(index), id))
            return index;
    }
    return -1;
}

} // namespace

WatchController::WatchController(ApiClient *client, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_watcher(client)
    , m_notifier(new DesktopNotifier(this))
{
    setObjectName(QStringLiteral("watchController"));
    connect(&m_watcher, &WorkWatcher::ended, this, &WatchController::onEnded);
    connect(&m_watcher, &WorkWatcher::gone, this,
            [this](const WatchedWork &work, const ApiError &) { onGone(work); });
    connect(&m_watcher, &WorkWatcher::watchedChanged, this, &WatchController::onWatchedChanged);
    connect(&m_watcher, &WorkWatcher::endedBeforeWatched, this,
            &WatchController::onEndedBeforeWatched);
    connect(m_notifier, &DesktopNotifier::activated, this, [this](const QString &id) {
        Q_EMIT openRequested(id, m_toldScopes.value(id.toLower()));
    });
    connect(m_notifier, &DesktopNotifier::windowMessage, this, &WatchController::message);
}

WatchController::~WatchController() = default;

WatchController *WatchController::of(const QWidget *widget)
{
    for (const QWidget *at = widget; at; at = at->parentWidget()) {
        if (auto *controller =
                at->findChild<WatchController *>(QString(), Qt::FindDirectChildrenOnly))
            return controller;
    }
    return nullptr;
}

void WatchController::setServer(const QString &server)
{
    if (server == m_server)
        return;
    // The old server's list stays saved as it is; the new one's is read.
    m_switching = true;
    m_watcher.clear();
    // A click on a notification of the old server's work must not ask the new one about it.
    m_notifier->forgetShown();
    m_toldScopes.clear();
    m_server = server;
    const AppSettings settings;
    m_unseen = server.isEmpty() ? QStringList() : settings.unseenEndings(server);
    m_watcher.restore(server.isEmpty() ? QList<WatchedWork>()
                                       : WatchedWork::listFromJson(settings.watchedWork(server)));
    m_switching = false;
    m_marks.setEndedUnseen(m_unseen);
}

void WatchController::setIntervalSeconds(int seconds)
{
    if (seconds == m_intervalSeconds)
        return;
    m_intervalSeconds = seconds;
    m_watcher.setIntervalMs(seconds * 1000);
}

bool WatchController::isWatched(const QString &id) const
{
    return m_watcher.isWatching(id);
}

void WatchController::setWatched(const WatchedWork &work, bool watched)
{
    if (m_server.isEmpty())
        return; // not connected: there is nobody to ask
    if (watched)
        m_watcher.watch(work);
    else
        m_watcher.unwatch(work.id);
}

int WatchController::watchAll(const QList<WatchedWork> &work)
{
    if (m_server.isEmpty())
        return 0;
    int added = 0;
    m_watchingMany = true;
    for (const WatchedWork &each : work) {
        if (m_watcher.isWatching(each.id))
            continue;
        m_watcher.watch(each);
        ++added;
    }
    m_watchingMany = false;
    if (added > 0)
        onWatchedChanged();
    return added;
}

void WatchController::watchAllInView()
{
    if (m_server.isEmpty())
        return;
    const qsizetype before = m_watcher.watched().size();
    Q_EMIT watchAllInViewRequested();
    const int added = int(m_watcher.watched().size() - before);
    Q_EMIT message(added > 0 ? tr("Watching %n more of this list: BatchDeck tells you when each "
                                  "ends.",
                                  nullptr, added)
                             : tr("Nothing in this list is running that is not watched already."));
}

void WatchController::markSeen(const QString &id)
{
    const qsizetype index = indexOfId(m_unseen, id);
    if (index < 0)
        return;
    m_unseen.removeAt(index);
    saveUnseen();
    m_marks.setEndedUnseen(m_unseen);
}

void WatchController::onEnded(const WatchedWork &work, const QString &finalStatus,
                              const QString &errorMessage)
{
    if (indexOfId(m_unseen, work.id) < 0)
        m_unseen.append(work.id);
    saveUnseen();
    m_marks.setEndedUnseen(m_unseen);
    m_toldScopes.insert(work.id.toLower(), work.scope);
    const WorkEnding ending = WorkEnding::of(work, finalStatus, errorMessage);
    m_notifier->notify(work.id, ending.title, ending.body);
    // The task bar's own sign, for a window behind others or minimised.
    if (m_window && !m_window->isActiveWindow())
        QApplication::alert(m_window);
}

void WatchController::onGone(const WatchedWork &work)
{
    Q_EMIT message(shownText(
        tr("Stopped watching %1: the server no longer knows it.").arg(WorkEnding::nameOf(work))));
}

void WatchController::onEndedBeforeWatched(const WatchedWork &work, const QString &finalStatus)
{
    // No end happened while it was watched (its row was older than the server's state): no
    // notification and no mark, but a word, as it is no longer watched.
    Q_EMIT message(shownText(tr("%1 had already ended (%2) when watching began: there is nothing "
                                "to watch.")
                                 .arg(WorkEnding::nameOf(work), statusWord(finalStatus))));
}

void WatchController::onWatchedChanged()
{
    if (m_watchingMany)
        return; // once, at the end
    QStringList ids;
    const QList<WatchedWork> watched = m_watcher.watched();
    for (const WatchedWork &work : watched)
        ids.append(work.id);
    m_marks.setWatched(ids);
    if (!m_switching && !m_server.isEmpty())
        AppSettings().saveWatchedWork(m_server, WatchedWork::toJson(watched));
}

void WatchController::saveUnseen()
{
    if (!m_switching && !m_server.isEmpty())
        AppSettings().saveUnseenEndings(m_server, m_unseen);
}

} // namespace BatchDeck
