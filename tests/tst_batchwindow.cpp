// The window's v2 batches view against a per-test server on 127.0.0.1: the source switch, the
// v2 filters and the query they send, paging by token, details, cancel, and what is remembered.
#include "app/batches/batchdetailsdialog.h"
#include "app/batches/batchesview.h"
#include "app/batches/batchfilterpanel.h"
#include "app/batches/batchtableview.h"
#include "app/batches/referencedjobdialog.h"
#include "app/common/appsettings.h"
#include "app/common/elidedlabel.h"
#include "app/connection/connectioncontroller.h"
#include "app/connection/credentialstore.h"
#include "app/export/exportdialog.h"
#include "app/export/exportrunner.h"
#include "app/jobs/jobsview.h"
#include "app/shell/mainwindow.h"
#include "app/shell/sourceswitch.h"
#include "batchtesting.h"
#include "catalogtesting.h"
#include "demo/demotables.h"
#include "windowtesting.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

using QueryItems = QList<QPair<QString, QString>>;

namespace {

const QString RunningId = QStringLiteral("bat-0002"); // statusOf(2) is RUNNING

// The server state a test can see and change.
struct Server
{
    std::shared_ptr<BatchListServerState> list = std::make_shared<BatchListServerState>();
    std::shared_ptr<int> cancelStatus = std::make_shared<int>(200);
    // The download URL of dfl-a, JSON null when empty.
    std::shared_ptr<QString> downloadUrl =
        std::make_shared<QString>(QStringLiteral("https://files.example/a.pdf?sig=1%2B2"));
};

const QString FilesPath = QStringLiteral("/api/v1/beta/directories/dir-invoices-2026/files");
// Server text that looks like markup: shown, it must read as typed.
const QString MarkupError =
    QStringLiteral("<b>Timed out</b> after <a href=\"https://x\">900 s</a>");

// The batch's source directory: dfl-a is there, dfl-b was deleted since.
std::optional<TestResponse> filesResponse(const Server &state, const TestRequest &request)
{
    QJsonObject a = directoryFileJson(QStringLiteral("dfl-a"), QStringLiteral("dir-invoices-2026"),
                                      QStringLiteral("invoice-a.pdf"));
    QJsonObject b = directoryFileJson(QStringLiteral("dfl-b"), QStringLiteral("dir-invoices-2026"),
                                      QStringLiteral("scan b.heic"));
    b.insert(u"deleted_at", QStringLiteral("2026-11-20T10:00:00Z"));
    if (request.path == FilesPath)
        return TestResponse::json(200, QJsonObject {{QStringLiteral("items"), QJsonArray {a, b}}});
    if (request.path == FilesPath + u"/dfl-a") {
        if (!state.downloadUrl->isEmpty())
            a.insert(u"download_url",
                     QJsonObject {
                         {QStringLiteral("url"), *state.downloadUrl},
                         {QStringLiteral("expires_at"), QStringLiteral("2026-12-01T00:00:00Z")}});
        return TestResponse::json(200, a);
    }
    if (request.path == u"/api/v2/parse/pjb-a")
        return TestResponse::json(
            200,
            QJsonObject {{QStringLiteral("job"),
                          QJsonObject {{QStringLiteral("id"), QStringLiteral("pjb-a")},
                                       {QStringLiteral("project_id"), QStringLiteral("p-1")},
                                       {QStringLiteral("status"), QStringLiteral("FAILED")},
                                       {QStringLiteral("error_message"), MarkupError},
                                       {QStringLiteral("created_at"),
                                        QStringLiteral("2026-11-02T08:31:00Z")},
                                       {QStringLiteral("updated_at"), QJsonValue::Null},
                                       {QStringLiteral("tier"), QStringLiteral("agentic")}}}});
    return std::nullopt;
}

TestHttpServer::Handler handlerFor(const Server &state)
{
    return [state](const TestRequest &request) {
        if (std::optional<TestResponse> files = filesResponse(state, request))
            return *files;
        if (request.path.startsWith(u"/api/v1/"))
            return TestResponse::json(200, jobListJson(0, 3, 3));
        if (request.path.endsWith(u"/cancel")) {
            if (*state.cancelStatus == 409)
                return TestResponse::json(
                    409,
                    QJsonObject {{QStringLiteral("detail"),
                                  QStringLiteral("Batch has already completed.")}});
            return TestResponse::json(200, listedBatchJson(RunningId, QStringLiteral("CANCELLED")));
        }
        if (request.path.startsWith(u"/api/v2/batches/")) {
            const QString id = request.path.section(u'/', 4, 4);
            QJsonObject batch = listedBatchJson(
                id, id == RunningId ? QStringLiteral("RUNNING") : QStringLiteral("COMPLETED"));
            batch.insert(
                u"results",
                QJsonArray {
                    QJsonObject {
                        {QStringLiteral("source_directory_file_id"), QStringLiteral("dfl-a")},
                        {QStringLiteral("job_reference"),
                         QJsonObject {{QStringLiteral("type"), QStringLiteral("parse_v2")},
                                      {QStringLiteral("id"), QStringLiteral("pjb-a")}}},
                        {QStringLiteral("error_message"), QJsonValue::Null}},
                    QJsonObject {
                        {QStringLiteral("source_directory_file_id"), QStringLiteral("dfl-b")},
                        {QStringLiteral("job_reference"), QJsonValue::Null},
                        {QStringLiteral("error_message"),
                         QStringLiteral("File type not supported")}}});
            return TestResponse::json(200, batch);
        }
        return batchListHandler(state.list)(request);
    };
}

// The list's pages; not the sidebar's counts (page_size=1, total_size read).
QList<TestRequest> listRequests(const TestHttpServer &server)
{
    QList<TestRequest> found;
    for (const TestRequest &request : server.requests()) {
        if (request.path == u"/api/v2/batches"
            && request.query.queryItemValue(QStringLiteral("page_size")) != u"1")
            found << request;
    }
    return found;
}

// Stands in for the browser: QDesktopServices hands it the URLs it would open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

} // namespace

class TestBatchWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void switchShowsBatchesAndIsRemembered();
    void theRememberedListIsOnScreenFromTheStart_data();
    void theRememberedListIsOnScreenFromTheStart();
    void anUnknownRememberedListShowsTheFirst();
    void filtersSendTheRightQuery_data();
    void filtersSendTheRightQuery();
    void batchesOutsideTheFilterAreLeftOutAndSaid();
    void datesOutOfOrderAreRefusedNamingTheField();
    void badProjectIdIsRefusedNamingTheField();
    void pagingFollowsTheTokens();
    void lastPageAndPageNumberAreOffForCursorPaging();
    void detailsShowResultsAndConfiguration();
    void onlyFailuresAndCopyOfCells();
    void cancelConfirmationKeepsTheBatchOnEnterAndEscape_data();
    void cancelConfirmationKeepsTheBatchOnEnterAndEscape();
    void cancelShowsTheNewStatus();
    void cancelRefusedShowsTheServersWords();
    void exportWritesTheBatchesWithTheFixedHeader();
    void demoBatchesShowDirectoryAndProjectNames();
    void unlistedSourceDirectoryIsLookedUpById();
    void resultsNameTheirFilesWithTheIdInTooltipAndCopy();
    void jobStatusShowsTheServersTextAsPlainText();
    void resultWithoutJobSaysWhyTheButtonIsOff();
    void openSourceFileOpensOnlyWebAddresses_data();
    void openSourceFileOpensOnlyWebAddresses();

private:
    MainWindow *startOn(const TestHttpServer &server);
    // Connected, the v1 page shown, then switched to batches and their first page shown.
    MainWindow *startInBatches(const TestHttpServer &server);
    void waitForJobs(MainWindow *window);
    void waitForBatches(MainWindow *window);
    BatchDetailsDialog *openDetails(MainWindow *window, const QString &id);

    QTemporaryDir m_settingsDir;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
};

void TestBatchWindow::initTestCase()
{
    isolateWindowTest(m_settingsDir.path());
}

void TestBatchWindow::init()
{
    clearSettings();
}

void TestBatchWindow::cleanup()
{
    m_modelTester.reset();
    m_window.reset();
}

MainWindow *TestBatchWindow::startOn(const TestHttpServer &server)
{
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        &m_window->batchesView().model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1200, 700);
    m_window->show();
    ClientSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.apiKey = QStringLiteral("sk-test-key-123");
    settings.maxRetries = 0;
    m_window->connection().useCloud(settings);
    return m_window.get();
}

MainWindow *TestBatchWindow::startInBatches(const TestHttpServer &server)
{
    MainWindow *window = startOn(server);
    waitForJobs(window);
    window->showView(&window->batchesView());
    waitForBatches(window);
    return window;
}

void TestBatchWindow::waitForJobs(MainWindow *window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window->jobsView().browser().isLoading()
                                 && window->jobsView().browser().lastRefreshed().isValid(),
                             20'000);
}

void TestBatchWindow::waitForBatches(MainWindow *window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window->batchesView().browser().isLoading()
                                 && window->batchesView().browser().lastRefreshed().isValid(),
                             20'000);
}

BatchDetailsDialog *TestBatchWindow::openDetails(MainWindow *window, const QString &id)
{
    const int row = window->batchesView().model().rowOf(id);
    if (row < 0)
        return nullptr;
    BatchTableView &table = window->batchesView().batchTable();
    table.setCurrentIndex(window->batchesView().model().index(row, BatchTableModel::Id));
    QTest::keyClick(&table, Qt::Key_Return);
    auto *dialog = window->findChild<BatchDetailsDialog *>();
    if (dialog
        && !QTest::qWaitFor([dialog] { return dialog->batch().results.has_value(); }, 20'000))
        return nullptr; // the results never came
    return dialog;
}

void TestBatchWindow::switchShowsBatchesAndIsRemembered()
{
    Server state;
    state.list->count = 7;
    state.list->totalSize = 7;
    TestHttpServer server(handlerFor(state));
    {
        MainWindow *window = startOn(server);
        waitForJobs(window);
        auto *tableStack = child<QStackedWidget>(window, "tableStack");
        QCOMPARE(tableStack->currentWidget()->objectName(), QStringLiteral("jobTable"));
        QTRY_COMPARE(window->sourceSwitch().button(0)->accessibleName(),
                     QStringLiteral("Batch jobs (v1) (3)"));
        QCOMPARE(window->sourceSwitch().button(0)->text(), QStringLiteral("Batch jobs (v1)\n3"));
        QVERIFY(listRequests(server).isEmpty()); // no v2 request until batches are shown

        QTest::mouseClick(window->sourceSwitch().button(1), Qt::LeftButton);
        QVERIFY((window->currentView() == &window->batchesView()));
        waitForBatches(window);
        QCOMPARE(window->sourceSwitch().button(1)->accessibleName(),
                 QStringLiteral("Batches (v2) (7)"));
        QCOMPARE(tableStack->currentWidget(), &window->batchesView().batchTable());
        QVERIFY(window->batchesView().filters().isVisible());
        QVERIFY(!child<QWidget>(window, "sidebar")->isVisible());
        QCOMPARE(window->batchesView().model().rowCount(), 7);
        QCOMPARE(child<QLabel>(window, "rangeLabel")->text(), QStringLiteral("Showing 1–7 of 7"));

        child<QListWidget>(&window->batchesView().filters(), "batchStatusList")
            ->setCurrentRow(5); // FAILED
        QTRY_COMPARE(window->batchesView().browser().query().status,
                     std::optional(QStringLiteral("FAILED")));
        cleanup();
    }
    MainWindow *window = startOn(server);
    waitForBatches(window);
    QVERIFY((window->currentView() == &window->batchesView()));
    QTRY_COMPARE(child<QStackedWidget>(window, "tableStack")->currentWidget(),
                 &window->batchesView().batchTable());
    QCOMPARE(window->batchesView().browser().query().status,
             std::optional(QStringLiteral("FAILED")));
    QCOMPARE(listRequests(server).last().query.queryItemValue(QStringLiteral("status")),
             QStringLiteral("FAILED"));

    QTest::mouseClick(window->sourceSwitch().button(0), Qt::LeftButton);
    QCOMPARE(child<QStackedWidget>(window, "tableStack")->currentWidget()->objectName(),
             QStringLiteral("jobTable"));
    QVERIFY(child<QWidget>(window, "sidebar")->isVisible());
}

void TestBatchWindow::theRememberedListIsOnScreenFromTheStart_data()
{
    QTest::addColumn<QString>("remembered");
    QTest::addColumn<bool>("searchable");
    QTest::newRow("jobs: its table, quick search on") << QStringLiteral("jobs") << true;
    QTest::newRow("batches: its table, quick search off") << QStringLiteral("batches") << false;
}

void TestBatchWindow::theRememberedListIsOnScreenFromTheStart()
{
    QFETCH(QString, remembered);
    QFETCH(bool, searchable);
    AppSettings().saveShownList(remembered);
    m_window = std::make_unique<MainWindow>(&m_credentials);
    MainWindow *window = m_window.get();
    ListView *view = window->currentView();
    QCOMPARE(view->settingsName(), remembered);
    // Before anything is loaded: the list's own table, not the page for an empty list.
    QCOMPARE(child<QStackedWidget>(window, "tableStack")->currentWidget(), view->table());
    QCOMPARE(child<QLineEdit>(window, "quickSearch")->isEnabled(), searchable);
    QCOMPARE(child<QLineEdit>(window, "quickSearch")->toolTip().isEmpty(), searchable);
}

void TestBatchWindow::anUnknownRememberedListShowsTheFirst()
{
    // A list saved by another version (or a hand-edited file) names no view of this one.
    AppSettings().saveShownList(QStringLiteral("pipelines"));
    Server state;
    TestHttpServer server(handlerFor(state));
    MainWindow *window = startOn(server);
    waitForJobs(window);
    QVERIFY(window->currentView() == &window->jobsView());
    QVERIFY(window->sourceSwitch().button(0)->isChecked());
    QCOMPARE(child<QStackedWidget>(window, "tableStack")->currentWidget()->objectName(),
             QStringLiteral("jobTable"));
    QVERIFY(listRequests(server).isEmpty()); // the batches list was not asked for
}

void TestBatchWindow::filtersSendTheRightQuery_data()
{
    QTest::addColumn<int>("statusRow");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("directory");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QueryItems>("expected");
    using Items = QueryItems;
    const QDate none;
    QTest::newRow("status only") << 3 << none << none << ""
                                 << ""
                                 << "" << Items {{"status", "RUNNING"}};
    QTest::newRow("one day: from 00:00:00.000Z to 23:59:59.999Z")
        << 0 << QDate(2026, 11, 1) << QDate(2026, 11, 1) << ""
        << ""
        << ""
        << Items {{"created_at_on_or_after", "2026-11-01T00:00:00.000Z"},
                  {"created_at_on_or_before", "2026-11-01T23:59:59.999Z"}};
    QTest::newRow("from only") << 0 << QDate(2026, 2, 28) << none << ""
                               << ""
                               << ""
                               << Items {{"created_at_on_or_after", "2026-02-28T00:00:00.000Z"}};
    QTest::newRow("to only") << 0 << none << QDate(2026, 12, 31) << ""
                             << ""
                             << ""
                             << Items {{"created_at_on_or_before", "2026-12-31T23:59:59.999Z"}};
    QTest::newRow("directory, project and organization")
        << 4 << none << none << " dir-abc "
        << "5d1d2c3e-1111-4222-8333-944455556666"
        << "0f0e0d0c-aaaa-4bbb-8ccc-123456789abc"
        << Items {{"status", "COMPLETED"},
                  {"source_directory_id", "dir-abc"},
                  {"project_id", "5d1d2c3e-1111-4222-8333-944455556666"},
                  {"organization_id", "0f0e0d0c-aaaa-4bbb-8ccc-123456789abc"}};
}

void TestBatchWindow::filtersSendTheRightQuery()
{
    QFETCH(int, statusRow);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, directory);
    QFETCH(QString, project);
    QFETCH(QString, organization);
    QFETCH(QueryItems, expected);
    Server state;
    state.list->count = 3;
    TestHttpServer server(handlerFor(state));
    MainWindow *window = startInBatches(server);
    BatchFilterPanel &panel = window->batchesView().filters();
    child<QListWidget>(&panel, "batchStatusList")->setCurrentRow(statusRow);
    if (from.isValid())
        child<QLineEdit>(&panel, "createdFromEdit")->setText(from.toString(Qt::ISODate));
    if (to.isValid())
        child<QLineEdit>(&panel, "createdToEdit")->setText(to.toString(Qt::ISODate));
    child<QLineEdit>(&panel, "batchDirectoryEdit")->setText(directory);
    child<QLineEdit>(&panel, "batchProjectEdit")->setText(project);
    child<QLineEdit>(&panel, "batchOrganizationEdit")->setText(organization);
    const qsizetype before = listRequests(server).size();
    QTRY_VERIFY_WITH_TIMEOUT(listRequests(server).size() > before, 10'000);
    waitForBatches(window);
    // One request after the pause, not one per change.
    QCOMPARE(listRequests(server).size(), before + 1);
    QUrlQuery sent = listRequests(server).last().query;
    QCOMPARE(sent.queryItemValue(QStringLiteral("page_size")), QStringLiteral("50"));
    sent.removeQueryItem(QStringLiteral("page_size"));
    QList<QPair<QString, QString>> items = sent.queryItems(QUrl::FullyDecoded);
    std::sort(items.begin(), items.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(items, expected);
    QVERIFY(child<QLabel>(window, "filterLabel")->isVisible());
}

void TestBatchWindow::batchesOutsideTheFilterAreLeftOutAndSaid()
{
    Server state;
    state.list->count = 3; // COMPLETED, FAILED, RUNNING, whatever the query asks for
    TestHttpServer server(handlerFor(state));
    MainWindow *window = startInBatches(server);
    QCOMPARE(window->batchesView().model().rowCount(), 3);
    child<QListWidget>(&window->batchesView().filters(), "batchStatusList")
        ->setCurrentRow(4); // COMPLETED
    QTRY_COMPARE_WITH_TIMEOUT(window->batchesView().model().rowCount(), 1, 10'000);
    QCOMPARE(window->batchesView().model().batches().first().status, QStringLiteral("COMPLETED"));
    QTRY_VERIFY(child<QFrame>(window, "errorBanner")->isVisible());
    QCOMPARE(child<QLabel>(window, "errorLabel")->text(),
             QStringLiteral("The server sent 2 batches on this page that do not match the filters "
                            "asked for; they are not shown."));
}

void TestBatchWindow::datesOutOfOrderAreRefusedNamingTheField()
{
    Server state;
    state.list->count = 3;
    TestHttpServer server(handlerFor(state));
    MainWindow *window = startInBatches(server);
    BatchFilterPanel &panel = window->batchesView().filters();
    const qsizetype before = listRequests(server).size();
    child<QLineEdit>(&panel, "createdFromEdit")->setText(QStringLiteral("2026-11-05"));
    child<QLineEdit>(&panel, "createdToEdit")->setText(QStringLiteral("2026-11-01"));
    panel.apply();
    auto *message = child<QLabel>(&panel, "batchValidationLabel");
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(),
             QStringLiteral("Created from (2026-11-05) is after Created to "
                            "(2026-11-01): pick dates in order, or clear one."));
    QTest::qWait(BatchFilterPanel::DebounceMs * 2);
    QCOMPARE(listRequests(server).size(), before);

    child<QLineEdit>(&panel, "createdToEdit")->clear(); // "Any"
    panel.apply();
    QVERIFY(!message->isVisible());
    QTRY_COMPARE(listRequests(server).size(), before + 1);
    QVERIFY(
        !listRequests(server).last().query.hasQueryItem(QStringLiteral("created_at_on_or_before")));
}

void TestBatchWindow::badProjectIdIsRefusedNamingTheField()
{
    Server state;
    TestHttpServer server(handlerFor(state));
    MainWindow *window = startInBatches(server);
    BatchFilterPanel &panel = window->batchesView().filters();
    const qsizetype before = listRequests(server).size();
    child<QLineEdit>(&panel, "batchProjectEdit")->setText(QStringLiteral("not-a-uuid"));
    panel.apply();
    QCOMPARE(panel.validationMessage(), QStringLiteral("No project named 'not-a-uuid'"));
    QCOMPARE(child<ElidedLabel>(&panel, "batchProjectMessage")->fullText(),
             panel.validationMessage());
    QTest::qWait(BatchFilterPanel::DebounceMs * 2);
    QCOMPARE(listRequests(server).size(), before);
}

void TestBatchWindow::pagingFollowsTheTokens()
{
    Server state;
    state.list->count = 120; // pages of 50: 50, 50, 20
    TestHttpServer server(handlerFor(state));
    MainWindow *window = startInBatches(server);
    auto *next = child<QToolButton>(window, "nextButton");
    auto *previous = child<QToolButton>(window, "previousButton");
    auto *first = child<QToolButton>(window, "firstButton");
    auto *range = child<QLabel>(window, "rangeLabel");
    QVERIFY(next->isEnabled());
    QVERIFY(!previous->isEnabled());

    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(window->batchesView().browser().page(), 1);
    QCOMPARE(listRequests(server).last().query.queryItemValue(QStringLiteral("page_token")),
             QStringLiteral("tok-50"));
    QCOMPARE(range->text(), QStringLiteral("Showing 51–100"));
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(window->batchesView().browser().page(), 2);
    QCOMPARE(listRequests(server).last().query.queryItemValue(QStringLiteral("page_token")),
             QStringLiteral("tok-100"));
    QCOMPARE(range->text(), QStringLiteral("Showing 101–120 of 120")); // the last page: all counted
    QVERIFY(!next->isEnabled());

    QTest::mouseClick(previous, Qt::LeftButton);
    QTRY_COMPARE(window->batchesView().browser().page(), 1);
    QCOMPARE(listRequests(server).last().query.queryItemValue(QStringLiteral("page_token")),
             QStringLiteral("tok-50"));
    QCOMPARE(window->batchesView().model().batches().first().id, QStringLiteral("bat-0050"));

    QTest::mouseClick(first, Qt::LeftButton);
    QTRY_COMPARE(window->batchesView().browser().page(), 0);
    QVERIFY(!listRequests(server).last().query.hasQueryItem(QStringLiteral("page_token")));
    QCOMPARE(range->text(), QStringLiteral("Showing 1–50"));
}

void TestBatchWindow::lastPageAndPageNumberAreOffForCursorPaging()
{
    Server state;
    state.list->count = 120;
    state.list->totalSize = 120;
    TestHttpServer server(handlerFor(state));
    MainWindow *window = startOn(server);
    waitForJobs(window);
    auto *last = child<QToolButton>(window, "lastButton");
    auto *pageSpin = child<QWidget>(window, "pageSpin");
    QVERIFY(pageSpin->isEnabled()); // v1 pages by number
    window->showView(&window->batchesView());
    waitForBatches(window);
    QVERIFY(!last->isEnabled());
    QVERIFY(last->toolTip().contains(u"no last page"));
    QVERIFY(!pageSpin->isEnabled());
    QVERIFY(pageSpin->toolTip().contains(u"no last page"));
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionLastPage"))->isEnabled());
    window->showView(&window->jobsView());
    QVERIFY(pageSpin->isEnabled());
    QVERIFY(pageSpin->toolTip().isEmpty());
}

void TestBatchWindow::detailsShowResultsAndConfiguration()
{
    Server state;
    state.list->count = 3;
    TestHttpServer server(handlerFor(state));
    MainWindow *window = startInBatches(server);
    BatchDetailsDialog *dialog = openDetails(window, QStringLiteral("bat-0001"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QAbstractItemModelTester tester(&dialog->results(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    TestRequest asked; // the batch's, not the listing of its files that follows it
    for (const TestRequest &request : server.requests()) {
        if (request.path.startsWith(u"/api/v2/batches/"))
            asked = request;
    }
    QCOMPARE(asked.path, QStringLiteral("/api/v2/batches/bat-0001"));
    QCOMPARE(asked.query.queryItemValue(QStringLiteral("expand")), QStringLiteral("results"));
    QCOMPARE(child<QLabel>(dialog, "idValue")->text(), QStringLiteral("bat-0001"));
    QCOMPARE(child<QLabel>(dialog, "statusValue")->text(), QStringLiteral("Completed"));
    QCOMPARE(child<QLabel>(dialog, "statusValue")->toolTip(), QStringLiteral("COMPLETED"));
    QCOMPARE(child<QLabel>(dialog, "directoryValue")->text(), QStringLiteral("dir-invoices-2026"));
    QVERIFY(child<QLabel>(dialog, "createdValue")->text().contains(u"2026-11-02T08:30:00.000Z"));
    QCOMPARE(child<QLabel>(dialog, "jobTypeValue")->text(), QStringLiteral("Parse"));
    QCOMPARE(child<QLabel>(dialog, "configurationValue")->text(),
             QStringLiteral("cfg-PARSE_AGENTIC"));
    auto *config = child<QPlainTextEdit>(dialog, "configText");
    QVERIFY(config->isReadOnly());
    QVERIFY2(config->toPlainText().contains(u"\"tier\": \"agentic\""),
             qPrintable(config->toPlainText()));
    QCOMPARE(dialog->results().rowCount(), 2);
    QCOMPARE(dialog->results().index(0, BatchResultsModel::JobId).data().toString(),
             QStringLiteral("pjb-a"));
    QVERIFY(child<QLabel>(dialog, "resultsSummary")->text().startsWith(u"2 files, 1 without"));
    QVERIFY(!child<QPushButton>(dialog, "cancelBatchButton")->isEnabled()); // completed
    // For a developer's look: BATCHDECK_DEV_SHOTS=<folder> saves the window and the details.
    if (const QString shots = qEnvironmentVariable("BATCHDECK_DEV_SHOTS"); !shots.isEmpty()) {
        QVERIFY(window->grab().save(shots + QStringLiteral("/v2-window.png")));
        QVERIFY(dialog->grab().save(shots + QStringLiteral("/v2-details.png")));
    }

    QTest::mouseClick(child<QToolButton>(dialog, "copyDirectoryButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("dir-invoices-2026"));
    QTest::mouseClick(child<QToolButton>(dialog, "copyCreatedButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("2026-11-02T08:30:00.000Z"));
}

void TestBatchWindow::onlyFailuresAndCopyOfCells()
{
    Server state;
    state.list->count = 3;
    TestHttpServer server(handlerFor(state));
    MainWindow *window = startInBatches(server);
    BatchDetailsDialog *dialog = openDetails(window, QStringLiteral("bat-0001"));
    QVERIFY(dialog);
    child<QCheckBox>(dialog, "onlyFailuresCheck")->setChecked(true);
    QCOMPARE(dialog->results().rowCount(), 1);
    auto *table = child<QTableView>(dialog, "resultsTable");
    table->setFocus();
    table->selectionModel()->select(
        QItemSelection(dialog->results().index(0, BatchResultsModel::File),
                       dialog->results().index(0, BatchResultsModel::Error)),
        QItemSelectionModel::ClearAndSelect);
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(table, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("dfl-b\t\t\tFile type not supported"));
}

void TestBatchWindow::cancelConfirmationKeepsTheBatchOnEnterAndEscape_data()
{
    QTest::addColumn<Qt::Key>("key");
    QTest::newRow("Enter") << Qt::Key_Return;
    QTest::newRow("Escape") << Qt::Key_Escape;
}

void TestBatchWindow::cancelConfirmationKeepsTheBatchOnEnterAndEscape()
{
    QFETCH(Qt::Key, key);
    Server state;
    state.list->count = 3;
    TestHttpServer server(handlerFor(state));
    MainWindow *window = startInBatches(server);
    BatchDetailsDialog *dialog = openDetails(window, RunningId);
    QVERIFY(dialog);
    auto *cancel = child<QPushButton>(dialog, "cancelBatchButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>()) && box->isVisible());
    QVERIFY(box->defaultButton()->text().contains(u"Keep"));
    QTest::keyClick(box, key);
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>());
    QTest::qWait(200);
    for (const TestRequest &request : server.requests())
        QVERIFY(!request.path.endsWith(u"/cancel"));
    QCOMPARE(dialog->batch().status, QStringLiteral("RUNNING"));
}

void TestBatchWindow::cancelShowsTheNewStatus()
{
    Server state;
    state.list->count = 3;
    TestHttpServer server(handlerFor(state));
    MainWindow *window = startInBatches(server);
    BatchDetailsDialog *dialog = openDetails(window, RunningId);
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "cancelBatchButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>()) && box->isVisible());
    QAbstractButton *confirm = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            confirm = button;
    }
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(dialog->batch().status, QStringLiteral("CANCELLED"));
    // One cancel; the listing of the batch's files may be answered after it.
    const QString cancelPath = QStringLiteral("/api/v2/batches/%1/cancel").arg(RunningId);
    QCOMPARE(std::count_if(server.requests().cbegin(), server.requests().cend(),
                           [&](const TestRequest &request) { return request.path == cancelPath; }),
             1);
    QCOMPARE(child<QLabel>(dialog, "statusValue")->text(), QStringLiteral("Cancelled"));
    QCOMPARE(child<QLabel>(dialog, "messageLabel")->text(), QStringLiteral("Batch cancelled."));
    QVERIFY(!child<QPushButton>(dialog, "cancelBatchButton")->isEnabled());
    const int row = window->batchesView().model().rowOf(RunningId);
    QCOMPARE(window->batchesView().model().index(row, BatchTableModel::Status).data().toString(),
             QStringLiteral("Cancelled"));
}

void TestBatchWindow::cancelRefusedShowsTheServersWords()
{
    Server state;
    state.list->count = 3;
    *state.cancelStatus = 409;
    TestHttpServer server(handlerFor(state));
    MainWindow *window = startInBatches(server);
    BatchDetailsDialog *dialog = openDetails(window, RunningId);
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "cancelBatchButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>()) && box->isVisible());
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            QTest::mouseClick(button, Qt::LeftButton);
    }
    auto *message = child<QLabel>(dialog, "messageLabel");
    QTRY_VERIFY(message->text().contains(u"Batch has already completed."));
    QVERIFY(message->text().startsWith(u"The batch was not cancelled."));
    // The reload that follows keeps the server's words on screen.
    QTRY_VERIFY(child<QPushButton>(dialog, "refreshButton")->isEnabled());
    QVERIFY(message->text().contains(u"Batch has already completed."));
}

void TestBatchWindow::exportWritesTheBatchesWithTheFixedHeader()
{
    Server state;
    state.list->count = 1200; // more than one page of 1000: the export follows the token
    TestHttpServer server(handlerFor(state));
    QTemporaryDir folder;
    AppSettings().saveExportFolder(folder.path());
    MainWindow *window = startInBatches(server);
    auto *exportAction = window->findChild<QAction *>(QStringLiteral("actionExport"));
    QVERIFY(exportAction->isEnabled());
    QCOMPARE(exportAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    exportAction->trigger();
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ExportDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->scope(), ExportDialog::Scope::AllMatching);
    const QString path = dialog->filePath();
    QVERIFY2(QFileInfo(path).fileName().startsWith(u"batches-"), qPrintable(path));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!window->exportRunner().isRunning() && QFile::exists(path), 30'000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QByteArray header = lines.first().trimmed();
    if (header.startsWith("\xEF\xBB\xBF")) // the byte-order mark the dialog offers by default
        header.remove(0, 3);
    QCOMPARE(header,
             QByteArray("id,status,job_type,configuration_id,"
                        "source_directory_id,project_id,created_at,"
                        "updated_at"));
    QCOMPARE(lines.size(), 1 + 1200 + 1); // header, rows, and the empty piece after the last CRLF
    QVERIFY(lines.at(1).startsWith("bat-0000,COMPLETED,parse_v2,cfg-PARSE_AGENTIC,"));
    bool followedToken = false;
    for (const TestRequest &request : listRequests(server))
        followedToken |= request.query.queryItemValue(QStringLiteral("page_token")) == u"tok-1000";
    QVERIFY(followedToken);
}

void TestBatchWindow::demoBatchesShowDirectoryAndProjectNames()
{
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        &m_window->batchesView().model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1200, 700);
    m_window->show();
    m_window->start(true);
    waitForJobs(m_window.get());
    m_window->showView(&m_window->batchesView());
    waitForBatches(m_window.get());
    const BatchTableModel &model = m_window->batchesView().model();
    QVERIFY(model.rowCount() > 0);

    QStringList directoryNames;
    for (const char *name : DemoTables::DirectoryNames)
        directoryNames << QString::fromUtf8(name);
    // The directory some older batches ran over was deleted since: it keeps its name too.
    const QString deletedDirectory = QStringLiteral("Old scans");
    directoryNames << deletedDirectory;
    QStringList projectNames;
    for (const char *name : DemoTables::ProjectNames)
        projectNames << QString::fromUtf8(name);
    // Every row, including those whose directory is in another project than the listed one:
    // those names come from a lookup by ID.
    const auto allNamed = [&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!directoryNames.contains(
                    model.index(row, BatchTableModel::SourceDirectory).data().toString())
                || !projectNames.contains(
                    model.index(row, BatchTableModel::Project).data().toString()))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allNamed(), 20'000);
    bool deletedNamed = false;
    for (int row = 0; row < model.rowCount(); ++row)
        deletedNamed |=
            model.index(row, BatchTableModel::SourceDirectory).data() == deletedDirectory;
    QVERIFY(deletedNamed);
    const Batch &first = model.batches().first();
    QCOMPARE(model.index(0, BatchTableModel::SourceDirectory).data(Qt::ToolTipRole).toString(),
             first.sourceDirectoryId);
    QVERIFY2(first.sourceDirectoryId.startsWith(u"dir-"), qPrintable(first.sourceDirectoryId));

    // The details name them too, beside the ID that the copy button copies.
    BatchDetailsDialog *details = m_window->batchesView().openDetails(first);
    const QString directoryText = child<QLabel>(details, "directoryValue")->text();
    QCOMPARE(directoryText,
             QStringLiteral("%1 (%2)").arg(
                 model.index(0, BatchTableModel::SourceDirectory).data().toString(),
                 first.sourceDirectoryId));
    QTest::mouseClick(child<QToolButton>(details, "copyDirectoryButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), first.sourceDirectoryId);
    QVERIFY(projectNames.contains(
        child<QLabel>(details, "projectValue")->text().section(QStringLiteral(" ("), 0, 0)));
}

void TestBatchWindow::unlistedSourceDirectoryIsLookedUpById()
{
    // The listings name nothing; only a lookup by ID names the batches' source directory.
    Server state;
    state.list->count = 3;
    const TestHttpServer::Handler batches = handlerFor(state);
    TestHttpServer server([batches](const TestRequest &request) {
        if (request.path == Catalog::ProjectsPath)
            return TestResponse::json(200, QByteArray("[]"));
        if (request.path == Catalog::DirectoriesPath)
            return TestResponse::json(200, directoryPageJson({}));
        if (request.path == Catalog::DirectoriesPath + u"/dir-invoices-2026")
            return TestResponse::json(200,
                                      directoryJson(QStringLiteral("dir-invoices-2026"),
                                                    QStringLiteral("p"),
                                                    QStringLiteral("Q3 invoices")));
        return batches(request);
    });
    MainWindow *window = startInBatches(server);
    QVERIFY(window->batchesView().model().rowCount() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        window->batchesView().model().index(0, BatchTableModel::SourceDirectory).data().toString(),
        QStringLiteral("Q3 invoices"), 20'000);
    int lookups = 0;
    for (const TestRequest &request : server.requests())
        lookups += request.path == Catalog::DirectoriesPath + u"/dir-invoices-2026";
    QCOMPARE(lookups, 1); // once, however many rows name it
}

void TestBatchWindow::resultsNameTheirFilesWithTheIdInTooltipAndCopy()
{
    Server state;
    state.list->count = 3;
    TestHttpServer server(handlerFor(state));
    MainWindow *window = startInBatches(server);
    BatchDetailsDialog *dialog = openDetails(window, QStringLiteral("bat-0001"));
    QVERIFY(dialog);
    QAbstractItemModelTester tester(&dialog->results(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const BatchResultsModel &results = dialog->results();
    QTRY_COMPARE_WITH_TIMEOUT(results.index(0, BatchResultsModel::File).data().toString(),
                              QStringLiteral("invoice-a.pdf"), 20'000);
    QCOMPARE(results.index(1, BatchResultsModel::File).data().toString(),
             QStringLiteral("scan b.heic (deleted)"));
    QVERIFY(results.index(0, BatchResultsModel::File)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"dfl-a"));
    QVERIFY(results.index(1, BatchResultsModel::File)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"dfl-b"));
    QCOMPARE(results.index(0, BatchResultsModel::File).data(Qt::UserRole).toString(),
             QStringLiteral("dfl-a"));
    // Deleted files are asked for too: an old batch's files keep their names.
    bool listedWithDeleted = false;
    for (const TestRequest &request : server.requests()) {
        if (request.path == FilesPath)
            listedWithDeleted =
                request.query.queryItemValue(QStringLiteral("include_deleted")) == u"true";
    }
    QVERIFY(listedWithDeleted);
    QTRY_VERIFY(!dialog->isLoadingFileNames());
    QCOMPARE(child<QLabel>(dialog, "fileNamesNote")->text(), QString());

    // A copy of the File and Job ID cells copies the IDs behind the names.
    auto *table = child<QTableView>(dialog, "resultsTable");
    table->setFocus();
    table->selectionModel()->select(QItemSelection(results.index(0, BatchResultsModel::File),
                                                   results.index(0, BatchResultsModel::JobId)),
                                    QItemSelectionModel::ClearAndSelect);
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(table, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("dfl-a\tparse_v2\tpjb-a"));
}

void TestBatchWindow::jobStatusShowsTheServersTextAsPlainText()
{
    Server state;
    state.list->count = 3;
    TestHttpServer server(handlerFor(state));
    MainWindow *window = startInBatches(server);
    BatchDetailsDialog *dialog = openDetails(window, QStringLiteral("bat-0001"));
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isLoadingFileNames());
    auto *table = child<QTableView>(dialog, "resultsTable");
    table->setFocus();
    table->setCurrentIndex(dialog->results().index(0, BatchResultsModel::File));
    auto *button = child<QPushButton>(dialog, "jobStatusButton");
    QVERIFY(button->isEnabled());
    QVERIFY(!button->toolTip().isEmpty());
    QTest::keyClick(dialog, Qt::Key_J, Qt::AltModifier); // the button's mnemonic
    ReferencedJobDialog *job = nullptr;
    QTRY_VERIFY((job = dialog->findChild<ReferencedJobDialog *>()) && job->isVisible());
    QTRY_VERIFY(!job->isLoading());
    QCOMPARE(job->reference().id, QStringLiteral("pjb-a"));
    bool asked = false;
    for (const TestRequest &request : server.requests())
        asked |= request.path == u"/api/v2/parse/pjb-a";
    QVERIFY(asked);
    QCOMPARE(child<QLabel>(job, "statusValue")->text(), QStringLiteral("Failed"));
    QCOMPARE(child<QLabel>(job, "statusValue")->toolTip(), QStringLiteral("FAILED"));
    QCOMPARE(child<QPlainTextEdit>(job, "errorText")->toPlainText(), MarkupError);
    QVERIFY(child<QLabel>(job, "fileValue")->text().contains(u"invoice-a.pdf"));
    QVERIFY(child<QLabel>(job, "fileValue")->text().contains(u"dfl-a"));
    QVERIFY(child<QLabel>(job, "detailValue")->text().contains(u"agentic"));
    QCOMPARE(child<QLabel>(job, "updatedValue")->text(), QStringLiteral("—"));
    for (QLabel *label : job->findChildren<QLabel *>()) {
        if (label->objectName().endsWith(u"Value"))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QCOMPARE(child<QLabel>(job, "messageLabel")->text(), QString());
    job->close();
}

void TestBatchWindow::resultWithoutJobSaysWhyTheButtonIsOff()
{
    Server state;
    state.list->count = 3;
    TestHttpServer server(handlerFor(state));
    MainWindow *window = startInBatches(server);
    BatchDetailsDialog *dialog = openDetails(window, QStringLiteral("bat-0001"));
    QVERIFY(dialog);
    auto *jobButton = child<QPushButton>(dialog, "jobStatusButton");
    auto *fileButton = child<QPushButton>(dialog, "openFileButton");
    // Nothing selected yet.
    QVERIFY(!jobButton->isEnabled());
    QVERIFY(jobButton->toolTip().contains(u"Select a file"));
    QTRY_VERIFY(!dialog->isLoadingFileNames());
    // dfl-b: no job, and deleted from the directory.
    child<QTableView>(dialog, "resultsTable")
        ->setCurrentIndex(dialog->results().index(1, BatchResultsModel::File));
    QVERIFY(!jobButton->isEnabled());
    QVERIFY2(jobButton->toolTip().contains(u"No job was created"),
             qPrintable(jobButton->toolTip()));
    QVERIFY(!fileButton->isEnabled());
    QVERIFY2(fileButton->toolTip().contains(u"deleted"), qPrintable(fileButton->toolTip()));
    dialog->showJobStatus(); // refused quietly, as the button is
    QVERIFY(!dialog->findChild<ReferencedJobDialog *>());
}

void TestBatchWindow::openSourceFileOpensOnlyWebAddresses_data()
{
    QTest::addColumn<QString>("url"); // the download URL the server gives; empty: null
    QTest::addColumn<bool>("opened");
    QTest::addColumn<QString>("said");
    QTest::newRow("https") << "https://files.example/a.pdf?sig=1%2B2" << true << "Opened";
    QTest::newRow("http") << "http://127.0.0.1:9/a.pdf" << true << "Opened";
    QTest::newRow("file") << "file:///etc/passwd" << false << "only http and https";
    QTest::newRow("javascript") << "javascript:alert(1)" << false << "only http and https";
    QTest::newRow("with the API key")
        << "https://files.example/a.pdf?key=sk-test-key-123" << false << "API key";
    QTest::newRow("with a password")
        << "https://user:pw@files.example/a.pdf" << false << "password";
    QTest::newRow("no download URL") << "" << false << "no download address";
}

void TestBatchWindow::openSourceFileOpensOnlyWebAddresses()
{
    QFETCH(QString, url);
    QFETCH(bool, opened);
    QFETCH(QString, said);
    Server state;
    state.list->count = 3;
    *state.downloadUrl = url;
    TestHttpServer server(handlerFor(state));
    UrlCatcher browser;
    for (const char *scheme : {"http", "https", "file", "javascript"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &browser, "open");
    const auto unset = qScopeGuard([] {
        for (const char *scheme : {"http", "https", "file", "javascript"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    });
    MainWindow *window = startInBatches(server);
    BatchDetailsDialog *dialog = openDetails(window, QStringLiteral("bat-0001"));
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isLoadingFileNames());
    child<QTableView>(dialog, "resultsTable")
        ->setCurrentIndex(dialog->results().index(0, BatchResultsModel::File));
    QVERIFY(child<QPushButton>(dialog, "openFileButton")->isEnabled());
    QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier); // the button's mnemonic
    auto *message = child<QLabel>(dialog, "messageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(said), 20'000);
    QVERIFY2(message->text().contains(u"invoice-a.pdf"), qPrintable(message->text()));
    QVERIFY(!message->text().contains(u"sk-test-key-123"));
    QCOMPARE(browser.opened.size(), opened ? 1 : 0);
    if (opened)
        QCOMPARE(browser.opened.first(), QUrl(url));
    // A fresh URL was asked for, with expand=download_url.
    bool asked = false;
    for (const TestRequest &request : server.requests()) {
        asked |= request.path == FilesPath + u"/dfl-a"
            && request.query.queryItemValue(QStringLiteral("expand")) == u"download_url";
    }
    QVERIFY(asked);
}

QTEST_MAIN(TestBatchWindow)
#include "tst_batchwindow.moc"
