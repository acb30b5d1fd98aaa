// Watching jobs and batches until they end (WorkWatcher), against a per-test server whose
// statuses change between looks: one end said once, one look at a time and at most one a work an
// interval, failed looks backing off and a good one resetting, a vanished job ending its watch,
// and the list as the settings keep it.
#include "core/api/apiclient.h"
#include "core/watch/workwatcher.h"
#include "testhttpserver.h"
#include "watchworld.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <algorithm>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

// How a look fails, for failedLooksBackOffAndAGoodOneResets.
enum Failure { HttpError, UnreadableAnswer, RefusedConnection };

WatchedWork job(const QString &id, const QString &status = QStringLiteral("running"))
{
    return {WatchedWork::Kind::Job, id, {}, {}, status};
}

WatchedWork batch(const QString &id, const QString &status = QStringLiteral("RUNNING"))
{
    return {WatchedWork::Kind::Batch, id, {}, {}, status};
}

// A loopback address where nothing listens: a connection there is refused.
QUrl closedPortUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(probe.serverPort());
    probe.close();
    return url;
}

} // namespace

class TestWorkWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void endIsSaidOnce_data();
    void endIsSaidOnce();
    void looksOneAtATimeOncePerInterval();
    void failedLooksBackOffAndAGoodOneResets_data();
    void failedLooksBackOffAndAGoodOneResets();
    void backOffStopsAtFiveMinutes();
    void anOutageMakesTheWholeWatcherWait();
    void workEndedBeforeItWasWatchedIsNoEnd_data();
    void workEndedBeforeItWasWatchedIsNoEnd();
    void goneWorkEndsItsWatch();
    void unwatchStopsTheLooks();
    void listSurvivesTheSettings_data();
    void listSurvivesTheSettings();
    void restoreWatchesExactlyTheList();

private:
    std::shared_ptr<WatchWorld> m_world;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestWorkWatcher::init()
{
    m_client.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_world = std::make_shared<WatchWorld>();
    m_server = std::make_unique<TestHttpServer>();
    serveWatchWorld(m_server.get(), m_world);
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setSettings(clientSettingsFor(*m_server));
}

void TestWorkWatcher::endIsSaidOnce_data()
{
    QTest::addColumn<WatchedWork>("work");
    QTest::addColumn<QString>("finalStatus");
    QTest::addColumn<QString>("errorMessage");
    QTest::newRow("job completes")
        << job(QStringLiteral("bjb-1")) << QStringLiteral("completed") << QString();
    QTest::newRow("job fails with its error")
        << job(QStringLiteral("bjb-2")) << QStringLiteral("failed")
        << QStringLiteral("<b>x</b> & y\nsecond line");
    QTest::newRow("job is cancelled") << job(QStringLiteral("bjb-3"), QStringLiteral("pending"))
                                      << QStringLiteral("cancelled") << QString();
    QTest::newRow("batch completes")
        << batch(QStringLiteral("bat-1")) << QStringLiteral("COMPLETED") << QString();
    QTest::newRow("throttled batch fails")
        << batch(QStringLiteral("bat-2"), QStringLiteral("THROTTLED")) << QStringLiteral("FAILED")
        << QString();
}

void TestWorkWatcher::endIsSaidOnce()
{
    QFETCH(WatchedWork, work);
    QFETCH(QString, finalStatus);
    QFETCH(QString, errorMessage);
    auto &world = work.kind == WatchedWork::Kind::Job ? m_world->jobs : m_world->batches;
    world.insert(work.id, {work.lastStatus, QString()});

    WorkWatcher watcher(m_client.get());
    watcher.setIntervalMs(100);
    QSignalSpy ended(&watcher, &WorkWatcher::ended);
    QSignalSpy changed(&watcher, &WorkWatcher::watchedChanged);
    QSignalSpy jobsLooked(&watcher, &WorkWatcher::jobLookedAt);
    QSignalSpy batchesLooked(&watcher, &WorkWatcher::batchLookedAt);
    const bool isJob = work.kind == WatchedWork::Kind::Job;
    QSignalSpy &looked = isJob ? jobsLooked : batchesLooked;
    qsizetype lookedWhenEnded = -1;
    connect(&watcher, &WorkWatcher::ended, &watcher,
            [&looked, &lookedWhenEnded] { lookedWhenEnded = looked.size(); });
    watcher.watch(work);
    QVERIFY(watcher.isWatching(work.id));
    // Two looks find it as it was; then it ends.
    QTRY_VERIFY_WITH_TIMEOUT(m_world->looksAt(work.id) >= 2, 10'000);
    QVERIFY(ended.isEmpty());
    world.insert(work.id, {finalStatus, errorMessage});
    QVERIFY(ended.wait(10'000));
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.at(0).at(0).value<WatchedWork>().id, work.id);
    QCOMPARE(ended.at(0).at(0).value<WatchedWork>().lastStatus, finalStatus);
    QCOMPARE(ended.at(0).at(1).toString(), finalStatus);
    QCOMPARE(ended.at(0).at(2).toString(), errorMessage);
    QVERIFY(!watcher.isWatching(work.id));
    QVERIFY(watcher.watched().isEmpty());
    QVERIFY(!changed.isEmpty());
    // Every look's answer went to the tables, the last (the end) before ended(): a row never
    // says "running" beside the notification of its end.
    QVERIFY2(lookedWhenEnded >= 3, qPrintable(QString::number(lookedWhenEnded)));
    QVERIFY((isJob ? batchesLooked : jobsLooked).isEmpty());
    const QVariant last = looked.at(lookedWhenEnded - 1).at(0);
    QCOMPARE(isJob ? last.value<Job>().id : last.value<Batch>().id, work.id);
    QCOMPARE(isJob ? last.value<Job>().status : last.value<Batch>().status, finalStatus);

    // Ended work is asked about no more.
    const qsizetype looks = m_world->looksAt(work.id);
    QSignalSpy requests(m_server.get(), &TestHttpServer::requestReceived);
    QVERIFY(!requests.wait(500));
    QCOMPARE(m_world->looksAt(work.id), looks);
    QCOMPARE(ended.size(), 1);
}

void TestWorkWatcher::looksOneAtATimeOncePerInterval()
{
    constexpr int IntervalMs = 200;
    const QStringList ids {QStringLiteral("bjb-a"), QStringLiteral("bjb-b"),
                           QStringLiteral("bjb-c")};
    for (const QString &id : ids)
        m_world->jobs.insert(id, {QStringLiteral("running"), QString()});
    m_world->answerDelayMs = 60; // long enough for a second look to overlap, if one were sent

    WorkWatcher watcher(m_client.get());
    watcher.setIntervalMs(IntervalMs);
    for (const QString &id : ids)
        watcher.watch(job(id));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(ids.cbegin(), ids.cend(),
                    [this](const QString &id) { return m_world->looksAt(id) >= 4; }),
        20'000);
    QCOMPARE(m_world->mostLooksAtOnce, 1);
    for (const QString &id : ids) {
        qint64 previous = -1;
        for (const WatchWorld::Look &look : std::as_const(m_world->looks)) {
            if (look.id != id)
                continue;
            if (previous >= 0)
                QVERIFY2(look.atMs - previous >= IntervalMs,
                         qPrintable(QStringLiteral("%1 was asked about %2 ms after the last time")
                                        .arg(id)
                                        .arg(look.atMs - previous)));
            previous = look.atMs;
        }
    }
}

void TestWorkWatcher::failedLooksBackOffAndAGoodOneResets_data()
{
    QTest::addColumn<int>("failure");
    QTest::newRow("server error 500") << int(HttpError);
    QTest::newRow("unreadable JSON") << int(UnreadableAnswer);
    QTest::newRow("connection refused on a closed port") << int(RefusedConnection);
}

void TestWorkWatcher::failedLooksBackOffAndAGoodOneResets()
{
    QFETCH(int, failure);
    constexpr int IntervalMs = 60;
    const QString id = QStringLiteral("bjb-flaky");
    m_world->jobs.insert(id, {QStringLiteral("running"), QString()});
    switch (Failure(failure)) {
    case HttpError:
        m_world->failure = TestResponse::json(500, QByteArray(R"({"detail":"boom"})"));
        break;
    case UnreadableAnswer:
        m_world->failure = TestResponse::json(200, QByteArray(R"({"job": {"id": )"));
        break;
    case RefusedConnection: {
        ClientSettings refused = clientSettingsFor(*m_server);
        refused.baseUrl = closedPortUrl();
        m_client->setSettings(refused);
        break;
    }
    }

    WorkWatcher watcher(m_client.get());
    watcher.setIntervalMs(IntervalMs);
    QSignalSpy failed(&watcher, &WorkWatcher::lookFailed);
    QSignalSpy looked(&watcher, &WorkWatcher::jobLookedAt);
    watcher.watch(job(id));
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 3, 20'000);
    QVERIFY(looked.isEmpty()); // a failed look changes no row
    // Each failure doubles the wait: 2, 4, 8 intervals.
    for (int look = 0; look < 3; ++look)
        QCOMPARE(failed.at(look).at(2).toInt(), IntervalMs << (look + 1));
    QVERIFY(watcher.isWatching(id));

    // The server is back: the next good answer sets the interval again.
    m_world->failure.reset();
    m_client->setSettings(clientSettingsFor(*m_server));
    const qsizetype looks = m_world->looksAt(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_world->looksAt(id) > looks && watcher.delayMsOf(id) == IntervalMs
                                 && !watcher.isLooking(),
                             20'000);
    QVERIFY(watcher.isWatching(id));
}

void TestWorkWatcher::backOffStopsAtFiveMinutes()
{
    const QString id = QStringLiteral("bjb-down");
    m_world->failure = TestResponse::json(503, QByteArray(R"({"detail":"down"})"));
    WorkWatcher watcher(m_client.get());
    // Twice this is past the longest wait: the first failure meets the cap.
    watcher.setIntervalMs(WorkWatcher::MaxDelayMs / 2 + 1000);
    QSignalSpy failed(&watcher, &WorkWatcher::lookFailed);
    watcher.watch(job(id)); // new work is asked about at once
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.at(0).at(2).toInt(), WorkWatcher::MaxDelayMs);
    QCOMPARE(watcher.delayMsOf(id), WorkWatcher::MaxDelayMs);
}

void TestWorkWatcher::goneWorkEndsItsWatch()
{
    WorkWatcher watcher(m_client.get());
    watcher.setIntervalMs(60);
    QSignalSpy gone(&watcher, &WorkWatcher::gone);
    QSignalSpy ended(&watcher, &WorkWatcher::ended);
    watcher.watch(job(QStringLiteral("bjb-deleted"))); // the world has no such job: 404
    QVERIFY(gone.wait(10'000));
    QCOMPARE(gone.at(0).at(0).value<WatchedWork>().id, QStringLiteral("bjb-deleted"));
    QCOMPARE(gone.at(0).at(1).value<ApiError>().httpStatus, 404);
    QVERIFY(!watcher.isWatching(QStringLiteral("bjb-deleted")));
    QVERIFY(ended.isEmpty());
    QSignalSpy requests(m_server.get(), &TestHttpServer::requestReceived);
    QVERIFY(!requests.wait(400));
}

void TestWorkWatcher::unwatchStopsTheLooks()
{
    const QString id = QStringLiteral("bjb-bored");
    m_world->jobs.insert(id, {QStringLiteral("running"), QString()});
    WorkWatcher watcher(m_client.get());
    watcher.setIntervalMs(60);
    watcher.watch(job(id));
    QTRY_VERIFY_WITH_TIMEOUT(m_world->looksAt(id) >= 2, 10'000);
    QSignalSpy changed(&watcher, &WorkWatcher::watchedChanged);
    watcher.unwatch(id);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!watcher.isWatching(id));
    QTRY_VERIFY(!watcher.isLooking()); // a look under way is let finish, and dropped
    const qsizetype looks = m_world->looksAt(id);
    QSignalSpy requests(m_server.get(), &TestHttpServer::requestReceived);
    QVERIFY(!requests.wait(400));
    QCOMPARE(m_world->looksAt(id), looks);
}

void TestWorkWatcher::anOutageMakesTheWholeWatcherWait()
{
    constexpr int IntervalMs = 60;
    const QStringList ids {QStringLiteral("bjb-a"), QStringLiteral("bjb-b"),
                           QStringLiteral("bjb-c"), QStringLiteral("bjb-d")};
    for (const QString &id : ids)
        m_world->jobs.insert(id, {QStringLiteral("running"), QString()});
    m_world->failure = TestResponse::json(503, QByteArray(R"({"detail":"down"})"));
    WorkWatcher watcher(m_client.get());
    watcher.setIntervalMs(IntervalMs);
    QSignalSpy failed(&watcher, &WorkWatcher::lookFailed);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> lookTimes; // when the server was asked, in ms
    connect(m_server.get(), &TestHttpServer::requestReceived, &watcher,
            [&] { lookTimes.append(clock.elapsed()); });
    for (const QString &id : ids)
        watcher.watch(job(id)); // each due at once
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 3, 20'000);
    // One look a wait, whichever work it is about, and the wait doubles from look to look: the
    // four due at once are not each asked about while the server is down.
    for (int look = 0; look < 3; ++look)
        QCOMPARE(failed.at(look).at(2).toInt(), IntervalMs << (look + 1));
    // The server saw it: after the first failed look, the next came a whole wait later (a timer
    // may fire a millisecond early; a busy machine only makes the gaps longer).
    QVERIFY(lookTimes.size() >= 3);
    for (int look = 1; look < 3; ++look) {
        const qint64 gap = lookTimes.at(look) - lookTimes.at(look - 1);
        QVERIFY2(gap >= (IntervalMs << look) - 5,
                 qPrintable(
                     QStringLiteral("look %1 came %2 ms after the one before").arg(look).arg(gap)));
    }
    const auto allLooks = [&] {
        qsizetype looks = 0;
        for (const QString &id : ids)
            looks += m_world->looksAt(id);
        return looks;
    };
    QVERIFY2(allLooks() <= failed.size() + 1, qPrintable(QString::number(allLooks())));

    // The server is back: the wait ends, and every piece of work is asked about again.
    QHash<QString, qsizetype> before;
    for (const QString &id : ids)
        before.insert(id, m_world->looksAt(id));
    m_world->failure.reset();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(ids.cbegin(), ids.cend(),
                    [&](const QString &id) { return m_world->looksAt(id) > before.value(id); }),
        20'000);
    for (const QString &id : ids)
        QVERIFY(watcher.isWatching(id));
}

void TestWorkWatcher::workEndedBeforeItWasWatchedIsNoEnd_data()
{
    QTest::addColumn<WatchedWork>("work");
    QTest::addColumn<QString>("finalStatus");
    QTest::addColumn<bool>("endTold");
    // A row older than the server's state: it says running, the job has completed.
    QTest::newRow("a job watched from a stale row")
        << job(QStringLiteral("bjb-stale")) << QStringLiteral("completed") << false;
    QTest::newRow("a batch watched from a stale row")
        << batch(QStringLiteral("bat-stale")) << QStringLiteral("CANCELLED") << false;
    // Restored after a restart: a look had seen it running, so the end came while watched.
    WatchedWork seen = job(QStringLiteral("bjb-seen"));
    seen.seenUnfinished = true;
    QTest::newRow("a job a look saw running before a restart")
        << seen << QStringLiteral("failed") << true;
}

void TestWorkWatcher::workEndedBeforeItWasWatchedIsNoEnd()
{
    QFETCH(WatchedWork, work);
    QFETCH(QString, finalStatus);
    QFETCH(bool, endTold);
    auto &world = work.kind == WatchedWork::Kind::Job ? m_world->jobs : m_world->batches;
    world.insert(work.id, {finalStatus, QString()});
    WorkWatcher watcher(m_client.get());
    watcher.setIntervalMs(100);
    QSignalSpy ended(&watcher, &WorkWatcher::ended);
    QSignalSpy endedBefore(&watcher, &WorkWatcher::endedBeforeWatched);
    watcher.restore({work});
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isWatching(work.id), 10'000);
    QCOMPARE(ended.size(), endTold ? 1 : 0);
    QCOMPARE(endedBefore.size(), endTold ? 0 : 1);
    const QList<QVariant> told = endTold ? ended.constFirst() : endedBefore.constFirst();
    QCOMPARE(told.at(0).value<WatchedWork>().id, work.id);
    QCOMPARE(told.at(1).toString(), finalStatus);
}

void TestWorkWatcher::listSurvivesTheSettings_data()
{
    QTest::addColumn<QJsonArray>("stored");
    QTest::addColumn<QList<WatchedWork>>("expected");
    WatchedWork scoped = job(QStringLiteral("bjb-1"));
    scoped.scope.projectId = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
    scoped.scope.organizationId = QStringLiteral("223e4567-e89b-12d3-a456-426614174000");
    scoped.label = QStringLiteral("Q3 invoices");
    const WatchedWork plain = batch(QStringLiteral("bat-1"));
    QTest::newRow("a scoped, labelled job and a batch")
        << WatchedWork::toJson({scoped, plain}) << QList<WatchedWork> {scoped, plain};
    WatchedWork seen = job(QStringLiteral("bjb-2"));
    seen.seenUnfinished = true;
    QTest::newRow("a job a look saw unfinished")
        << WatchedWork::toJson({seen, plain}) << QList<WatchedWork> {seen, plain};
    const QJsonObject unknownKind {{QStringLiteral("kind"), QStringLiteral("pipeline")},
                                   {QStringLiteral("id"), QStringLiteral("pip-1")}};
    QTest::newRow("a kind this version does not know is dropped")
        << QJsonArray {unknownKind, plain.toJson()} << QList<WatchedWork> {plain};
    QJsonObject badScope = scoped.toJson();
    badScope.insert(u"project_id", QStringLiteral("not-a-uuid"));
    QTest::newRow("a scope the API would refuse is dropped")
        << QJsonArray {badScope} << QList<WatchedWork> {};
    QJsonObject spacedId = plain.toJson();
    spacedId.insert(u"id", QStringLiteral("bat 1"));
    QTest::newRow("an ID with a space is dropped")
        << QJsonArray {spacedId, QStringLiteral("not an object")} << QList<WatchedWork> {};
}

void TestWorkWatcher::listSurvivesTheSettings()
{
    QFETCH(QJsonArray, stored);
    QFETCH(QList<WatchedWork>, expected);
    const QList<WatchedWork> read = WatchedWork::listFromJson(stored);
    QCOMPARE(read, expected);
    QCOMPARE(WatchedWork::listFromJson(WatchedWork::toJson(read)), expected);
}

void TestWorkWatcher::restoreWatchesExactlyTheList()
{
    for (const QString &id : {QStringLiteral("bjb-1"), QStringLiteral("bjb-2")})
        m_world->jobs.insert(id, {QStringLiteral("running"), QString()});
    WorkWatcher watcher(m_client.get());
    watcher.setIntervalMs(100);
    watcher.watch(job(QStringLiteral("bjb-old")));
    watcher.restore({job(QStringLiteral("bjb-1")), job(QStringLiteral("bjb-2")),
                     job(QStringLiteral("BJB-1"))}); // IDs are the same in any case
    QCOMPARE(watcher.watched().size(), 2);
    QVERIFY(!watcher.isWatching(QStringLiteral("bjb-old")));
    QTRY_VERIFY_WITH_TIMEOUT(m_world->looksAt(QStringLiteral("bjb-1")) >= 2
                                 && m_world->looksAt(QStringLiteral("bjb-2")) >= 2,
                             10'000);
    // Its first look may have left before the list was replaced; none came after.
    QVERIFY(m_world->looksAt(QStringLiteral("bjb-old")) <= 1);
}

QTEST_GUILESS_MAIN(TestWorkWatcher)
#include "tst_workwatcher.moc"
