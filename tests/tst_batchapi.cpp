#include "batchsamples.h"
#include "core/batches/batchesapi.h"
#include "core/catalog/catalogapi.h"
#include "core/jobs/jobsapi.h"
#include "testhttpserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
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

const QString ProjectId = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
const QString OrganizationId = QStringLiteral("00000000-0000-4000-8000-000000000001");

QByteArray batchBody(const QString &id = QStringLiteral("bat-1"))
{
    return QJsonDocument(sampleBatchJson(id)).toJson(QJsonDocument::Compact);
}

} // namespace

Q_DECLARE_METATYPE(ListBatchesQuery)

class TestBatchApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listSendsExactlyTheQuery_data();
    void listSendsExactlyTheQuery();
    void listRefusesBadQueriesBeforeSending();
    void getSendsExpandAndScope_data();
    void getSendsExpandAndScope();
    void cancelPostsWithScopeAndNoBody();
    void cancelIsNotRetriedOn409();
    void getIsRetriedOn503();
    void refusesAnEmptyBatchId();
    void unreadableBatchIsAnInvalidResponse();

private:
    template<typename Result, typename Call>
    Outcome<Result> run(Call call);

    QNetworkAccessManager m_network;
};

template<typename Result, typename Call>
Outcome<Result> TestBatchApi::run(Call call)
{
    Outcome<Result> outcome;
    QObject context;
    call(&context, [&](const Result &result, const ApiError &error) {
        outcome.result = result;
        outcome.error = error;
        ++outcome.calls;
    });
    [&] { QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 20'000); }();
    return outcome;
}

void TestBatchApi::listSendsExactlyTheQuery_data()
{
    QTest::addColumn<ListBatchesQuery>("query");
    QTest::addColumn<QString>("expected"); // the query string as it arrived, fully encoded

    QTest::newRow("nothing set") << ListBatchesQuery() << QString();
    ListBatchesQuery dates;
    dates.createdAtOnOrAfter = QStringLiteral("2026-11-01");
    dates.createdAtOnOrBefore = QStringLiteral("2026-11-30T23:00:00-02:00");
    QTest::newRow("date bounds in UTC with milliseconds")
        << dates
        << "created_at_on_or_after=2026-11-01T00:00:00.000Z"
           "&created_at_on_or_before=2026-12-01T01:00:00.000Z";
    ListBatchesQuery all;
    all.projectId = ProjectId;
    all.organizationId = OrganizationId;
    all.pageSize = 25;
    all.pageToken = QStringLiteral("tok");
    all.status = QStringLiteral("pending");
    all.sourceDirectoryId = QStringLiteral("dir-1");
    ListBatchesQuery token;
    token.pageToken = QStringLiteral("a+b/c=&d%2B e#");
    QTest::newRow("a token with +, %, & and = arrives as it was given")
        << token << "page_token=a%2Bb/c%3D%26d%252B%20e%23";
    QTest::newRow("every parameter")
        << all
        << "project_id=" + ProjectId + "&organization_id=" + OrganizationId
            + "&page_size=25&page_token=tok&status=PENDING&source_directory_id=dir-1";
}

void TestBatchApi::listSendsExactlyTheQuery()
{
    QFETCH(ListBatchesQuery, query);
    QFETCH(QString, expected);
    TestHttpServer server([](const TestRequest &) {
        return TestResponse::json(200, batchListJson(0, 2, QStringLiteral("next"), 9));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    const auto outcome = run<BatchPage>([&](QObject *context, auto callback) {
        BatchesApi(&client).listBatches(query, context, callback);
    });
    QVERIFY2(outcome.error.isOk(), qPrintable(outcome.error.message));
    QCOMPARE(outcome.result.batches.size(), 2);
    QCOMPARE(outcome.result.nextPageToken, QStringLiteral("next"));
    QCOMPARE(outcome.result.totalSize, 9);
    QCOMPARE(server.requests().size(), 1);
    const TestRequest &request = server.requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/api/v2/batches"));
    QCOMPARE(request.query.toString(QUrl::FullyEncoded), expected);
    if (query.pageToken) // decoded as a server decodes it ("+" would be a space)
        QCOMPARE(QUrl::fromPercentEncoding(
                     request.query.queryItemValue(QStringLiteral("page_token"), QUrl::FullyEncoded)
                         .toLatin1()),
                 *query.pageToken);
}

void TestBatchApi::listRefusesBadQueriesBeforeSending()
{
    TestHttpServer server;
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListBatchesQuery query;
    query.createdAtOnOrAfter = QStringLiteral("2026-11-01T08:00:00"); // no zone
    const auto outcome = run<BatchPage>([&](QObject *context, auto callback) {
        BatchesApi(&client).listBatches(query, context, callback);
    });
    QCOMPARE(outcome.error.kind, ApiError::Kind::InvalidArgument);
    QVERIFY(outcome.error.message.startsWith(u"created_at_on_or_after"));
    QCOMPARE(server.requests().size(), 0);
}

void TestBatchApi::getSendsExpandAndScope_data()
{
    QTest::addColumn<bool>("expand");
    QTest::addColumn<bool>("scoped");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << false << false << QString();
    QTest::newRow("expand=results") << true << false << "expand=results";
    QTest::newRow("scoped") << false << true
                            << "project_id=" + ProjectId + "&organization_id=" + OrganizationId;
    QTest::newRow("expanded and scoped")
        << true << true
        << "expand=results&project_id=" + ProjectId + "&organization_id=" + OrganizationId;
}

void TestBatchApi::getSendsExpandAndScope()
{
    QFETCH(bool, expand);
    QFETCH(bool, scoped);
    QFETCH(QString, expected);
    // An ID with characters that must be encoded in a path; the answer is about that batch.
    const QString id = QStringLiteral("bat/1 ?#");
    TestHttpServer server(
        [&](const TestRequest &) { return TestResponse::json(200, batchBody(id)); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    const ProjectScope scope = scoped ? ProjectScope {ProjectId, OrganizationId} : ProjectScope {};
    const auto outcome = run<Batch>([&](QObject *context, auto callback) {
        BatchesApi(&client).batch(id, scope, expand, context, callback);
    });
    QVERIFY2(outcome.error.isOk(), qPrintable(outcome.error.message));
    QCOMPARE(outcome.result.id, id);
    QCOMPARE(outcome.result.results->size(), 2);
    const TestRequest &request = server.requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/api/v2/batches/bat%2F1%20%3F%23"));
    QCOMPARE(request.query.toString(QUrl::FullyEncoded), expected);
}

void TestBatchApi::cancelPostsWithScopeAndNoBody()
{
    TestHttpServer server([](const TestRequest &) {
        QJsonObject body = sampleBatchJson(QStringLiteral("bat-7"));
        body.insert(u"status", QStringLiteral("CANCELLED"));
        body.insert(u"results", QJsonValue::Null);
        return TestResponse::json(200, body);
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    const auto outcome = run<Batch>([&](QObject *context, auto callback) {
        BatchesApi(&client).cancelBatch(QStringLiteral("bat-7"), {ProjectId, std::nullopt}, context,
                                        callback);
    });
    QVERIFY2(outcome.error.isOk(), qPrintable(outcome.error.message));
    QCOMPARE(outcome.result.knownStatus(), BatchStatus::Cancelled);
    QVERIFY(!outcome.result.results);
    const TestRequest &request = server.requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/api/v2/batches/bat-7/cancel"));
    QCOMPARE(request.query.toString(QUrl::FullyEncoded), "project_id=" + ProjectId);
    QCOMPARE(request.body, QByteArray()); // the spec has no request body for this call
    // Qt would label a POST without a type a form; the client says JSON, as for every call.
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
}

void TestBatchApi::cancelIsNotRetriedOn409()
{
    TestHttpServer server([](const TestRequest &) {
        return TestResponse::json(409, QByteArray(R"({"detail":"Batch is already completed"})"));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, 3));
    const auto outcome = run<Batch>([&](QObject *context, auto callback) {
        BatchesApi(&client).cancelBatch(QStringLiteral("bat-7"), {}, context, callback);
    });
    QCOMPARE(outcome.error.httpStatus, 409);
    QVERIFY2(outcome.error.message.contains(u"Batch is already completed"),
             qPrintable(outcome.error.message));
    QCOMPARE(server.requests().size(), 1);
}

void TestBatchApi::getIsRetriedOn503()
{
    auto calls = std::make_shared<int>(0);
    TestHttpServer server([calls](const TestRequest &) {
        return ++*calls == 1 ? TestResponse::json(503, QByteArray(R"({"detail":"busy"})"))
                             : TestResponse::json(200, batchBody());
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, 2));
    const auto outcome = run<Batch>([&](QObject *context, auto callback) {
        BatchesApi(&client).batch(QStringLiteral("bat-1"), {}, false, context, callback);
    });
    QVERIFY2(outcome.error.isOk(), qPrintable(outcome.error.message));
    QCOMPARE(server.requests().size(), 2);
}

void TestBatchApi::refusesAnEmptyBatchId()
{
    TestHttpServer server;
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    const auto get = run<Batch>([&](QObject *context, auto callback) {
        BatchesApi(&client).batch(QStringLiteral(" "), {}, true, context, callback);
    });
    QCOMPARE(get.error.kind, ApiError::Kind::InvalidArgument);
    QVERIFY(get.error.message.startsWith(u"batch_id"));
    const auto cancel = run<Batch>([&](QObject *context, auto callback) {
        BatchesApi(&client).cancelBatch(QStringLiteral("bat-1"),
                                        {QStringLiteral("prj-1"), std::nullopt}, context, callback);
    });
    QCOMPARE(cancel.error.kind, ApiError::Kind::InvalidArgument);
    QVERIFY(cancel.error.message.startsWith(u"project_id"));
    QCOMPARE(server.requests().size(), 0);
}

void TestBatchApi::unreadableBatchIsAnInvalidResponse()
{
    TestHttpServer server([](const TestRequest &) {
        QJsonObject body = sampleBatchJson();
        body.remove(u"config");
        return TestResponse::json(200, body);
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    const auto outcome = run<Batch>([&](QObject *context, auto callback) {
        BatchesApi(&client).batch(QStringLiteral("bat-1"), {}, false, context, callback);
    });
    QCOMPARE(outcome.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(outcome.error.message.contains(u"field \"config\" is missing"),
             qPrintable(outcome.error.message));
}

QTEST_GUILESS_MAIN(TestBatchApi)
#include "core/batches/batchesapi.h"
#include "tst_batchapi.moc"
