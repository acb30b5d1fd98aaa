#pragma once

#include "core/watch/watchedwork.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAbstractItemView;
class QMenu;
class QModelIndex;

namespace BatchDeck {

class WatchController;

// What watching adds to a table of jobs or batches, the same in every list that shows them: the
// window's WatchController, found once the table is in the window; Watch / Stop Watching in the
// table's context menu; the table's unfinished rows for View ▸ Watch All Running in View (when it
// is on screen); and the row the person is on, in the active window, counted as seen: when it
// becomes current, or when the window comes back to the front with it current.
//
// A table that is not in a window that watches (a test's, say) has none of these.
class TableWatch : public QObject
{
    Q_OBJECT

public:
    // The work a row shows, from an index of the table's own model; none for a row that is gone.
    using WorkOfRow = std::function<std::optional<WatchedWork>(const QModelIndex &)>;
    // Once, when the controller is found: the model shows its marks, and each look's answer
    // updates its row.
    using WhenAttached = std::function<void(WatchController *)>;

    // For `table`, whose model is set once, before it is shown. A child of `parent`, or of `table`
    // when none: what `workOfRow` and `whenAttached` read must live as long as it does.
    TableWatch(QAbstractItemView *table, WorkOfRow workOfRow, WhenAttached whenAttached,
               QObject *parent = nullptr);

    // The window's controller, found the first time the table is in a window that has one.
    WatchController *attach();
    // Watch / Stop Watching for the selected rows, when the window watches.
    void addMenuAction(QMenu *menu);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    // The rows in the table's order: selected ones, or every one not finished.
    QList<WatchedWork> selectedWork() const;
    QList<WatchedWork> unfinishedWork() const;
    // The ended row the person is on, while the window is active, has been seen: the current
    // row only, so that Ctrl+A to copy IDs sees nothing.
    void markCurrentSeen();

    QPointer<QAbstractItemView> m_table; // a parent other than the table may outlive it
    WorkOfRow m_workOfRow;
    WhenAttached m_whenAttached;
    QPointer<WatchController> m_watch;
};

} // namespace BatchDeck
