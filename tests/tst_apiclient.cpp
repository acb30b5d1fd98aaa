#include "core/batches/batchesapi.h"
#include "core/catalog/catalogapi.h"
#include "core/jobs/jobsapi.h"
#include "core/version.h"
#include "testhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

template<typename Result>
struct Outcome
{
    Result result;
    ApiError error;
    int calls = 0;
};

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sendsHeadersAndPath();
    void invalidQueryIsRefusedBeforeSending();
    void mapsHttpErrors_data();
    void mapsHttpErrors();
    void readsValidationDetails();
    void unreadableSuccessBody();
    void retriesOnlyWhatTheSdksRetry_data();
    void retriesOnlyWhatTheSdksRetry();
    void retryThenSuccess();
    void zeroRetriesMeansOneAttempt();
    void honoursRetryAfterHints_data();
    void honoursRetryAfterHints();
    void backoffIsBounded_data();
    void backoffIsBounded();
    void serverCanForbidRetry();
    void timeoutIsReported();
    void refusedConnectionIsReported();
    void droppedConnectionIsReported();
    void keyNeverAppearsInMessages();
    void noCallbackAfterContextIsGone();
    void abortDeliversAborted();
    void jobEndpoints();
    void cancelSendsJsonBody();

private:
    Outcome<JobPage> list(ApiClient &client, const ListJobsQuery &query = {});

    QNetworkAccessManager m_network;
};

Outcome<JobPage> TestApiClient::list(ApiClient &client, const ListJobsQuery &query)
{
    Outcome<JobPage> outcome;
    QObject context;
    JobsApi(&client).listJobs(query, &context, [&](const JobPage &page, const ApiError &error) {
        outcome.result = page;
        outcome.error = error;
        ++outcome.calls;
    });
    if (!QTest::qWaitFor([&] { return outcome.calls > 0; }, 20'000))
        QTest::qFail("No answer within 20 s", __FILE__, __LINE__);
    return outcome;
}

void TestApiClient::init()
{
    m_network.clearConnectionCache();
}

void TestApiClient::sendsHeadersAndPath()
{
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 2, 2)); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListJobsQuery query;
    query.status = QStringLiteral("failed");
    query.limit = 2;
    const auto outcome = list(client, query);
    QVERIFY2(outcome.error.isOk(), qPrintable(outcome.error.message));
    QCOMPARE(outcome.calls, 1);
    QCOMPARE(outcome.result.jobs.size(), 2);
    QCOMPARE(server.requests().size(), 1);
    const TestRequest &request = server.requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/api/v1/beta/batch-processing"));
    QCOMPARE(request.query.toString(), QStringLiteral("status=failed&limit=2"));
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer sk-test-secret"));
    QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
    QCOMPARE(request.headers.value("user-agent"), QByteArray("batchdeck/" BATCHDECK_VERSION));
}

void TestApiClient::invalidQueryIsRefusedBeforeSending()
{
    TestHttpServer server;
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListJobsQuery query;
    query.limit = 5000;
    const auto outcome = list(client, query);
    QCOMPARE(outcome.error.kind, ApiError::Kind::InvalidArgument);
    QVERIFY(outcome.error.message.startsWith(u"limit "));
    QCOMPARE(server.requests().size(), 0);
}

void TestApiClient::mapsHttpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<bool>("authentication");

    QTest::newRow("401 detail string")
        << 401 << QByteArray(R"({"detail":"Invalid authentication token"})")
        << "Invalid authentication token" << true;
    QTest::newRow("401 tells what to do")
        << 401 << QByteArray(R"({"detail":"Not authenticated"})") << "Check the key" << true;
    QTest::newRow("403") << 403 << QByteArray(R"({"detail":"Forbidden"})") << "not allowed" << true;
    QTest::newRow("404") << 404 << QByteArray(R"({"detail":"Batch job not found"})")
                         << "Batch job not found" << false;
    QTest::newRow("400 plain") << 400 << QByteArray(R"({"detail":"Bad"})") << "HTTP 400: Bad"
                               << false;
    QTest::newRow("422 array detail")
        << 422
        << QByteArray(
               R"({"detail":[{"loc":["query","limit"],"msg":"Input should be less than or equal to 1000","type":"less_than_equal"}]})")
        << "query.limit: Input should be less than or equal to 1000" << false;
    QTest::newRow("422 location with line breaks is one line")
        << 422 << QByteArray(R"({"detail":[{"loc":["query"," a\nb\r\n\u2028c "],"msg":"x"}]})")
        << "query.a b c: x" << false;
    QTest::newRow("non-JSON body")
        << 404 << QByteArray("no such thing") << "no such thing" << false;
    QTest::newRow("HTML body is not quoted")
        << 404 << QByteArray("<html><body>404</body></html>") << "HTTP 404)" << false;
    QTest::newRow("empty body") << 418 << QByteArray() << "HTTP 418)" << false;
    QTest::newRow("message field")
        << 400 << QByteArray(R"({"message":"bad things"})") << "bad things" << false;
    QTest::newRow("unexpected detail shape")
        << 400 << QByteArray(R"({"detail":{"code":7}})") << "code" << false;
    QTest::newRow("unexpected detail shape with a line separator is one line")
        << 400 << QByteArray(R"({"detail":{"a\u2028b":[]}})") << R"({"detail":{"a b":[]}})"
        << false;
}

void TestApiClient::mapsHttpErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedText);
    QFETCH(bool, authentication);
    TestHttpServer server([&](const TestRequest &) { return TestResponse::json(status, body); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    const auto outcome = list(client);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Http);
    QCOMPARE(outcome.error.httpStatus, status);
    QCOMPARE(outcome.error.isAuthenticationFailure(), authentication);
    QVERIFY2(outcome.error.message.contains(expectedText), qPrintable(outcome.error.message));
    QVERIFY(outcome.error.message.endsWith(u'.'));
    QVERIFY2(outcome.error.message.simplified() == outcome.error.message,
             qPrintable(outcome.error.message)); // one line, as the banner and CLI show it
    QVERIFY(outcome.result.jobs.isEmpty());
}

void TestApiClient::readsValidationDetails()
{
    TestHttpServer server([](const TestRequest &) {
        return TestResponse::json(422, QByteArray(R"({"detail":[
            {"loc":["query","limit"],"msg":"too big","type":"x"},
            {"loc":["body",0,"reason"],"msg":"bad reason","type":"y"}]})"));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    const auto outcome = list(client);
    const QList<ValidationIssue> expected {
        {QStringLiteral("query.limit"), QStringLiteral("too big")},
        {QStringLiteral("body.0.reason"), QStringLiteral("bad reason")}};
    QCOMPARE(outcome.error.validationIssues, expected);
    QVERIFY(outcome.error.message.contains(u"query.limit: too big; body.0.reason: bad reason"));
}

void TestApiClient::unreadableSuccessBody()
{
    TestHttpServer server([](const TestRequest &) {
        return TestResponse::json(200, QByteArray("<html>captive portal</html>"));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, 3));
    const auto outcome = list(client);
    QCOMPARE(outcome.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY(outcome.error.message.contains(u"not JSON"));
    QCOMPARE(server.requests().size(), 1); // a 200 is not retried
}

void TestApiClient::retriesOnlyWhatTheSdksRetry_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expectedAttempts");
    for (int status : {408, 409, 429, 500, 502, 503, 504})
        QTest::addRow("%d is retried", status) << status << 4;
    for (int status : {400, 401, 403, 404, 405, 410, 422})
        QTest::addRow("%d is not retried", status) << status << 1;
}

void TestApiClient::retriesOnlyWhatTheSdksRetry()
{
    QFETCH(int, status);
    QFETCH(int, expectedAttempts);
    TestHttpServer server([&](const TestRequest &) {
        return TestResponse::json(status, QByteArray(R"({"detail":"x"})"));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, 3));
    const auto outcome = list(client);
    QCOMPARE(outcome.error.httpStatus, status);
    QCOMPARE(server.requests().size(), expectedAttempts);
    QCOMPARE(outcome.error.attempts, expectedAttempts);
    QCOMPARE(outcome.error.message.contains(u"Gave up after 4 attempts"), expectedAttempts == 4);
}

void TestApiClient::retryThenSuccess()
{
    int answered = 0;
    TestHttpServer server([&](const TestRequest &) {
        return ++answered < 3 ? TestResponse::json(503, QByteArray(R"({"detail":"busy"})"))
                              : TestResponse::json(200, jobListJson(0, 1, 1));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, 5));
    const auto outcome = list(client);
    QVERIFY(outcome.error.isOk());
    QCOMPARE(outcome.result.jobs.size(), 1);
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(outcome.calls, 1);
}

void TestApiClient::zeroRetriesMeansOneAttempt()
{
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(500, QByteArray("{}")); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, 0));
    QCOMPARE(list(client).error.httpStatus, 500);
    QCOMPARE(server.requests().size(), 1);
}

void TestApiClient::honoursRetryAfterHints_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expectedDelayMs");
    QTest::newRow("retry-after-ms") << QByteArray("retry-after-ms") << QByteArray("25") << 25;
    QTest::newRow("retry-after seconds") << QByteArray("Retry-After") << QByteArray("2") << 2000;
    QTest::newRow("retry-after fractional seconds")
        << QByteArray("retry-after") << QByteArray("0.5") << 500;
    QTest::newRow("retry-after above 60 s is ignored")
        << QByteArray("retry-after") << QByteArray("3600") << -1;
    QTest::newRow("retry-after garbage is ignored")
        << QByteArray("retry-after") << QByteArray("soon") << -1;
}

void TestApiClient::honoursRetryAfterHints()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, expectedDelayMs);
    TestHttpServer server([&](const TestRequest &) {
        return TestResponse::json(429, QByteArray(R"({"detail":"slow down"})"))
            .withHeader(header, value);
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, 1));
    QObject context;
    bool done = false;
    ApiCall *call = JobsApi(&client).listJobs(
        {}, &context, [&](const JobPage &, const ApiError &) { done = true; });
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    connect(call, &ApiCall::retryScheduled, call, &ApiCall::abort); // the schedule is what matters
    QVERIFY(retries.wait(10'000));
    QCOMPARE(retries.first().at(0).toInt(), 2);
    const int delay = retries.first().at(1).toInt();
    if (expectedDelayMs >= 0)
        QCOMPARE(delay, expectedDelayMs);
    else
        QVERIFY2(delay <= 4, "falls back to the backoff schedule");
    QTRY_VERIFY(done);
}

void TestApiClient::backoffIsBounded_data()
{
    QTest::addColumn<int>("retryIndex");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::newRow("first retry 0.5 s") << 0 << 375 << 500;
    QTest::newRow("second retry 1 s") << 1 << 750 << 1000;
    QTest::newRow("fourth retry 4 s") << 3 << 3000 << 4000;
    QTest::newRow("fifth retry capped at 8 s") << 4 << 6000 << 8000;
    QTest::newRow("tenth retry still 8 s") << 9 << 6000 << 8000;
}

void TestApiClient::backoffIsBounded()
{
    QFETCH(int, retryIndex);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    QCOMPARE(backoffDelayMs(retryIndex, 500, 8000, 0.0), maximum);
    QCOMPARE(backoffDelayMs(retryIndex, 500, 8000, 1.0), minimum); // at most 25% jitter
    const int sampled = backoffDelayMs(retryIndex, 500, 8000, 0.37);
    QVERIFY(sampled >= minimum && sampled <= maximum);
}

void TestApiClient::serverCanForbidRetry()
{
    TestHttpServer server([](const TestRequest &) {
        return TestResponse::json(503, QByteArray("{}")).withHeader("x-should-retry", "false");
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, 3));
    QCOMPARE(list(client).error.httpStatus, 503);
    QCOMPARE(server.requests().size(), 1);
}

void TestApiClient::timeoutIsReported()
{
    TestHttpServer server([](const TestRequest &) { return TestResponse::hang(); });
    ApiClient client(&m_network);
    ClientSettings settings = clientSettingsFor(server, 1);
    settings.timeoutMs = 200;
    client.setSettings(settings);
    const auto outcome = list(client);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
    QVERIFY(outcome.error.message.contains(u"did not answer within 0.2 seconds"));
    QCOMPARE(server.requests().size(), 2); // a timeout is retried
}

void TestApiClient::refusedConnectionIsReported()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    ClientSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    settings.apiKey = QStringLiteral("k");
    settings.maxRetries = 2;
    settings.retryBaseDelayMs = 1;
    ApiClient client(&m_network);
    client.setSettings(settings);
    const auto outcome = list(client);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Transport);
    QCOMPARE(outcome.error.attempts, 3);
    QVERIFY2(outcome.error.message.startsWith(u"Could not reach 127.0.0.1"),
             qPrintable(outcome.error.message));
    QVERIFY2(outcome.error.message.contains(u"Check your network connection"),
             qPrintable(outcome.error.message));
}

void TestApiClient::droppedConnectionIsReported()
{
    TestHttpServer server([](const TestRequest &) { return TestResponse::closeConnection(); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, 1));
    const auto outcome = list(client);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Transport);
    QCOMPARE(outcome.error.attempts, 2); // Qt may resend once on its own before giving up
    QVERIFY(server.requests().size() >= 2);
}

void TestApiClient::keyNeverAppearsInMessages()
{
    TestHttpServer server([](const TestRequest &request) {
        // A server that echoes the header back into its error.
        return TestResponse::json(401,
                                  QByteArray(R"({"detail":"bad token )"
                                             + request.headers.value("authorization") + R"("})"));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    const auto outcome = list(client);
    QVERIFY(!outcome.error.message.contains(u"sk-test-secret"));
    QVERIFY(!outcome.error.serverDetail.contains(u"sk-test-secret"));
    QVERIFY(outcome.error.message.contains(u"[API key]"));
}

void TestApiClient::noCallbackAfterContextIsGone()
{
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 1, 1)); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    int calls = 0;
    auto context = std::make_unique<QObject>();
    ApiCall *call = JobsApi(&client).listJobs({}, context.get(),
                                              [&](const JobPage &, const ApiError &) { ++calls; });
    QSignalSpy finished(call, &ApiCall::finished);
    context.reset();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(calls, 0);
}

void TestApiClient::abortDeliversAborted()
{
    TestHttpServer server([](const TestRequest &) { return TestResponse::hang(); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, 3));
    QSignalSpy active(&client, &ApiClient::activeCallsChanged);
    ApiError received;
    int calls = 0;
    QObject context;
    ApiCall *call =
        JobsApi(&client).listJobs({}, &context, [&](const JobPage &, const ApiError &error) {
            received = error;
            ++calls;
        });
    QTRY_COMPARE(server.requests().size(), 1);
    call->abort();
    QCOMPARE(calls, 1);
    QCOMPARE(received.kind, ApiError::Kind::Aborted);
    QCOMPARE(active.last().at(0).toInt(), 0);
    QCOMPARE(server.requests().size(), 1);
}

void TestApiClient::jobEndpoints()
{
    TestHttpServer server([](const TestRequest &request) {
        if (request.path.endsWith(u"/items"))
            return TestResponse::json(
                200,
                QByteArray(
                    R"({"items":[{"item_id":"i","item_name":"a.pdf","status":"skipped","skip_reason":"already_processed"}],"total_size":1})"));
        return TestResponse::json(
            200,
            QJsonObject {{QStringLiteral("job"), sampleJobJson(QStringLiteral("bjb/1 x"))},
                         {QStringLiteral("progress_percentage"), 100}});
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    QObject context;
    Outcome<JobStatusResult> status;
    JobsApi(&client).jobStatus(QStringLiteral("bjb/1 x"), {}, &context,
                               [&](const JobStatusResult &r, const ApiError &e) {
                                   status = {r, e, 1};
                               });
    QTRY_COMPARE(status.calls, 1);
    QVERIFY(status.error.isOk());
    QCOMPARE(status.result.progressPercentage, 100.0);
    QCOMPARE(server.requests().last().path,
             QStringLiteral("/api/v1/beta/batch-processing/bjb%2F1%20x"));

    Outcome<ItemPage> items;
    ListItemsQuery query;
    query.status = QStringLiteral("skipped");
    JobsApi(&client).listJobItems(QStringLiteral("bjb-1"), {}, query, &context,
                                  [&](const ItemPage &r, const ApiError &e) {
                                      items = {r, e, 1};
                                  });
    QTRY_COMPARE(items.calls, 1);
    QVERIFY(items.error.isOk());
    QCOMPARE(items.result.items.first().skipReason, QStringLiteral("already_processed"));
    QCOMPARE(server.requests().last().path,
             QStringLiteral("/api/v1/beta/batch-processing/bjb-1/items"));
    QCOMPARE(server.requests().last().query.toString(), QStringLiteral("status=skipped"));

    Outcome<JobStatusResult> empty;
    JobsApi(&client).jobStatus(QString(), {}, &context,
                               [&](const JobStatusResult &r, const ApiError &e) {
                                   empty = {r, e, 1};
                               });
    QTRY_COMPARE(empty.calls, 1);
    QCOMPARE(empty.error.kind, ApiError::Kind::InvalidArgument);
    QVERIFY(empty.error.message.contains(u"job_id"));
}

void TestApiClient::cancelSendsJsonBody()
{
    TestHttpServer server([](const TestRequest &) {
        return TestResponse::json(
            200,
            QByteArray(
                R"({"job_id":"bjb-1","status":"cancelled","processed_items":4,"message":"Cancelled"})"));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    QObject context;
    Outcome<CancelResult> cancel;
    JobsApi(&client).cancelJob(QStringLiteral("bjb-1"), {}, QString(), &context,
                               [&](const CancelResult &r, const ApiError &e) {
                                   cancel = {r, e, 1};
                               });
    QTRY_COMPARE(cancel.calls, 1);
    QVERIFY(cancel.error.isOk());
    QCOMPARE(cancel.result.processedItems, 4);
    const TestRequest &request = server.requests().last();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/api/v1/beta/batch-processing/bjb-1/cancel"));
    QCOMPARE(request.body, QByteArray("{}"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));

    JobsApi(&client).cancelJob(QStringLiteral("bjb-1"), {}, QStringLiteral("wrong directory"),
                               &context, [&](const CancelResult &r, const ApiError &e) {
                                   cancel = {r, e, 2};
                               });
    QTRY_COMPARE(cancel.calls, 2);
    QCOMPARE(server.requests().last().body, QByteArray(R"({"reason":"wrong directory"})"));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "core/jobs/jobsapi.h"
#include "tst_apiclient.moc"
