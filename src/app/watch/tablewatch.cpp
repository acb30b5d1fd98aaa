#include "app/watch/tablewatch.h"

#include "app/watch/watchcontroller.h"
#include "app/watch/watchtoggle.h"

#include <QAbstractItemView>
#include <QEvent>

#include <algorithm>
#include <utility>

namespace BatchDeck {

TableWatch::TableWatch(QAbstractItemView *table, WorkOfRow workOfRow, WhenAttached whenAttached,
                       QObject *parent)
    : QObject(parent ? parent : table)
    , m_table(table)
    , m_workOfRow(std::move(workOfRow))
    , m_whenAttached(std::move(whenAttached))
{
    // Shown: the table is in its window. WindowActivate: the window came to the front (a child
    // widget is told so; ActivationChange goes to the window alone).
    table->installEventFilter(this);
}

WatchController *TableWatch::attach()
{
    if (m_watch || !m_table || !m_table->selectionModel())
        return m_watch;
    m_watch = WatchController::of(m_table);
    if (!m_watch)
        return nullptr;
    m_whenAttached(m_watch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TableWatch::markCurrentSeen);
    connect(m_watch, &WatchController::watchAllInViewRequested, this, [this] {
        if (m_table && m_table->isVisible())
            m_watch->watchAll(unfinishedWork());
    });
    return m_watch;
}

void TableWatch::addMenuAction(QMenu *menu)
{
    if (WatchController *watch = attach())
        addWatchMenuAction(menu, watch, selectedWork());
}

bool TableWatch::eventFilter(QObject *object, QEvent *event)
{
    // Only the table is filtered. It is not compared with `object`: its events go on while it is
    // destroyed, when it is no longer a QAbstractItemView.
    if (event->type() == QEvent::Show)
        attach();
    else if (event->type() == QEvent::WindowActivate)
        markCurrentSeen();
    return QObject::eventFilter(object, event);
}

QList<WatchedWork> TableWatch::selectedWork() const
{
    if (!m_table)
        return {};
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<WatchedWork> work;
    for (const QModelIndex &row : std::as_const(rows)) {
        if (std::optional<WatchedWork> shown = m_workOfRow(row))
            work.append(*shown);
    }
    return work;
}

QList<WatchedWork> TableWatch::unfinishedWork() const
{
    QList<WatchedWork> work;
    const QAbstractItemModel *model = m_table ? m_table->model() : nullptr;
    for (int row = 0; model && row < model->rowCount(); ++row) {
        std::optional<WatchedWork> shown = m_workOfRow(model->index(row, 0));
        if (shown && !shown->isFinishedStatus(shown->lastStatus))
            work.append(*shown);
    }
    return work;
}

void TableWatch::markCurrentSeen()
{
    if (!m_watch || !m_table || !m_table->isVisible() || !m_table->window()->isActiveWindow())
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isSelected(current))
        return;
    if (std::optional<WatchedWork> shown = m_workOfRow(current))
        m_watch->markSeen(shown->id);
}

} // namespace BatchDeck
