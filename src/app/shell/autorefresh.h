#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QAction;
class QMenu;

namespace BatchDeck {

// View › Auto-refresh (off at every start) and its interval (remembered), and the countdown to
// the next refresh that the status bar shows. A refresh that falls due while the window must not
// move its rows (a menu or dialog open, a filter being typed: the pause check) waits, and comes as
// soon as that ends.
class AutoRefresh : public QObject
{
    Q_OBJECT

public:
    AutoRefresh(QMenu *intervalMenu, QAction *toggle, QObject *parent);

    // Asked when a refresh is due; while it answers true, the refresh waits.
    void setPauseCheck(std::function<bool()> paused) { m_paused = std::move(paused); }
    bool isOn() const { return m_timer.isActive() || m_waiting; }
    int intervalSeconds() const { return m_timer.interval() / 1000; }
    // Whole seconds until the next refresh, rounded up; 0 while one waits for a pause to end.
    int secondsUntilNext() const;
    // The status bar's words: "Auto-refresh in 7 s", "Auto-refresh waits", or empty when off;
    // and the tooltip that says what it does and how to turn it off.
    QString statusText() const;
    QString statusToolTip() const;

Q_SIGNALS:
    // Time to refresh: the pause check said no.
    void due();
    // Each second while on, and when it is turned on or off or its interval changes.
    void scheduleChanged();

private:
    void onIntervalEnded();
    void onTick();

    QAction *m_toggle;
    QTimer m_timer; // the interval
    QTimer m_tick; // each second while on, for the countdown and a waiting refresh
    bool m_waiting = false;
    std::function<bool()> m_paused;
};

} // namespace BatchDeck
