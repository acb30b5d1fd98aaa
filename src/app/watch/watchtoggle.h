#pragma once

#include "core/watch/watchedwork.h"

#include <QObject>
#include <QPointer>

class QAction;
class QBoxLayout;
class QMenu;
class QPushButton;
class QWidget;

namespace BatchDeck {

class WatchController;

// The Watch / Stop Watching button of a details dialog, in the words of the tables' menus.
// Opening the details of work whose end was not seen counts as seeing it. In a dialog outside
// a window that watches (a test's, say), the button stays hidden.
class WatchToggle : public QObject
{
    Q_OBJECT

public:
    // Puts the button into `layout` at `position`; `dialog` is the details dialog, whose parent
    // window's WatchController it uses.
    WatchToggle(QBoxLayout *layout, int position, QWidget *dialog);

    // The work the dialog shows, as it now stands.
    void setWork(const WatchedWork &work);
    QPushButton *button() const { return m_button; }

private:
    void update();

    QPointer<WatchController> m_watch;
    QPushButton *m_button;
    WatchedWork m_work;
    bool m_hasWork = false;
};

// The words of watching, the same in every table's menu and every details dialog.
QString watchActionText(bool watched);
QString watchActionToolTip(bool watched, bool finished);

// Adds a table's Watch / Stop Watching for its `selected` rows to `menu`: Stop Watching when
// every one is watched, else Watch for those not finished (disabled when all are).
QAction *addWatchMenuAction(QMenu *menu, WatchController *watch,
                            const QList<WatchedWork> &selected);

} // namespace BatchDeck
