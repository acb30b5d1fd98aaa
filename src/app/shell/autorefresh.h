#pragma once

#include <QObject>
#include <QTimer>

class QAction;
class QMenu;

namespace BatchDeck {

// View > Auto-refresh and its interval menu. Off at every start; the interval is remembered.
class AutoRefresh : public QObject
{
    Q_OBJECT

public:
    AutoRefresh(QMenu *intervalMenu, QAction *toggle, QObject *parent);

Q_SIGNALS:
    // Time to refresh, unless the window is busy (the receiver decides).
    void due();

private:
    QTimer m_timer;
};

} // namespace BatchDeck
