#include "app/indexviews/failuresview.h"

#include "app/common/servertext.h"
#include "app/export/exportrunner.h"
#include "app/index/indexcontroller.h"
#include "app/indexviews/indexfilterpanel.h"
#include "app/indexviews/indexviewparts.h"
#include "app/jobs/jobdetailsdialog.h"
#include "app/jobs/jobtableview.h"
#include "core/jobs/jobenums.h"

#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QTableView>

namespace BatchDeck {

FailuresView::FailuresView(const ShellServices &services, IndexController *index, QObject *parent)
    : ListView(parent)
    , m_services(services)
    , m_index(index)
    , m_filters(new IndexFilterPanel({}, knownJobTypes(), services.window))
    , m_splitter(new QSplitter(Qt::Vertical, services.window))
    , m_groupsTable(new QTableView(m_splitter))
    , m_jobsTable(new JobTableView(m_splitter))
{
    m_filters->setObjectName(QStringLiteral("failuresSidebar"));
    m_splitter->setObjectName(QStringLiteral("failuresSplitter"));
    m_groupsTable->setObjectName(QStringLiteral("failureGroupsTable"));
    m_jobsTable->setObjectName(QStringLiteral("failureJobsTable"));
    m_groupsTable->setModel(&m_groups);
    m_groupsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupsTable->setWordWrap(false);
    m_groupsTable->verticalHeader()->hide();
    m_groupsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groupsTable->horizontalHeader()->setSectionResizeMode(FailureGroupsModel::Pattern,
                                                            QHeaderView::Stretch);
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
    connect(m_jobsTable, &JobTableView::openRequested, this, [this](const Job &job) {
        m_details.open(job.id, [this, &job] {
            return new JobDetailsDialog(m_services.client, job, m_index->scope(), m_services.window,
                                        m_services.catalog);
        });
    });
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
    return m_splitter;
}

void FailuresView::connectToServer(bool shown)
{
    m_details.closeAll();
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
    return m_searchPause.isActive();
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
    if (m_index->isAvailable()) {
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
    return {paging, m_loaded, m_groups.groups().isEmpty(), QString(), error};
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

void FailuresView::openCurrent()
{
    if (const Job *job = m_jobsTable->currentJob())
        Q_EMIT m_jobsTable->openRequested(*job);
}

void FailuresView::openExportDialog()
{
    const FailureGroup *group = m_groups.groupAt(m_groups.rowOf(m_selectedShape));
    const QList<Job> selected = m_jobsTable->selectedJobs();
    ExportRunner *runner = m_services.exportRunner;
    ExportChoices choices;
    choices.allMatching = [this, runner](const QString &path, const CsvOptions &options) {
        IndexQuery query = currentQuery();
        query.statuses = {QStringLiteral("failed")};
        query.errorShape = m_selectedShape;
        QList<Job> jobs;
        QString error;
        if (!readAllJobs(m_index->database(), query, &jobs, &error)) {
            Q_EMIT loadFailed(indexReadError(error));
            return;
        }
        runner->exportJobs(jobs, path, options);
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
