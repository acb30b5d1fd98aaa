#include "app/batches/batchtableview.h"

#include "app/batches/batchtablemodel.h"
#include "app/common/appsettings.h"
#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "app/common/tablecells.h"
#include "app/common/tabledelegates.h"
#include "app/watch/watchcontroller.h"
#include "app/watch/watchtoggle.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

#include <algorithm>

namespace BatchDeck {

BatchTableView::BatchTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("batchTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false); // Tab leaves the table, the arrows move within it
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle); // IDs differ at both ends
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    setItemDelegateForColumn(BatchTableModel::Status, new StatusBadgeDelegate(this));
    connect(this, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const Batch *batch = m_model ? m_model->batchAt(index.row()) : nullptr)
            Q_EMIT openRequested(*batch);
    });
}

void BatchTableView::setBatchModel(BatchTableModel *model)
{
    m_model = model;
    setModel(model);
    setColumnWidth(BatchTableModel::Status, statusColumnWidth(fontMetrics()));
    setColumnWidth(BatchTableModel::Id, compactIdColumnWidth(fontMetrics()));
    setColumnWidth(BatchTableModel::JobType, jobTypeColumnWidth(fontMetrics()));
    setColumnWidth(BatchTableModel::Configuration, 170);
    setColumnWidth(BatchTableModel::SourceDirectory, 190);
    setColumnWidth(BatchTableModel::Project, 190);
    setColumnWidth(BatchTableModel::Created, 110);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BatchTableView::markSelectionSeen);
}

const Batch *BatchTableView::currentBatch() const
{
    return m_model ? m_model->batchAt(currentIndex().row()) : nullptr;
}

QStringList BatchTableView::selectedIds() const
{
    QStringList ids;
    if (!selectionModel())
        return ids;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows)
        ids << row.data(BatchTableModel::BatchIdRole).toString();
    return ids;
}

void BatchTableView::copySelectedIds() const
{
    const QStringList ids = selectedIds();
    if (!ids.isEmpty())
        copyToClipboard(ids.join(u'\n'));
}

void BatchTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelectedIds();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (const Batch *batch = currentBatch())
            Q_EMIT openRequested(*batch);
        return;
    }
    QTableView::keyPressEvent(event);
}

void BatchTableView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid() || !m_model)
        return;
    if (!selectionModel()->isRowSelected(index.row(), index.parent()))
        selectRow(index.row());
    const Batch batch = *m_model->batchAt(index.row());
    const int count = int(selectionModel()->selectedRows().size());
    // popup(), not exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Open details"), this, [this, batch] { Q_EMIT openRequested(batch); });
    attachWatch();
    if (m_watch)
        addWatchMenuAction(menu, m_watch, workOf(selectedBatches()));
    menu->addSeparator();
    menu->addAction(count > 1 ? tr("&Copy %n IDs", nullptr, count) : tr("&Copy ID"),
                    QKeySequence::Copy, this, &BatchTableView::copySelectedIds);
    menu->popup(event->globalPos());
}

QList<Batch> BatchTableView::selectedBatches() const
{
    QList<Batch> batches;
    for (const QString &id : selectedIds()) {
        if (const Batch *batch = m_model->batchAt(m_model->rowOf(id)))
            batches.append(*batch);
    }
    return batches;
}

QList<WatchedWork> BatchTableView::workOf(const QList<Batch> &rows) const
{
    QList<WatchedWork> work;
    for (const Batch &batch : rows) {
        // A row knows its batch's project, not the list's scope: that is its own calls' scope.
        work.append(WatchedWork::ofBatch(batch, WatchedWork::scopeOfProject(batch.projectId),
                                         m_model->directoryNameOf(batch)));
    }
    return work;
}

QList<WatchedWork> BatchTableView::unfinishedWork() const
{
    if (!m_model)
        return {};
    QList<WatchedWork> work = workOf(m_model->batches());
    work.removeIf([](const WatchedWork &each) { return each.isFinishedStatus(each.lastStatus); });
    return work;
}

void BatchTableView::attachWatch()
{
    if (m_watch || !m_model)
        return;
    m_watch = WatchController::of(this);
    if (!m_watch)
        return;
    m_model->setWatchMarks(m_watch->marks());
    connect(&m_watch->watcher(), &WorkWatcher::batchLookedAt, m_model,
            &BatchTableModel::updateBatch);
    connect(m_watch, &WatchController::watchAllInViewRequested, this, [this] {
        if (isVisible())
            m_watch->watchAll(unfinishedWork());
    });
}

void BatchTableView::markSelectionSeen()
{
    if (!m_watch || !m_model || !isVisible() || !window()->isActiveWindow())
        return;
    // The row the person is on, not every selected one: Ctrl+A to copy IDs sees nothing.
    if (const Batch *batch = currentBatch(); batch && selectionModel()->isSelected(currentIndex()))
        m_watch->markSeen(batch->id);
}

void BatchTableView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    attachWatch();
}

void BatchTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::ActivationChange)
        markSelectionSeen();
}

void BatchTableView::restoreColumns()
{
    horizontalHeader()->restoreState(AppSettings().batchesHeaderState());
}

void BatchTableView::saveColumns() const
{
    AppSettings().saveBatchesHeaderState(horizontalHeader()->saveState());
}

} // namespace BatchDeck
