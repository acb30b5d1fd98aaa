#include "app/indexviews/alljobsview.h"

#include "app/common/appsettings.h"
#include "app/common/servertext.h"
#include "app/export/exportdialog.h"
#include "app/export/exportrunner.h"
#include "app/index/indexcontroller.h"
#include "app/indexviews/indexfilterpanel.h"
#include "app/indexviews/indexviewparts.h"
#include "app/jobs/jobdetailsdialog.h"
#include "app/jobs/jobtableview.h"
#include "core/jobs/jobenums.h"
#include "index/query/indexreader.h"

#include <QHeaderView>
#include <QLocale>

namespace BatchDeck {

namespace {

// The index's order for a column of the jobs table.
IndexQuery::Sort sortFor(int column)
{
    using Sort = IndexQuery::Sort;
    switch (JobTableModel::Column(column)) {
    case JobTableModel::Id:
        return Sort::Id;
    case JobTableModel::Type:
        return Sort::Type;
    case JobTableModel::Status:
        return Sort::Status;
    case JobTableModel::Progress:
        return Sort::Progress;
    case JobTableModel::Total:
        return Sort::TotalItems;
    case JobTableModel::Processed:
        return Sort::ProcessedItems;
    case JobTableModel::Failed:
        return Sort::FailedItems;
    case JobTableModel::Skipped:
        return Sort::SkippedItems;
    case JobTableModel::Created:
        return Sort::CreatedAt;
    case JobTableModel::Started:
        return Sort::StartedAt;
    case JobTableModel::Completed:
        return Sort::CompletedAt;
    case JobTableModel::Updated:
        return Sort::UpdatedAt;
    case JobTableModel::Duration:
        return Sort::Duration;
    case JobTableModel::Directory:
        return Sort::Directory;
    case JobTableModel::Project:
        return Sort::Project;
    case JobTableModel::Error:
        return Sort::Error;
    case JobTableModel::JobRecord:
        return Sort::JobRecord;
    case JobTableModel::Workflow:
        return Sort::Workflow;
    case JobTableModel::ColumnCount:
        break;
    }
    return Sort::CreatedAt;
}

} // namespace

AllJobsView::AllJobsView(const ShellServices &services, IndexController *index, QObject *parent)
    : ListView(parent)
    , m_services(services)
    , m_index(index)
    , m_filters(new IndexFilterPanel(knownJobStatuses(), knownJobTypes(), services.window))
    , m_table(new JobTableView(services.window))
{
    m_filters->setObjectName(QStringLiteral("indexSidebar"));
    m_table->setObjectName(QStringLiteral("allJobsTable"));
    m_table->setModels(&m_model, &m_proxy);
    m_model.setNameCatalog(services.catalog);
    m_query.limit = AppSettings().pageSize();
    // The page comes sorted from the index; the header only says by what.
    m_table->horizontalHeader()->setSortIndicator(JobTableModel::Created, Qt::DescendingOrder);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &AllJobsView::onSortChanged);
    connect(m_filters, &IndexFilterPanel::filterChanged, this, [this] {
        m_query.offset = 0;
        load();
        Q_EMIT filterStateChanged();
    });
    connect(m_table, &JobTableView::openRequested, this, &AllJobsView::openDetails);
    connect(index, &IndexController::changed, this, [this] {
        if (m_shown)
            load();
    });
    m_searchPause.setSingleShot(true);
    m_searchPause.setInterval(SearchPauseMs);
    connect(&m_searchPause, &QTimer::timeout, this, [this] {
        m_query.text = m_searchText;
        m_query.offset = 0;
        load();
    });
}

AllJobsView::~AllJobsView() = default;

QString AllJobsView::title() const
{
    return tr("All jobs");
}

QString AllJobsView::toolTip() const
{
    return tr("Every v1 job in the local index: sort and search across all of them, with a time "
              "range");
}

QWidget *AllJobsView::filterPanel()
{
    return m_filters;
}

QWidget *AllJobsView::table()
{
    return m_table;
}

void AllJobsView::connectToServer(bool shown)
{
    m_details.closeAll();
    m_model.setJobs({});
    m_query.offset = 0;
    m_shown = shown;
    if (shown)
        load();
}

void AllJobsView::activate()
{
    m_shown = true;
    load();
}

void AllJobsView::refresh()
{
    m_index->syncNow();
    load();
}

void AllJobsView::autoRefresh()
{
    load();
}

bool AllJobsView::isBusy() const
{
    return m_searchPause.isActive();
}

void AllJobsView::load()
{
    m_error.clear();
    if (!m_index->isAvailable()) {
        m_model.setJobs({});
        m_total = 0;
        Q_EMIT totalChanged(std::nullopt);
        Q_EMIT pageShown();
        return;
    }
    IndexQuery query = m_query;
    m_filters->applyTo(&query, QDateTime::currentDateTimeUtc());
    IndexReader reader(m_index->database());
    QList<IndexedJob> rows;
    QMap<QString, qint64> counts;
    if (!reader.countJobs(query, &m_total) || !reader.jobs(query, &rows)
        || !reader.jobStatusCounts(query, &counts)) {
        m_error = reader.errorString();
        Q_EMIT loadFailed(indexReadError(m_error));
        return;
    }
    m_model.setJobs(jobsOf(std::move(rows)));
    m_filters->showStatusCounts(counts);
    m_loaded = QDateTime::currentDateTimeUtc();
    Q_EMIT totalChanged(m_total);
    Q_EMIT pageShown();
}

void AllJobsView::onSortChanged(int column, Qt::SortOrder order)
{
    m_query.sort = sortFor(column);
    m_query.descending = order == Qt::DescendingOrder;
    m_query.offset = 0;
    load();
}

ListState AllJobsView::state() const
{
    PagingState paging;
    paging.kind = PagingState::Kind::Offset;
    paging.pageSize = m_query.limit;
    paging.page = int(m_query.offset / std::max(1, m_query.limit));
    paging.pageCount = int((m_total + m_query.limit - 1) / std::max(1, m_query.limit));
    paging.firstRow = m_query.offset;
    paging.rowCount = m_model.jobs().size();
    paging.total = m_total;
    paging.hasPrevious = m_query.offset > 0;
    paging.hasNext = m_query.offset + m_model.jobs().size() < m_total;
    paging.noRowsText = tr("No jobs");
    paging.noRowsOfTotalText = tr("No jobs of %1");
    std::optional<ApiError> error;
    if (!m_error.isEmpty())
        error = indexReadError(m_error);
    return {paging, m_loaded, m_model.jobs().isEmpty(), QString(), error};
}

void AllJobsView::showPage(int page)
{
    m_query.offset = qint64(std::max(0, page)) * m_query.limit;
    load();
}

void AllJobsView::setPageSize(int pageSize)
{
    m_query.limit = pageSize;
    m_query.offset = 0;
    load();
}

QStringList AllJobsView::filterDescription() const
{
    return m_filters->describe();
}

void AllJobsView::resetFilters()
{
    m_filters->reset();
    m_query.offset = 0;
    load();
    Q_EMIT filterStateChanged();
}

QString AllJobsView::emptyText() const
{
    if (!m_index->isEnabled())
        return tr("<h3>The local index is off</h3>Sort and search across every job need it: "
                  "turn on <b>Index › Keep a Local Index</b>. The other lists work page by page "
                  "without it.");
    if (!m_index->isAvailable()) {
        const QString problem = m_index->problem();
        return tr("<h3>The local index cannot be used</h3>%1")
            .arg(shownText(problem.isEmpty() ? tr("Connect to a server first.") : problem)
                     .toHtmlEscaped());
    }
    if (m_index->isSyncing() && m_total == 0)
        return tr("<h3>The index is being built</h3>Jobs appear here as they are read.");
    const QStringList filters = filterDescription();
    if (!m_query.text.isEmpty())
        return tr("<h3>No job matches “%1”</h3>Search looks for the words in error messages and "
                  "for the start of job IDs.")
            .arg(shownText(m_query.text).toHtmlEscaped());
    return filters.isEmpty()
        ? tr("<h3>No jobs in the index yet</h3>Use <b>Index › Sync Now</b> to read them.")
        : tr("<h3>No jobs match these filters</h3>Hidden by %1.")
              .arg(shownText(filters.join(QStringLiteral(" · "))).toHtmlEscaped());
}

void AllJobsView::setSearchText(const QString &text)
{
    m_searchText = text.trimmed();
    m_searchPause.start();
}

QString AllJobsView::searchCountText() const
{
    if (m_query.text.isEmpty())
        return {};
    return tr("%1 in the index").arg(QLocale().toString(m_total));
}

void AllJobsView::openCurrent()
{
    if (const Job *job = m_table->currentJob())
        openDetails(*job);
}

JobDetailsDialog *AllJobsView::openDetails(const Job &job)
{
    return m_details.open(job.id, [this, &job] {
        return new JobDetailsDialog(m_services.client, job, m_index->scope(), m_services.window,
                                    m_services.catalog);
    });
}

void AllJobsView::openExportDialog()
{
    const QList<Job> selected = m_table->selectedJobs();
    auto *dialog = new ExportDialog(m_total, int(m_model.jobs().size()), int(selected.size()),
                                    m_services.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, selected] {
        ExportRunner *runner = m_services.exportRunner;
        switch (dialog->scope()) {
        case ExportDialog::Scope::AllMatching: {
            IndexQuery all = m_query;
            m_filters->applyTo(&all, QDateTime::currentDateTimeUtc());
            all.offset = 0;
            all.limit = int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
            QList<IndexedJob> rows;
            IndexReader reader(m_index->database());
            if (!reader.jobs(all, &rows)) {
                Q_EMIT loadFailed(indexReadError(reader.errorString()));
                return;
            }
            runner->exportJobs(jobsOf(std::move(rows)), dialog->filePath(), dialog->csvOptions());
            break;
        }
        case ExportDialog::Scope::CurrentPage:
            runner->exportJobs(m_model.jobs(), dialog->filePath(), dialog->csvOptions());
            break;
        case ExportDialog::Scope::SelectedRows:
            runner->exportJobs(selected, dialog->filePath(), dialog->csvOptions());
            break;
        }
    });
    dialog->open();
}

void AllJobsView::saveState() const { }

} // namespace BatchDeck
