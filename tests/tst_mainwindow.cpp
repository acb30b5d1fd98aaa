#include "app/batches/batchesview.h"
#include "app/common/appsettings.h"
#include "app/common/elidedlabel.h"
#include "app/common/tablecells.h"
#include "app/connection/connectioncontroller.h"
#include "app/connection/connectiondialog.h"
#include "app/connection/credentialstore.h"
#include "app/export/exportdialog.h"
#include "app/export/exportrunner.h"
#include "app/jobs/jobdetailsdialog.h"
#include "app/jobs/jobfilterpanel.h"
#include "app/jobs/jobsview.h"
#include "app/jobs/jobtableview.h"
#include "app/shell/mainwindow.h"
#include "demo/demoserver.h"
#include "testhttpserver.h"
#include "windowtesting.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

// A keychain that is never there, as on a desktop without a secret service.
class UnavailableCredentialStore : public MemoryCredentialStore
{
public:
    void writeKey(const QString &account, const QString &key, QObject *context,
                  WriteCallback callback) override
    {
        MemoryCredentialStore::writeKey(account, key, context, [callback](const QString &) {
            callback(
                QStringLiteral("No system keychain is available (no secret service), so the key "
                               "is kept in memory until BatchDeck quits."));
        });
    }
};

// The running job with the most items left, so that it does not finish while a test watches.
const Job *furthestFromDone(const JobTableModel &model)
{
    const Job *found = nullptr;
    for (const Job &job : model.jobs()) {
        if (job.knownStatus() == JobStatus::Running
            && (!found
                || job.totalItems - job.processedItems > found->totalItems - found->processedItems))
            found = &job;
    }
    return found;
}

QStringList idsOf(const JobTableModel &model)
{
    QStringList ids;
    for (const Job &job : model.jobs())
        ids << job.id;
    return ids;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void welcomeScreenWithoutAKey();
    void filterChangeSendsTheRightQuery();
    void badFilterIsRefusedNamingTheField();
    void countsAppearOnlyWithATotal_data();
    void countsAppearOnlyWithATotal();
    void staleAnswersAreIgnored();
    void pagingTurnsPagesAndKeepsFilters();
    void goKeysPressedTwiceMoveTwoPages();
    void quickSearchFiltersTheLoadedPage();
    void tabLeavesTheTable();
    void refreshKeepsSelectionAndScroll();
    void errorBannerKeepsRowsAndRetries();
    void emptyResultNamesTheFilters();
    void detailsOpenAndLoadItems();
    void cancelUpdatesTheRow();
    void detailsOfARunningJobRefreshThemselves();
    void exportAllPagesWritesTheFile();
    void exportCancelLeavesNoFile();
    void columnStateSurvivesRestart();
    void filtersSurviveRestart();
    void autoRefreshPausesUnderDialogs();
    void environmentKeyIsHonoured();
    void keychainFailureIsSaidAndKeyKeptInMemory();
    void unreadableJobsAreNamed();
    void jobsOutsideTheFilterAreLeftOutAndSaid_data();
    void jobsOutsideTheFilterAreLeftOutAndSaid();
    void copyPutsSelectedIdsOnTheClipboard();
    void lastVisibleColumnCannotBeHidden();
    void connectionDialogTestsInWords_data();
    void connectionDialogTestsInWords();

private:
    MainWindow *startDemo();
    MainWindow *startOn(const TestHttpServer &server);
    void waitForPage(MainWindow *window);
    // True once the demo's first 50 jobs are shown.
    static bool waitForFirstDemoPage(MainWindow *window);
    // Opens the details of the running job that is furthest from done; nullptr if none runs.
    static JobDetailsDialog *openRunningJob(MainWindow *window, QString *id);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_exportDir;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestMainWindow::initTestCase()
{
    isolateWindowTest(m_settingsDir.path());
}

void TestMainWindow::init()
{
    clearSettings();
}

void TestMainWindow::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_window.reset();
}

MainWindow *TestMainWindow::startDemo()
{
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        &m_window->jobsView().model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_window->findChild<JobTableView *>()->model(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1200, 700);
    m_window->show();
    m_window->start(true);
    return m_window.get();
}

MainWindow *TestMainWindow::startOn(const TestHttpServer &server)
{
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        &m_window->jobsView().model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    ClientSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.apiKey = QStringLiteral("sk-test-key-123");
    settings.maxRetries = 0;
    m_window->connection().useCloud(settings);
    return m_window.get();
}

void TestMainWindow::waitForPage(MainWindow *window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window->jobsView().browser().isLoading()
                                 && window->jobsView().browser().lastRefreshed().isValid(),
                             20'000);
}

bool TestMainWindow::waitForFirstDemoPage(MainWindow *window)
{
    return QTest::qWaitFor([window] { return window->jobsView().model().rowCount() == 50; },
                           20'000);
}

JobDetailsDialog *TestMainWindow::openRunningJob(MainWindow *window, QString *id)
{
    const Job *running = furthestFromDone(window->jobsView().model());
    if (!running)
        return nullptr;
    *id = running->id;
    return window->jobsView().openDetails(*running);
}

void TestMainWindow::welcomeScreenWithoutAKey()
{
    MainWindow window(&m_credentials);
    window.show();
    window.start(false);
    auto *pages = child<QStackedWidget>(&window, "pages");
    QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionExport"))->isEnabled());
    QTest::mouseClick(child<QPushButton>(&window, "demoButton"), Qt::LeftButton);
    QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("browserPage"));
    QTRY_VERIFY_WITH_TIMEOUT(window.jobsView().model().rowCount() == 50, 20'000);
    QVERIFY(window.connection().isDemo());
    QVERIFY(AppSettings().connectionMode() == ConnectionMode::Demo);
}

void TestMainWindow::filterChangeSendsTheRightQuery()
{
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 3, 3)); });
    MainWindow *window = startOn(server);
    waitForPage(window);
    const int before = int(server.requests().size());
    const auto isListRequest = [](const TestRequest &request) {
        return request.path == u"/api/v1/beta/batch-processing" // not the names' calls
            && request.query.queryItemValue(QStringLiteral("limit")) != u"1"; // not a count
    };
    // Connecting shows the saved filter at the saved page size with a single request.
    QCOMPARE(std::count_if(server.requests().begin(), server.requests().end(), isListRequest), 1);

    const QDateTime firstPageShown = window->jobsView().browser().lastRefreshed();
    auto *statusList = child<QListWidget>(window, "statusList");
    statusList->setCurrentRow(int(knownJobStatuses().indexOf(QStringLiteral("failed"))) + 1);
    auto *typeList = child<QListWidget>(window, "typeList");
    typeList->setCurrentRow(2); // extract
    QTest::keyClicks(child<QLineEdit>(window, "directoryEdit"), QStringLiteral("dir-42"));

    // One list request after the pause, however many changes led to it. The counts go out with
    // it, so the wait is for the page of the new filter, not for any request.
    QTRY_VERIFY_WITH_TIMEOUT(window->jobsView().browser().filter().directoryId == u"dir-42"
                                 && !window->jobsView().browser().isLoading()
                                 && window->jobsView().browser().lastRefreshed() > firstPageShown,
                             20'000);
    QStringList listQueries;
    for (qsizetype i = before; i < server.requests().size(); ++i) {
        if (isListRequest(server.requests().at(i)))
            listQueries << server.requests().at(i).query.toString();
    }
    QCOMPARE(listQueries,
             QStringList {QStringLiteral(
                 "directory_id=dir-42&job_type=extract&status=failed&limit=50&offset=0")});
    QVERIFY(child<QLabel>(window, "filterLabel")->text().contains(u"status: Failed"));
    QVERIFY(child<QPushButton>(window, "clearFiltersButton")->isVisible());
}

void TestMainWindow::badFilterIsRefusedNamingTheField()
{
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 3, 3)); });
    MainWindow *window = startOn(server);
    waitForPage(window);
    QTest::keyClicks(child<QLineEdit>(window, "projectEdit"), QStringLiteral("not-a-uuid"));
    // Neither a project's name nor a UUID: the line under the field says so.
    auto *validation = child<ElidedLabel>(window, "projectMessage");
    QTRY_COMPARE(validation->fullText(), QStringLiteral("No project named 'not-a-uuid'"));
    for (const TestRequest &request : server.requests())
        QVERIFY(!request.query.hasQueryItem(QStringLiteral("project_id")));
}

void TestMainWindow::countsAppearOnlyWithATotal_data()
{
    QTest::addColumn<bool>("serverGivesTotal");
    QTest::newRow("total_size given") << true;
    QTest::newRow("total_size missing") << false;
}

void TestMainWindow::countsAppearOnlyWithATotal()
{
    QFETCH(bool, serverGivesTotal);
    TestHttpServer server([&](const TestRequest &request) {
        const bool failed = request.query.queryItemValue(QStringLiteral("status")) == u"failed";
        return TestResponse::json(
            200,
            jobListJson(0, 1,
                        serverGivesTotal ? std::optional<qint64>(failed ? 12 : 40) : std::nullopt));
    });
    MainWindow *window = startOn(server);
    waitForPage(window);
    auto *statusList = child<QListWidget>(window, "statusList");
    QListWidgetItem *failed =
        statusList->item(int(knownJobStatuses().indexOf(QStringLiteral("failed"))) + 1);
    QTRY_VERIFY(server.requests().size() >= 12); // the page and one count per value
    if (serverGivesTotal) {
        QTRY_COMPARE(failed->text(), QStringLiteral("Failed (12)"));
        QTRY_COMPARE(statusList->item(0)->text(), QStringLiteral("All (40)"));
    } else {
        QTRY_VERIFY(server.responsesSent() >= 12);
        QCOMPARE(failed->text(), QStringLiteral("Failed"));
        QCOMPARE(child<QLabel>(window, "rangeLabel")->text(), QStringLiteral("Showing 1–1 of 1"));
    }
}

void TestMainWindow::staleAnswersAreIgnored()
{
    // Jobs of the status asked for: a job of another status would be left out of the page.
    const auto ofStatus = [](QJsonObject body, const QString &status) {
        QJsonArray jobs = body.value(u"items").toArray();
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            QJsonObject job = jobs.at(i).toObject();
            job.insert(u"status", status);
            jobs.replace(i, job);
        }
        body.insert(u"items", jobs);
        return body;
    };
    TestHttpServer server([ofStatus](const TestRequest &request) {
        const QString status = request.query.queryItemValue(QStringLiteral("status"));
        if (request.query.queryItemValue(QStringLiteral("limit")) == u"1")
            return TestResponse::json(200, jobListJson(0, 1, 1));
        if (status == u"running") // the slow, older request
            return TestResponse::json(
                       200, ofStatus(jobListJson(0, 5, 5, QStringLiteral("slow-")), status))
                .delayedBy(400);
        if (status == u"failed")
            return TestResponse::json(
                200, ofStatus(jobListJson(0, 2, 2, QStringLiteral("fast-")), status));
        return TestResponse::json(200, jobListJson(0, 3, 3, QStringLiteral("first-")));
    });
    MainWindow *window = startOn(server);
    waitForPage(window);
    JobFilter running;
    running.status = QStringLiteral("running");
    window->jobsView().browser().setFilter(running);
    JobFilter failed;
    failed.status = QStringLiteral("failed");
    window->jobsView().browser().setFilter(failed);
    QTRY_COMPARE(idsOf(window->jobsView().model()),
                 (QStringList {QStringLiteral("fast-0"), QStringLiteral("fast-1")}));
    // Give the slow answer every chance to arrive; the table must still show the newest query's.
    QSignalSpy loaded(&window->jobsView().browser(), &JobBrowser::pageLoaded);
    QVERIFY(!loaded.wait(800));
    QCOMPARE(idsOf(window->jobsView().model()),
             (QStringList {QStringLiteral("fast-0"), QStringLiteral("fast-1")}));
    QCOMPARE(window->jobsView().browser().filter(), failed);
}

void TestMainWindow::pagingTurnsPagesAndKeepsFilters()
{
    MainWindow *window = startDemo();
    QVERIFY(waitForFirstDemoPage(window));
    const QStringList firstPage = idsOf(window->jobsView().model());
    auto *range = child<QLabel>(window, "rangeLabel");
    QCOMPARE(range->text(), QStringLiteral("Showing 1–50 of 2,500"));

    auto *table = child<JobTableView>(window, "jobTable");
    table->sortByColumn(JobTableModel::Total, Qt::AscendingOrder);
    QTest::keyClick(window, Qt::Key_Right, Qt::AltModifier);
    // Sorted by Total, the order holds within the page, and the bar says so.
    QTRY_COMPARE(range->text(),
                 QStringLiteral("Showing 51–100 of 2,500 · sorted within this page"));
    QCOMPARE(window->jobsView().browser().page(), 1);
    QVERIFY(idsOf(window->jobsView().model()) != firstPage);
    // The new page is shown in the same order.
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(JobTableModel::Total));
    for (int row = 1; row < table->model()->rowCount(); ++row) {
        QVERIFY(table->model()
                    ->index(row - 1, JobTableModel::Total)
                    .data(JobTableModel::RawValueRole)
                    .toLongLong()
                <= table->model()
                       ->index(row, JobTableModel::Total)
                       .data(JobTableModel::RawValueRole)
                       .toLongLong());
    }

    JobFilter failed;
    failed.status = QStringLiteral("failed");
    window->jobsView().browser().setFilter(failed);
    waitForPage(window);
    QTest::mouseClick(child<QToolButton>(window, "nextButton"), Qt::LeftButton);
    QTRY_COMPARE(window->jobsView().browser().page(), 1);
    waitForPage(window);
    QCOMPARE(window->jobsView().browser().filter(), failed);
    for (const Job &job : window->jobsView().model().jobs())
        QCOMPARE(job.status, QStringLiteral("failed"));

    QTest::mouseClick(child<QToolButton>(window, "lastButton"), Qt::LeftButton);
    QTRY_COMPARE(window->jobsView().browser().page(),
                 *window->jobsView().browser().pageCount() - 1);
    waitForPage(window);
    QVERIFY(!child<QToolButton>(window, "nextButton")->isEnabled());
    QTest::keyClick(window, Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(window->jobsView().browser().page(),
                 *window->jobsView().browser().pageCount() - 2);
}

void TestMainWindow::goKeysPressedTwiceMoveTwoPages()
{
    MainWindow *window = startDemo();
    QVERIFY(waitForFirstDemoPage(window));
    auto *next = window->findChild<QAction *>(QStringLiteral("actionNextPage"));
    // Both before the second page arrives: the list has moved on, so the second goes further.
    next->trigger();
    next->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window->jobsView().browser().isLoading(), 20'000);
    QCOMPARE(window->jobsView().browser().page(), 2);
    QCOMPARE(child<QLabel>(window, "rangeLabel")->text(),
             QStringLiteral("Showing 101–150 of 2,500"));
    auto *previous = window->findChild<QAction *>(QStringLiteral("actionPreviousPage"));
    previous->trigger();
    previous->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window->jobsView().browser().isLoading(), 20'000);
    QCOMPARE(window->jobsView().browser().page(), 0);
}

void TestMainWindow::quickSearchFiltersTheLoadedPage()
{
    MainWindow *window = startDemo();
    QVERIFY(waitForFirstDemoPage(window));
    auto *table = child<JobTableView>(window, "jobTable");
    const QString id = window->jobsView().model().jobs().at(7).id;
    QTest::keyClicks(child<QLineEdit>(window, "quickSearch"), id.mid(4, 8));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(
        table->model()->index(0, JobTableModel::Id).data(JobTableModel::RawValueRole).toString(),
        id);
    // Esc empties the search, and the whole page is back.
    QTest::keyClick(child<QLineEdit>(window, "quickSearch"), Qt::Key_Escape);
    QCOMPARE(child<QLineEdit>(window, "quickSearch")->text(), QString());
    QCOMPARE(table->model()->rowCount(), 50);
}

void TestMainWindow::tabLeavesTheTable()
{
    // Tab walked the table cell by cell (about 650 presses to leave a page): it leaves the
    // table; the arrows move within it.
    MainWindow *window = startDemo();
    QVERIFY(waitForFirstDemoPage(window));
    window->activateWindow();
    auto *table = child<JobTableView>(window, "jobTable");
    table->setFocus(Qt::TabFocusReason);
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY2(!table->hasFocus(), "Tab stayed in the table");
    QCOMPARE(table->currentIndex().row(), 1); // the row the user was on stays current
}

void TestMainWindow::refreshKeepsSelectionAndScroll()
{
    MainWindow *window = startDemo();
    QVERIFY(waitForFirstDemoPage(window));
    auto *table = child<JobTableView>(window, "jobTable");
    table->selectRow(30);
    table->scrollTo(table->model()->index(30, 0));
    const QString selectedId = table->selectedJobs().value(0).id;
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    QSignalSpy reset(&window->jobsView().model(), &QAbstractItemModel::modelReset);
    QSignalSpy loaded(&window->jobsView().browser(), &JobBrowser::pageLoaded);
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(loaded.wait(20'000));
    QCOMPARE(reset.size(), 0); // rows were updated in place
    QCOMPARE(table->selectedJobs().size(), 1);
    QCOMPARE(table->selectedJobs().first().id, selectedId);
    QCOMPARE(table->currentJob()->id, selectedId);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
}

void TestMainWindow::errorBannerKeepsRowsAndRetries()
{
    bool failing = false;
    TestHttpServer server([&](const TestRequest &) {
        return failing
            ? TestResponse::json(401, QByteArray(R"({"detail":"Invalid authentication token"})"))
            : TestResponse::json(200, jobListJson(0, 4, 4));
    });
    MainWindow *window = startOn(server);
    QTRY_COMPARE(window->jobsView().model().rowCount(), 4);
    failing = true;
    QTest::keyClick(window, Qt::Key_F5);
    auto *banner = child<QFrame>(window, "errorBanner");
    QTRY_VERIFY(banner->isVisible());
    const QString text = child<QLabel>(window, "errorLabel")->text();
    QVERIFY2(text.contains(u"did not accept the API key") && text.contains(u"Check the key"),
             qPrintable(text));
    QVERIFY(!text.contains(u"sk-test-key-123"));
    QCOMPARE(window->jobsView().model().rowCount(), 4); // nothing lost
    auto *retry = child<QPushButton>(window, "retryButton");
    QVERIFY(retry->isVisible());
    failing = false;
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
}

void TestMainWindow::emptyResultNamesTheFilters()
{
    MainWindow *window = startDemo();
    QVERIFY(waitForFirstDemoPage(window));
    QTest::keyClicks(child<QLineEdit>(window, "directoryEdit"), QStringLiteral("dir-none"));
    auto *stack = child<QStackedWidget>(window, "tableStack");
    QTRY_COMPARE_WITH_TIMEOUT(stack->currentWidget()->objectName(), QStringLiteral("emptyPage"),
                              20'000);
    QVERIFY(child<QLabel>(window, "emptyLabel")->text().contains(u"directory: dir-none"));
    auto *reset = child<QPushButton>(window, "emptyResetButton");
    QVERIFY(reset->isVisible());
    QTest::mouseClick(reset, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stack->currentWidget()->objectName(), QStringLiteral("jobTable"),
                              20'000);
    QVERIFY(child<QLineEdit>(window, "directoryEdit")->text().isEmpty());
}

void TestMainWindow::detailsOpenAndLoadItems()
{
    MainWindow *window = startDemo();
    QVERIFY(waitForFirstDemoPage(window));
    auto *table = child<JobTableView>(window, "jobTable");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(15, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto *dialog = window->findChild<JobDetailsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->jobId(), table->currentJob()->id);
    auto *items = child<QTableView>(dialog, "itemsTable");
    QAbstractItemModelTester tester(items->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(items->model()->rowCount() > 0, 20'000);
    QCOMPARE(child<QLabel>(dialog, "idValue")->text(), dialog->jobId());
    // The job's status may answer after its items and, as a demo job moves on, load them again.
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(dialog, "itemsRangeLabel")->text().startsWith(u"Showing 1–"), 20'000);

    auto *statusCombo = child<QComboBox>(dialog, "itemStatusCombo");
    statusCombo->setCurrentIndex(statusCombo->findData(QStringLiteral("completed")));
    const auto firstStatus = [&] {
        return items->model()->index(0, JobItemsModel::Status).data(TableRoles::RawValueRole);
    };
    QTRY_VERIFY_WITH_TIMEOUT(!items->model()->index(0, JobItemsModel::Status).isValid()
                                 || firstStatus().toString() == u"completed",
                             20'000);
    if (items->model()->rowCount() > 0) // the word for people, the value in copies
        QCOMPARE(items->model()->index(0, JobItemsModel::Status).data().toString(),
                 QStringLiteral("Completed"));
    // A second request for the same job raises the open dialog instead of opening another.
    QCOMPARE(window->jobsView().openDetails(*table->currentJob()), dialog);
}

void TestMainWindow::cancelUpdatesTheRow()
{
    MainWindow *window = startDemo();
    QVERIFY(waitForFirstDemoPage(window));
    QString id;
    JobDetailsDialog *dialog = openRunningJob(window, &id);
    QVERIFY(dialog);
    auto *cancel = child<QPushButton>(dialog, "cancelJobButton");
    QTRY_VERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = dialog->findChild<QMessageBox *>()) && question->isVisible());
    QVERIFY(question->text().contains(id));
    QPushButton *confirm = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (button->text() == u"Cancel job")
            confirm = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    const int row = window->jobsView().model().rowOf(id);
    QTRY_COMPARE_WITH_TIMEOUT(window->jobsView().model().jobAt(row)->status,
                              QStringLiteral("cancelled"), 20'000);
    QTRY_VERIFY(child<QLabel>(dialog, "messageLabel")->text().startsWith(u"Job cancelled"));
    QVERIFY(!cancel->isEnabled());
}

void TestMainWindow::detailsOfARunningJobRefreshThemselves()
{
    MainWindow *window = startDemo();
    QVERIFY(waitForFirstDemoPage(window));
    QString id;
    JobDetailsDialog *dialog = openRunningJob(window, &id);
    QVERIFY(dialog);
    QSignalSpy updated(dialog, &JobDetailsDialog::jobUpdated);
    QVERIFY(updated.wait(10'000)); // the first read
    const qint64 processedBefore = updated.last().first().value<Job>().processedItems;
    // Nobody presses Refresh: the next read comes by itself, and the table row follows.
    QVERIFY(updated.wait(JobDetailsDialog::AutoRefreshMs + 5'000));
    const Job later = updated.last().first().value<Job>();
    QVERIFY(later.processedItems > processedBefore);
    QCOMPARE(window->jobsView().model().jobAt(window->jobsView().model().rowOf(id))->processedItems,
             later.processedItems);
}

void TestMainWindow::exportAllPagesWritesTheFile()
{
    MainWindow *window = startDemo();
    QVERIFY(waitForFirstDemoPage(window));
    JobFilter failed;
    failed.status = QStringLiteral("failed");
    window->jobsView().browser().setFilter(failed);
    waitForPage(window);
    const qint64 expected = *window->jobsView().browser().totalSize();
    QVERIFY(expected > 50); // more than one page of the table

    window->openExportDialog();
    auto *dialog = window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(child<QRadioButton>(dialog, "allMatchingRadio")->isChecked());
    QVERIFY(child<QCheckBox>(dialog, "bomCheck")->isChecked());
    QVERIFY(child<QLineEdit>(dialog, "pathEdit")
                ->text()
                .contains(QRegularExpression(QStringLiteral("batch-jobs-\\d{8}-\\d{6}\\.csv$"))));
    const QString path = m_exportDir.filePath(QStringLiteral("failed.csv"));
    child<QLineEdit>(dialog, "pathEdit")->setText(path);
    QSignalSpy finished(&window->exportRunner(), &ExportRunner::finished);
    auto *buttons = child<QDialogButtonBox>(dialog, "buttonBox");
    QTest::mouseClick(buttons->buttons().constFirst()->text() == u"&Export"
                          ? buttons->buttons().constFirst()
                          : buttons->buttons().constLast(),
                      Qt::LeftButton);
    QVERIFY(finished.wait(60'000));
    const ExportResult result = finished.first().first().value<ExportResult>();
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, expected);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBFid,job_type,status"));
    QCOMPARE(csv.count("\r\nbjb-"), expected);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>()) && box->isVisible());
    QVERIFY(
        box->text().contains(QStringLiteral("Exported %1 jobs").arg(QLocale().toString(expected))));
    box->close();
}

void TestMainWindow::exportCancelLeavesNoFile()
{
    TestHttpServer server([](const TestRequest &request) {
        if (request.query.queryItemValue(QStringLiteral("offset")) != u"0")
            return TestResponse::hang();
        return TestResponse::json(
            200,
            jobListJson(0, request.query.queryItemValue(QStringLiteral("limit")).toInt(),
                        std::nullopt));
    });
    MainWindow *window = startOn(server);
    waitForPage(window);
    const QString path = m_exportDir.filePath(QStringLiteral("cancelled.csv"));
    QSignalSpy finished(&window->exportRunner(), &ExportRunner::finished);
    window->exportRunner().exportMatching({}, path, {});
    QProgressDialog *progress = nullptr;
    QTRY_VERIFY((progress = window->findChild<QProgressDialog *>()) && progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(progress->labelText().contains(u"Exported 1,000 jobs"), 20'000);
    auto *cancelButton = progress->findChild<QPushButton *>();
    QVERIFY(cancelButton);
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ExportResult>().failure,
             ExportResult::Failure::Cancelled);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_exportDir.path()).entryList(QDir::Files).filter(u"cancelled"), QStringList());
}

void TestMainWindow::columnStateSurvivesRestart()
{
    {
        MainWindow *window = startDemo();
        auto *table = child<JobTableView>(window, "jobTable");
        table->setColumnHidden(JobTableModel::Directory, true);
        table->setColumnHidden(JobTableModel::Workflow, false);
        table->setColumnWidth(JobTableModel::Type, 133);
        table->horizontalHeader()->moveSection(
            table->horizontalHeader()->visualIndex(JobTableModel::Error), 1);
        table->sortByColumn(JobTableModel::Total, Qt::AscendingOrder);
        table->saveColumns();
        window->close();
        cleanup();
    }
    MainWindow *window = startDemo();
    auto *table = child<JobTableView>(window, "jobTable");
    QVERIFY(table->isColumnHidden(JobTableModel::Directory));
    QVERIFY(!table->isColumnHidden(JobTableModel::Workflow));
    QCOMPARE(table->columnWidth(JobTableModel::Type), 133);
    QCOMPARE(table->horizontalHeader()->visualIndex(JobTableModel::Error), 1);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(JobTableModel::Total));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
}

void TestMainWindow::filtersSurviveRestart()
{
    {
        MainWindow *window = startDemo();
        QTRY_VERIFY_WITH_TIMEOUT(window->jobsView().model().rowCount() == 50, 20'000);
        child<QListWidget>(window, "typeList")->setCurrentRow(3); // classify
        QTRY_COMPARE(window->jobsView().browser().filter().jobType,
                     std::optional(QStringLiteral("classify")));
        cleanup();
    }
    MainWindow *window = startDemo();
    QTRY_COMPARE(window->jobsView().browser().filter().jobType,
                 std::optional(QStringLiteral("classify")));
    QCOMPARE(child<QListWidget>(window, "typeList")->currentRow(), 3);
    QVERIFY(child<QLabel>(window, "filterLabel")->text().contains(u"type: Classify"));
}

void TestMainWindow::autoRefreshPausesUnderDialogs()
{
    MainWindow *window = startDemo();
    waitForPage(window);
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionAutoRefresh"))
                 ->isChecked()); // off by default
    QVERIFY(!window->autoRefreshPaused());
    window->openExportDialog();
    auto *dialog = window->findChild<ExportDialog *>();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(window->autoRefreshPaused());
    dialog->reject();
    QTRY_VERIFY(!window->autoRefreshPaused());
    QTest::keyClicks(child<QLineEdit>(window, "directoryEdit"), QStringLiteral("d"));
    QVERIFY(window->autoRefreshPaused()); // a filter is being typed
}

void TestMainWindow::environmentKeyIsHonoured()
{
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 2, 2)); });
    qputenv("LLAMA_CLOUD_API_KEY", "sk-from-environment");
    qputenv("LLAMA_CLOUD_BASE_URL", server.baseUrl().toString().toUtf8());
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_window->show();
    m_window->start(false);
    qunsetenv("LLAMA_CLOUD_API_KEY");
    qunsetenv("LLAMA_CLOUD_BASE_URL");
    QTRY_COMPARE(m_window->jobsView().model().rowCount(), 2);
    QCOMPARE(server.requests().first().headers.value("authorization"),
             QByteArray("Bearer sk-from-environment"));
    QVERIFY(m_window->connection().displayName().contains(u"LLAMA_CLOUD_API_KEY"));
    QVERIFY(!m_window->connection().displayName().contains(u"sk-from-environment"));
}

void TestMainWindow::keychainFailureIsSaidAndKeyKeptInMemory()
{
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 2, 2)); });
    UnavailableCredentialStore credentials;
    m_window = std::make_unique<MainWindow>(&credentials);
    m_window->show();
    ClientSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.apiKey = QStringLiteral("sk-memory-only");
    m_window->connection().useCloud(settings);
    QTRY_COMPARE(m_window->jobsView().model().rowCount(), 2);
    auto *banner = child<QFrame>(m_window.get(), "errorBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(child<QLabel>(m_window.get(), "errorLabel")
                ->text()
                .contains(u"kept in memory until BatchDeck quits"));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QSignalSpy loaded(&m_window->jobsView().browser(), &JobBrowser::pageLoaded);
    QVERIFY(loaded.wait(10'000));
    QVERIFY(banner->isVisible()); // a notice stays until dismissed
    QTest::mouseClick(child<QToolButton>(m_window.get(), "dismissButton"), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    // The key went nowhere but memory: no settings file holds it.
    QSettings stored;
    for (const QString &key : stored.allKeys())
        QVERIFY(!stored.value(key).toString().contains(u"sk-memory-only"));
    QString fallback;
    credentials.readKey(server.baseUrl().toString(), this,
                        [&](const QString &key, const QString &) { fallback = key; });
    QTRY_COMPARE(fallback, QStringLiteral("sk-memory-only"));
}

void TestMainWindow::unreadableJobsAreNamed()
{
    TestHttpServer server([](const TestRequest &) {
        QJsonObject body = jobListJson(0, 3, 3);
        QJsonArray items = body.value(u"items").toArray();
        QJsonObject broken = items.at(1).toObject();
        broken.insert(u"status", 12);
        items.replace(1, broken);
        body.insert(u"items", items);
        return TestResponse::json(200, body);
    });
    MainWindow *window = startOn(server);
    QTRY_COMPARE(window->jobsView().model().rowCount(), 2);
    auto *banner = child<QFrame>(window, "errorBanner");
    QTRY_VERIFY(banner->isVisible());
    const QString text = child<QLabel>(window, "errorLabel")->text();
    QVERIFY2(text.contains(u"position 2") && text.contains(u"\"status\""), qPrintable(text));
}

void TestMainWindow::jobsOutsideTheFilterAreLeftOutAndSaid_data()
{
    QTest::addColumn<int>("matching");
    QTest::addColumn<QString>("banner");
    QTest::newRow("two of three outside: plural")
        << 1
        << QStringLiteral("The server sent 2 jobs on this page that do not match the filters "
                          "asked for; they are not shown.");
    QTest::newRow("one of three outside: singular")
        << 2
        << QStringLiteral("The server sent 1 job on this page that does not match the filters "
                          "asked for; it is not shown.");
}

void TestMainWindow::jobsOutsideTheFilterAreLeftOutAndSaid()
{
    QFETCH(int, matching);
    QFETCH(QString, banner);
    // Asked for failed jobs, the server sends three of which the first `matching` are failed.
    TestHttpServer server([matching](const TestRequest &request) {
        QJsonObject body = jobListJson(0, 3, 3);
        if (request.query.queryItemValue(QStringLiteral("status")) == u"failed") {
            QJsonArray items = body.value(u"items").toArray();
            for (int index = 0; index < matching; ++index) {
                QJsonObject failed = items.at(index + 1).toObject();
                failed.insert(u"status", QStringLiteral("failed"));
                items.replace(index + 1, failed);
            }
            body.insert(u"items", items);
        }
        return TestResponse::json(200, body);
    });
    MainWindow *window = startOn(server);
    waitForPage(window);
    QCOMPARE(window->jobsView().model().rowCount(), 3);
    JobFilter failed;
    failed.status = QStringLiteral("failed");
    window->jobsView().browser().setFilter(failed);
    QTRY_COMPARE(window->jobsView().model().rowCount(), matching);
    QCOMPARE(window->jobsView().model().jobs().first().id, QStringLiteral("bjb-1"));
    QTRY_VERIFY(child<QFrame>(window, "errorBanner")->isVisible());
    QCOMPARE(child<QLabel>(window, "errorLabel")->text(), banner);
}

void TestMainWindow::copyPutsSelectedIdsOnTheClipboard()
{
    MainWindow *window = startDemo();
    QVERIFY(waitForFirstDemoPage(window));
    auto *table = child<JobTableView>(window, "jobTable");
    table->setFocus();
    table->selectRow(1);
    table->selectionModel()->select(table->model()->index(3, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const auto idOf = [table](int row) {
        return table->model()->index(row, JobTableModel::Id).data(JobTableModel::RawValueRole);
    };
    const QString expected = idOf(1).toString() + u'\n' + idOf(3).toString();
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    table->copySelectedAsCsv();
    const QString csv = QGuiApplication::clipboard()->text();
    QVERIFY(csv.startsWith(u"id,job_type,status"));
    QCOMPARE(csv.count(u"\r\n"), 3);
}

void TestMainWindow::lastVisibleColumnCannotBeHidden()
{
    MainWindow *window = startDemo();
    auto *table = child<JobTableView>(window, "jobTable");
    for (int column = 1; column < JobTableModel::ColumnCount; ++column)
        table->setColumnHidden(column, true);
    QHeaderView *header = table->horizontalHeader();
    QMetaObject::invokeMethod(header, "customContextMenuRequested", Q_ARG(QPoint, QPoint(5, 5)));
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = table->findChild<QMenu *>()) && menu->isVisible());
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), int(JobTableModel::ColumnCount));
    const auto idAction = std::find_if(actions.begin(), actions.end(),
                                       [](QAction *action) { return action->text() == u"ID"; });
    QVERIFY((*idAction)->isChecked());
    QVERIFY(!(*idAction)->isEnabled());
    const auto typeAction = std::find_if(actions.begin(), actions.end(),
                                         [](QAction *action) { return action->text() == u"Type"; });
    (*typeAction)->trigger();
    QVERIFY(!table->isColumnHidden(JobTableModel::Type));
    menu->close();
}

void TestMainWindow::connectionDialogTestsInWords_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("right key") << DemoServer::apiKey()
                               << "Connected. This key sees 2,500 batch jobs.";
    QTest::newRow("wrong key") << "sk-wrong-key"
                               << "did not accept the API key";
}

void TestMainWindow::connectionDialogTestsInWords()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    DemoServer server {DemoConfig {}};
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ConnectionDialog dialog(&network, ClientSettings {});
    child<QRadioButton>(&dialog, "customRadio")->setChecked(true);
    child<QLineEdit>(&dialog, "urlEdit")->setText(server.baseUrl().toString());
    auto *keyEdit = child<QLineEdit>(&dialog, "keyEdit");
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    keyEdit->setText(key);
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    auto *result = child<QLabel>(&dialog, "testResultLabel");
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(expected), qPrintable(result->text()),
                              20'000);
    QCOMPARE(dialog.settings().baseUrl, server.baseUrl());

    child<QLineEdit>(&dialog, "urlEdit")->setText(QStringLiteral("ftp://nowhere"));
    QVERIFY(result->text().startsWith(u"Server address:"));
    QVERIFY(
        !child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
