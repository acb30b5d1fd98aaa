// Where an answer is parsed: on a worker thread, inside the call's life, so that a page of a
// thousand jobs never holds up the window; the callback still runs on its context's thread, and
// abort() and a deleted context keep their meaning while the parse is under way.
#include "core/jobs/jobsapi.h"
#include "testhttpserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QString JobsPath = QStringLiteral("/api/v1/beta/batch-processing");

struct Outcome
{
    JobPage page;
    ApiError error;
    int calls = 0;
    QThread *callbackThread = nullptr;
};

// Holds a parse at its start until the test opens the gate. Opened and waited for on the way
// out, even after a failed check, so that no worker is left blocked or touching a dead test.
class ParseGate
{
public:
    ~ParseGate()
    {
        m_open.release(1000);
        QThreadPool::globalInstance()->waitForDone();
    }

    // Called by the parse, on the worker.
    void hold()
    {
        m_entered.release();
        m_open.tryAcquire(1, 60'000);
    }
    bool parseHasStarted() const { return m_entered.available() > 0; } // QTRY asks twice
    void open() { m_open.release(); }
    // A job page parse that waits at the gate, then parses and says so.
    auto heldParse()
    {
        return [this](const QByteArray &body, JobPage *page) {
            hold();
            const QString problem = JobPage::fromJson(body, 0, page);
            m_parsed = true;
            return problem;
        };
    }
    bool hasParsed() const { return m_parsed; }

private:
    QSemaphore m_entered;
    QSemaphore m_open;
    std::atomic<bool> m_parsed = false; // a member: the destructor waits for the parse first
};

} // namespace

class TestAnswerParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void parseRunsOnAWorkerAndCallbackOnTheContextThread_data();
    void parseRunsOnAWorkerAndCallbackOnTheContextThread();
    void finishedIsEmittedOnceAfterTheParse();
    void abortDuringTheParseDeliversAbortedOnce();
    void goneDuringTheParseMeansNoCallback_data();
    void goneDuringTheParseMeansNoCallback();
    void unreadableAnswerIsAnInvalidResponse_data();
    void unreadableAnswerIsAnInvalidResponse();
    void answerArrivedTellsOnlyOfAnAnswerBeingParsed_data();
    void answerArrivedTellsOnlyOfAnAnswerBeingParsed();

private:
    // A list call with `parse` as its parser; the outcome lands in *outcome.
    template<typename Parse>
    ApiCall *list(ApiClient &client, QObject *context, Outcome *outcome, Parse parse)
    {
        ApiCall *call = client.send(ApiCall::Verb::Get, JobsPath, {}, {}, {});
        return deliver<JobPage>(
            call, context,
            [outcome](const JobPage &page, const ApiError &error) {
                outcome->page = page;
                outcome->error = error;
                outcome->callbackThread = QThread::currentThread();
                ++outcome->calls;
            },
            parse);
    }

    QNetworkAccessManager m_network;
};

void TestAnswerParsing::init()
{
    m_network.clearConnectionCache();
}

void TestAnswerParsing::parseRunsOnAWorkerAndCallbackOnTheContextThread_data()
{
    QTest::addColumn<int>("jobs");
    QTest::newRow("one job") << 1;
    QTest::newRow("a page of 1000 jobs") << 1000;
}

void TestAnswerParsing::parseRunsOnAWorkerAndCallbackOnTheContextThread()
{
    QFETCH(int, jobs);
    TestHttpServer server(
        [&](const TestRequest &) { return TestResponse::json(200, jobListJson(0, jobs, jobs)); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    QObject context;
    Outcome outcome;
    std::atomic<QThread *> parseThread = nullptr;
    const auto waitForTheParse = qScopeGuard([] { QThreadPool::globalInstance()->waitForDone(); });
    list(client, &context, &outcome, [&parseThread](const QByteArray &body, JobPage *page) {
        parseThread = QThread::currentThread();
        return JobPage::fromJson(body, 0, page);
    });
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 30'000);
    QVERIFY(outcome.error.isOk());
    QCOMPARE(outcome.page.jobs.size(), jobs);
    QVERIFY(parseThread.load() != nullptr);
    QVERIFY2(parseThread.load() != context.thread(), "the parse ran on the context's thread");
    QCOMPARE(outcome.callbackThread, context.thread());
}

void TestAnswerParsing::finishedIsEmittedOnceAfterTheParse()
{
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 3, 3)); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    QSignalSpy active(&client, &ApiClient::activeCallsChanged);
    QObject context;
    Outcome outcome;
    ParseGate gate;
    QPointer<ApiCall> call = list(client, &context, &outcome, gate.heldParse());
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QSignalSpy arrived(call.data(), &ApiCall::answerArrived);
    bool parsedWhenFinished = false;
    connect(call, &ApiCall::finished, this, [&] { parsedWhenFinished = gate.hasParsed(); });

    QTRY_VERIFY_WITH_TIMEOUT(gate.parseHasStarted(), 30'000);
    // The answer is in, the parse is not: the call is still in flight, and says the server is
    // done with it (a pager may ask for the next page meanwhile).
    QTRY_COMPARE(arrived.size(), 1);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(active.size(), 1);
    gate.open();
    QTRY_COMPARE(outcome.calls, 1);
    QVERIFY(parsedWhenFinished);
    QCOMPARE(outcome.page.jobs.size(), 3);
    QTRY_VERIFY(call.isNull()); // deleted: nothing is left that could emit again
    QCOMPARE(finished.size(), 1);
    QCOMPARE(outcome.calls, 1);
    QCOMPARE(active.size(), 2); // one start, one end
    QCOMPARE(active.last().first().toInt(), 0);
    QCOMPARE(arrived.size(), 1);
}

void TestAnswerParsing::abortDuringTheParseDeliversAbortedOnce()
{
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 3, 3)); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    QObject context;
    Outcome outcome;
    ParseGate gate;
    QPointer<ApiCall> call = list(client, &context, &outcome, gate.heldParse());
    QSignalSpy finished(call.data(), &ApiCall::finished);

    QTRY_VERIFY_WITH_TIMEOUT(gate.parseHasStarted(), 30'000);
    call->abort();
    // At once, as an abort before the answer: the caller need not wait for the parse.
    QCOMPARE(outcome.calls, 1);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Aborted);
    QCOMPARE(finished.size(), 1);

    gate.open();
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(gate.hasParsed());
    QTRY_VERIFY(call.isNull());
    QCoreApplication::sendPostedEvents(); // anything the finished parse might still bring
    QCoreApplication::processEvents();
    QCOMPARE(outcome.calls, 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Aborted);
    QVERIFY(outcome.page.jobs.isEmpty()); // the parsed page was dropped
}

void TestAnswerParsing::goneDuringTheParseMeansNoCallback_data()
{
    QTest::addColumn<bool>("deleteClient");
    QTest::newRow("context deleted") << false;
    QTest::newRow("client deleted, and the call with it") << true;
}

void TestAnswerParsing::goneDuringTheParseMeansNoCallback()
{
    QFETCH(bool, deleteClient);
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 3, 3)); });
    auto client = std::make_unique<ApiClient>(&m_network);
    client->setSettings(clientSettingsFor(server));
    auto context = std::make_unique<QObject>();
    Outcome outcome;
    ParseGate gate;
    QPointer<ApiCall> call = list(*client, context.get(), &outcome, gate.heldParse());
    QSignalSpy finished(call.data(), &ApiCall::finished);

    QTRY_VERIFY_WITH_TIMEOUT(gate.parseHasStarted(), 30'000);
    if (deleteClient)
        client.reset();
    else
        context.reset();
    gate.open();
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(gate.hasParsed());
    if (!deleteClient)
        QTRY_COMPARE(finished.size(), 1); // the call ends as ever, for no one
    QTRY_VERIFY(call.isNull());
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(outcome.calls, 0);
}

void TestAnswerParsing::unreadableAnswerIsAnInvalidResponse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not JSON") << QByteArray("<html>busy</html>") << QStringLiteral("not JSON");
    QTest::newRow("no items") << QByteArray(R"({"total_size":1})")
                              << QStringLiteral("field \"items\" is missing");
    QTest::newRow("a thousand jobs, then garbage")
        << QJsonDocument(jobListJson(0, 1000, 1000)).toJson(QJsonDocument::Compact) + "]"
        << QStringLiteral("not JSON");
}

void TestAnswerParsing::unreadableAnswerIsAnInvalidResponse()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    TestHttpServer server([&](const TestRequest &) { return TestResponse::json(200, body); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    QObject context;
    Outcome outcome;
    ApiCall *call = JobsApi(&client).listJobs(
        {}, &context, [&outcome](const JobPage &page, const ApiError &error) {
            outcome.page = page;
            outcome.error = error;
            ++outcome.calls;
        });
    QSignalSpy finished(call, &ApiCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 30'000);
    QCOMPARE(outcome.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(outcome.error.message.contains(problem), qPrintable(outcome.error.message));
    QVERIFY(outcome.page.jobs.isEmpty());
    QCOMPARE(finished.size(), 1);
}

void TestAnswerParsing::answerArrivedTellsOnlyOfAnAnswerBeingParsed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("arrivals");
    QTest::newRow("a page") << 200 << QJsonDocument(jobListJson(0, 3, 3)).toJson() << 1;
    QTest::newRow("an unreadable page (parsed, then refused)") << 200 << QByteArray("<html>") << 1;
    QTest::newRow("not found (never parsed)") << 404 << QByteArray(R"({"detail":"no"})") << 0;
    QTest::newRow("a server error (never parsed)") << 503 << QByteArray("{}") << 0;
}

void TestAnswerParsing::answerArrivedTellsOnlyOfAnAnswerBeingParsed()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, arrivals);
    TestHttpServer server([&](const TestRequest &) { return TestResponse::json(status, body); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    QObject context;
    Outcome outcome;
    ApiCall *call = list(client, &context, &outcome, [](const QByteArray &answer, JobPage *page) {
        return JobPage::fromJson(answer, 0, page);
    });
    QSignalSpy arrived(call, &ApiCall::answerArrived);
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 30'000);
    QCOMPARE(arrived.size(), arrivals);
}

QTEST_GUILESS_MAIN(TestAnswerParsing)

#include "tst_answerparsing.moc"
