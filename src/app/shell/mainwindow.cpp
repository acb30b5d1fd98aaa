#include "app/shell/mainwindow.h"

#include "app/batches/batchfilterpanel.h"
#include "app/batches/batchtableview.h"
#include "app/common/servertext.h"
#include "app/common/settingsstore.h"
#include "app/connection/connectiondialog.h"
#include "app/connection/credentialstore.h"
#include "app/export/exportdialog.h"
#include "app/jobs/jobdetailsdialog.h"
#include "app/shell/sourceswitch.h"
#include "core/version.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStyle>

namespace BatchDeck {

namespace {

const QString BannerStyle = QStringLiteral(
    "QFrame#errorBanner { background: rgba(%1, %2, %3, 0.14); border: 1px solid rgb(%1, %2, %3);"
    " border-radius: 4px; }");

} // namespace

MainWindow::MainWindow(CredentialStore *credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(&m_network)
    , m_catalog(&m_client)
    , m_ownedCredentials(credentials ? nullptr : std::make_unique<KeychainCredentialStore>())
    , m_credentials(credentials ? credentials : m_ownedCredentials.get())
    , m_connection(std::make_unique<ConnectionController>(&m_client, m_credentials))
    , m_browser(&m_client)
    , m_counter(&m_client)
    , m_exportRunner(new ExportRunner(&m_client, this))
    , m_batchBrowser(&m_client)
{
    m_ui->setupUi(this);
    m_ui->jobTable->setModels(&m_model, &m_proxy);
    m_model.setNameCatalog(&m_catalog);
    m_ui->sidebar->setNameCatalog(&m_catalog);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->errorBanner->hide();
    m_ui->pages->setCurrentWidget(m_ui->welcomePage);
    m_searchCountLabel = new QLabel(this);
    makePlainText(m_searchCountLabel);
    m_ui->searchRow->insertWidget(1, m_searchCountLabel);
    setUpActions();
    setUpStatusBar();
    setJobActionsEnabled(false); // until connected

    connect(m_connection.get(), &ConnectionController::connected, this, &MainWindow::onConnected);
    connect(m_connection.get(), &ConnectionController::setupNeeded, this, &MainWindow::showWelcome);
    connect(m_connection.get(), &ConnectionController::storageProblem, this,
            [this](const QString &message) { showBanner(message, BannerKind::Notice); });
    connect(m_ui->connectButton, &QPushButton::clicked, this, &MainWindow::openConnectionDialog);
    connect(m_ui->demoButton, &QPushButton::clicked, m_connection.get(),
            &ConnectionController::useDemo);

    connect(m_ui->sidebar, &JobFilterPanel::filterChanged, this,
            [this](const JobFilter &filter) { applyFilter(filter); });
    connect(&m_counter, &FilterCounter::countsChanged, this,
            [this] { m_ui->sidebar->showCounts(&m_counter); });
    connect(&m_browser, &JobBrowser::pageLoaded, this, &MainWindow::onPageLoaded);
    connect(&m_browser, &JobBrowser::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_ui->pagingBar, &PagingBar::pageRequested, this,
            [this](int page) { showingBatches() ? showBatchPage(page) : m_browser.setPage(page); });
    connect(m_ui->pagingBar, &PagingBar::pageSizeChanged, this, [this](int pageSize) {
        SettingsStore::savePageSize(pageSize);
        showingBatches() ? m_batchBrowser.setPageSize(pageSize) : m_browser.setPageSize(pageSize);
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, &MainWindow::refresh);
    connect(m_ui->dismissButton, &QToolButton::clicked, m_ui->errorBanner, &QWidget::hide);
    for (QPushButton *reset : {m_ui->clearFiltersButton, m_ui->emptyResetButton})
        connect(reset, &QPushButton::clicked, m_ui->actionResetFilters, &QAction::trigger);
    connect(m_ui->quickSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy.setSearchText(text);
        updateSearchCount();
    });
    connect(m_ui->jobTable, &JobTableView::openRequested, this, &MainWindow::openDetails);
    connect(m_exportRunner, &ExportRunner::finished, this,
            [this](const ExportResult &result, const QString &path) {
                if (result.isOk())
                    statusBar()->showMessage(
                        shownText(tr("Exported %1 jobs to %2")
                                      .arg(QLocale().toString(result.rowsWritten), path)),
                        10'000);
            });
    connect(&m_autoRefresh, &QTimer::timeout, this, &MainWindow::onAutoRefreshTick);
    m_clock.setInterval(30'000);
    connect(&m_clock, &QTimer::timeout, &m_model, &JobTableModel::refreshRelativeTimes);
    m_clock.start();
    setUpBatches();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    QStyle *style = this->style();
    m_ui->actionRefresh->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    m_ui->actionExport->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    m_ui->actionConnection->setIcon(style->standardIcon(QStyle::SP_DriveNetIcon));
    m_ui->actionAutoRefresh->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    m_ui->actionPreviousPage->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    m_ui->actionNextPage->setIcon(style->standardIcon(QStyle::SP_ArrowForward));

    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::openExportDialog);
    connect(m_ui->actionConnection, &QAction::triggered, this, &MainWindow::openConnectionDialog);
    connect(m_ui->actionForgetKey, &QAction::triggered, this, &MainWindow::confirmForgetKey);
    connect(m_ui->actionDemo, &QAction::triggered, m_connection.get(),
            &ConnectionController::useDemo);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->quickSearch->setFocus(Qt::ShortcutFocusReason);
        m_ui->quickSearch->selectAll();
    });
    connect(m_ui->actionResetFilters, &QAction::triggered, this, [this] {
        if (showingBatches()) {
            m_batchFilters->setQuery({});
            return applyBatchQuery({});
        }
        m_ui->sidebar->setFilter({});
        applyFilter({});
    });
    connect(m_ui->actionOpenDetails, &QAction::triggered, this, [this] {
        if (showingBatches()) {
            if (const Batch *batch = m_batchTable->currentBatch())
                openBatchDetails(*batch);
            return;
        }
        if (const Job *job = m_ui->jobTable->currentJob())
            openDetails(*job);
    });
    connect(m_ui->actionFirstPage, &QAction::triggered, this,
            [this] { showingBatches() ? m_batchBrowser.firstPage() : m_browser.setPage(0); });
    connect(m_ui->actionPreviousPage, &QAction::triggered, this, [this] {
        if (showingBatches())
            return m_batchBrowser.previousPage();
        if (m_browser.hasPreviousPage())
            m_browser.setPage(m_browser.page() - 1);
    });
    connect(m_ui->actionNextPage, &QAction::triggered, this, [this] {
        if (showingBatches())
            return m_batchBrowser.nextPage();
        if (m_browser.hasNextPage())
            m_browser.setPage(m_browser.page() + 1);
    });
    connect(m_ui->actionLastPage, &QAction::triggered, this, [this] {
        if (showingBatches())
            return; // cursor paging has no last page
        if (const std::optional<int> pages = m_browser.pageCount())
            m_browser.setPage(*pages - 1);
    });

    // Auto-refresh is off at every start; the interval is remembered.
    auto *intervals = new QActionGroup(this);
    const int savedInterval = SettingsStore::autoRefreshSeconds();
    for (int seconds : {5, 10, 30, 60}) {
        QAction *action = m_ui->intervalMenu->addAction(
            seconds < 60 ? tr("Every %1 seconds").arg(seconds) : tr("Every minute"));
        action->setCheckable(true);
        action->setChecked(seconds == savedInterval);
        intervals->addAction(action);
        connect(action, &QAction::triggered, this, [this, seconds] {
            SettingsStore::saveAutoRefreshSeconds(seconds);
            m_autoRefresh.setInterval(seconds * 1000);
        });
    }
    m_autoRefresh.setInterval(savedInterval * 1000);
    connect(m_ui->actionAutoRefresh, &QAction::toggled, this,
            [this](bool on) { on ? m_autoRefresh.start() : m_autoRefresh.stop(); });
}

void MainWindow::setUpStatusBar()
{
    m_connectionLabel = new QLabel(this);
    m_refreshedLabel = new QLabel(this);
    m_activityLabel = new QLabel(tr("Loading…"), this);
    m_activityBar = new QProgressBar(this);
    m_activityBar->setRange(0, 0);
    m_activityBar->setMaximumWidth(90);
    m_activityBar->setMaximumHeight(fontMetrics().height());
    m_activityBar->setTextVisible(false);
    m_activityBar->hide();
    m_activityLabel->hide();
    statusBar()->addPermanentWidget(m_activityLabel);
    statusBar()->addPermanentWidget(m_activityBar);
    statusBar()->addPermanentWidget(m_refreshedLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    // Names that could not be loaded are no error: the IDs show, as before there were names.
    m_namesLabel = new QLabel(tr("IDs only"), this);
    m_namesLabel->setObjectName(QStringLiteral("namesLabel"));
    for (QLabel *label : {m_connectionLabel, m_refreshedLabel, m_activityLabel, m_namesLabel})
        makePlainText(label);
    m_namesLabel->hide();
    statusBar()->insertPermanentWidget(0, m_namesLabel);
    connect(&m_catalog, &NameCatalog::problemChanged, this, [this](const QString &problem) {
        m_namesLabel->setVisible(!problem.isEmpty());
        setPlainToolTip(m_namesLabel,
                        problem.isEmpty()
                            ? QString()
                            : tr("Some project or directory names are missing, so their IDs "
                                 "are shown. %1")
                                  .arg(problem));
    });
    connect(&m_catalog, &NameCatalog::loaded, this, &MainWindow::lookUpShownDirectories);
    connect(&m_client, &ApiClient::activeCallsChanged, this, [this](int count) {
        m_activityBar->setVisible(count > 0);
        m_activityLabel->setVisible(count > 0);
        m_activityLabel->setText(count == 1 ? tr("1 request in flight")
                                            : tr("%1 requests in flight").arg(count));
    });
}

void MainWindow::start(bool demo)
{
    m_connection->restore(demo);
}

void MainWindow::showWelcome(const QString &reason)
{
    setPlainText(m_ui->welcomeNote, reason);
    m_ui->pages->setCurrentWidget(m_ui->welcomePage);
    m_connectionLabel->setText(tr("Not connected"));
    setJobActionsEnabled(false);
}

void MainWindow::setJobActionsEnabled(bool enabled)
{
    for (QAction *action :
         {m_ui->actionRefresh, m_ui->actionExport, m_ui->actionAutoRefresh, m_ui->actionFind,
          m_ui->actionResetFilters, m_ui->actionOpenDetails, m_ui->actionFirstPage,
          m_ui->actionPreviousPage, m_ui->actionNextPage, m_ui->actionLastPage})
        action->setEnabled(enabled);
    m_ui->actionForgetKey->setEnabled(enabled && m_connection->hasSavedKey());
}

void MainWindow::onConnected()
{
    // Details of another server's jobs would now ask the wrong server.
    for (const QPointer<JobDetailsDialog> &dialog : std::as_const(m_details)) {
        if (dialog)
            dialog->close();
    }
    m_details.clear();
    // Nor may its rows stay on screen under the new name while the new page loads.
    m_browser.clear();
    m_model.setJobs({});
    m_ui->pagingBar->showState(m_browser);
    m_refreshedLabel->clear();
    if (m_bannerKind != BannerKind::Notice)
        m_ui->errorBanner->hide();
    m_ui->pages->setCurrentWidget(m_ui->browserPage);
    setJobActionsEnabled(true);
    setPlainText(m_connectionLabel, m_connection->displayName());
    setWindowTitle(shownText(tr("BatchDeck — %1").arg(m_connection->displayName())));
    const JobFilter filter = SettingsStore::filter();
    // Before the page: names are fewer requests, and a lookup waits for them.
    if (filter.validationError().isEmpty())
        m_catalog.refresh(filter.scope());
    m_ui->sidebar->setFilter(filter);
    applyFilter(filter, SettingsStore::pageSize());
    startBatches();
    m_ui->jobTable->setFocus();
}

void MainWindow::applyFilter(const JobFilter &filter, std::optional<int> pageSize)
{
    SettingsStore::saveFilter(filter);
    m_catalog.setScope(filter.scope()); // the chosen project's directories, for the picker
    m_browser.show(filter, pageSize.value_or(m_browser.pageSize()));
    m_counter.update(filter);
    m_countsUpdated = QDateTime::currentDateTimeUtc();
    updateFilterState();
}

void MainWindow::refresh()
{
    if (showingBatches())
        return m_batchBrowser.refresh();
    m_browser.refresh();
    m_counter.update(m_browser.filter());
    m_countsUpdated = QDateTime::currentDateTimeUtc();
}

void MainWindow::onPageLoaded()
{
    m_model.setJobs(m_browser.jobs());
    lookUpShownDirectories();
    m_sourceSwitch->setCount(DataSource::Jobs, m_browser.totalSize());
    if (showingBatches())
        return; // the batch view is on screen
    m_ui->pagingBar->showState(m_browser);
    m_ui->actionFirstPage->setEnabled(m_browser.hasPreviousPage());
    m_ui->actionPreviousPage->setEnabled(m_browser.hasPreviousPage());
    m_ui->actionNextPage->setEnabled(m_browser.hasNextPage());
    m_ui->actionLastPage->setEnabled(m_browser.pageCount().has_value());
    m_refreshedLabel->setText(
        tr("Refreshed %1")
            .arg(QLocale().toString(m_browser.lastRefreshed().toLocalTime().time(),
                                    QLocale::ShortFormat)));
    if (m_bannerKind != BannerKind::Notice)
        m_ui->errorBanner->hide();
    if (const qsizetype invalid = m_browser.invalidJobs().size(); invalid > 0) {
        const QString first = m_browser.invalidJobs().first().describe();
        showBanner(invalid == 1 ? tr("One job on this page is not shown because %1.").arg(first)
                                : tr("%1 jobs on this page are not shown; the first because %2.")
                                      .arg(invalid)
                                      .arg(first),
                   BannerKind::PageWarning);
    } else if (const int outside = m_browser.rowsOutsideFilter(); outside > 0) {
        showBanner(outside == 1 ? tr("The server sent 1 job on this page that does not match the "
                                     "filters asked for; it is not shown.")
                                : tr("The server sent %1 jobs on this page that do not match the "
                                     "filters asked for; they are not shown.")
                                      .arg(outside),
                   BannerKind::PageWarning);
    }
    const bool empty = m_browser.jobs().isEmpty();
    if (empty) {
        const QStringList filters = m_browser.filter().describe();
        m_ui->emptyLabel->setText(
            filters.isEmpty()
                ? tr("<h3>No batch jobs yet</h3>Jobs started in LlamaCloud appear here.")
                : tr("<h3>No jobs match these filters</h3>Hidden by %1.")
                      .arg(shownText(filters.join(QStringLiteral(" · "))).toHtmlEscaped()));
        m_ui->emptyResetButton->setVisible(!filters.isEmpty());
    }
    m_ui->tableStack->setCurrentWidget(empty ? m_ui->emptyPage
                                             : static_cast<QWidget *>(m_ui->jobTable));
    updateSearchCount();
}

void MainWindow::lookUpShownDirectories()
{
    for (const Job &job : m_browser.jobs()) {
        if (!job.directoryId.isEmpty() && m_catalog.directoryName(job.directoryId).isEmpty())
            m_catalog.lookUpDirectory(job.directoryId, m_browser.shownScope());
    }
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    if (showingBatches() && sender() == &m_browser)
        return; // the v1 list is not on screen
    showBanner(error.message, BannerKind::Error);
    m_refreshedLabel->setText(tr("Refresh failed"));
}

void MainWindow::showBanner(const QString &text, BannerKind kind)
{
    const bool isError = kind == BannerKind::Error;
    m_bannerKind = kind;
    const QColor color = isError ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00);
    m_ui->errorBanner->setStyleSheet(
        BannerStyle.arg(color.red()).arg(color.green()).arg(color.blue()));
    setPlainText(m_ui->errorLabel, text);
    m_ui->retryButton->setVisible(isError);
    m_ui->errorBanner->show();
}

void MainWindow::updateFilterState()
{
    const QStringList filters = m_browser.filter().describe();
    m_ui->filterLabel->setText(
        filters.isEmpty()
            ? QString()
            : tr("<b>Filtered:</b> %1")
                  .arg(shownText(filters.join(QStringLiteral(" · "))).toHtmlEscaped()));
    m_ui->filterLabel->setVisible(!filters.isEmpty());
    m_ui->clearFiltersButton->setVisible(!filters.isEmpty());
    m_ui->actionResetFilters->setEnabled(!filters.isEmpty());
}

void MainWindow::updateSearchCount()
{
    const bool searching = !m_proxy.searchText().isEmpty();
    m_searchCountLabel->setVisible(searching);
    if (searching)
        m_searchCountLabel->setText(
            tr("%1 of %2 on this page").arg(m_proxy.rowCount()).arg(m_model.rowCount()));
}

bool MainWindow::autoRefreshPaused() const
{
    // Never refresh under an open menu, dialog or a filter being typed: the rows would move.
    return QApplication::activePopupWidget() || QApplication::activeModalWidget()
        || m_ui->sidebar->hasPendingChange() || m_browser.isLoading()
        || m_batchFilters->hasPendingChange() || m_batchBrowser.isLoading()
        || m_ui->pages->currentWidget() != m_ui->browserPage;
}

void MainWindow::onAutoRefreshTick()
{
    if (autoRefreshPaused())
        return;
    if (showingBatches())
        return m_batchBrowser.refresh();
    m_browser.refresh();
    if (m_countsUpdated.msecsTo(QDateTime::currentDateTimeUtc()) >= CountsRefreshMs) {
        m_counter.update(m_browser.filter());
        m_countsUpdated = QDateTime::currentDateTimeUtc();
    }
}

JobDetailsDialog *MainWindow::openDetails(const Job &job)
{
    if (QPointer<JobDetailsDialog> open = m_details.value(job.id)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    // The job came from the browser's list: its own calls go to the same project and organization.
    auto *dialog = new JobDetailsDialog(&m_client, job, m_browser.shownScope(), this, &m_catalog);
    connect(dialog, &JobDetailsDialog::jobUpdated, &m_model, &JobTableModel::updateJob);
    // A re-run is a new job: the list shows it once refreshed.
    connect(dialog, &JobDetailsDialog::jobCreated, this, &MainWindow::refresh);
    m_details.insert(job.id, dialog);
    dialog->show();
    return dialog;
}

void MainWindow::openExportDialog()
{
    if (showingBatches())
        return openBatchExport();
    const QList<Job> selected = m_ui->jobTable->selectedJobs();
    auto *dialog = new ExportDialog(m_browser.totalSize(), int(m_browser.jobs().size()),
                                    int(selected.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, selected] {
        switch (dialog->scope()) {
        case ExportDialog::Scope::AllMatching:
            m_exportRunner->exportMatching(m_browser.filter(), dialog->filePath(),
                                           dialog->csvOptions());
            break;
        case ExportDialog::Scope::CurrentPage:
            m_exportRunner->exportJobs(m_browser.jobs(), dialog->filePath(), dialog->csvOptions());
            break;
        case ExportDialog::Scope::SelectedRows:
            m_exportRunner->exportJobs(selected, dialog->filePath(), dialog->csvOptions());
            break;
        }
    });
    dialog->open();
}

void MainWindow::openConnectionDialog()
{
    // The server in use, including one from LLAMA_CLOUD_BASE_URL. A key from the environment
    // stays there, and the demo's address is no server to keep.
    ClientSettings current = m_client.settings();
    if (m_connection->keyFromEnvironment())
        current.apiKey.clear();
    if (m_connection->isDemo() || !m_connection->isConnected()) {
        current = ClientSettings {};
        if (const QUrl environmentUrl = baseUrlFromEnvironment(); !environmentUrl.isEmpty())
            current.baseUrl = environmentUrl;
    }
    auto *dialog = new ConnectionDialog(&m_network, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_connection->storageNote().isEmpty())
        dialog->setStorageNote(m_connection->storageNote());
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_connection->useCloud(dialog->settings()); });
    dialog->open();
}

void MainWindow::confirmForgetKey()
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Forget API key"),
        tr("Remove the API key for %1 from this computer?").arg(m_client.settings().displayName()),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("forgetKeyConfirmation"));
    box->setInformativeText(tr("BatchDeck disconnects, and the key has to be entered again to "
                               "connect."));
    QPushButton *forget = box->addButton(tr("&Forget key"), QMessageBox::DestructiveRole);
    // Enter or Escape keeps the key: only a deliberate click removes it.
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, forget](QAbstractButton *button) {
        if (button != forget)
            return;
        m_ui->actionAutoRefresh->setChecked(false);
        setJobActionsEnabled(false);
        m_connection->forgetKey();
    });
    box->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("About BatchDeck"),
        tr("<h3>BatchDeck %1</h3><p>A desktop app for LlamaCloud "
           "batch-processing jobs.</p><p>Built with Qt %2.</p>")
            .arg(QStringLiteral(BATCHDECK_VERSION), QString::fromLatin1(qVersion())),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!m_ui->splitter->restoreState(
            settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_ui->splitter->setSizes({220, 1000});
    m_ui->jobTable->restoreColumns();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    m_ui->jobTable->saveColumns();
    m_batchTable->saveColumns();
    QMainWindow::closeEvent(event);
}

} // namespace BatchDeck
