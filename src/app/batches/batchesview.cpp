#include "app/batches/batchesview.h"

#include "app/batches/batchdetailsdialog.h"
#include "app/batches/batchfilterpanel.h"
#include "app/batches/batchtableview.h"
#include "app/common/appsettings.h"
#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "app/export/exportdialog.h"
#include "app/export/exportrunner.h"
#include "core/catalog/namecatalog.h"

#include <QLocale>

namespace BatchDeck {

namespace {

// "status: Failed · created from: 2026-11-01", for the filter line and the empty page, in the
// words the v1 list uses; `asSent` keeps the status as sent (the tooltip).
QStringList describe(const ListBatchesQuery &query, bool asSent = false)
{
    QStringList parts;
    if (query.status)
        parts << BatchesView::tr("status: %1")
                     .arg(asSent ? *query.status : statusWord(*query.status));
    if (query.createdAtOnOrAfter)
        parts << BatchesView::tr("created from: %1").arg(*query.createdAtOnOrAfter);
    if (query.createdAtOnOrBefore)
        parts << BatchesView::tr("created to: %1").arg(*query.createdAtOnOrBefore);
    if (query.sourceDirectoryId)
        parts << BatchesView::tr("directory: %1").arg(*query.sourceDirectoryId);
    if (query.projectId)
        parts << BatchesView::tr("project: %1").arg(*query.projectId);
    if (query.organizationId)
        parts << BatchesView::tr("organization: %1").arg(*query.organizationId);
    return parts;
}

} // namespace

BatchesView::BatchesView(const ShellServices &services, QObject *parent)
    : ListView(parent)
    , m_services(services)
    , m_browser(services.client)
    , m_counter(services.client)
    , m_filters(new BatchFilterPanel(services.window))
    , m_table(new BatchTableView(services.window))
{
    m_table->setBatchModel(&m_model);
    connect(m_filters, &BatchFilterPanel::queryChanged, this, &BatchesView::applyQuery);
    connect(&m_counter, &BatchStatusCounter::countsChanged, this,
            [this] { m_filters->showCounts(&m_counter); });
    connect(&m_browser, &BatchBrowser::pageLoaded, this, [this] {
        m_model.setBatches(m_browser.batches());
        lookUpShownSourceDirectories();
        Q_EMIT totalChanged(m_browser.totalSize());
        Q_EMIT pageShown();
    });
    connect(&m_browser, &BatchBrowser::loadFailed, this, &BatchesView::loadFailed);
    connect(m_table, &BatchTableView::openRequested, this, &BatchesView::openDetails);
    m_clock.setInterval(30'000);
    connect(&m_clock, &QTimer::timeout, &m_model, &BatchTableModel::refreshRelativeTimes);
    m_clock.start();
    // Names for the IDs, from the catalog the v1 table uses. A directory no listing named (in
    // another project, or made since) is asked for by ID, once a page or a listing arrives.
    m_model.setNameCatalog(services.catalog);
    m_filters->setNameCatalog(services.catalog);
    connect(services.catalog, &NameCatalog::loaded, this,
            &BatchesView::lookUpShownSourceDirectories);
    // The filter bar names what it can.
    connect(services.catalog, &NameCatalog::namesChanged, this, &BatchesView::filterStateChanged);
    m_table->restoreColumns();
    m_filters->setQuery(AppSettings().batchesQuery());
}

BatchesView::~BatchesView() = default;

QString BatchesView::title() const
{
    return tr("Batches (v2)");
}

QString BatchesView::toolTip() const
{
    return tr("Batches of the v2 API (/api/v2/batches)");
}

QWidget *BatchesView::filterPanel()
{
    return m_filters;
}

QWidget *BatchesView::table()
{
    return m_table;
}

void BatchesView::lookUpShownSourceDirectories()
{
    for (const Batch &batch : m_browser.batches()) {
        if (!batch.sourceDirectoryId.isEmpty()
            && m_services.catalog->directoryName(batch.sourceDirectoryId).isEmpty())
            m_services.catalog->lookUpDirectory(batch.sourceDirectoryId, m_browser.shownScope());
    }
}

void BatchesView::connectToServer(bool shown)
{
    m_details.closeAll(); // they would ask the new server about the old one's rows
    m_browser.clear();
    m_counter.clear();
    m_model.setBatches({});
    Q_EMIT totalChanged(std::nullopt);
    if (shown)
        activate();
}

void BatchesView::activate()
{
    if (!m_browser.isLoading() && !m_browser.lastRefreshed().isValid() && !m_browser.hasError()) {
        m_browser.show(m_filters->query(), AppSettings().pageSize());
        updateCounts();
    }
    m_model.setBatches(m_browser.batches());
    Q_EMIT totalChanged(m_browser.totalSize());
    Q_EMIT pageShown();
}

void BatchesView::refresh()
{
    m_browser.refresh();
    updateCounts();
}

void BatchesView::autoRefresh()
{
    m_browser.refresh();
    if (m_countsUpdated.msecsTo(QDateTime::currentDateTimeUtc()) >= CountsRefreshMs)
        updateCounts();
}

void BatchesView::updateCounts()
{
    m_counter.update(m_browser.query());
    m_countsUpdated = QDateTime::currentDateTimeUtc();
}

bool BatchesView::isBusy() const
{
    return m_filters->hasPendingChange() || m_browser.isLoading();
}

void BatchesView::applyQuery(const ListBatchesQuery &query)
{
    AppSettings().saveBatchesQuery(query);
    m_services.catalog->setScope(query.scope()); // the chosen project's directories
    m_browser.setQuery(query);
    updateCounts();
    Q_EMIT filterStateChanged();
}

ListState BatchesView::state() const
{
    return {pagingState(), m_browser.lastRefreshed(), m_browser.batches().isEmpty(), pageWarning(),
            m_browser.hasError() ? std::optional(m_browser.lastError()) : std::nullopt};
}

PagingState BatchesView::pagingState() const
{
    PagingState state;
    state.kind = PagingState::Kind::Cursor;
    state.page = m_browser.page();
    state.firstRow = m_browser.firstRow();
    state.rowCount = m_browser.batches().size() + m_browser.invalidBatches().size();
    state.total = m_browser.totalSize();
    state.hasPrevious = m_browser.hasPreviousPage();
    state.hasNext = m_browser.hasNextPage();
    state.pageSize = m_browser.pageSize();
    state.noRowsText = tr("No batches");
    state.noRowsOfTotalText = tr("No batches of %1");
    return state;
}

void BatchesView::showPage(int page)
{
    if (page <= 0)
        m_browser.firstPage();
    else if (page < m_browser.page())
        m_browser.previousPage();
    else if (page > m_browser.page())
        m_browser.nextPage();
}

void BatchesView::setPageSize(int pageSize)
{
    m_browser.setPageSize(pageSize);
}

ListBatchesQuery BatchesView::namedQuery(ListBatchesQuery query, bool withIds) const
{
    const auto named = [withIds](std::optional<QString> *id, const QString &name) {
        if (*id && !name.isEmpty())
            *id = withIds ? QStringLiteral("%1 (%2)").arg(name, **id) : name;
    };
    if (query.sourceDirectoryId)
        named(&query.sourceDirectoryId,
              m_services.catalog->directoryName(*query.sourceDirectoryId));
    if (query.projectId)
        named(&query.projectId, m_services.catalog->projectName(*query.projectId));
    return query;
}

QStringList BatchesView::filterDescription() const
{
    return describe(namedQuery(m_filters->query(), false));
}

QString BatchesView::filterToolTip() const
{
    return describe(namedQuery(m_filters->query(), true), true).join(u'\n');
}

void BatchesView::resetFilters()
{
    m_filters->setQuery({});
    applyQuery({});
}

QString BatchesView::emptyText() const
{
    const QStringList filters = describe(namedQuery(m_browser.query(), false));
    return filters.isEmpty()
        ? tr("<h3>No batches yet</h3>Batches started with the v2 API appear here.")
        : tr("<h3>No batches match these filters</h3>Hidden by %1.")
              .arg(shownText(filters.join(QStringLiteral(" · "))).toHtmlEscaped());
}

QString BatchesView::pageWarning() const
{
    if (const int invalid = int(m_browser.invalidBatches().size()); invalid > 0) {
        return tr("%n batches on this page are not shown; the first because %1.", nullptr, invalid)
            .arg(m_browser.invalidBatches().first().describe());
    }
    if (const int outside = m_browser.rowsOutsideFilter(); outside > 0) {
        return tr(
            "The server sent %n batches on this page that do not match the filters asked for; "
            "they are not shown.",
            nullptr, outside);
    }
    return m_browser.pagingProblem();
}

QString BatchesView::searchUnavailableReason() const
{
    // The quick search filters the loaded v1 page; the batch table keeps the server's order.
    return tr("Search applies to v1 batch jobs; filter batches with the fields on the left.");
}

void BatchesView::openCurrent()
{
    if (const Batch *batch = m_table->currentBatch())
        openDetails(*batch);
}

BatchDetailsDialog *BatchesView::openDetails(const Batch &batch)
{
    return m_details.open(batch.id, [this, &batch] {
        // The batch came from the browser's list: its own calls go to the same project and
        // organization.
        auto *dialog = new BatchDetailsDialog(m_services.client, batch, m_browser.shownScope(),
                                              m_services.window, m_services.catalog);
        connect(dialog, &BatchDetailsDialog::batchUpdated, &m_model, &BatchTableModel::updateBatch);
        return dialog;
    });
}

void BatchesView::openExportDialog()
{
    QList<Batch> selected;
    for (const QString &id : m_table->selectedIds()) {
        if (const Batch *batch = m_model.batchAt(m_model.rowOf(id)))
            selected << *batch;
    }
    auto *dialog = new ExportDialog(m_browser.totalSize(), int(m_browser.batches().size()),
                                    int(selected.size()), m_services.window);
    dialog->useBatchWording(m_browser.totalSize());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, selected] {
        ExportRunner *runner = m_services.exportRunner;
        switch (dialog->scope()) {
        case ExportDialog::Scope::AllMatching:
            runner->exportMatchingBatches(m_browser.query(), dialog->filePath(),
                                          dialog->csvOptions());
            break;
        case ExportDialog::Scope::CurrentPage:
            runner->exportBatches(m_browser.batches(), dialog->filePath(), dialog->csvOptions());
            break;
        case ExportDialog::Scope::SelectedRows:
            runner->exportBatches(selected, dialog->filePath(), dialog->csvOptions());
            break;
        }
    });
    dialog->open();
}

void BatchesView::saveState() const
{
    m_table->saveColumns();
}

} // namespace BatchDeck
