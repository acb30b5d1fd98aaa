// Auto-refresh as the window shows it: the status bar says that it is on and counts down to the
// next refresh; a refresh that falls due under a dialog waits and comes once the dialog closes;
// and the sidebar's counts stay on screen while a refresh recounts them. Against a per-test
// server on 127.0.0.1.
#include "app/common/appsettings.h"
#include "app/connection/connectioncontroller.h"
#include "app/connection/credentialstore.h"
#include "app/export/exportdialog.h"
#include "app/jobs/jobsview.h"
#include "app/jobs/jobtablemodel.h"
#include "app/shell/autorefresh.h"
#include "app/shell/mainwindow.h"
#include "core/jobs/jobenums.h"
#include "testhttpserver.h"
#include "windowtesting.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

// The list's page requests: of the v1 jobs list, not its counts (one row each: limit=1). The
// names' requests (projects, directories) go elsewhere and may come late on a busy machine.
int pageRequests(const TestHttpServer &server)
{
    int pages = 0;
    for (const TestRequest &request : server.requests()) {
        if (request.path == u"/api/v1/beta/batch-processing"
            && request.query.queryItemValue(QStringLiteral("limit")) != u"1")
            ++pages;
    }
    return pages;
}

// Two jobs; the counts (limit=1) say 40 in all and `failedCount` failed, `countDelayMs` late.
TestResponse listAnswer(const TestRequest &request, qint64 failedCount, int countDelayMs)
{
    if (request.query.queryItemValue(QStringLiteral("limit")) == u"1") {
        const bool failed = request.query.queryItemValue(QStringLiteral("status")) == u"failed";
        return TestResponse::json(200, jobListJson(0, 1, failed ? failedCount : 40))
            .delayedBy(countDelayMs);
    }
    return TestResponse::json(200, jobListJson(0, 2, 2));
}

} // namespace

class TestAutoRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void statusBarCountsDownWhileOn();
    void aRefreshDueUnderADialogWaitsForIt();
    void sidebarCountsStayDuringARefresh();

private:
    MainWindow *startOn(const TestHttpServer &server);
    void turnOn(MainWindow *window, const QString &interval);

    QTemporaryDir m_settingsDir;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    int m_countDelayMs = 0; // how late the server's counts (limit=1) come
    qint64 m_failedCount = 12;
};

void TestAutoRefresh::initTestCase()
{
    isolateWindowTest(m_settingsDir.path());
}

void TestAutoRefresh::init()
{
    clearSettings();
    // No local index: its sync reads the same list, at times of its own.
    AppSettings().saveIndexEnabled(false);
    m_countDelayMs = 0;
    m_failedCount = 12;
}

void TestAutoRefresh::cleanup()
{
    m_modelTester.reset();
    m_window.reset();
}

MainWindow *TestAutoRefresh::startOn(const TestHttpServer &server)
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
    [&] { QTRY_COMPARE_WITH_TIMEOUT(m_window->jobsView().model().rowCount(), 2, 20'000); }();
    return m_window.get();
}

// Chooses View › Auto-refresh interval › `interval`, then turns auto-refresh on.
void TestAutoRefresh::turnOn(MainWindow *window, const QString &interval)
{
    auto *intervals = child<QMenu>(window, QStringLiteral("intervalMenu"));
    QVERIFY(intervals);
    QAction *chosen = nullptr;
    for (QAction *action : intervals->actions()) {
        if (action->text() == interval)
            chosen = action;
    }
    QVERIFY2(chosen, qPrintable(interval));
    chosen->trigger();
    auto *toggle = child<QAction>(window, QStringLiteral("actionAutoRefresh"));
    QVERIFY(toggle && !toggle->isChecked()); // off at every start
    toggle->setChecked(true);
}

void TestAutoRefresh::statusBarCountsDownWhileOn()
{
    TestHttpServer server([this](const TestRequest &request) {
        return listAnswer(request, m_failedCount, m_countDelayMs);
    });
    MainWindow *window = startOn(server);
    auto *label = child<QLabel>(window, QStringLiteral("autoRefreshLabel"));
    QVERIFY(label);
    QVERIFY(!label->isVisible()); // off: nothing to say
    turnOn(window, QStringLiteral("Every 5 seconds"));
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Auto-refresh in 5 s"));
    QVERIFY2(label->toolTip().contains(u"every 5 seconds"), qPrintable(label->toolTip()));
    QVERIFY2(label->toolTip().contains(u"turns it off"), qPrintable(label->toolTip()));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Auto-refresh in 4 s"), 5'000);
    // The countdown ends in a refresh, and starts again: the refresh finds it already at "5 s",
    // whenever the last second's tick came.
    const int before = pageRequests(server);
    auto *autoRefresh = window->findChild<AutoRefresh *>();
    QVERIFY(autoRefresh);
    QStringList labelAtRefresh;
    QObject listening; // the connection ends with this function
    connect(autoRefresh, &AutoRefresh::due, &listening,
            [label, &labelAtRefresh] { labelAtRefresh << label->text(); });
    QTRY_VERIFY_WITH_TIMEOUT(!labelAtRefresh.isEmpty(), 10'000);
    QCOMPARE(labelAtRefresh.constFirst(), QStringLiteral("Auto-refresh in 5 s"));
    QTRY_VERIFY_WITH_TIMEOUT(pageRequests(server) > before, 10'000);
    child<QAction>(window, QStringLiteral("actionAutoRefresh"))->setChecked(false);
    QVERIFY(!label->isVisible());
}

void TestAutoRefresh::aRefreshDueUnderADialogWaitsForIt()
{
    TestHttpServer server([this](const TestRequest &request) {
        return listAnswer(request, m_failedCount, m_countDelayMs);
    });
    MainWindow *window = startOn(server);
    auto *label = child<QLabel>(window, QStringLiteral("autoRefreshLabel"));
    turnOn(window, QStringLiteral("Every 5 seconds"));
    window->openExportDialog();
    auto *dialog = window->findChild<ExportDialog *>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    const int before = pageRequests(server);
    // Due after 5 s, it waits, and says so, rather than move the rows under the dialog.
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Auto-refresh waits"), 10'000);
    QVERIFY2(label->toolTip().contains(u"waits until no menu or dialog is open"),
             qPrintable(label->toolTip()));
    QCOMPARE(pageRequests(server), before);
    dialog->reject();
    // Once the dialog is gone the refresh comes at once, not a whole interval later.
    QTRY_VERIFY_WITH_TIMEOUT(pageRequests(server) > before, 3'000);
    QTRY_VERIFY(label->text().startsWith(u"Auto-refresh in "));
}

void TestAutoRefresh::sidebarCountsStayDuringARefresh()
{
    TestHttpServer server([this](const TestRequest &request) {
        return listAnswer(request, m_failedCount, m_countDelayMs);
    });
    MainWindow *window = startOn(server);
    auto *statusList = child<QListWidget>(window, QStringLiteral("statusList"));
    QListWidgetItem *failed =
        statusList->item(int(knownJobStatuses().indexOf(QStringLiteral("failed"))) + 1);
    QTRY_COMPARE_WITH_TIMEOUT(failed->text(), QStringLiteral("Failed (12)"), 20'000);
    m_failedCount = 13;
    m_countDelayMs = 500;
    child<QAction>(window, QStringLiteral("actionRefresh"))->trigger();
    // While the new counts are on their way, the old ones stay: no blank "Failed".
    QCOMPARE(failed->text(), QStringLiteral("Failed (12)"));
    QCOMPARE(statusList->item(0)->text(), QStringLiteral("All (40)"));
    QTRY_COMPARE_WITH_TIMEOUT(failed->text(), QStringLiteral("Failed (13)"), 20'000);
}

QTEST_MAIN(TestAutoRefresh)
#include "tst_autorefresh.moc"
