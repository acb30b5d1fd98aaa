#include "app/indexviews/failuresview.h"

#include "app/batches/batchdetailsdialog.h"
#include "app/common/servertext.h"
#include "app/export/exportrunner.h"
#include "app/index/indexcontroller.h"
#include "app/indexviews/faileditemsmode.h"
#include "app/indexviews/indexfilterpanel.h"
#include "app/indexviews/indexviewparts.h"
#include "app/jobs/jobdetailsdialog.h"
#include "app/jobs/jobtableview.h"
#include "core/jobs/jobenums.h"

#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace BatchDeck {

FailuresView::FailuresView(const ShellServices &services, IndexController *index, QObject *parent)
    : ListView(parent)
    , m_services(services)
    , m_index(index)
    , m_filters(new IndexFilterPanel({}, knownJobTypes(), services.window))
    , m_page(new QWidget(services.window))
    , m_kindBar(new QTabBar(m_page))
    , m_splitter(new QSplitter(Qt::Vertical, m_page))
    , m_groupsTable(new QTableView(m_splitter))
    , m_rows(new QStackedWidget(m_splitter))
    , m_jobsTable(new JobTableView(m_rows))
    , m_items(new FailedItemsMode(services.client, index, m_page))
{
    m_page->setObjectName(QStringLiteral("failuresPage"));
    m_kindBar->setObjectName(QStringLiteral("failuresKind"));
    m_kindBar->addTab(tr("Failed jobs"));
    m_kindBar->addTab(tr("Failed items and files"));
    m_kindBar->setTabToolTip(int(Kind::Jobs), tr("Failed jobs, grouped by their error"));
    m_kindBar->setTabToolTip(int(Kind::Items),
                             tr("The failed items of v1 jobs and the failed files of v2 batches, "
                                "grouped by their error"));
    m_kindBar->setDrawBase(false);
    m_rows->addWidget(m_jobsTable);
    m_rows->addWidget(m_items->table());
    auto *layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kindBar);
    layout->addWidget(m_items->fetchBar());
    layout->addWidget(m_splitter, 1);
    m_items->fetchBar()->hide();

    m_filters->setObjectName(QStringLiteral("failuresSidebar"));
    m_splitter->setObjectName(QStringLiteral("failuresSplitter"));
    m_groupsTable->setObjectName(QStringLiteral("failureGroupsTable"));
    m_jobsTable->setObjectName(QStringLiteral("failureJobsTable"));
    m_groupsTable->setModel(&m_groups);
    m_groupsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupsTable->setTabKeyNavigation(false); // Tab leaves the table, the arrows move within it
    m_groupsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupsTable->setWordWrap(false);
    m_groupsTable->verticalHeader()->hide();
    m_groupsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groupsTable->horizontalHeader()->setSectionResizeMode(FailureGroupsModel::Pattern,
                                                            QHeaderView::Stretch);
    // The pattern is what the view is about: the examples (long IDs, file names) give it room.
    for (const int column : {FailureGroupsModel::JobTypes, FailureGroupsModel::Example,
                             FailureGroupsModel::ExampleFile}) {
        m_groupsTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_groupsTable->setColumnWidth(column, m_groupsTable->fontMetrics().averageCharWidth() * 24);
    }
    // After setModel(): a new model shows every column again.
    m_groupsTable->setColumnHidden(FailureGroupsModel::ExampleFile, true);
    m_groupsTable->setAccessibleName(tr("Failure groups"));
    m_jobsTable->setModels(&m_jobs, &m_proxy);
    m_jobsTable->setAccessibleName(tr("Failed jobs of the selected group"));
    m_jobs.setNameCatalog(services.catalog);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    connect(m_groupsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const FailureGroup *group = m_groups.groupAt(current.row()))
                    m_selectedShape = group->shape;
                showSelectedGroup();
            });
    connect(m_filters, &IndexFilterPanel::filterChanged, this, [this] {
        load();
        Q_EMIT filterStateChanged();
    });
    connect(m_jobsTable, &JobTableView::openRequested, this, &FailuresView::openJob);
    connect(m_kindBar, &QTabBar::currentChanged, this,
            [this](int tab) { setKind(tab == int(Kind::Items) ? Kind::Items : Kind::Jobs); });
    connect(m_items, &FailedItemsMode::fetchRequested, this, &FailuresView::fetchFailedItems);
    connect(m_items, &FailedItemsMode::fetchFinished, this, [this] {
        if (m_shown)
            load();
    });
    connect(m_items, &FailedItemsMode::openRequested, this, &FailuresView::openItem);
    connect(index, &IndexController::changed, this, [this] {
        if (m_shown)
            load();
    });
    m_searchPause.setSingleShot(true);
    m_searchPause.setInterval(250);
    connect(&m_searchPause, &QTimer::timeout, this, [this] {
        m_text = m_searchText;
        load();
    });
}

FailuresView::~FailuresView() = default;

QString FailuresView::title() const
{
    return tr("Failures");
}

QString FailuresView::toolTip() const
{
    return tr("Failed jobs of the local index, grouped by the shape of their error message");
}

QWidget *FailuresView::filterPanel()
{
    return m_filters;
}

QWidget *FailuresView::table()
{
    return m_page;
}

FailedItemsModel &FailuresView::itemsModel()
{
    return m_items->model();
}

QString FailuresView::searchPlaceholder() const
{
    return m_kind == Kind::Items
        ? tr("Search failed items and files by words of their errors or names, or the start of "
             "an ID (Ctrl+F)")
        : tr("Search failed jobs by words of their errors, or the start of an ID (Ctrl+F)");
}

void FailuresView::setKind(Kind kind)
{
    if (m_kindBar->currentIndex() != int(kind))
        m_kindBar->setCurrentIndex(int(kind)); // comes back here
    if (m_kind == kind)
        return;
    m_kind = kind;
    const bool items = kind == Kind::Items;
    m_groups.setItems(items);
    // An item's example is its file (its job or batch is in the rows below); a job's, its ID.
    m_groupsTable->setColumnHidden(FailureGroupsModel::ExampleFile, !items);
    m_groupsTable->setColumnHidden(FailureGroupsModel::Example, items);
    m_items->fetchBar()->setVisible(items);
    m_rows->setCurrentIndex(items ? 1 : 0);
    m_groups.setGroups({});
    m_selectedShape.clear();
    if (m_shown)
        load();
    Q_EMIT filterStateChanged(); // the search's placeholder
}

void FailuresView::fetchFailedItems()
{
    m_items->startFetch(currentQuery());
}

void FailuresView::connectToServer(bool shown)
{
    m_details.closeAll();
    m_batchDetails.closeAll();
    m_items->clear();
    m_groups.setGroups({});
    m_jobs.setJobs({});
    m_selectedShape.clear();
    m_shown = shown;
    if (shown)
        load();
}

void FailuresView::activate()
{
    m_shown = true;
    load();
}

void FailuresView::refresh()
{
    m_index->syncNow();
    load();
}

void FailuresView::autoRefresh()
{
    load();
}

bool FailuresView::isBusy() const
{
    return m_searchPause.isActive() || m_items->isFetching();
}

IndexQuery FailuresView::currentQuery() const
{
    IndexQuery query;
    m_filters->applyTo(&query, QDateTime::currentDateTimeUtc());
    query.text = m_text;
    return query;
}

void FailuresView::load()
{
    m_error.clear();
    QList<FailureGroup> groups;
    if (m_kind == Kind::Items) {
        if (!m_items->readGroups(currentQuery(), &groups, &m_error)) {
            Q_EMIT loadFailed(indexReadError(m_error));
            return;
        }
    } else if (m_index->isAvailable()) {
        IndexReader reader(m_index->database());
        if (!reader.failureGroups(currentQuery(), &groups)) {
            m_error = reader.errorString();
            Q_EMIT loadFailed(indexReadError(m_error));
            return;
        }
    }
    m_groups.setGroups(groups);
    m_loaded = QDateTime::currentDateTimeUtc();
    // The group chosen stays chosen while the index grows; the largest is shown first.
    const int row = std::max(0, m_groups.rowOf(m_selectedShape));
    if (!groups.isEmpty())
        selectGroup(row);
    else
        showSelectedGroup();
    qint64 failed = 0;
    for (const FailureGroup &group : std::as_const(groups))
        failed += group.count;
    Q_EMIT totalChanged(m_index->isAvailable() ? std::optional<qint64>(failed) : std::nullopt);
    Q_EMIT pageShown();
}

void FailuresView::selectGroup(int row)
{
    const QModelIndex index = m_groups.index(row, 0);
    m_groupsTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (const FailureGroup *group = m_groups.groupAt(row))
        m_selectedShape = group->shape;
    showSelectedGroup();
}

void FailuresView::showSelectedGroup()
{
    const FailureGroup *group = m_groups.groupAt(m_groups.rowOf(m_selectedShape));
    if (m_kind == Kind::Items) {
        QString error;
        if (!m_items->showGroup(currentQuery(),
                                group ? std::optional<QString>(group->shape) : std::nullopt,
                                &error))
            Q_EMIT loadFailed(indexReadError(error));
        return;
    }
    if (!group || !m_index->isAvailable()) {
        m_jobs.setJobs({});
        return;
    }
    IndexQuery query = currentQuery();
    query.statuses = {QStringLiteral("failed")};
    query.errorShape = group->shape;
    query.limit = GroupJobsShown;
    QList<IndexedJob> rows;
    IndexReader reader(m_index->database());
    if (!reader.jobs(query, &rows)) {
        Q_EMIT loadFailed(indexReadError(reader.errorString()));
        return;
    }
    m_jobs.setJobs(jobsOf(std::move(rows)));
}

ListState FailuresView::state() const
{
    PagingState paging;
    paging.kind = PagingState::Kind::Offset;
    paging.pageSize = std::max(1, int(m_groups.groups().size()));
    paging.pageCount = 1;
    paging.rowCount = m_groups.groups().size();
    paging.total = m_groups.groups().size();
    paging.noRowsText = tr("No failures");
    paging.noRowsOfTotalText = tr("No failures of %1");
    std::optional<ApiError> error;
    if (!m_error.isEmpty())
        error = indexReadError(m_error);
    // Without groups, the items mode still shows its table: its bar offers the fetch.
    const bool empty =
        m_groups.groups().isEmpty() && !(m_kind == Kind::Items && m_items->fetchBarHasNews());
    return {paging, m_loaded, empty, QString(), error};
}

void FailuresView::showPage(int page)
{
    Q_UNUSED(page) // the groups are few: one page
}

void FailuresView::setPageSize(int pageSize)
{
    Q_UNUSED(pageSize)
}

QStringList FailuresView::filterDescription() const
{
    return m_filters->describe();
}

void FailuresView::resetFilters()
{
    m_filters->reset();
    load();
    Q_EMIT filterStateChanged();
}

QString FailuresView::emptyText() const
{
    if (!m_index->isEnabled())
        return tr("<h3>The local index is off</h3>Failures are grouped across every job in it: "
                  "turn on <b>Index › Keep a Local Index</b>.");
    if (!m_index->isAvailable())
        return tr("<h3>The local index cannot be used</h3>%1")
            .arg(shownText(m_index->problem()).toHtmlEscaped());
    const QStringList filters = filterDescription();
    if (m_kind == Kind::Items)
        return tr("<h3>No failed items or files</h3>None of the jobs and batches in the range "
                  "has failed items or files that match.");
    return filters.isEmpty() && m_text.isEmpty()
        ? tr("<h3>No failed jobs</h3>Every job in the index finished without failing.")
        : tr("<h3>No failed jobs match</h3>Try a longer time range or fewer filters.");
}

void FailuresView::setSearchText(const QString &text)
{
    m_searchText = text.trimmed();
    m_searchPause.start();
}

QString FailuresView::searchCountText() const
{
    if (m_text.isEmpty())
        return {};
    return tr("%n group(s)", nullptr, int(m_groups.groups().size()));
}

void FailuresView::openJob(const Job &job)
{
    m_details.open(job.id, [this, &job] {
        return new JobDetailsDialog(m_services.client, job, m_index->scope(), m_services.window,
                                    m_services.catalog);
    });
}

void FailuresView::openItem(const FailedItem &item)
{
    IndexReader reader(m_index->database());
    if (item.kind == FailedItem::Kind::JobItem) {
        std::optional<IndexedJob> indexed;
        if (!reader.job(item.parentId, &indexed)) {
            Q_EMIT loadFailed(indexReadError(reader.errorString()));
            return;
        }
        Job job = indexed ? indexed->job : Job();
        job.id = item.parentId; // the dialog reads the rest from the server
        openJob(job);
        return;
    }
    std::optional<IndexedBatch> indexed;
    if (!reader.batch(item.parentId, &indexed)) {
        Q_EMIT loadFailed(indexReadError(reader.errorString()));
        return;
    }
    Batch batch = indexed ? indexed->batch : Batch();
    batch.id = item.parentId;
    m_batchDetails.open(batch.id, [this, &batch] {
        return new BatchDetailsDialog(m_services.client, batch, m_index->scope(), m_services.window,
                                      m_services.catalog);
    });
}

void FailuresView::openCurrent()
{
    if (m_kind == Kind::Items) {
        if (const FailedItem *item = m_items->currentItem())
            openItem(*item);
        return;
    }
    if (const Job *job = m_jobsTable->currentJob())
        Q_EMIT m_jobsTable->openRequested(*job);
}

void FailuresView::openExportDialog()
{
    if (m_kind == Kind::Items) {
        openItemsExportDialog();
        return;
    }
    const FailureGroup *group = m_groups.groupAt(m_groups.rowOf(m_selectedShape));
    const QList<Job> selected = m_jobsTable->selectedJobs();
    ExportRunner *runner = m_services.exportRunner;
    ExportChoices choices;
    const qint64 matching = group ? group->count : 0;
    choices.allMatching = [this, runner, matching](const QString &path, const CsvOptions &options) {
        IndexQuery query = currentQuery();
        query.statuses = {QStringLiteral("failed")};
        query.errorShape = m_selectedShape;
        runner->exportInBackground(
            tr("Reading %1 jobs from the index and writing them…")
                .arg(QLocale().toString(matching)),
            ExportResult::Rows::Jobs,
            exportIndexJobs(m_index->database()->path(), query, path, options), path);
    };
    choices.currentPage = [this, runner](const QString &path, const CsvOptions &options) {
        runner->exportJobs(m_jobs.jobs(), path, options);
    };
    choices.selectedRows = [runner, selected](const QString &path, const CsvOptions &options) {
        runner->exportJobs(selected, path, options);
    };
    openIndexExportDialog(m_services.window,
                          group ? std::optional<qint64>(group->count) : std::nullopt,
                          int(m_jobs.jobs().size()), int(selected.size()), choices);
}

} // namespace BatchDeck

namespace BatchDeck {

void FailuresView::openItemsExportDialog()
{
    const FailureGroup *group = m_groups.groupAt(m_groups.rowOf(m_selectedShape));
    const QList<FailedItem> selected = m_items->selectedItems();
    ExportRunner *runner = m_services.exportRunner;
    const qint64 matching = group ? group->count : 0;
    ExportChoices choices;
    choices.allMatching = [this, runner, matching](const QString &path, const CsvOptions &options) {
        runner->exportInBackground(
            tr("Reading %1 failed items and files from the index and writing them…")
                .arg(QLocale().toString(matching)),
            ExportResult::Rows::Items,
            m_items->exportGroup(currentQuery(), m_selectedShape, path, options), path);
    };
    choices.currentPage = [this, runner](const QString &path, const CsvOptions &options) {
        runner->exportInBackground(
            tr("Writing the failed items and files shown…"), ExportResult::Rows::Items,
            FailedItemsMode::exportItems(m_items->model().items(), path, options), path);
    };
    choices.selectedRows = [runner, selected](const QString &path, const CsvOptions &options) {
        runner->exportInBackground(tr("Writing the selected failed items and files…"),
                                   ExportResult::Rows::Items,
                                   FailedItemsMode::exportItems(selected, path, options), path);
    };
    openIndexExportDialog(m_services.window,
                          group ? std::optional<qint64>(group->count) : std::nullopt,
                          int(m_items->model().items().size()), int(selected.size()), choices);
}

} // namespace BatchDeck
