#include "app/shell/autorefresh.h"

#include "app/common/appsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

#include <algorithm>

namespace BatchDeck {

AutoRefresh::AutoRefresh(QMenu *intervalMenu, QAction *toggle, QObject *parent)
    : QObject(parent)
    , m_toggle(toggle)
{
    auto *intervals = new QActionGroup(this);
    const int savedInterval = AppSettings().autoRefreshSeconds();
    for (int seconds : {5, 10, 30, 60}) {
        QAction *action = intervalMenu->addAction(seconds < 60 ? tr("Every %1 seconds").arg(seconds)
                                                               : tr("Every minute"));
        action->setCheckable(true);
        action->setChecked(seconds == savedInterval);
        intervals->addAction(action);
        connect(action, &QAction::triggered, this, [this, seconds] {
            AppSettings().saveAutoRefreshSeconds(seconds);
            // setInterval() restarts a running timer: the countdown starts over, as shown.
            m_timer.setInterval(seconds * 1000);
            if (m_timer.isActive())
                m_tick.start();
            Q_EMIT scheduleChanged();
        });
    }
    m_timer.setInterval(savedInterval * 1000);
    // Precise: a coarse timer may end up to 5 % late, and the countdown would start at "6 s"
    // for an interval of five.
    m_timer.setTimerType(Qt::PreciseTimer);
    // The ticks start with each interval, so that the countdown steps in time with it. Precise,
    // too: a coarse tick may come early.
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(1000);
    connect(toggle, &QAction::toggled, this, [this](bool on) {
        m_waiting = false;
        if (on) {
            m_timer.start();
            m_tick.start();
        } else {
            m_timer.stop();
            m_tick.stop();
        }
        Q_EMIT scheduleChanged();
    });
    connect(&m_timer, &QTimer::timeout, this, &AutoRefresh::onIntervalEnded);
    connect(&m_tick, &QTimer::timeout, this, &AutoRefresh::onTick);
}

void AutoRefresh::onIntervalEnded()
{
    if (m_paused && m_paused()) {
        // Wait, ticking, rather than skip a whole interval: the refresh comes when it may.
        m_timer.stop();
        m_waiting = true;
        Q_EMIT scheduleChanged();
        return;
    }
    // The countdown starts over now, shown at once: the ticks came in their own time, and one
    // just before the interval ended would leave "1 s" on screen for a second after the refresh.
    m_tick.start();
    Q_EMIT scheduleChanged();
    Q_EMIT due();
}

void AutoRefresh::onTick()
{
    if (m_waiting && !(m_paused && m_paused())) {
        m_waiting = false;
        m_timer.start();
        Q_EMIT scheduleChanged();
        Q_EMIT due();
        return;
    }
    Q_EMIT scheduleChanged();
}

int AutoRefresh::secondsUntilNext() const
{
    if (m_waiting || !m_timer.isActive())
        return 0;
    return std::clamp((m_timer.remainingTime() + 999) / 1000, 1, intervalSeconds());
}

QString AutoRefresh::statusText() const
{
    if (!isOn())
        return {};
    if (m_waiting)
        return tr("Auto-refresh waits");
    return tr("Auto-refresh in %1 s").arg(secondsUntilNext());
}

QString AutoRefresh::statusToolTip() const
{
    if (!isOn())
        return {};
    const QString every = intervalSeconds() < 60
        ? tr("The list refreshes every %1 seconds.").arg(intervalSeconds())
        : tr("The list refreshes every minute.");
    QStringList sentences {every};
    if (m_waiting) {
        sentences.append(tr("This refresh waits until no menu or dialog is open and no filter "
                            "is being typed."));
    }
    sentences.append(tr("View › Auto-refresh (%1) turns it off.")
                         .arg(m_toggle->shortcut().toString(QKeySequence::NativeText)));
    return sentences.join(u' ');
}

} // namespace BatchDeck
