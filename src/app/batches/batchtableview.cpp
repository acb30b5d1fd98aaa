#include "app/batches/batchtableview.h"

#include "app/batches/batchtablemodel.h"
#include "app/common/appsettings.h"
#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "app/common/tablecells.h"
#include "app/common/tabledelegates.h"
#include "app/watch/tablewatch.h"
#include "app/watch/watchcontroller.h"

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
    const auto workOfRow = [this](const QModelIndex &index) -> std::optional<WatchedWork> {
        const Batch *batch = m_model ? m_model->batchAt(index.row()) : nullptr;
        if (!batch)
            return std::nullopt;
        // A row knows its batch's project, not the list's scope: that is its own calls' scope.
        return WatchedWork::ofBatch(*batch, WatchedWork::scopeOfProject(batch->projectId),
                                    m_model->directoryNameOf(*batch));
    };
    m_watch = new TableWatch(this, workOfRow, [this](WatchController *watch) {
        m_model->setWatchMarks(watch->marks());
        connect(&watch->watcher(), &WorkWatcher::batchLookedAt, m_model,
                &BatchTableModel::updateBatch);
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
    m_watch->addMenuAction(menu);
    menu->addSeparator();
    menu->addAction(count > 1 ? tr("&Copy %n IDs", nullptr, count) : tr("&Copy ID"),
                    QKeySequence::Copy, this, &BatchTableView::copySelectedIds);
    menu->popup(event->globalPos());
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
