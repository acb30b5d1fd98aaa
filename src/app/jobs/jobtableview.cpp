#include "app/jobs/jobtableview.h"

#include "app/common/appsettings.h"
#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "app/common/tablecells.h"
#include "app/common/tabledelegates.h"
#include "app/jobs/jobfilterproxymodel.h"
#include "app/jobs/jobtablemodel.h"
#include "app/watch/tablewatch.h"
#include "app/watch/watchcontroller.h"
#include "core/export/csvwriter.h"

#include <QBuffer>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>

#include <algorithm>
#include <iterator>

namespace BatchDeck {

JobTableView::JobTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false); // Tab leaves the table, the arrows move within it
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setStretchLastSection(true);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &JobTableView::showColumnMenu);
    connect(this, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const Job *job = jobAt(index))
            Q_EMIT openRequested(*job);
    });
    const auto workOfRow = [this](const QModelIndex &index) -> std::optional<WatchedWork> {
        const Job *job = jobAt(index);
        if (!job)
            return std::nullopt;
        // A row knows its job's project, not the list's scope: that is its own calls' scope.
        return WatchedWork::ofJob(*job, WatchedWork::scopeOfProject(job->projectId),
                                  m_model->directoryNameOf(*job));
    };
    m_watch = new TableWatch(this, workOfRow, [this](WatchController *watch) {
        m_model->setWatchMarks(watch->marks());
        connect(&watch->watcher(), &WorkWatcher::jobLookedAt, m_model, &JobTableModel::updateJob);
    });
}

void JobTableView::setModels(JobTableModel *model, JobFilterProxyModel *proxy)
{
    m_model = model;
    m_proxy = proxy;
    proxy->setSourceModel(model);
    setModel(proxy);
    setItemDelegateForColumn(JobTableModel::Status, new StatusBadgeDelegate(this));
    setItemDelegateForColumn(JobTableModel::Progress, new ProgressDelegate(this));

    const int idWidth = compactIdColumnWidth(fontMetrics());
    const std::pair<int, int> widths[] = {{JobTableModel::Id, idWidth},
                                          {JobTableModel::Type, jobTypeColumnWidth(fontMetrics())},
                                          {JobTableModel::Status, statusColumnWidth(fontMetrics())},
                                          {JobTableModel::Progress, 140},
                                          {JobTableModel::Total, 60},
                                          {JobTableModel::Processed, 75},
                                          {JobTableModel::Failed, 55},
                                          {JobTableModel::Skipped, 60},
                                          {JobTableModel::Created, 95},
                                          {JobTableModel::Duration, 95},
                                          {JobTableModel::Directory, 220},
                                          {JobTableModel::Error, 300}};
    for (const auto &[column, width] : widths)
        setColumnWidth(column, width);
    for (int column : {JobTableModel::Started, JobTableModel::Completed, JobTableModel::Updated,
                       JobTableModel::Project, JobTableModel::JobRecord, JobTableModel::Workflow})
        setColumnHidden(column, true);
    sortByColumn(JobTableModel::Created, Qt::DescendingOrder);

    // What a 1024-pixel screen must show comes first: which job, how it stands, when, and why it
    // failed; the type, the counts, the duration and the directory follow.
    QHeaderView *header = horizontalHeader();
    const int order[] = {JobTableModel::Id,      JobTableModel::Status,   JobTableModel::Progress,
                         JobTableModel::Created, JobTableModel::Error,    JobTableModel::Type,
                         JobTableModel::Failed,  JobTableModel::Total,    JobTableModel::Processed,
                         JobTableModel::Skipped, JobTableModel::Duration, JobTableModel::Directory};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    connect(header, &QHeaderView::sectionMoved, this, &JobTableView::saveColumns);
    connect(header, &QHeaderView::sectionResized, this, &JobTableView::saveColumns);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &JobTableView::saveColumns);
}

void JobTableView::restoreColumns()
{
    const QByteArray state = AppSettings().jobsHeaderState();
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
}

void JobTableView::saveColumns() const
{
    AppSettings().saveJobsHeaderState(horizontalHeader()->saveState());
}

const Job *JobTableView::jobAt(const QModelIndex &proxyIndex) const
{
    if (!m_proxy || !proxyIndex.isValid())
        return nullptr;
    return m_model->jobAt(m_proxy->mapToSource(proxyIndex).row());
}

const Job *JobTableView::currentJob() const
{
    return jobAt(currentIndex());
}

QList<Job> JobTableView::shownJobs() const
{
    QList<Job> jobs;
    for (int row = 0; m_proxy && row < m_proxy->rowCount(); ++row) {
        if (const Job *job = jobAt(m_proxy->index(row, 0)))
            jobs << *job;
    }
    return jobs;
}

QList<Job> JobTableView::selectedJobs() const
{
    QList<Job> jobs;
    if (!selectionModel())
        return jobs;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows) {
        if (const Job *job = jobAt(index))
            jobs << *job;
    }
    return jobs;
}

void JobTableView::copySelectedIds() const
{
    QStringList ids;
    for (const Job &job : selectedJobs())
        ids << job.id;
    if (!ids.isEmpty())
        copyToClipboard(ids.join(u'\n'));
}

void JobTableView::copySelectedAsCsv() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JobCsvWriter writer(&buffer, {});
    writer.writeHeader();
    for (const Job &job : selectedJobs())
        writer.writeJob(job);
    copyToClipboard(QString::fromUtf8(buffer.data()));
}

void JobTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelectedIds();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() == Qt::NoModifier) {
        if (const Job *job = currentJob())
            Q_EMIT openRequested(*job);
        return;
    }
    QTableView::keyPressEvent(event);
}

void JobTableView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    if (!selectionModel()->isRowSelected(index.row(), index.parent()))
        selectRow(index.row());
    const Job *job = jobAt(index);
    const int count = int(selectionModel()->selectedRows().size());
    // popup(), not exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Open details"), this, [this, job = *job] { Q_EMIT openRequested(job); });
    m_watch->addMenuAction(menu);
    menu->addSeparator();
    menu->addAction(count > 1 ? tr("&Copy %n IDs", nullptr, count) : tr("&Copy ID"),
                    QKeySequence::Copy, this, &JobTableView::copySelectedIds);
    menu->addAction(count > 1 ? tr("Copy %n rows as CS&V", nullptr, count) : tr("Copy row as CS&V"),
                    this, &JobTableView::copySelectedAsCsv);
    menu->popup(event->globalPos());
}

void JobTableView::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setTitle(tr("Columns"));
    int visible = 0;
    for (int column = 0; column < JobTableModel::ColumnCount; ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int visual = 0; visual < JobTableModel::ColumnCount; ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column cannot be hidden: a table with no columns is a dead end.
        action->setEnabled(!(action->isChecked() && visible == 1));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            setColumnHidden(column, !shown);
            if (shown && columnWidth(column) < 30)
                setColumnWidth(column, 120);
            saveColumns();
        });
    }
    menu->popup(header->viewport()->mapToGlobal(position));
}

} // namespace BatchDeck
