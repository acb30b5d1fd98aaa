#include "app/watch/watchtoggle.h"

#include "app/watch/watchcontroller.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QMenu>
#include <QPushButton>

#include <algorithm>

namespace BatchDeck {

namespace {

// The translation context of the watching words, where lupdate can see it.
struct WatchWords
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::WatchWords)
};

} // namespace

QString watchActionText(bool watched)
{
    return watched ? WatchWords::tr("Stop &Watching") : WatchWords::tr("&Watch");
}

QString watchActionToolTip(bool watched, bool finished)
{
    if (watched)
        return WatchWords::tr("Stop the notification when this ends");
    if (finished)
        return WatchWords::tr("This has ended: there is nothing left to watch");
    return WatchWords::tr("Get a desktop notification when this ends");
}

QAction *addWatchMenuAction(QMenu *menu, WatchController *watch, const QList<WatchedWork> &selected)
{
    const bool allWatched = !selected.isEmpty()
        && std::all_of(selected.cbegin(), selected.cend(),
                       [watch](const WatchedWork &work) { return watch->isWatched(work.id); });
    QList<WatchedWork> unfinished;
    for (const WatchedWork &work : selected) {
        if (!work.isFinishedStatus(work.lastStatus))
            unfinished.append(work);
    }
    QAction *action = menu->addAction(watchActionText(allWatched));
    action->setObjectName(QStringLiteral("watchAction"));
    action->setCheckable(true);
    action->setChecked(allWatched);
    action->setEnabled(allWatched || !unfinished.isEmpty());
    action->setToolTip(watchActionToolTip(allWatched, unfinished.isEmpty()));
    QObject::connect(action, &QAction::triggered, watch, [watch, allWatched, selected, unfinished] {
        if (!allWatched) {
            watch->watchAll(unfinished);
            return;
        }
        for (const WatchedWork &work : selected)
            watch->setWatched(work, false);
    });
    return action;
}

WatchToggle::WatchToggle(QBoxLayout *layout, int position, QWidget *dialog)
    : QObject(dialog)
    , m_watch(WatchController::of(dialog->parentWidget()))
    , m_button(new QPushButton(dialog))
{
    m_button->setObjectName(QStringLiteral("watchButton"));
    m_button->setCheckable(true);
    m_button->setAutoDefault(false);
    layout->insertWidget(position, m_button);
    m_button->setVisible(!m_watch.isNull());
    connect(m_button, &QPushButton::clicked, this, [this](bool checked) {
        if (m_watch && m_hasWork)
            m_watch->setWatched(m_work, checked);
        update(); // also when the watch refused (not connected)
    });
    if (m_watch)
        connect(m_watch->marks(), &WatchMarks::changed, this, &WatchToggle::update);
    update();
}

void WatchToggle::setWork(const WatchedWork &work)
{
    const bool first = !m_hasWork || work.id != m_work.id;
    m_work = work;
    m_hasWork = true;
    if (first && m_watch)
        m_watch->markSeen(work.id); // its details are open: its end is seen
    update();
}

void WatchToggle::update()
{
    const bool watched = m_watch && m_hasWork && m_watch->isWatched(m_work.id);
    const bool finished = m_hasWork && m_work.isFinishedStatus(m_work.lastStatus);
    m_button->setChecked(watched);
    m_button->setText(watchActionText(watched));
    m_button->setToolTip(watchActionToolTip(watched, finished));
    m_button->setEnabled(m_hasWork && (watched || !finished));
}

} // namespace BatchDeck
