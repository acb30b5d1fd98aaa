#pragma once

#include "app/batches/batchtablemodel.h"
#include "app/common/batchsettings.h"
#include "app/connection/connectioncontroller.h"
#include "app/export/exportrunner.h"
#include "app/jobs/jobfilterproxymodel.h"
#include "app/jobs/jobtablemodel.h"
#include "core/batches/batchbrowser.h"
#include "core/batches/batchesapi.h"
#include "core/catalog/catalogapi.h"
#include "core/catalog/namecatalog.h"
#include "core/jobs/filtercounter.h"
#include "core/jobs/jobbrowser.h"
#include "core/jobs/jobsapi.h"

#include <QHash>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

#include <memory>

class QLabel;
class QProgressBar;
class QStackedWidget;

namespace Ui {
class MainWindow;
}

namespace BatchDeck {

class BatchDetailsDialog;
class BatchFilterPanel;
class BatchTableView;
class CredentialStore;
class SourceSwitch;
class JobDetailsDialog;

// The main window: filter sidebar, job table, paging bar, menus and status bar. It wires the
// pieces together; each piece keeps its own logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int CountsRefreshMs = 60'000;

    // `credentials` may be null: the OS keychain is used then.
    explicit MainWindow(CredentialStore *credentials = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects as remembered (or to the demo server) or shows the welcome screen.
    void start(bool demo);

    // For tests and screenshots.
    JobBrowser &browser() { return m_browser; }
    JobTableModel &jobModel() { return m_model; }
    ApiClient &client() { return m_client; }
    NameCatalog &catalog() { return m_catalog; }
    ConnectionController &connection() { return *m_connection; }
    ExportRunner &exportRunner() { return *m_exportRunner; }
    JobDetailsDialog *openDetails(const Job &job);
    void openExportDialog();
    bool autoRefreshPaused() const;
    // The v2 batches view (mainwindowbatches.cpp).
    BatchBrowser &batchBrowser() { return m_batchBrowser; }
    BatchTableModel &batchModel() { return m_batchModel; }
    SourceSwitch &sourceSwitch() { return *m_sourceSwitch; }
    BatchFilterPanel &batchFilters() { return *m_batchFilters; }
    BatchTableView &batchTable() { return *m_batchTable; }
    void setSource(DataSource source);
    bool showingBatches() const;
    BatchDetailsDialog *openBatchDetails(const Batch &batch);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpStatusBar();
    void onConnected();
    void showWelcome(const QString &reason);
    void setJobActionsEnabled(bool enabled);
    // Shows page 1 of `filter`, with `pageSize` rows if given, in one request.
    void applyFilter(const JobFilter &filter, std::optional<int> pageSize = std::nullopt);
    void refresh();
    void onPageLoaded();
    // Asks for the names of the shown jobs' directories that no listing named.
    void lookUpShownDirectories();
    void onLoadFailed(const ApiError &error);
    // Errors and page warnings go away with the next good page; notices stay until dismissed.
    enum class BannerKind { Error, PageWarning, Notice };
    void showBanner(const QString &text, BannerKind kind);
    void updateFilterState();
    void updateSearchCount();
    void onAutoRefreshTick();
    void openConnectionDialog();
    void confirmForgetKey();
    void showAbout();
    void restoreWindowState();
    // The v2 batches view (mainwindowbatches.cpp).
    void setUpBatches();
    void startBatches(); // on connecting: forget the old server's batches, load page 1
    void applyBatchQuery(const ListBatchesQuery &query);
    void showBatchPage(int page); // the paging bar's request: first, previous or next
    void onBatchPageLoaded();
    void updateBatchFilterState();
    void openBatchExport();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager m_network;
    ApiClient m_client;
    NameCatalog m_catalog; // names for the IDs of the client's server, refreshed on connect
    std::unique_ptr<CredentialStore> m_ownedCredentials;
    CredentialStore *m_credentials;
    std::unique_ptr<ConnectionController> m_connection;
    JobBrowser m_browser;
    FilterCounter m_counter;
    JobTableModel m_model;
    JobFilterProxyModel m_proxy;
    ExportRunner *m_exportRunner;
    QTimer m_autoRefresh;
    QTimer m_clock; // ages the relative times shown
    QDateTime m_countsUpdated;
    QHash<QString, QPointer<JobDetailsDialog>> m_details;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_refreshedLabel = nullptr;
    QLabel *m_activityLabel = nullptr;
    QProgressBar *m_activityBar = nullptr;
    QLabel *m_searchCountLabel = nullptr;
    QLabel *m_namesLabel = nullptr; // a quiet note when names could not be loaded
    BannerKind m_bannerKind = BannerKind::Error;
    BatchBrowser m_batchBrowser;
    BatchTableModel m_batchModel;
    BatchTableView *m_batchTable = nullptr;
    BatchFilterPanel *m_batchFilters = nullptr;
    SourceSwitch *m_sourceSwitch = nullptr;
    QStackedWidget *m_filterStack = nullptr;
    QHash<QString, QPointer<BatchDetailsDialog>> m_batchDetails;
};

} // namespace BatchDeck
