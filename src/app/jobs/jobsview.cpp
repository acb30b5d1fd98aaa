#include "app/jobs/jobsview.h"

#include "app/common/appsettings.h"
#include "app/common/pagingbar.h"
#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "app/export/exportdialog.h"
#include "app/export/exportrunner.h"
#include "app/jobs/jobdetailsdialog.h"
#include "app/jobs/jobfilterpanel.h"
#include "app/jobs/jobtableview.h"
#include "core/catalog/namecatalog.h"

#include <QHeaderView>
#include <QLocale>

namespace BatchDeck {

JobsView::JobsView(const ShellServices &services, QObject *parent)
    : ListView(parent)
    , m_services(services)
    , m_browser(services.client)
    , m_counter(services.client)
    , m_filters(new JobFilterPanel(services.window))
    , m_table(new JobTableView(services.window))
{
    m_filters->setObjectName(QStringLiteral("sidebar"));
    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setModels(&m_model, &m_proxy);
    m_model.setNameCatalog(services.catalog);
    m_filters->setNameCatalog(services.catalog);

    connect(m_filters, &JobFilterPanel::filterChanged, this,
            [this](const JobFilter &filter) { applyFilter(filter); });
    connect(&m_counter, &FilterCounter::countsChanged, this,
            [this] { m_filters->showCounts(&m_counter); });
    connect(&m_browser, &JobBrowser::pageLoaded, this, &JobsView::onPageLoaded);
    connect(&m_browser, &JobBrowser::loadFailed, this, &JobsView::loadFailed);
    connect(m_table, &JobTableView::openRequested, this, &JobsView::openDetails);
    // The page bar says when the order holds within the page only.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &JobsView::pagingChanged);
    connect(services.catalog, &NameCatalog::loaded, this, &JobsView::lookUpShownDirectories);
    // The filter bar names what it can.
    connect(services.catalog, &NameCatalog::namesChanged, this, &JobsView::filterStateChanged);
    m_clock.setInterval(30'000);
    connect(&m_clock, &QTimer::timeout, &m_model, &JobTableModel::refreshRelativeTimes);
    m_clock.start();
    m_table->restoreColumns();
}

JobsView::~JobsView() = default;

QString JobsView::title() const
{
    return tr("Batch jobs (v1)");
}

QString JobsView::toolTip() const
{
    return tr("Batch jobs of the v1 API (/api/v1/beta/batch-processing)");
}

QWidget *JobsView::filterPanel()
{
    return m_filters;
}

QWidget *JobsView::table()
{
    return m_table;
}

void JobsView::connectToServer(bool shown)
{
    Q_UNUSED(shown) // the v1 list is the first one people look for: it loads at once
    // Details of another server's jobs would now ask the wrong server.
    m_details.closeAll(); // they would ask the new server about the old one's rows
    // Nor may its rows stay on screen under the new name while the new page loads.
    m_browser.clear();
    m_counter.clear(); // another server's counts, even of the same filter
    m_model.setJobs({});
    const JobFilter filter = AppSettings().jobsFilter();
    // Before the page: names are fewer requests, and a lookup waits for them.
    if (filter.validationError().isEmpty())
        m_services.catalog->refresh(filter.scope());
    m_filters->setFilter(filter);
    applyFilter(filter, AppSettings().pageSize());
}

void JobsView::activate()
{
    onPageLoaded();
}

void JobsView::applyFilter(const JobFilter &filter, std::optional<int> pageSize)
{
    AppSettings().saveJobsFilter(filter);
    m_services.catalog->setScope(filter.scope()); // the chosen project's directories
    m_browser.show(filter, pageSize.value_or(m_browser.pageSize()));
    updateCounts();
    Q_EMIT filterStateChanged();
}

void JobsView::updateCounts()
{
    m_counter.update(m_browser.filter());
    m_countsUpdated = QDateTime::currentDateTimeUtc();
}

void JobsView::refresh()
{
    m_browser.refresh();
    updateCounts();
}

void JobsView::autoRefresh()
{
    m_browser.refresh();
    if (m_countsUpdated.msecsTo(QDateTime::currentDateTimeUtc()) >= CountsRefreshMs)
        updateCounts();
}

bool JobsView::isBusy() const
{
    return m_filters->hasPendingChange() || m_browser.isLoading();
}

void JobsView::onPageLoaded()
{
    m_model.setJobs(m_browser.jobs());
    lookUpShownDirectories();
    Q_EMIT totalChanged(m_browser.totalSize());
    Q_EMIT pageShown();
}

void JobsView::lookUpShownDirectories()
{
    for (const Job &job : m_browser.jobs()) {
        if (!job.directoryId.isEmpty()
            && m_services.catalog->directoryName(job.directoryId).isEmpty())
            m_services.catalog->lookUpDirectory(job.directoryId, m_browser.shownScope());
    }
}

ListState JobsView::state() const
{
    // A good page replaces a failed one: the banner of the failure goes with it.
    return {pagingState(), m_browser.lastRefreshed(), m_browser.jobs().isEmpty(), pageWarning(),
            std::nullopt};
}

PagingState JobsView::pagingState() const
{
    PagingState state;
    state.kind = PagingState::Kind::Offset;
    state.page = m_browser.page();
    state.pageCount = m_browser.pageCount();
    state.firstRow = m_browser.firstRow();
    state.rowCount = m_browser.jobs().size();
    state.total = m_browser.totalSize();
    state.hasPrevious = m_browser.hasPreviousPage();
    state.hasNext = m_browser.hasNextPage();
    state.pageSize = m_browser.pageSize();
    state.noRowsText = tr("No jobs");
    state.noRowsOfTotalText = tr("No jobs of %1");
    state.sortedWithinPage =
        PagingBar::sortsWithinPage(*m_table->horizontalHeader(), JobTableModel::Created);
    return state;
}

void JobsView::showPage(int page)
{
    m_browser.setPage(page);
}

void JobsView::setPageSize(int pageSize)
{
    m_browser.setPageSize(pageSize);
}

JobFilter JobsView::namedFilter(bool withIds) const
{
    const auto named = [withIds](std::optional<QString> *id, const QString &name) {
        if (*id && !name.isEmpty())
            *id = withIds ? QStringLiteral("%1 (%2)").arg(name, **id) : name;
    };
    JobFilter filter = m_browser.filter();
    // Words for people on the bar; the tooltip keeps the values as sent, as the table's do.
    if (filter.status && !withIds)
        filter.status = statusWord(*filter.status);
    if (filter.jobType && !withIds)
        filter.jobType = jobTypeWord(*filter.jobType);
    if (filter.directoryId)
        named(&filter.directoryId, m_services.catalog->directoryName(*filter.directoryId));
    if (filter.projectId)
        named(&filter.projectId, m_services.catalog->projectName(*filter.projectId));
    return filter;
}

QStringList JobsView::filterDescription() const
{
    return namedFilter(false).describe();
}

QString JobsView::filterToolTip() const
{
    return namedFilter(true).describe().join(u'\n');
}

void JobsView::resetFilters()
{
    m_filters->setFilter({});
    applyFilter({});
}

QString JobsView::emptyText() const
{
    const QStringList filters = filterDescription();
    return filters.isEmpty()
        ? tr("<h3>No batch jobs yet</h3>Jobs started in LlamaCloud appear here.")
        : tr("<h3>No jobs match these filters</h3>Hidden by %1.")
              .arg(shownText(filters.join(QStringLiteral(" · "))).toHtmlEscaped());
}

QString JobsView::pageWarning() const
{
    if (const int invalid = int(m_browser.invalidJobs().size()); invalid > 0) {
        return tr("%n jobs on this page are not shown; the first because %1.", nullptr, invalid)
            .arg(m_browser.invalidJobs().first().describe());
    }
    if (const int outside = m_browser.rowsOutsideFilter(); outside > 0) {
        return tr("The server sent %n jobs on this page that do not match the filters asked for; "
                  "they are not shown.",
                  nullptr, outside);
    }
    return {};
}

void JobsView::setSearchText(const QString &text)
{
    m_proxy.setSearchText(text);
}

QString JobsView::searchCountText() const
{
    if (m_proxy.searchText().isEmpty())
        return {};
    return tr("%L1 of %L2 on this page").arg(m_proxy.rowCount()).arg(m_model.rowCount());
}

void JobsView::openCurrent()
{
    if (const Job *job = m_table->currentJob())
        openDetails(*job);
}

JobDetailsDialog *JobsView::openDetails(const Job &job)
{
    return m_details.open(job.id, [this, &job] {
        // The job came from the browser's list: its own calls go to the same project and
        // organization.
        auto *dialog = new JobDetailsDialog(m_services.client, job, m_browser.shownScope(),
                                            m_services.window, m_services.catalog);
        connect(dialog, &JobDetailsDialog::jobUpdated, &m_model, &JobTableModel::updateJob);
        // A re-run is a new job: the list shows it once refreshed.
        connect(dialog, &JobDetailsDialog::jobCreated, this, &JobsView::refresh);
        return dialog;
    });
}

void JobsView::openExportDialog()
{
    const QList<Job> selected = m_table->selectedJobs();
    // The page as the table shows it: sorted, and searched, as on screen.
    const QList<Job> shown = m_table->shownJobs();
    auto *dialog = new ExportDialog(m_browser.totalSize(), int(shown.size()), int(selected.size()),
                                    m_services.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, selected, shown] {
        ExportRunner *runner = m_services.exportRunner;
        switch (dialog->scope()) {
        case ExportDialog::Scope::AllMatching:
            runner->exportMatching(m_browser.filter(), dialog->filePath(), dialog->csvOptions());
            break;
        case ExportDialog::Scope::CurrentPage:
            runner->exportJobs(shown, dialog->filePath(), dialog->csvOptions());
            break;
        case ExportDialog::Scope::SelectedRows:
            runner->exportJobs(selected, dialog->filePath(), dialog->csvOptions());
            break;
        }
    });
    dialog->open();
}

void JobsView::saveState() const
{
    m_table->saveColumns();
}

} // namespace BatchDeck
