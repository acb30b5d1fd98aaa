// The demo server standing in for a slow network and a rate-limiting service: answers sent late
// (DemoConfig::latencyMs, X-Demo-Delay-Ms) without holding up others, 429 beyond
// DemoConfig::maxInFlight, and the counters that report both. Real HTTP on 127.0.0.1.
#include "demo/demoserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace BatchDeck;

namespace {

constexpr int AnswerTimeoutMs = 30'000; // generous: the suite runs with both cores busy

const QString JobsPath = QStringLiteral("/api/v1/beta/batch-processing?limit=1");

DemoConfig trafficConfig(int latencyMs, int maxInFlight = 0, int retryAfterMs = 1000)
{
    DemoConfig config;
    config.jobCount = 50;
    config.latencyMs = latencyMs;
    config.maxInFlight = maxInFlight;
    config.retryAfterMs = retryAfterMs;
    return config;
}

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// Requests sent together, each on a connection of its own: one QNetworkAccessManager opens at
// most six connections to a host and queues the rest on the client's side.
class Burst
{
public:
    explicit Burst(const DemoServer &server)
        : m_baseUrl(server.baseUrl())
    { }

    QNetworkReply *send(const QString &path = JobsPath, int delayMs = 0,
                        const QByteArray &key = "llx-batchdeck-demo")
    {
        QNetworkRequest request(QUrl(m_baseUrl.toString() + path));
        request.setRawHeader("Authorization", "Bearer " + key);
        if (delayMs > 0)
            request.setRawHeader(DemoServer::delayHeader(), QByteArray::number(delayMs));
        m_managers.push_back(std::make_unique<QNetworkAccessManager>());
        m_replies.push_back(m_managers.back()->get(request));
        return m_replies.back();
    }
    void send(int count, int delayMs = 0)
    {
        for (int i = 0; i < count; ++i)
            send(JobsPath, delayMs);
    }

    const std::vector<QNetworkReply *> &replies() const { return m_replies; }
    bool waitForAll() const
    {
        return QTest::qWaitFor(
            [this] {
                return std::all_of(m_replies.cbegin(), m_replies.cend(),
                                   [](const QNetworkReply *reply) { return reply->isFinished(); });
            },
            AnswerTimeoutMs);
    }
    int countStatus(int status) const
    {
        return int(
            std::count_if(m_replies.cbegin(), m_replies.cend(), [&](const QNetworkReply *reply) {
                return reply->isFinished() && statusOf(reply) == status;
            }));
    }

private:
    QUrl m_baseUrl;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers; // each owns its replies
    std::vector<QNetworkReply *> m_replies;
};

} // namespace

class TestDemoServerTraffic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lateAnswersWaitInParallel_data();
    void lateAnswersWaitInParallel();
    void manySlowRequestsHoldUpNoFastOne_data();
    void manySlowRequestsHoldUpNoFastOne();
    void refusesBeyondTheLimit_data();
    void refusesBeyondTheLimit();
    void answerIsNotSentBeforeItsTime_data();
    void answerIsNotSentBeforeItsTime();
    void clientLeavingWhileItsAnswerWaits_data();
    void clientLeavingWhileItsAnswerWaits();
};

void TestDemoServerTraffic::lateAnswersWaitInParallel_data()
{
    // Each answer is held longer than it takes all the requests to arrive, so all are in flight
    // at once, and every one is answered. (That no wait holds a worker thread is
    // manySlowRequestsHoldUpNoFastOne's to show.)
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<int>("delayMs"); // X-Demo-Delay-Ms
    // Long enough for every request of the burst to arrive on a machine with both cores busy.
    QTest::newRow("16 requests, 4 s latency") << 16 << 4000 << 0;
    QTest::newRow("16 requests, 4 s X-Demo-Delay-Ms") << 16 << 0 << 4000;
    QTest::newRow("32 requests, 2 s latency and 2 s X-Demo-Delay-Ms") << 32 << 2000 << 2000;
}

void TestDemoServerTraffic::lateAnswersWaitInParallel()
{
    QFETCH(int, requests);
    QFETCH(int, latencyMs);
    QFETCH(int, delayMs);
    DemoServer server(trafficConfig(latencyMs));
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    Burst burst(server);
    burst.send(requests, delayMs);
    QVERIFY(burst.waitForAll());
    QCOMPARE(burst.countStatus(200), requests);
    for (QNetworkReply *reply : burst.replies())
        QCOMPARE(
            QJsonDocument::fromJson(reply->readAll()).object().value(u"items").toArray().size(), 1);
    const DemoServer::Counters counters = server.counters();
    QCOMPARE(counters.answered, requests);
    QCOMPARE(counters.refused, 0);
    QCOMPARE(counters.inFlight, 0);
    QCOMPARE(counters.peakInFlight, requests);
}

void TestDemoServerTraffic::manySlowRequestsHoldUpNoFastOne_data()
{
    QTest::addColumn<int>("slow");
    QTest::newRow("one slow request") << 1;
    QTest::newRow("9 slow requests (more than the worker threads)") << 9;
    QTest::newRow("40 slow requests") << 40;
}

void TestDemoServerTraffic::manySlowRequestsHoldUpNoFastOne()
{
    // Waits that slept on a worker thread would take every worker, and the fast request would
    // wait 30 s for one.
    QFETCH(int, slow);
    DemoServer server(trafficConfig(0));
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    Burst burst(server);
    burst.send(slow, 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(server.counters().inFlight, slow, AnswerTimeoutMs);
    QNetworkReply *fast = burst.send();
    QTRY_VERIFY_WITH_TIMEOUT(fast->isFinished(), 20'000);
    QCOMPARE(statusOf(fast), 200);
    QCOMPARE(burst.countStatus(200), 1);
    QCOMPARE(server.counters().peakInFlight, slow + 1);
    // The slow clients leave; the server goes while their answers wait.
    for (QNetworkReply *reply : burst.replies())
        reply->abort();
}

void TestDemoServerTraffic::refusesBeyondTheLimit_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("retryAfterMs");
    QTest::addColumn<QByteArray>("retryAfter"); // whole seconds, rounded up
    QTest::newRow("3 at once, 8 asked") << 3 << 8 << 1000 << QByteArray("1");
    QTest::newRow("1 at once, 3 asked, retry after 1.5 s") << 1 << 3 << 1500 << QByteArray("2");
    QTest::newRow("1 at once, 2 asked, retry at once") << 1 << 2 << 0 << QByteArray("0");
    QTest::newRow("4 at once, 4 asked") << 4 << 4 << 1000 << QByteArray("1");
}

void TestDemoServerTraffic::refusesBeyondTheLimit()
{
    QFETCH(int, limit);
    QFETCH(int, requests);
    QFETCH(int, retryAfterMs);
    QFETCH(QByteArray, retryAfter);
    DemoServer server(trafficConfig(0, limit, retryAfterMs));
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const int admitted = std::min(limit, requests);
    const int refused = requests - admitted;

    // The first ones are held (late answers) while the others arrive.
    Burst held(server);
    held.send(admitted, 5000); // the others must arrive meanwhile, even on a busy machine
    QTRY_COMPARE_WITH_TIMEOUT(server.counters().inFlight, admitted, AnswerTimeoutMs);
    Burst others(server);
    others.send(refused);
    QVERIFY(others.waitForAll());
    QCOMPARE(others.countStatus(429), refused);
    for (QNetworkReply *reply : others.replies()) {
        QCOMPARE(reply->rawHeader("Retry-After"), retryAfter);
        QCOMPARE(reply->rawHeader("retry-after-ms"), QByteArray::number(retryAfterMs));
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/json"));
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object(),
                 QJsonObject({{QStringLiteral("detail"), QStringLiteral("Too Many Requests")}}));
    }
    QCOMPARE(server.counters().inFlight, admitted); // a 429 holds no place

    QVERIFY(held.waitForAll());
    QCOMPARE(held.countStatus(200), admitted);
    DemoServer::Counters counters = server.counters();
    QCOMPARE(counters.answered, requests);
    QCOMPARE(counters.refused, refused);
    QCOMPARE(counters.peakInFlight, admitted);
    QCOMPARE(counters.inFlight, 0);

    // Their places are free again.
    Burst after(server);
    after.send(limit);
    QVERIFY(after.waitForAll());
    QCOMPARE(after.countStatus(200), limit);
    counters = server.counters();
    QCOMPARE(counters.answered, requests + limit);
    QCOMPARE(counters.refused, refused);
}

void TestDemoServerTraffic::answerIsNotSentBeforeItsTime_data()
{
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<int>("delayMs"); // X-Demo-Delay-Ms
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("status");
    const QByteArray key("llx-batchdeck-demo");
    QTest::newRow("latency") << 300 << 0 << JobsPath << key << 200;
    QTest::newRow("X-Demo-Delay-Ms") << 0 << 300 << JobsPath << key << 200;
    QTest::newRow("latency and X-Demo-Delay-Ms add up") << 200 << 200 << JobsPath << key << 200;
    QTest::newRow("a refused key waits too") << 300 << 0 << JobsPath << QByteArray("wrong") << 401;
    QTest::newRow("an unknown path waits too")
        << 300 << 0 << QStringLiteral("/nowhere") << key << 404;
}

void TestDemoServerTraffic::answerIsNotSentBeforeItsTime()
{
    QFETCH(int, latencyMs);
    QFETCH(int, delayMs);
    QFETCH(QString, path);
    QFETCH(QByteArray, key);
    QFETCH(int, status);
    DemoServer server(trafficConfig(latencyMs));
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    Burst burst(server);
    QElapsedTimer sent;
    sent.start();
    QNetworkReply *reply = burst.send(path, delayMs, key);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(AnswerTimeoutMs));
    const qint64 elapsedMs = sent.elapsed();
    QCOMPARE(statusOf(reply), status);
    // Only a lower bound: how much later it comes depends on the machine's load.
    QVERIFY2(elapsedMs >= latencyMs + delayMs, qPrintable(QString::number(elapsedMs)));
    QCOMPARE(server.counters().answered, 1);
}

void TestDemoServerTraffic::clientLeavingWhileItsAnswerWaits_data()
{
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<int>("delayMs"); // X-Demo-Delay-Ms
    QTest::addColumn<int>("limit");
    QTest::newRow("during the latency") << 1500 << 0 << 0;
    QTest::newRow("during X-Demo-Delay-Ms") << 0 << 1500 << 0;
    QTest::newRow("under a limit of one") << 1500 << 0 << 1;
}

void TestDemoServerTraffic::clientLeavingWhileItsAnswerWaits()
{
    QFETCH(int, latencyMs);
    QFETCH(int, delayMs);
    QFETCH(int, limit);
    DemoServer server(trafficConfig(latencyMs, limit));
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    Burst leaving(server);
    QNetworkReply *reply = leaving.send(JobsPath, delayMs);
    QTRY_COMPARE_WITH_TIMEOUT(server.counters().inFlight, 1, AnswerTimeoutMs);
    reply->abort();
    // Its place is given back when its time is up; its answer goes nowhere and counts for none.
    QTRY_COMPARE_WITH_TIMEOUT(server.counters().inFlight, 0, AnswerTimeoutMs);
    QCOMPARE(server.counters().answered, 0);

    Burst staying(server);
    QNetworkReply *next = staying.send();
    QSignalSpy finished(next, &QNetworkReply::finished);
    QVERIFY(finished.wait(AnswerTimeoutMs));
    QCOMPARE(statusOf(next), 200);
    const DemoServer::Counters counters = server.counters();
    QCOMPARE(counters.answered, 1);
    QCOMPARE(counters.refused, 0);
    QCOMPARE(counters.peakInFlight, 1);
}

QTEST_GUILESS_MAIN(TestDemoServerTraffic)
#include "tst_demoservertraffic.moc"
