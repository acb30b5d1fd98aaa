// Watching from the window, on a D-Bus session bus of the test's own (run-with-session-bus.sh)
// with a notification server stand-in there (notification-standin): a watched job's end is one
// desktop notification that names it and how it ended, a click on it opens the job's details
// and clears the row's mark, a server's text reaches the service as text, the status bar says
// it when there is no service, and the watch survives a restart and a minimised window.
#include "app/batches/batchesview.h"
#include "app/batches/batchtablemodel.h"
#include "app/batches/batchtableview.h"
#include "app/common/appsettings.h"
#include "app/connection/connectioncontroller.h"
#include "app/connection/credentialstore.h"
#include "app/jobs/jobdetailsdialog.h"
#include "app/jobs/jobsview.h"
#include "app/jobs/jobtablemodel.h"
#include "app/jobs/jobtableview.h"
#include "app/shell/mainwindow.h"
#include "app/watch/desktopnotifier.h"
#include "app/watch/watchcontroller.h"
#include "core/version.h"
#include "testhttpserver.h"
#include "watchworld.h"
#include "windowtesting.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <list>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

constexpr int LookIntervalMs = 100;

bool notificationServiceOnTheBus()
{
    const QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    return bus && bus->isServiceRegistered(DesktopNotifier::ServiceName).value();
}

// notification-standin, run for one test: what it was asked, and clicks on its notifications.
class NotificationStandIn
{
public:
    explicit NotificationStandIn(bool bodyMarkup)
    {
        m_process.setProgram(QStringLiteral(BATCHDECK_NOTIFICATION_STANDIN));
        if (bodyMarkup)
            m_process.setArguments({QStringLiteral("--body-markup")});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { readLines(); });
        m_process.start();
    }
    ~NotificationStandIn()
    {
        // Its input ends: it leaves the bus and quits.
        m_process.closeWriteChannel();
        if (!QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, 5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        if (!QTest::qWaitFor([] { return !notificationServiceOnTheBus(); }, 5000))
            qWarning("notification-standin is still on the session bus");
    }

    bool isOnTheBus() const { return notificationServiceOnTheBus(); }
    const QList<QJsonObject> &notifications() const { return m_notifications; }
    void click(qint64 id) { m_process.write(QByteArray("click " + QByteArray::number(id) + '\n')); }
    QProcess &process() { return m_process; }

private:
    void readLines()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            const QJsonObject line = QJsonDocument::fromJson(m_buffer.left(end)).object();
            m_buffer.remove(0, end + 1);
            if (!line.contains(u"ready"))
                m_notifications.append(line);
        }
    }

    QProcess m_process;
    QByteArray m_buffer;
    QList<QJsonObject> m_notifications;
};

bool isMarkedUnseen(const JobTableModel &model, const QString &id)
{
    const int row = model.rowOf(id);
    return row >= 0 && model.index(row, JobTableModel::Id).data(Qt::FontRole).value<QFont>().bold();
}

// The index of the row of `id` in `table`'s own model (its first column); invalid if none.
QModelIndex rowIndex(const QAbstractItemView *table, const QString &id, int idRole)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(idRole).toString() == id)
            return model->index(row, 0);
    }
    return {};
}

// Opens `table`'s context menu on the row of `id` and returns the menu (null if none opened).
QMenu *openRowMenu(QAbstractItemView *table, const QString &id, int idRole)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(idRole).toString() != id)
            continue;
        table->scrollTo(index);
        const QPoint at = table->visualRect(index).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table->viewport(), &event);
        for (QMenu *menu : table->findChildren<QMenu *>()) {
            if (menu->isVisible())
                return menu;
        }
    }
    return nullptr;
}

} // namespace

class TestWatchNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void endIsOneNotificationAndAClickOpensTheDetails();
    void serverTextReachesTheServiceAsText_data();
    void serverTextReachesTheServiceAsText();
    void withoutAServiceTheStatusBarSaysIt();
    void watchAndUnseenEndsSurviveARestart();
    void watchingGoesOnWhileMinimised();
    void watchAllRunningInViewWatchesTheUnfinished_data();
    void watchAllRunningInViewWatchesTheUnfinished();
    void detailsWatchAndStopWatching();
    void batchTableOffersTheSameWatch();
    void aStaleRowThatHadEndedIsNoNotification();
    void onlyTheRowOnScreenIsSeen();
    void aRowChosenWhileAwayIsSeenOnReturn();
    void aClickAsksWithTheWorksOwnProject();

private:
    MainWindow *startWindow();
    JobTableModel &jobs() { return m_window->jobsView().model(); }
    bool waitForJobs(int count);
    void watchJob(const QString &id, const QString &label = {});
    // The window with two running jobs and the person on the row of `other`; `ended`, watched,
    // fails and is marked as an end not yet seen.
    void startWithAnUnseenEnd(const QString &ended, const QString &other);

    QTemporaryDir m_settingsDir;
    MemoryCredentialStore m_credentials;
    std::shared_ptr<WatchWorld> m_world;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<NotificationStandIn> m_standIn;
    std::unique_ptr<MainWindow> m_window;
    std::list<QAbstractItemModelTester> m_modelTesters;
};

void TestWatchNotifications::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("BATCHDECK_SESSION_BUS_UNDER_TEST") == u"private",
             "run this test under tests/run-with-session-bus.sh: it owns the notification "
             "service of its session bus");
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    isolateWindowTest(m_settingsDir.path());
}

void TestWatchNotifications::init()
{
    clearSettings();
    QVERIFY(!notificationServiceOnTheBus());
    m_world = std::make_shared<WatchWorld>();
    m_server = std::make_unique<TestHttpServer>();
    serveWatchWorld(m_server.get(), m_world);
}

void TestWatchNotifications::cleanup()
{
    m_modelTesters.clear();
    m_window.reset();
    m_standIn.reset();
    m_server.reset();
}

MainWindow *TestWatchNotifications::startWindow()
{
    m_modelTesters.clear();
    m_window = std::make_unique<MainWindow>(&m_credentials);
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
             &m_window->jobsView().model(), m_window->jobsView().jobTable().model(),
             &m_window->batchesView().model()})
        m_modelTesters.emplace_back(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1200, 700);
    m_window->show();
    m_window->activateWindow();
    // Looks every 100 ms rather than at the auto-refresh interval, to keep the test short.
    m_window->watch().watcher().setIntervalMs(LookIntervalMs);
    ClientSettings settings;
    settings.baseUrl = m_server->baseUrl();
    settings.apiKey = QStringLiteral("sk-test-key-123");
    settings.maxRetries = 0;
    m_window->connection().useCloud(settings);
    return m_window.get();
}

bool TestWatchNotifications::waitForJobs(int count)
{
    return QTest::qWaitFor([this, count] { return jobs().rowCount() == count; }, 20'000);
}

void TestWatchNotifications::watchJob(const QString &id, const QString &label)
{
    const Job *job = jobs().jobAt(jobs().rowOf(id));
    QVERIFY(job);
    m_window->watch().setWatched(WatchedWork::ofJob(*job, {}, label), true);
    QVERIFY(m_window->watch().isWatched(id));
}

void TestWatchNotifications::startWithAnUnseenEnd(const QString &ended, const QString &other)
{
    m_world->jobs.insert(ended, {QStringLiteral("running"), QString()});
    m_world->jobs.insert(other, {QStringLiteral("running"), QString()});
    MainWindow *window = startWindow();
    QVERIFY(waitForJobs(2));
    JobTableView &table = window->jobsView().jobTable();
    const QModelIndex otherRow = rowIndex(&table, other, JobTableModel::JobIdRole);
    QVERIFY(otherRow.isValid());
    table.setCurrentIndex(otherRow); // the person is on the other row
    watchJob(ended);
    QTRY_VERIFY_WITH_TIMEOUT(m_world->looksAt(ended) >= 1, 10'000);
    m_world->jobs[ended].status = QStringLiteral("failed");
    QTRY_VERIFY_WITH_TIMEOUT(isMarkedUnseen(jobs(), ended), 10'000);
}

void TestWatchNotifications::endIsOneNotificationAndAClickOpensTheDetails()
{
    const QString id = QStringLiteral("bjb-watched");
    m_world->jobs.insert(id, {QStringLiteral("running"), QString()});
    m_world->jobs.insert(QStringLiteral("bjb-other"), {QStringLiteral("running"), QString()});
    m_standIn = std::make_unique<NotificationStandIn>(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_standIn->isOnTheBus(), 10'000);
    MainWindow *window = startWindow();
    QVERIFY(waitForJobs(2));

    // Watch, from the row's context menu.
    JobTableView &table = window->jobsView().jobTable();
    QMenu *menu = openRowMenu(&table, id, JobTableModel::JobIdRole);
    QVERIFY(menu);
    auto *watch = menu->findChild<QAction *>(QStringLiteral("watchAction"));
    QVERIFY(watch);
    QCOMPARE(watch->text(), QStringLiteral("&Watch"));
    QVERIFY(watch->isEnabled() && watch->isCheckable() && !watch->isChecked());
    watch->trigger();
    menu->close();
    QVERIFY(window->watch().isWatched(id));
    QVERIFY(!window->watch().isWatched(QStringLiteral("bjb-other")));
    // The row says so: an eye by its ID, and a line in its tooltip.
    const QModelIndex idCell = jobs().index(jobs().rowOf(id), JobTableModel::Id);
    QTRY_VERIFY(idCell.data(Qt::DecorationRole).isValid());
    QVERIFY(idCell.data(Qt::ToolTipRole).toString().contains(u"Watched"));
    table.clearSelection(); // its end is to be unseen
    menu = openRowMenu(&table, id, JobTableModel::JobIdRole);
    QVERIFY(menu);
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("watchAction"))->text(),
             QStringLiteral("Stop &Watching"));
    menu->close();
    table.clearSelection();

    QTRY_VERIFY_WITH_TIMEOUT(m_world->looksAt(id) >= 1, 10'000);
    QVERIFY(m_standIn->notifications().isEmpty());
    QCOMPARE(jobs().jobAt(jobs().rowOf(id))->status, QStringLiteral("running"));
    m_world->jobs[id].status = QStringLiteral("completed");
    QTRY_COMPARE_WITH_TIMEOUT(m_standIn->notifications().size(), 1, 10'000);
    // The row already shows the end the notification tells of, without a refresh of the list.
    QCOMPARE(jobs().jobAt(jobs().rowOf(id))->status, QStringLiteral("completed"));
    const QJsonObject notification = m_standIn->notifications().first();
    QCOMPARE(notification.value(u"app_name").toString(), QStringLiteral("BatchDeck"));
    QCOMPARE(notification.value(u"app_icon").toString(), QStringLiteral(BATCHDECK_APP_ID));
    QCOMPARE(notification.value(u"desktop_entry").toString(), QStringLiteral(BATCHDECK_APP_ID));
    QCOMPARE(notification.value(u"summary").toString(), QStringLiteral("Job completed"));
    QCOMPARE(notification.value(u"body").toString(), id);
    QVERIFY(notification.value(u"actions").toArray().contains(QStringLiteral("default")));
    // The service's answer (its ID for the notification) comes after the line it printed.
    QTRY_COMPARE(window->watch().notifier().lastChannel(), DesktopNotifier::Channel::Desktop);
    QVERIFY(!window->watch().isWatched(id));
    // Said once: the ended job is asked about no more.
    QSignalSpy output(&m_standIn->process(), &QProcess::readyReadStandardOutput);
    QVERIFY(!output.wait(5 * LookIntervalMs));
    QCOMPARE(m_standIn->notifications().size(), 1);
    // The row stays marked until it is seen.
    QTRY_VERIFY(isMarkedUnseen(jobs(), id));
    QVERIFY(!isMarkedUnseen(jobs(), QStringLiteral("bjb-other")));
    QCOMPARE(AppSettings().unseenEndings(window->watch().server()), QStringList {id});

    // A click on the notification: the job's details, and the mark is gone.
    m_standIn->click(qint64(notification.value(u"id").toInteger()));
    JobDetailsDialog *details = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (details = window->findChild<JobDetailsDialog *>()) && details->isVisible(), 10'000);
    QCOMPARE(details->jobId(), id);
    QTRY_VERIFY(!isMarkedUnseen(jobs(), id));
    QVERIFY(AppSettings().unseenEndings(window->watch().server()).isEmpty());
}

void TestWatchNotifications::serverTextReachesTheServiceAsText_data()
{
    QTest::addColumn<bool>("bodyMarkup");
    QTest::addColumn<QString>("expectedBody");
    QTest::newRow("service reads markup: escaped")
        << true
        << QStringLiteral("&lt;i&gt;Q3&lt;/i&gt; invoices · bjb-markup\n&lt;b&gt;x&lt;/b&gt; "
                          "&amp; y");
    QTest::newRow("service shows plain text: as it is")
        << false << QStringLiteral("<i>Q3</i> invoices · bjb-markup\n<b>x</b> & y");
}

void TestWatchNotifications::serverTextReachesTheServiceAsText()
{
    QFETCH(bool, bodyMarkup);
    QFETCH(QString, expectedBody);
    const QString id = QStringLiteral("bjb-markup");
    m_world->jobs.insert(id, {QStringLiteral("running"), QString()});
    m_standIn = std::make_unique<NotificationStandIn>(bodyMarkup);
    QTRY_VERIFY_WITH_TIMEOUT(m_standIn->isOnTheBus(), 10'000);
    startWindow();
    QVERIFY(waitForJobs(1));
    watchJob(id, QStringLiteral("<i>Q3</i> invoices"));
    QTRY_VERIFY_WITH_TIMEOUT(m_world->looksAt(id) >= 1, 10'000);
    m_world->jobs[id] = {QStringLiteral("failed"), QStringLiteral("<b>x</b> & y\nat line 2")};
    QTRY_COMPARE_WITH_TIMEOUT(m_standIn->notifications().size(), 1, 10'000);
    QCOMPARE(m_standIn->notifications().first().value(u"summary").toString(),
             QStringLiteral("Job failed"));
    QCOMPARE(m_standIn->notifications().first().value(u"body").toString(), expectedBody);
}

void TestWatchNotifications::withoutAServiceTheStatusBarSaysIt()
{
    const QString id = QStringLiteral("bjb-quiet");
    m_world->jobs.insert(id, {QStringLiteral("running"), QString()});
    MainWindow *window = startWindow();
    QVERIFY(waitForJobs(1));
    watchJob(id);
    QSignalSpy shown(&window->watch().notifier(), &DesktopNotifier::shown);
    QTRY_VERIFY_WITH_TIMEOUT(m_world->looksAt(id) >= 1, 10'000);
    m_world->jobs[id] = {QStringLiteral("failed"), QStringLiteral("disk full")};
    QVERIFY(shown.wait(10'000));
    // Offscreen has no tray either: the window's status bar says the same.
    QCOMPARE(window->watch().notifier().lastChannel(), DesktopNotifier::Channel::Window);
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"Job failed") && message.contains(id)
                 && message.contains(u"disk full"),
             qPrintable(message));
    QVERIFY(isMarkedUnseen(jobs(), id));
}

void TestWatchNotifications::watchAndUnseenEndsSurviveARestart()
{
    const QString watched = QStringLiteral("bjb-long");
    const QString ended = QStringLiteral("bjb-short");
    m_world->jobs.insert(watched, {QStringLiteral("running"), QString()});
    m_world->jobs.insert(ended, {QStringLiteral("running"), QString()});
    startWindow();
    QVERIFY(waitForJobs(2));
    watchJob(watched);
    watchJob(ended);
    QTRY_VERIFY_WITH_TIMEOUT(m_world->looksAt(ended) >= 1, 10'000);
    m_world->jobs[ended].status = QStringLiteral("cancelled");
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->watch().isWatched(ended), 10'000);
    QVERIFY(m_window->watch().isWatched(watched));

    // The window closes and opens again on the same settings and server.
    m_modelTesters.clear();
    m_window.reset();
    const qsizetype looksBefore = m_world->looksAt(watched);
    startWindow();
    QVERIFY(waitForJobs(2));
    QVERIFY(m_window->watch().isWatched(watched));
    QVERIFY(!m_window->watch().isWatched(ended));
    QTRY_VERIFY_WITH_TIMEOUT(m_world->looksAt(watched) > looksBefore, 10'000);
    QTRY_VERIFY(isMarkedUnseen(jobs(), ended));
    QVERIFY(!isMarkedUnseen(jobs(), watched));
}

void TestWatchNotifications::watchingGoesOnWhileMinimised()
{
    const QString id = QStringLiteral("bjb-behind");
    m_world->jobs.insert(id, {QStringLiteral("running"), QString()});
    m_standIn = std::make_unique<NotificationStandIn>(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_standIn->isOnTheBus(), 10'000);
    MainWindow *window = startWindow();
    QVERIFY(waitForJobs(1));
    watchJob(id);
    window->showMinimized();
    QTRY_VERIFY(window->isMinimized());
    const qsizetype looks = m_world->looksAt(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_world->looksAt(id) >= looks + 2, 10'000);
    m_world->jobs[id].status = QStringLiteral("completed");
    QTRY_COMPARE_WITH_TIMEOUT(m_standIn->notifications().size(), 1, 10'000);
    QTRY_COMPARE(window->watch().notifier().lastChannel(), DesktopNotifier::Channel::Desktop);
    QVERIFY(window->isMinimized());

    // A click brings the window back with the details.
    m_standIn->click(qint64(m_standIn->notifications().first().value(u"id").toInteger()));
    JobDetailsDialog *details = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (details = window->findChild<JobDetailsDialog *>()) && details->isVisible(), 10'000);
    QCOMPARE(details->jobId(), id);
    QVERIFY(!window->isMinimized());
}

void TestWatchNotifications::watchAllRunningInViewWatchesTheUnfinished_data()
{
    QTest::addColumn<bool>("batchesOnScreen");
    QTest::newRow("v1 jobs on screen") << false;
    QTest::newRow("v2 batches on screen") << true;
}

void TestWatchNotifications::watchAllRunningInViewWatchesTheUnfinished()
{
    QFETCH(bool, batchesOnScreen);
    // Jobs and batches in the same statuses, both lists loaded: only the one on screen decides
    // what is watched.
    const QString prefix = batchesOnScreen ? QStringLiteral("bat-") : QStringLiteral("bjb-");
    const QString other = batchesOnScreen ? QStringLiteral("bjb-") : QStringLiteral("bat-");
    const QStringList jobStatuses = {QStringLiteral("running"), QStringLiteral("pending"),
                                     QStringLiteral("completed"), QStringLiteral("failed")};
    for (int each = 0; each < jobStatuses.size(); ++each) {
        m_world->jobs.insert(u"bjb-" + QString::number(each + 1), {jobStatuses[each], QString()});
        m_world->batches.insert(u"bat-" + QString::number(each + 1),
                                {jobStatuses[each].toUpper(), QString()});
    }
    MainWindow *window = startWindow();
    QVERIFY(waitForJobs(4));
    window->showView(&window->batchesView());
    QTRY_COMPARE_WITH_TIMEOUT(window->batchesView().model().rowCount(), 4, 20'000);
    if (!batchesOnScreen) {
        window->showView(&window->jobsView());
        QVERIFY(waitForJobs(4));
    }
    auto *watchAll = window->findChild<QAction *>(QStringLiteral("actionWatchAllRunning"));
    QVERIFY(watchAll);
    QVERIFY(watchAll->isEnabled());
    QCOMPARE(watchAll->text(), QStringLiteral("&Watch All Running in View"));
    watchAll->trigger();
    QVERIFY(window->watch().isWatched(prefix + u'1'));
    QVERIFY(window->watch().isWatched(prefix + u'2'));
    QVERIFY(!window->watch().isWatched(prefix + u'3'));
    QVERIFY(!window->watch().isWatched(prefix + u'4'));
    for (int each = 1; each <= 4; ++each)
        QVERIFY(!window->watch().isWatched(other + QString::number(each)));
    QVERIFY2(window->statusBar()->currentMessage().contains(u"2"),
             qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(WatchedWork::listFromJson(AppSettings().watchedWork(window->watch().server())).size(),
             2);
}

void TestWatchNotifications::detailsWatchAndStopWatching()
{
    const QString running = QStringLiteral("bjb-open");
    const QString finished = QStringLiteral("bjb-done");
    m_world->jobs.insert(running, {QStringLiteral("running"), QString()});
    m_world->jobs.insert(finished, {QStringLiteral("completed"), QString()});
    MainWindow *window = startWindow();
    QVERIFY(waitForJobs(2));
    JobDetailsDialog *details =
        window->jobsView().openDetails(*jobs().jobAt(jobs().rowOf(running)));
    auto *button = child<QPushButton>(details, QStringLiteral("watchButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible() && button->isEnabled() && !button->isChecked());
    QCOMPARE(button->text(), QStringLiteral("&Watch"));
    button->click();
    QVERIFY(window->watch().isWatched(running));
    QVERIFY(button->isChecked());
    QCOMPARE(button->text(), QStringLiteral("Stop &Watching"));
    button->click();
    QVERIFY(!window->watch().isWatched(running));
    QCOMPARE(button->text(), QStringLiteral("&Watch"));

    // Finished work has nothing left to watch.
    JobDetailsDialog *done = window->jobsView().openDetails(*jobs().jobAt(jobs().rowOf(finished)));
    auto *doneButton = child<QPushButton>(done, QStringLiteral("watchButton"));
    QVERIFY(doneButton);
    QVERIFY(!doneButton->isEnabled());
}

void TestWatchNotifications::batchTableOffersTheSameWatch()
{
    const QString id = QStringLiteral("bat-running");
    m_world->batches.insert(id, {QStringLiteral("RUNNING"), QString()});
    m_world->batches.insert(QStringLiteral("bat-done"), {QStringLiteral("COMPLETED"), QString()});
    MainWindow *window = startWindow();
    QVERIFY(waitForJobs(0));
    window->showView(&window->batchesView());
    BatchTableModel &model = window->batchesView().model();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 20'000);
    BatchTableView &table = window->batchesView().batchTable();
    QMenu *menu = openRowMenu(&table, id, BatchTableModel::BatchIdRole);
    QVERIFY(menu);
    auto *watch = menu->findChild<QAction *>(QStringLiteral("watchAction"));
    QVERIFY(watch);
    QCOMPARE(watch->text(), QStringLiteral("&Watch"));
    watch->trigger();
    menu->close();
    QVERIFY(window->watch().isWatched(id));
    QTRY_VERIFY(
        model.index(model.rowOf(id), BatchTableModel::Id).data(Qt::DecorationRole).isValid());
    // Each look's answer is the row's, before the list's next refresh.
    QTRY_VERIFY_WITH_TIMEOUT(m_world->looksAt(id) >= 1, 10'000);
    m_world->batches[id].status = QStringLiteral("FAILED");
    QTRY_COMPARE_WITH_TIMEOUT(model.batchAt(model.rowOf(id))->status, QStringLiteral("FAILED"),
                              10'000);
    // A finished batch offers the same words, disabled.
    menu = openRowMenu(&table, QStringLiteral("bat-done"), BatchTableModel::BatchIdRole);
    QVERIFY(menu);
    watch = menu->findChild<QAction *>(QStringLiteral("watchAction"));
    QVERIFY(watch);
    QCOMPARE(watch->text(), QStringLiteral("&Watch"));
    QVERIFY(!watch->isEnabled());
    menu->close();
}

void TestWatchNotifications::aStaleRowThatHadEndedIsNoNotification()
{
    const QString id = QStringLiteral("bjb-stale");
    m_world->jobs.insert(id, {QStringLiteral("running"), QString()});
    m_standIn = std::make_unique<NotificationStandIn>(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_standIn->isOnTheBus(), 10'000);
    MainWindow *window = startWindow();
    QVERIFY(waitForJobs(1));
    // The job ends before anyone watches it; the row, not refreshed, still says running.
    m_world->jobs[id].status = QStringLiteral("completed");
    QCOMPARE(jobs().jobAt(jobs().rowOf(id))->status, QStringLiteral("running"));
    watchJob(id);
    QTRY_VERIFY_WITH_TIMEOUT(!window->watch().isWatched(id), 10'000);
    // No end was seen happening: no notification and no mark, but a word, and the row is right.
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.contains(id) && message.contains(u"had already ended (Completed)"),
             qPrintable(message));
    QCOMPARE(jobs().jobAt(jobs().rowOf(id))->status, QStringLiteral("completed"));
    QVERIFY(!isMarkedUnseen(jobs(), id));
    QSignalSpy output(&m_standIn->process(), &QProcess::readyReadStandardOutput);
    QVERIFY(!output.wait(5 * LookIntervalMs));
    QVERIFY(m_standIn->notifications().isEmpty());
}

void TestWatchNotifications::onlyTheRowOnScreenIsSeen()
{
    const QString ended = QStringLiteral("bjb-ended");
    const QString other = QStringLiteral("bjb-other");
    startWithAnUnseenEnd(ended, other);
    if (QTest::currentTestFailed())
        return;
    MainWindow *window = m_window.get();
    JobTableView &table = window->jobsView().jobTable();
    const QModelIndex otherRow = rowIndex(&table, other, JobTableModel::JobIdRole);
    QTRY_VERIFY(window->isActiveWindow());

    // Select all (to copy IDs, say) from the other row: the ended one is selected, not seen.
    table.selectAll();
    QVERIFY(table.selectionModel()->isSelected(rowIndex(&table, ended, JobTableModel::JobIdRole)));
    QCOMPARE(table.currentIndex().row(), otherRow.row());
    QVERIFY(isMarkedUnseen(jobs(), ended));
    // Going to its row is seeing it.
    table.setCurrentIndex(rowIndex(&table, ended, JobTableModel::JobIdRole));
    QTRY_VERIFY(!isMarkedUnseen(jobs(), ended));
}

void TestWatchNotifications::aRowChosenWhileAwayIsSeenOnReturn()
{
    const QString ended = QStringLiteral("bjb-ended");
    startWithAnUnseenEnd(ended, QStringLiteral("bjb-other"));
    if (QTest::currentTestFailed())
        return;
    MainWindow *window = m_window.get();
    JobTableView &table = window->jobsView().jobTable();

    // Another window in front: the ended row, made current behind it, is not seen...
    QWidget front;
    front.resize(300, 200);
    front.show();
    front.activateWindow();
    QTRY_VERIFY(front.isActiveWindow() && !window->isActiveWindow());
    table.setCurrentIndex(rowIndex(&table, ended, JobTableModel::JobIdRole));
    QVERIFY(table.selectionModel()->isSelected(table.currentIndex()));
    QVERIFY(isMarkedUnseen(jobs(), ended));
    // ...until the window comes back to the front with it current.
    window->activateWindow();
    QTRY_VERIFY(window->isActiveWindow());
    QTRY_VERIFY(!isMarkedUnseen(jobs(), ended));
}

void TestWatchNotifications::aClickAsksWithTheWorksOwnProject()
{
    // A job of a project the window was not connected with: the server knows it only when asked
    // with its project_id. No index, so that opening it must ask the server.
    AppSettings().saveIndexEnabled(false);
    const QString id = QStringLiteral("bjb-elsewhere");
    const QString project = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
    m_world->jobs.insert(id, {QStringLiteral("running"), QString(), project});
    m_standIn = std::make_unique<NotificationStandIn>(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_standIn->isOnTheBus(), 10'000);
    MainWindow *window = startWindow();
    QVERIFY(waitForJobs(1));
    JobTableView &table = window->jobsView().jobTable();
    QMenu *menu = openRowMenu(&table, id, JobTableModel::JobIdRole);
    QVERIFY(menu);
    menu->findChild<QAction *>(QStringLiteral("watchAction"))->trigger();
    menu->close();
    table.clearSelection();
    QTRY_VERIFY_WITH_TIMEOUT(m_world->looksAt(id) >= 1, 10'000);
    m_world->jobs[id].status = QStringLiteral("completed");
    QTRY_COMPARE_WITH_TIMEOUT(m_standIn->notifications().size(), 1, 10'000);
    QTRY_COMPARE(window->watch().notifier().lastChannel(), DesktopNotifier::Channel::Desktop);

    m_standIn->click(qint64(m_standIn->notifications().first().value(u"id").toInteger()));
    JobDetailsDialog *details = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (details = window->findChild<JobDetailsDialog *>()) && details->isVisible(), 10'000);
    QCOMPARE(details->jobId(), id);
    // The details' own calls (its items, a refresh, cancel) go with the job's project too.
    QCOMPARE(details->scope().projectId.value_or(QString()), project);
}

QTEST_MAIN(TestWatchNotifications)
#include "tst_watchnotifications.moc"
