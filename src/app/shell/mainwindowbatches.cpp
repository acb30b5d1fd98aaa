// The main window's v2 batches view: the source switch above the filters, the batch table beside

#include "app/common/servertext.h" // the job table, paging by token, details and export. The v1 parts stay in mainwindow.cpp.
#include "app/shell/mainwindow.h"

#include "app/batches/batchdetailsdialog.h"
#include "app/batches/batchfilterpanel.h"
#include "app/batches/batchtableview.h"
#include "app/common/pagingbar.h"
#include "app/common/settingsstore.h"
#include "app/export/exportdialog.h"
#include "app/shell/sourceswitch.h"
#include "ui_mainwindow.h"

#include <QLocale>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace BatchDeck {

namespace {

// "status FAILED · created from 2026-11-01", for the filter line and the empty page.
QStringList describe(const ListBatchesQuery &query)
{
    QStringList parts;
    if (query.status)
        parts << MainWindow::tr("status %1").arg(batchStatusText(*query.status));
    if (query.createdAtOnOrAfter)
        parts << MainWindow::tr("created from %1").arg(*query.createdAtOnOrAfter);
    if (query.createdAtOnOrBefore)
        parts << MainWindow::tr("created to %1").arg(*query.createdAtOnOrBefore);
    if (query.sourceDirectoryId)
        parts << MainWindow::tr("source directory %1").arg(*query.sourceDirectoryId);
    if (query.projectId)
        parts << MainWindow::tr("project %1").arg(*query.projectId);
    if (query.organizationId)
        parts << MainWindow::tr("organization %1").arg(*query.organizationId);
    return parts;
}

} // namespace

void MainWindow::setUpBatches()
{
    // The sidebar column becomes: the source switch, then the filters of the source shown.
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sourceSwitch = new SourceSwitch(column);
    m_filterStack = new QStackedWidget(column);
    m_batchFilters = new BatchFilterPanel(m_filterStack);
    m_ui->splitter->replaceWidget(0, column);
    m_filterStack->addWidget(m_ui->sidebar);
    m_filterStack->addWidget(m_batchFilters);
    layout->addWidget(m_sourceSwitch);
    layout->addWidget(m_filterStack, 1);

    m_batchTable = new BatchTableView(m_ui->tableStack);
    m_batchTable->setBatchModel(&m_batchModel);
    m_ui->tableStack->addWidget(m_batchTable);

    connect(m_sourceSwitch, &SourceSwitch::sourceChanged, this, &MainWindow::setSource);
    connect(m_batchFilters, &BatchFilterPanel::queryChanged, this, &MainWindow::applyBatchQuery);
    connect(&m_batchBrowser, &BatchBrowser::pageLoaded, this, &MainWindow::onBatchPageLoaded);
    connect(&m_batchBrowser, &BatchBrowser::loadFailed, this, [this](const ApiError &error) {
        if (showingBatches())
            onLoadFailed(error);
    });
    connect(m_batchTable, &BatchTableView::openRequested, this, &MainWindow::openBatchDetails);
    connect(&m_clock, &QTimer::timeout, &m_batchModel, &BatchTableModel::refreshRelativeTimes);
    // Names for the IDs, from the catalog the v1 table uses. A directory no listing named (in
    // another project, or made since) is asked for by ID, once a page or a listing arrives.
    m_batchModel.setNameCatalog(&m_catalog);
    const auto lookUpShownSourceDirectories = [this] {
        for (const Batch &batch : m_batchBrowser.batches()) {
            if (!batch.sourceDirectoryId.isEmpty()
                && m_catalog.directoryName(batch.sourceDirectoryId).isEmpty())
                m_catalog.lookUpDirectory(batch.sourceDirectoryId, m_batchBrowser.shownScope());
        }
    };
    connect(&m_batchBrowser, &BatchBrowser::pageLoaded, this, lookUpShownSourceDirectories);
    connect(&m_catalog, &NameCatalog::loaded, this, lookUpShownSourceDirectories);
    m_batchTable->restoreColumns();
    m_batchFilters->setQuery(SettingsStore::batchQuery());
    const DataSource source = SettingsStore::dataSource();
    m_sourceSwitch->setSource(source);
    m_filterStack->setCurrentWidget(
        source == DataSource::Batches ? static_cast<QWidget *>(m_batchFilters) : m_ui->sidebar);
}

bool MainWindow::showingBatches() const
{
    return m_sourceSwitch && m_sourceSwitch->source() == DataSource::Batches;
}

void MainWindow::setSource(DataSource source)
{
    m_sourceSwitch->setSource(source);
    SettingsStore::saveDataSource(source);
    const bool batches = source == DataSource::Batches;
    m_filterStack->setCurrentWidget(batches ? static_cast<QWidget *>(m_batchFilters)
                                            : m_ui->sidebar);
    // The quick search filters the loaded v1 page; the batch table keeps the server's order.
    m_ui->quickSearch->setEnabled(!batches);
    m_ui->quickSearch->setToolTip(batches ? tr("Search applies to v1 batch jobs; filter batches "
                                               "with the fields on the left.")
                                          : QString());
    if (m_bannerKind != BannerKind::Notice)
        m_ui->errorBanner->hide();
    const bool connected = m_ui->pages->currentWidget() == m_ui->browserPage;
    if (batches && connected && !m_batchBrowser.isLoading()
        && !m_batchBrowser.lastRefreshed().isValid() && !m_batchBrowser.hasError())
        m_batchBrowser.show(m_batchFilters->query(), SettingsStore::pageSize());
    if (batches) {
        onBatchPageLoaded();
        if (m_batchBrowser.hasError())
            onLoadFailed(m_batchBrowser.lastError());
    } else {
        m_ui->actionExport->setEnabled(m_ui->pages->currentWidget() == m_ui->browserPage);
        m_ui->actionExport->setToolTip({});
        onPageLoaded();
        updateFilterState();
    }
}

void MainWindow::startBatches()
{
    for (const QPointer<BatchDetailsDialog> &dialog : std::as_const(m_batchDetails)) {
        if (dialog)
            dialog->close(); // they would ask the new server about the old one's batches
    }
    m_batchDetails.clear();
    m_batchBrowser.clear();
    m_batchModel.setBatches({});
    m_sourceSwitch->setCount(DataSource::Batches, std::nullopt);
    // The v2 list is asked for when it is first shown: a v1 user sends no v2 requests.
    if (showingBatches())
        setSource(DataSource::Batches);
}

void MainWindow::applyBatchQuery(const ListBatchesQuery &query)
{
    SettingsStore::saveBatchQuery(query);
    m_batchBrowser.setQuery(query);
    updateBatchFilterState();
}

void MainWindow::showBatchPage(int page)
{
    if (page <= 0)
        m_batchBrowser.firstPage();
    else if (page < m_batchBrowser.page())
        m_batchBrowser.previousPage();
    else if (page > m_batchBrowser.page())
        m_batchBrowser.nextPage();
}

void MainWindow::onBatchPageLoaded()
{
    m_batchModel.setBatches(m_batchBrowser.batches());
    m_sourceSwitch->setCount(DataSource::Batches, m_batchBrowser.totalSize());
    if (!showingBatches())
        return;
    m_ui->pagingBar->showState(m_batchBrowser);
    m_ui->actionFirstPage->setEnabled(m_batchBrowser.hasPreviousPage());
    m_ui->actionPreviousPage->setEnabled(m_batchBrowser.hasPreviousPage());
    m_ui->actionNextPage->setEnabled(m_batchBrowser.hasNextPage());
    m_ui->actionLastPage->setEnabled(false);
    m_ui->actionExport->setEnabled(true);
    if (m_batchBrowser.lastRefreshed().isValid()) {
        m_refreshedLabel->setText(
            tr("Refreshed %1")
                .arg(QLocale().toString(m_batchBrowser.lastRefreshed().toLocalTime().time(),
                                        QLocale::ShortFormat)));
    }
    if (m_bannerKind != BannerKind::Notice && !m_batchBrowser.hasError())
        m_ui->errorBanner->hide();
    if (const qsizetype invalid = m_batchBrowser.invalidBatches().size(); invalid > 0) {
        const QString first = m_batchBrowser.invalidBatches().first().describe();
        showBanner(invalid == 1 ? tr("One batch on this page is not shown because %1.").arg(first)
                                : tr("%1 batches on this page are not shown; the first because %2.")
                                      .arg(invalid)
                                      .arg(first),
                   BannerKind::PageWarning);
    } else if (const int outside = m_batchBrowser.rowsOutsideFilter(); outside > 0) {
        showBanner(outside == 1
                       ? tr("The server sent 1 batch on this page that does not match the "
                            "filters asked for; it is not shown.")
                       : tr("The server sent %1 batches on this page that do not match the "
                            "filters asked for; they are not shown.")
                             .arg(outside),
                   BannerKind::PageWarning);
    } else if (!m_batchBrowser.pagingProblem().isEmpty()) {
        showBanner(m_batchBrowser.pagingProblem(), BannerKind::PageWarning);
    }
    const bool empty = m_batchBrowser.batches().isEmpty();
    if (empty) {
        const QStringList filters = describe(m_batchBrowser.query());
        m_ui->emptyLabel->setText(
            filters.isEmpty()
                ? tr("<h3>No batches yet</h3>Batches started with the v2 API appear here.")
                : tr("<h3>No batches match these filters</h3>Hidden by %1.")
                      .arg(shownText(filters.join(QStringLiteral(" · "))).toHtmlEscaped()));
        m_ui->emptyResetButton->setVisible(!filters.isEmpty());
    }
    m_ui->tableStack->setCurrentWidget(empty ? m_ui->emptyPage
                                             : static_cast<QWidget *>(m_batchTable));
    updateBatchFilterState();
}

void MainWindow::updateBatchFilterState()
{
    const QStringList filters = describe(m_batchFilters->query());
    m_ui->filterLabel->setText(
        filters.isEmpty()
            ? QString()
            : tr("<b>Filtered:</b> %1")
                  .arg(shownText(filters.join(QStringLiteral(" · "))).toHtmlEscaped()));
    m_ui->filterLabel->setVisible(!filters.isEmpty());
    m_ui->clearFiltersButton->setVisible(!filters.isEmpty());
    m_ui->actionResetFilters->setEnabled(!filters.isEmpty());
}

BatchDetailsDialog *MainWindow::openBatchDetails(const Batch &batch)
{
    if (QPointer<BatchDetailsDialog> open = m_batchDetails.value(batch.id)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    // The batch came from the browser's list: its own calls go to the same project and
    // organization.
    auto *dialog =
        new BatchDetailsDialog(&m_client, batch, m_batchBrowser.shownScope(), this, &m_catalog);
    connect(dialog, &BatchDetailsDialog::batchUpdated, &m_batchModel,
            &BatchTableModel::updateBatch);
    m_batchDetails.insert(batch.id, dialog);
    dialog->show();
    return dialog;
}

void MainWindow::openBatchExport()
{
    QList<Batch> selected;
    for (const QString &id : m_batchTable->selectedIds()) {
        if (const Batch *batch = m_batchModel.batchAt(m_batchModel.rowOf(id)))
            selected << *batch;
    }
    auto *dialog =
        new ExportDialog(m_batchBrowser.totalSize(), int(m_batchBrowser.batches().size()),
                         int(selected.size()), this);
    dialog->useBatchWording(m_batchBrowser.totalSize());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, selected] {
        switch (dialog->scope()) {
        case ExportDialog::Scope::AllMatching:
            m_exportRunner->exportMatchingBatches(m_batchBrowser.query(), dialog->filePath(),
                                                  dialog->csvOptions());
            break;
        case ExportDialog::Scope::CurrentPage:
            m_exportRunner->exportBatches(m_batchBrowser.batches(), dialog->filePath(),
                                          dialog->csvOptions());
            break;
        case ExportDialog::Scope::SelectedRows:
            m_exportRunner->exportBatches(selected, dialog->filePath(), dialog->csvOptions());
            break;
        }
    });
    dialog->open();
}

} // namespace BatchDeck
