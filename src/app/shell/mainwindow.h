#pragma once

#include "core/api/apiclient.h"
#include "core/catalog/namecatalog.h"

#include <QMainWindow>
#include <QNetworkAccessManager>

#include <memory>

class QDialog;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace BatchDeck {

class AllBatchesView;
class AllJobsView;
class AutoRefresh;
class Banner;
class BatchesView;
class ConnectionActions;
class ConnectionController;
class CredentialStore;
class ExportRunner;
class FailuresView;
class IndexController;
class IndexIndicator;
class JobsView;
class OpenById;
class ListView;
class ShellStatus;
class SourceSwitch;
class StuckView;
class WatchController;

// The shell: menus, toolbar, status bar, the source switch and the connection, and the services
// every view shares (network, client, names, credentials, export). Each list is a ListView; the
// shell shows one at a time and knows none of them beyond that interface.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `credentials` may be null: the OS keychain is used then.
    explicit MainWindow(CredentialStore *credentials = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects as remembered (or to the demo server) or shows the welcome screen.
    void start(bool demo);
    void showView(ListView *view);
    ListView *currentView() const { return m_current; }
    void openExportDialog();
    bool autoRefreshPaused() const;

    // For tests and screenshots.
    ApiClient &client() { return m_client; }
    NameCatalog &catalog() { return m_catalog; }
    ConnectionController &connection() { return *m_connection; }
    ExportRunner &exportRunner() { return *m_exportRunner; }
    SourceSwitch &sourceSwitch();
    JobsView &jobsView() { return *m_jobsView; }
    BatchesView &batchesView() { return *m_batchesView; }
    AllJobsView &allJobsView() { return *m_allJobsView; }
    AllBatchesView &allBatchesView() { return *m_allBatchesView; }
    FailuresView &failuresView() { return *m_failuresView; }
    StuckView &stuckView() { return *m_stuckView; }
    IndexController &index() { return *m_index; }
    IndexIndicator &indexIndicator() { return *m_indexIndicator; }
    OpenById &openById() { return *m_openById; }
    WatchController &watch() { return *m_watch; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addView(ListView *view);
    void setUpActions();
    void onConnected();
    void showWelcome(const QString &reason);
    void setListActionsEnabled(bool enabled);
    // The view's switch button, filter panel, table and quick search state.
    void showFrameOf(ListView *view);
    // The view's page, paging state, banner and filter line, when it is the one on screen.
    void showPageOf(ListView *view);
    void onLoadFailed(ListView *view, const ApiError &error);
    void updateFilterState();
    void updateSearchCount();
    void restoreWindowState();
    void showHelpWindow(QDialog *window);
    // A click on a notification: the window comes forward (also from minimised) with the
    // details of `id`, asked for with `scope` (the work's own project, which the list's may not
    // be).
    void showWatchedDetails(const QString &id, const ProjectScope &scope);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager m_network;
    ApiClient m_client;
    NameCatalog m_catalog; // names for the IDs of the client's server, refreshed on connect
    std::unique_ptr<CredentialStore> m_ownedCredentials;
    CredentialStore *m_credentials;
    std::unique_ptr<ConnectionController> m_connection;
    ExportRunner *m_exportRunner;
    ConnectionActions *m_connectionActions;
    ShellStatus *m_status;
    QLabel *m_searchCountLabel;
    AutoRefresh *m_autoRefresh;
    Banner *m_banner;
    QList<ListView *> m_views;
    QList<QAction *> m_viewActions; // Go > each list, Ctrl+1 to Ctrl+9
    ListView *m_current = nullptr;
    JobsView *m_jobsView;
    BatchesView *m_batchesView;
    IndexController *m_index;
    IndexIndicator *m_indexIndicator;
    AllJobsView *m_allJobsView;
    AllBatchesView *m_allBatchesView;
    FailuresView *m_failuresView;
    StuckView *m_stuckView;
    OpenById *m_openById;
    WatchController *m_watch;
    QAction *m_watchAllAction;
};

} // namespace BatchDeck
