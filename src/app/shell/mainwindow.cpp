#include "app/shell/mainwindow.h"

#include "app/batches/batchesview.h"
#include "app/common/appsettings.h"
#include "app/common/servertext.h"
#include "app/connection/connectioncontroller.h"
#include "app/connection/credentialstore.h"
#include "app/export/exportrunner.h"
#include "app/index/indexcontroller.h"
#include "app/index/indexindicator.h"
#include "app/indexviews/allbatchesview.h"
#include "app/indexviews/alljobsview.h"
#include "app/indexviews/failuresview.h"
#include "app/indexviews/openbyid.h"
#include "app/indexviews/overviewview.h"
#include "app/indexviews/stuckview.h"
#include "app/jobs/jobsview.h"
#include "app/shell/aboutbox.h"
#include "app/shell/autorefresh.h"
#include "app/shell/banner.h"
#include "app/shell/connectionactions.h"
#include "app/shell/guidedialog.h"
#include "app/shell/shellstatus.h"
#include "app/shell/shortcutsdialog.h"
#include "app/shell/sourceswitch.h"
#include "app/shell/windowgeometry.h"
#include "app/watch/watchcontroller.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QShortcut>
#include <QStatusBar>
#include <QStyle>

namespace BatchDeck {

MainWindow::MainWindow(CredentialStore *credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(&m_network)
    , m_catalog(&m_client)
    , m_ownedCredentials(credentials ? nullptr : std::make_unique<KeychainCredentialStore>())
    , m_credentials(credentials ? credentials : m_ownedCredentials.get())
    , m_connection(std::make_unique<ConnectionController>(&m_client, m_credentials))
    , m_exportRunner(new ExportRunner(&m_client, this))
    , m_connectionActions(new ConnectionActions(&m_network, &m_client, m_connection.get(), this))
{
    m_ui->setupUi(this);
    m_status = new ShellStatus(statusBar(), &m_client, &m_catalog, m_exportRunner);
    m_ui->splitter->setStretchFactor(1, 1);
    m_banner = new Banner(m_ui->errorBanner, m_ui->errorLabel, m_ui->retryButton);
    m_ui->pages->setCurrentWidget(m_ui->welcomePage);
    m_searchCountLabel = new QLabel(this);
    makePlainText(m_searchCountLabel);
    m_ui->searchRow->insertWidget(1, m_searchCountLabel);

    // Before the views: their tables and details dialogs find it in the window.
    m_watch = new WatchController(&m_client, this);
    const ShellServices services {&m_client, &m_catalog, m_exportRunner, this};
    m_jobsView = new JobsView(services, this);
    m_batchesView = new BatchesView(services, this);
    m_index = new IndexController(&m_client, this);
    m_indexIndicator = new IndexIndicator(m_index, this);
    statusBar()->addPermanentWidget(m_indexIndicator);
    m_ui->menuBar->insertMenu(m_ui->helpMenu->menuAction(), m_indexIndicator->indexMenu());
    connect(m_index, &IndexController::notice, this,
            [this](const QString &message) { m_banner->show(message, Banner::Kind::Notice); });
    m_allJobsView = new AllJobsView(services, m_index, this);
    m_allBatchesView = new AllBatchesView(services, m_index, this);
    m_failuresView = new FailuresView(services, m_index, this);
    m_stuckView = new StuckView(services, m_index, this);
    m_openById = new OpenById(services, m_index, this);
    auto *openById = new QAction(tr("Open by &ID…"), this);
    openById->setObjectName(QStringLiteral("actionOpenById"));
    openById->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    openById->setToolTip(tr("Open a job or batch by its ID, from the index or the server"));
    m_ui->goMenu->addSeparator();
    m_ui->goMenu->addAction(openById);
    connect(openById, &QAction::triggered, m_openById, &OpenById::openDialog);
    // An ID pasted on a list opens it; a text field keeps its own paste.
    auto *pasteId = new QShortcut(QKeySequence::Paste, this);
    connect(pasteId, &QShortcut::activated, this, [this] {
        if (m_ui->pages->currentWidget() == m_ui->browserPage && OpenById::clipboardHoldsId())
            m_openById->open(QGuiApplication::clipboard()->text().trimmed());
    });
    for (ListView *view :
         std::initializer_list<ListView *> {m_jobsView, m_batchesView, m_allJobsView,
                                            m_allBatchesView, m_failuresView, m_stuckView})
        addView(view);
    auto *overview = new OverviewView(services, m_index, this);
    addView(overview);
    m_ui->goMenu->insertSeparator(m_ui->actionFirstPage);
    connect(overview, &OverviewView::bucketChosen, this, [this](const OverviewChoice &choice) {
        // A bar's jobs or batches, in the list of every one.
        IndexPagedView *list =
            choice.batches ? static_cast<IndexPagedView *>(m_allBatchesView) : m_allJobsView;
        showChoiceIn(list, choice);
        showView(list);
    });
    setUpActions();
    m_autoRefresh = new AutoRefresh(m_ui->intervalMenu, m_ui->actionAutoRefresh, this);
    m_autoRefresh->setPauseCheck([this] { return autoRefreshPaused(); });
    connect(m_autoRefresh, &AutoRefresh::due, this, [this] {
        m_index->syncInBackground();
        m_current->autoRefresh();
    });
    connect(m_autoRefresh, &AutoRefresh::scheduleChanged, this, [this] {
        m_status->setAutoRefresh(m_autoRefresh->statusText(), m_autoRefresh->statusToolTip());
    });
    // Watched work is looked at as often as the lists refresh, whether auto-refresh is on or not.
    m_watch->setIntervalSeconds(m_autoRefresh->intervalSeconds());
    connect(m_autoRefresh, &AutoRefresh::scheduleChanged, this,
            [this] { m_watch->setIntervalSeconds(m_autoRefresh->intervalSeconds()); });
    connect(m_watch, &WatchController::openRequested, this, &MainWindow::showWatchedDetails);
    connect(m_watch, &WatchController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 30'000); });
    m_watchAllAction = new QAction(tr("&Watch All Running in View"), this);
    m_watchAllAction->setObjectName(QStringLiteral("actionWatchAllRunning"));
    m_watchAllAction->setToolTip(
        tr("Get a desktop notification when each unfinished job or batch of this list ends"));
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addAction(m_watchAllAction);
    connect(m_watchAllAction, &QAction::triggered, m_watch, &WatchController::watchAllInView);
    setListActionsEnabled(false); // until connected

    connect(m_connection.get(), &ConnectionController::connected, this, &MainWindow::onConnected);
    connect(m_connection.get(), &ConnectionController::setupNeeded, this, &MainWindow::showWelcome);
    connect(m_connection.get(), &ConnectionController::storageProblem, this,
            [this](const QString &message) { m_banner->show(message, Banner::Kind::Notice); });
    connect(m_ui->connectButton, &QPushButton::clicked, m_connectionActions,
            &ConnectionActions::openDialog);
    connect(m_ui->demoButton, &QPushButton::clicked, m_connection.get(),
            &ConnectionController::useDemo);
    connect(m_ui->sourceSwitch, &SourceSwitch::currentChanged, this,
            [this](int index) { showView(m_views.value(index)); });
    connect(m_ui->pagingBar, &PagingBar::pageRequested, this,
            [this](int page) { m_current->showPage(page); });
    connect(m_ui->pagingBar, &PagingBar::pageSizeChanged, this, [this](int pageSize) {
        AppSettings().savePageSize(pageSize);
        m_current->setPageSize(pageSize);
    });
    connect(m_ui->retryButton, &QPushButton::clicked, m_ui->actionRefresh, &QAction::trigger);
    connect(m_ui->dismissButton, &QToolButton::clicked, m_ui->errorBanner, &QWidget::hide);
    for (QPushButton *reset : {m_ui->clearFiltersButton, m_ui->emptyResetButton})
        connect(reset, &QPushButton::clicked, m_ui->actionResetFilters, &QAction::trigger);
    connect(m_ui->quickSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_current->setSearchText(text);
        updateSearchCount();
    });
    m_ui->quickSearch->installEventFilter(this); // Esc empties it

    const QString shown = AppSettings().shownList();
    m_current = m_views.first();
    for (ListView *view : std::as_const(m_views)) {
        if (view->settingsName() == shown)
            m_current = view;
    }
    showFrameOf(m_current);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

SourceSwitch &MainWindow::sourceSwitch()
{
    return *m_ui->sourceSwitch;
}

void MainWindow::addView(ListView *view)
{
    const int index = int(m_views.size());
    m_views.append(view);
    m_ui->sourceSwitch->addSource(view->title(), view->toolTip(), view->settingsName());
    // Go > the list, Ctrl+1 to Ctrl+9, listed above the page commands.
    auto *go = new QAction(QString(view->title()).replace(u'&', QLatin1String("&&")), this);
    go->setObjectName(QStringLiteral("actionShow_") + view->settingsName());
    if (index < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    m_ui->goMenu->insertAction(m_ui->actionFirstPage, go);
    m_viewActions.append(go);
    connect(go, &QAction::triggered, this, [this, view] { showView(view); });
    m_ui->filterStack->addWidget(view->filterPanel());
    m_ui->tableStack->addWidget(view->table());
    connect(view, &ListView::pageShown, this, [this, view] { showPageOf(view); });
    connect(view, &ListView::pagingChanged, this, [this, view] {
        if (view == m_current)
            m_ui->pagingBar->showState(view->state().paging);
    });
    connect(view, &ListView::loadFailed, this,
            [this, view](const ApiError &error) { onLoadFailed(view, error); });
    connect(view, &ListView::filterStateChanged, this, [this, view] {
        if (view != m_current)
            return;
        updateFilterState();
        // What the search looks through may change with the view's mode (Failures' items).
        m_ui->quickSearch->setPlaceholderText(view->searchPlaceholder());
    });
    connect(view, &ListView::totalChanged, this, [this, index](std::optional<qint64> total) {
        m_ui->sourceSwitch->setCount(index, total);
    });
}

void MainWindow::setUpActions()
{
    QStyle *style = this->style();
    m_ui->actionRefresh->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    m_ui->actionExport->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    m_ui->actionConnection->setIcon(style->standardIcon(QStyle::SP_DriveNetIcon));
    m_ui->actionAutoRefresh->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    m_ui->actionPreviousPage->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    m_ui->actionNextPage->setIcon(style->standardIcon(QStyle::SP_ArrowForward));

    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] { m_current->refresh(); });
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::openExportDialog);
    connect(m_ui->actionConnection, &QAction::triggered, m_connectionActions,
            &ConnectionActions::openDialog);
    connect(m_ui->actionForgetKey, &QAction::triggered, m_connectionActions,
            &ConnectionActions::confirmForgetKey);
    connect(m_connectionActions, &ConnectionActions::aboutToForgetKey, this, [this] {
        m_ui->actionAutoRefresh->setChecked(false);
        setListActionsEnabled(false);
    });
    connect(m_ui->actionDemo, &QAction::triggered, m_connection.get(),
            &ConnectionController::useDemo);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { showAboutBox(this); });
    connect(m_ui->actionShortcuts, &QAction::triggered, this,
            [this] { showHelpWindow(new ShortcutsDialog(m_ui->menuBar, this)); });
    connect(m_ui->actionGuide, &QAction::triggered, this,
            [this] { showHelpWindow(new GuideDialog(this)); });
    connect(m_ui->actionApiReference, &QAction::triggered, this,
            [] { QDesktopServices::openUrl(GuideDialog::apiReferenceUrl()); });
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->quickSearch->setFocus(Qt::ShortcutFocusReason);
        m_ui->quickSearch->selectAll();
    });
    connect(m_ui->actionResetFilters, &QAction::triggered, this,
            [this] { m_current->resetFilters(); });
    connect(m_ui->actionOpenDetails, &QAction::triggered, this,
            [this] { m_current->openCurrent(); });
    m_ui->pagingBar->setNavigationActions(m_ui->actionFirstPage, m_ui->actionPreviousPage,
                                          m_ui->actionNextPage, m_ui->actionLastPage,
                                          [this] { return m_current->state().paging; });
}

void MainWindow::showHelpWindow(QDialog *window)
{
    // One of each: asking again raises the open one.
    for (QDialog *open : findChildren<QDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (open != window && open->metaObject() == window->metaObject() && open->isVisible()) {
            delete window;
            open->raise();
            open->activateWindow();
            return;
        }
    }
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void MainWindow::showWatchedDetails(const QString &id, const ProjectScope &scope)
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    m_openById->open(id, scope);
}

void MainWindow::start(bool demo)
{
    m_connection->restore(demo);
}

void MainWindow::showWelcome(const QString &reason)
{
    setPlainText(m_ui->welcomeNote, reason);
    m_ui->pages->setCurrentWidget(m_ui->welcomePage);
    m_status->setConnection(tr("Not connected"));
    setListActionsEnabled(false);
    m_watch->setServer({}); // nobody to ask
}

void MainWindow::setListActionsEnabled(bool enabled)
{
    for (QAction *action :
         {m_ui->actionRefresh, m_ui->actionExport, m_ui->actionAutoRefresh, m_ui->actionFind,
          m_ui->actionResetFilters, m_ui->actionOpenDetails, m_ui->actionFirstPage,
          m_ui->actionPreviousPage, m_ui->actionNextPage, m_ui->actionLastPage})
        action->setEnabled(enabled);
    for (QAction *action : std::as_const(m_viewActions))
        action->setEnabled(enabled);
    m_watchAllAction->setEnabled(enabled);
    m_ui->actionForgetKey->setEnabled(enabled && m_connection->hasSavedKey());
}

void MainWindow::onConnected()
{
    m_status->setRefreshed({});
    m_banner->hideUnlessNotice();
    m_ui->pages->setCurrentWidget(m_ui->browserPage);
    setListActionsEnabled(true);
    m_status->setConnection(m_connection->displayName());
    setWindowTitle(shownText(tr("BatchDeck — %1").arg(m_connection->displayName())));
    // The index of this server (the demo has one whatever its port), synced in the background;
    // and the work watched on it.
    const QUrl server =
        m_connection->isDemo() ? QUrl(QStringLiteral("http://demo")) : m_client.settings().baseUrl;
    m_index->connectTo(server, ProjectScope());
    m_watch->setServer(server.toString(QUrl::StripTrailingSlash));
    // Every view forgets the old server's rows; the one on screen loads at once.
    for (ListView *view : std::as_const(m_views))
        view->connectToServer(view == m_current);
    m_ui->pagingBar->showState(m_current->state().paging);
    updateFilterState();
    m_current->table()->setFocus();
}

void MainWindow::showFrameOf(ListView *view)
{
    m_ui->sourceSwitch->setCurrent(int(m_views.indexOf(view)));
    m_ui->filterStack->setCurrentWidget(view->filterPanel());
    m_ui->tableStack->setCurrentWidget(view->table()); // until its page says it is empty
    const QString noSearch = view->searchUnavailableReason();
    m_ui->quickSearch->setEnabled(noSearch.isEmpty());
    m_ui->quickSearch->setToolTip(noSearch);
    m_ui->quickSearch->setPlaceholderText(view->searchPlaceholder());
}

void MainWindow::showView(ListView *view)
{
    if (!view)
        return;
    m_current = view;
    AppSettings().saveShownList(view->settingsName());
    showFrameOf(view);
    m_banner->hideUnlessNotice();
    const bool connected = m_ui->pages->currentWidget() == m_ui->browserPage;
    m_ui->actionExport->setEnabled(connected);
    if (connected)
        view->activate();
    else
        showPageOf(view);
    updateFilterState();
    if (const ListState state = view->state(); state.error)
        onLoadFailed(view, *state.error);
}

void MainWindow::showPageOf(ListView *view)
{
    if (view != m_current)
        return; // its page shows when it is chosen
    const ListState state = view->state();
    m_ui->pagingBar->showState(state.paging);
    if (state.lastRefreshed.isValid())
        m_status->setRefreshed(state.lastRefreshed);
    if (!state.error)
        m_banner->hideUnlessNotice();
    if (!state.pageWarning.isEmpty())
        m_banner->show(state.pageWarning, Banner::Kind::PageWarning);
    if (state.empty) {
        m_ui->emptyLabel->setText(view->emptyText());
        m_ui->emptyResetButton->setVisible(!view->filterDescription().isEmpty());
    }
    m_ui->tableStack->setCurrentWidget(state.empty ? m_ui->emptyPage : view->table());
    updateSearchCount();
}

void MainWindow::onLoadFailed(ListView *view, const ApiError &error)
{
    if (view != m_current)
        return; // that list is not on screen
    m_banner->show(error.message, Banner::Kind::Error);
    m_status->setRefreshFailed();
}

void MainWindow::updateFilterState()
{
    const QStringList filters = m_current->filterDescription();
    // The filter bar gives way: it ends in "…" rather than squeeze the search field (which keeps
    // room for its words) or the sidebar, and its tooltip holds it all, with the IDs behind the
    // names.
    const QString toolTip = m_current->filterToolTip();
    m_ui->filterLabel->setContent(filters.isEmpty() ? QString() : tr("Filtered:"),
                                  shownText(filters.join(QStringLiteral(" · "))), toolTip);
    m_ui->filterLabel->setVisible(!filters.isEmpty());
    m_ui->quickSearch->setMinimumWidth(m_ui->quickSearch->fontMetrics().averageCharWidth() * 36);
    m_ui->clearFiltersButton->setVisible(!filters.isEmpty());
    m_ui->actionResetFilters->setEnabled(!filters.isEmpty());
}

void MainWindow::updateSearchCount()
{
    const QString count = m_current->searchCountText();
    m_searchCountLabel->setVisible(!count.isEmpty());
    m_searchCountLabel->setText(count);
}

bool MainWindow::autoRefreshPaused() const
{
    // Never refresh under an open menu, dialog or a filter being typed: the rows would move.
    if (QApplication::activePopupWidget() || QApplication::activeModalWidget()
        || m_ui->pages->currentWidget() != m_ui->browserPage)
        return true;
    return std::any_of(m_views.cbegin(), m_views.cend(),
                       [](const ListView *view) { return view->isBusy(); });
}

void MainWindow::openExportDialog()
{
    m_current->openExportDialog();
}

void MainWindow::restoreWindowState()
{
    const AppSettings settings;
    const QRect available = screen()->availableGeometry();
    if (!restoreGeometry(settings.windowGeometry()))
        setGeometry(firstWindowGeometry(available));
    else if (!isMaximized() && !isFullScreen())
        setGeometry(fittedWindowGeometry(geometry(), available)); // saved on a larger screen
    if (!m_ui->splitter->restoreState(settings.splitterState()))
        m_ui->splitter->setSizes({220, 1000});
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Esc empties the quick search, as it does a browser's find bar. Only a search with text
    // takes the key: an empty field leaves it to whoever else wants it.
    if (watched == m_ui->quickSearch && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Cancel)
        && !m_ui->quickSearch->text().isEmpty()) {
        m_ui->quickSearch->clear();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings settings;
    settings.saveWindowGeometry(saveGeometry());
    settings.saveSplitterState(m_ui->splitter->saveState());
    for (const ListView *view : std::as_const(m_views))
        view->saveState();
    QMainWindow::closeEvent(event);
}

} // namespace BatchDeck
