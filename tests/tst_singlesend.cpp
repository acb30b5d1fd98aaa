// Nothing is sent twice on its own: a connection that closes after the request went out and
// before any answer must not make Qt send the request again behind ApiCall's back (Qt 6.4's
// HTTP/1 channel does, POST included). Only ApiCall's own, counted retries may repeat a request.
#include "core/batches/batchesapi.h"
#include "core/catalog/catalogapi.h"
#include "core/jobs/jobsapi.h"
#include "testhttpserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(BatchDeck::Testing::TestResponse)

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QString ProjectId = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QString CreatePath = QStringLiteral("/api/v1/beta/batch-processing");

ProjectScope testScope()
{
    return ProjectScope {ProjectId, std::nullopt};
}

enum class Call { CreateJob, CancelJob, CancelBatch, JobStatus };

} // namespace

Q_DECLARE_METATYPE(Call)

class TestSingleSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void unansweredRequestIsSentOnce_data();
    void unansweredRequestIsSentOnce();
    void retriedPostReachesTheServerOncePerAttempt_data();
    void retriedPostReachesTheServerOncePerAttempt();
    void getWithoutRetriesIsAnOrdinaryGet();
    void creationFollowsASameOriginRedirectOnce_data();
    void creationFollowsASameOriginRedirectOnce();

private:
    // Starts `call` against `server` and waits for its one result.
    ApiError run(Call call, const TestHttpServer &server, int maxRetries);

    QNetworkAccessManager m_network;
};

ApiError TestSingleSend::run(Call call, const TestHttpServer &server, int maxRetries)
{
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, maxRetries));
    ApiError received;
    int results = 0;
    const auto keep = [&](const ApiError &error) {
        received = error;
        ++results;
    };
    QObject context;
    ApiCall *started = nullptr;
    switch (call) {
    case Call::CreateJob: {
        JobCreateRequest request;
        request.itemIds = QStringList {QStringLiteral("dfl-1"), QStringLiteral("dfl-2")};
        request.jobConfig = R"({"job_name": "parse_raw_file_job", "parameters": {}})";
        started =
            JobsApi(&client).createJob(request, testScope(), &context,
                                       [&](const Job &, const ApiError &error) { keep(error); });
        break;
    }
    case Call::CancelJob:
        started = JobsApi(&client).cancelJob(
            QStringLiteral("bjb-1"), testScope(), QStringLiteral("stop"), &context,
            [&](const CancelResult &, const ApiError &error) { keep(error); });
        break;
    case Call::CancelBatch:
        started = BatchesApi(&client).cancelBatch(
            QStringLiteral("bat-1"), testScope(), &context,
            [&](const Batch &, const ApiError &error) { keep(error); });
        break;
    case Call::JobStatus:
        started = JobsApi(&client).jobStatus(
            QStringLiteral("bjb-1"), testScope(), &context,
            [&](const JobStatusResult &, const ApiError &error) { keep(error); });
        break;
    }
    QSignalSpy finished(started, &ApiCall::finished);
    if (!finished.wait(30'000))
        QTest::qFail("the call did not finish within 30 s", __FILE__, __LINE__);
    // Qt replays before it gives up on a reply, so every replay has reached the server by now.
    if (results != 1)
        QTest::qFail("the callback did not run exactly once", __FILE__, __LINE__);
    return received;
}

void TestSingleSend::init()
{
    // Each test starts on a fresh connection, as a first request would.
    m_network.clearConnectionCache();
}

void TestSingleSend::unansweredRequestIsSentOnce_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<int>("maxRetries");
    QTest::addColumn<TestResponse>("response");
    QTest::addColumn<QString>("says");
    const QString created = QStringLiteral("the job may have been created");
    const QString notAgain = QStringLiteral("retries are off");
    const struct
    {
        const char *name;
        TestResponse response;
    } endings[] = {{"closed", TestResponse::closeConnection()},
                   {"reset", TestResponse::resetConnection()}};
    for (const auto &ending : endings) {
        // Creation is never repeated once it may have reached the server, retries or not.
        QTest::addRow("create job, retries 3, connection %s", ending.name)
            << Call::CreateJob << 3 << ending.response << created;
        QTest::addRow("create job, retries 0, connection %s", ending.name)
            << Call::CreateJob << 0 << ending.response << created;
        // With --max-retries 0 the user asked for one request, whatever it is.
        QTest::addRow("cancel job, retries 0, connection %s", ending.name)
            << Call::CancelJob << 0 << ending.response << notAgain;
        QTest::addRow("cancel batch, retries 0, connection %s", ending.name)
            << Call::CancelBatch << 0 << ending.response << notAgain;
        QTest::addRow("job status GET, retries 0, connection %s", ending.name)
            << Call::JobStatus << 0 << ending.response << notAgain;
    }
}

void TestSingleSend::unansweredRequestIsSentOnce()
{
    QFETCH(Call, call);
    QFETCH(int, maxRetries);
    QFETCH(TestResponse, response);
    QFETCH(QString, says);
    TestHttpServer server([&](const TestRequest &) { return response; });

    const ApiError error = run(call, server, maxRetries);

    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(error.attempts, 1);
    QCOMPARE(error.kind, ApiError::Kind::Transport);
    QVERIFY2(error.message.contains(u"closed after the request was sent"),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u"sk-test-secret"), qPrintable(error.message));
}

void TestSingleSend::retriedPostReachesTheServerOncePerAttempt_data()
{
    QTest::addColumn<Call>("call");
    QTest::addRow("cancel job") << Call::CancelJob;
    QTest::addRow("cancel batch") << Call::CancelBatch;
}

void TestSingleSend::retriedPostReachesTheServerOncePerAttempt()
{
    // Retries are ApiCall's, counted and announced: each attempt reaches the server once.
    QFETCH(Call, call);
    TestHttpServer server([](const TestRequest &) { return TestResponse::closeConnection(); });

    const ApiError error = run(call, server, 2);

    QCOMPARE(error.attempts, 3);
    QCOMPARE(server.requests().size(), 3);
    QVERIFY2(error.message.contains(u"Gave up after 3 attempts"), qPrintable(error.message));
}

void TestSingleSend::getWithoutRetriesIsAnOrdinaryGet()
{
    // Sent so that Qt cannot replay it, it is still a GET the server reads as one: no body.
    TestHttpServer server([](const TestRequest &) {
        return TestResponse::json(
            200,
            QJsonObject {{QStringLiteral("job"), sampleJobJson(QStringLiteral("bjb-1"))},
                         {QStringLiteral("progress_percentage"), 70}});
    });

    const ApiError error = run(Call::JobStatus, server, 0);

    QVERIFY2(error.isOk(), qPrintable(error.message));
    QCOMPARE(server.requests().size(), 1);
    const TestRequest &request = server.requests().constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.body, QByteArray());
    QCOMPARE(request.headers.value("content-length", "0"), QByteArray("0"));
    QVERIFY(!request.headers.contains("content-type"));
    QVERIFY(!request.headers.contains("transfer-encoding"));
}

void TestSingleSend::creationFollowsASameOriginRedirectOnce_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("307 Temporary Redirect") << 307;
    QTest::newRow("308 Permanent Redirect") << 308;
}

void TestSingleSend::creationFollowsASameOriginRedirectOnce()
{
    // A 307/308 is the server's answer asking for the same request elsewhere: following it is
    // not a silent repeat, so the body that refuses Qt's replays allows this one.
    QFETCH(int, status);
    TestHttpServer server([&](const TestRequest &request) {
        if (request.path.startsWith(u"/moved")) {
            QJsonObject created = sampleJobJson(QStringLiteral("bjb-new"));
            created.insert(u"project_id", ProjectId); // a job of another project is refused
            return TestResponse::json(201, created);
        }
        return TestResponse::json(status, QByteArray("{}"))
            .withHeader("Location", "/moved" + request.path.toLatin1());
    });

    const ApiError error = run(Call::CreateJob, server, 0);

    QVERIFY2(error.isOk(), qPrintable(error.message));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).method, QByteArray("POST"));
    QCOMPARE(server.requests().at(1).path, u"/moved" + CreatePath);
    QCOMPARE(server.requests().at(1).body, server.requests().at(0).body);
    QVERIFY(server.requests().at(1).body.contains("dfl-2"));
}

QTEST_GUILESS_MAIN(TestSingleSend)
#include "core/batches/batchesapi.h"
#include "core/jobs/jobsapi.h"
#include "tst_singlesend.moc"
