#include "app/indexviews/stuckview.h"

#include "app/common/appsettings.h"
#include "app/common/servertext.h"
#include "app/common/tablecells.h"
#include "app/export/exportrunner.h"
#include "app/index/indexcontroller.h"
#include "app/indexviews/indexviewparts.h"
#include "app/jobs/jobdetailsdialog.h"
#include "app/watch/tablewatch.h"
#include "app/watch/watchcontroller.h"
#include "core/catalog/namecatalog.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace BatchDeck {

StuckView::StuckView(const ShellServices &services, IndexController *index, QObject *parent)
    : ListView(parent)
    , m_services(services)
    , m_index(index)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_panel(new QWidget(services.window))
    , m_threshold(new QSpinBox(m_panel))
    , m_table(new QTableView(services.window))
{
    m_panel->setObjectName(QStringLiteral("stuckSidebar"));
    auto *layout = new QVBoxLayout(m_panel);
    auto *form = new QFormLayout;
    m_threshold->setObjectName(QStringLiteral("stuckThreshold"));
    m_threshold->setRange(AppSettings::MinStuckAfterMinutes, AppSettings::MaxStuckAfterMinutes);
    m_threshold->setSuffix(tr(" min"));
    m_threshold->setValue(AppSettings().stuckAfterMinutes());
    m_threshold->setToolTip(tr("Unfinished work whose counts have not moved for this long is "
                               "stuck"));
    form->addRow(tr("&No progress for:"), m_threshold);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Pending, dispatched, throttled and running jobs and batches, as "
                               "of the index's last sync."),
                            m_panel);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch();
    connect(m_threshold, &QSpinBox::valueChanged, this, [this](int minutes) {
        AppSettings().saveStuckAfterMinutes(minutes);
        load();
    });

    m_table->setObjectName(QStringLiteral("stuckTable"));
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(TableRoles::RawValueRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StuckModel::WithoutProgressFor, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move within it
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Stuck jobs and batches"));
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(m_proxy->mapToSource(index).row()); });
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &StuckView::showRowMenu);
    auto *copy = new QAction(m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &StuckView::copySelectedIds);
    m_table->addAction(copy);
    const auto workOfRow = [this](const QModelIndex &index) {
        return workOf(m_proxy->mapToSource(index).row());
    };
    // This view's, as it reads this view's rows: the table is the window's, and may outlive it.
    m_watch = new TableWatch(
        m_table, workOfRow,
        [this](WatchController *watch) { m_model.setWatchMarks(watch->marks()); }, this);
    connect(index, &IndexController::changed, this, [this] {
        if (m_shown)
            load();
    });
}

StuckView::~StuckView() = default;

QString StuckView::title() const
{
    return tr("Stuck");
}

QString StuckView::toolTip() const
{
    return tr("Unfinished jobs and batches whose counts have not moved for a while");
}

QWidget *StuckView::filterPanel()
{
    return m_panel;
}

QWidget *StuckView::table()
{
    return m_table;
}

void StuckView::connectToServer(bool shown)
{
    m_jobDetails.closeAll();
    m_batchDetails.closeAll();
    m_model.setRows({}, {}, {});
    m_shown = shown;
    // Counted at once, so the switch shows how many there are before the view is opened.
    load();
}

void StuckView::activate()
{
    m_watch->attach();
    m_shown = true;
    load();
}

void StuckView::refresh()
{
    m_index->syncNow();
    load();
}

void StuckView::autoRefresh()
{
    load();
}

void StuckView::load()
{
    m_error.clear();
    QList<IndexedJob> jobs;
    QList<IndexedBatch> batches;
    const QDateTime now = m_index->now();
    if (m_index->isAvailable()) {
        IndexReader reader(m_index->database());
        const qint64 stuckAfterMs = qint64(m_threshold->value()) * 60'000;
        if (!reader.stuckJobs(now, stuckAfterMs, &jobs)
            || !reader.stuckBatches(now, stuckAfterMs, &batches)) {
            m_error = reader.errorString();
            Q_EMIT loadFailed(indexReadError(m_error));
            return;
        }
    }
    m_model.setRows(jobs, batches, now);
    m_loaded = QDateTime::currentDateTimeUtc();
    Q_EMIT totalChanged(m_index->isAvailable() ? std::optional<qint64>(jobs.size() + batches.size())
                                               : std::nullopt);
    Q_EMIT pageShown();
}

ListState StuckView::state() const
{
    PagingState paging;
    paging.kind = PagingState::Kind::Offset;
    paging.pageSize = std::max(1, m_model.rowCount());
    paging.pageCount = 1;
    paging.rowCount = m_model.rowCount();
    paging.total = m_model.rowCount();
    paging.noRowsText = tr("Nothing stuck");
    paging.noRowsOfTotalText = tr("Nothing stuck of %1");
    std::optional<ApiError> error;
    if (!m_error.isEmpty())
        error = indexReadError(m_error);
    return {paging, m_loaded, m_model.rowCount() == 0, QString(), error};
}

QString StuckView::emptyText() const
{
    if (!m_index->isEnabled())
        return tr("<h3>The local index is off</h3>Stuck work is found from the history the index "
                  "keeps: turn on <b>Index › Keep a Local Index</b>.");
    if (!m_index->isAvailable())
        return tr("<h3>The local index cannot be used</h3>%1")
            .arg(shownText(m_index->problem()).toHtmlEscaped());
    return tr("<h3>Nothing is stuck</h3>No unfinished job or batch has gone %n minute(s) without "
              "progress.",
              nullptr, m_threshold->value());
}

QString StuckView::searchUnavailableReason() const
{
    return tr("Stuck work is a short list: search the All jobs view instead");
}

void StuckView::openCurrent()
{
    openRow(m_proxy->mapToSource(m_table->currentIndex()).row());
}

void StuckView::openRow(int row)
{
    const StuckModel::Row *stuck = m_model.rowAt(row);
    if (!stuck)
        return;
    if (const auto *indexed = std::get_if<IndexedJob>(stuck)) {
        const Job job = indexed->job;
        m_jobDetails.open(job.id, [this, &job] {
            return new JobDetailsDialog(m_services.client, job, m_index->scope(), m_services.window,
                                        m_services.catalog);
        });
        return;
    }
    const Batch batch = std::get<IndexedBatch>(*stuck).batch;
    m_batchDetails.open(batch.id, [this, &batch] {
        return new BatchDetailsDialog(m_services.client, batch, m_index->scope(),
                                      m_services.window);
    });
}

void StuckView::openExportDialog()
{
    QList<Job> jobs;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (const auto *indexed = std::get_if<IndexedJob>(m_model.rowAt(row)))
            jobs.append(indexed->job);
    }
    ExportRunner *runner = m_services.exportRunner;
    const ExportChoices::Write writeAll = [runner, jobs](const QString &path,
                                                         const CsvOptions &options) {
        runner->exportJobs(jobs, path, options);
    };
    openIndexExportDialog(m_services.window, jobs.size(), int(jobs.size()), 0,
                          {writeAll, writeAll, writeAll});
}

QList<int> StuckView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

std::optional<WatchedWork> StuckView::workOf(int row) const
{
    const StuckModel::Row *stuck = m_model.rowAt(row);
    if (!stuck)
        return std::nullopt;
    const auto directoryName = [this](const QString &id) {
        return id.isEmpty() ? QString() : m_services.catalog->directoryName(id);
    };
    if (const auto *indexed = std::get_if<IndexedJob>(stuck)) {
        const Job &job = indexed->job;
        return WatchedWork::ofJob(job, WatchedWork::scopeOfProject(job.projectId),
                                  directoryName(job.directoryId));
    }
    const Batch &batch = std::get<IndexedBatch>(*stuck).batch;
    return WatchedWork::ofBatch(batch, WatchedWork::scopeOfProject(batch.projectId),
                                directoryName(batch.sourceDirectoryId));
}

void StuckView::showRowMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), index.parent()))
        m_table->selectRow(index.row());
    const int row = m_proxy->mapToSource(index).row();
    const int count = int(selectedRows().size());
    // popup(), not exec(): no nested event loop. The words are the job and batch tables'.
    auto *menu = new QMenu(m_table);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Open details"), this, [this, row] { openRow(row); });
    m_watch->addMenuAction(menu);
    menu->addSeparator();
    menu->addAction(count > 1 ? tr("&Copy %n IDs", nullptr, count) : tr("&Copy ID"),
                    QKeySequence::Copy, this, &StuckView::copySelectedIds);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void StuckView::copySelectedIds() const
{
    QStringList ids;
    for (int row : selectedRows()) {
        if (const std::optional<WatchedWork> work = workOf(row))
            ids.append(work->id);
    }
    if (!ids.isEmpty())
        copyToClipboard(ids.join(u'\n'));
}

} // namespace BatchDeck
