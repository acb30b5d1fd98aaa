#include "app/shell/autorefresh.h"

#include "app/common/appsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace BatchDeck {

AutoRefresh::AutoRefresh(QMenu *intervalMenu, QAction *toggle, QObject *parent)
    : QObject(parent)
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
            m_timer.setInterval(seconds * 1000);
        });
    }
    m_timer.setInterval(savedInterval * 1000);
    connect(toggle, &QAction::toggled, this,
            [this](bool on) { on ? m_timer.start() : m_timer.stop(); });
    connect(&m_timer, &QTimer::timeout, this, &AutoRefresh::due);
}

} // namespace BatchDeck
