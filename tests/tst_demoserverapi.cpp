// The demo server's v2 batches, projects, directories, processing results and job creation,
// over real HTTP on 127.0.0.1.
#include "demo/demoserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace BatchDeck;

namespace {

struct Answer
{
    int status = 0;
    QJsonDocument document;
    QJsonObject body() const { return document.object(); }
};

DemoConfig fixedConfig(int jobs = 2500)
{
    DemoConfig config;
    config.jobCount = jobs;
    config.seed = 1;
    config.now = QDateTime(QDate(2026, 11, 29), QTime(12, 0), QTimeZone::utc());
    return config;
}

const QString Batches = QStringLiteral("/api/v2/batches");
const QString Jobs = QStringLiteral("/api/v1/beta/batch-processing");
const QString Directories = QStringLiteral("/api/v1/beta/directories");
const QStringList BatchStatuses {"PENDING",   "THROTTLED", "RUNNING",
                                 "COMPLETED", "FAILED",    "CANCELLED"};

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace

class TestDemoServerApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void batchListShape();
    void batchPagingWalksEveryBatchOnce_data();
    void batchPagingWalksEveryBatchOnce();
    void batchFilters_data();
    void batchFilters();
    void refusesBadQueries_data();
    void refusesBadQueries();
    void batchResultsOnlyWhenExpanded_data();
    void batchResultsOnlyWhenExpanded();
    void cancelBatch_data();
    void cancelBatch();
    void unknownIdsAreNotFound_data();
    void unknownIdsAreNotFound();
    void projects_data();
    void projects();
    void directoriesNameEveryDirectoryTheWorldUses();
    void directoryListing_data();
    void directoryListing();
    void processingResults_data();
    void processingResults();
    void createRefusesBadBodies_data();
    void createRefusesBadBodies();
    void createdJobIsListedFirst_data();
    void createdJobIsListedFirst();
    void parallelListsAndCreates();

private:
    Answer call(const QString &pathAndQuery, const QByteArray &verb = "GET",
                const QByteArray &body = {}, DemoServer *server = nullptr);
    QStringList walkBatches(const QString &query, qint64 *total);

    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_server;
};

void TestDemoServerApi::initTestCase()
{
    m_server = std::make_unique<DemoServer>(fixedConfig());
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
}

Answer TestDemoServerApi::call(const QString &pathAndQuery, const QByteArray &verb,
                               const QByteArray &body, DemoServer *server)
{
    server = server ? server : m_server.get();
    QNetworkRequest request(QUrl(server->baseUrl().toString() + pathAndQuery));
    request.setRawHeader("Authorization", "Bearer " + DemoServer::apiKey().toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30'000))
        QTest::qFail("No answer within 30 s", __FILE__, __LINE__);
    Answer answer {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                   QJsonDocument::fromJson(reply->readAll())};
    reply->deleteLater();
    return answer;
}

// Follows next_page_token to the end; every id once, in order.
QStringList TestDemoServerApi::walkBatches(const QString &query, qint64 *total)
{
    QStringList ids;
    QString token;
    for (int page = 0; page < 1000; ++page) {
        QUrlQuery url(query);
        if (!token.isEmpty())
            url.addQueryItem(QStringLiteral("page_token"), token);
        const Answer answer = call(Batches + u'?' + url.toString(QUrl::FullyEncoded));
        if (answer.status != 200)
            return {QStringLiteral("HTTP %1").arg(answer.status)};
        for (const QJsonValue &item : answer.body().value(u"items").toArray())
            ids << item.toObject().value(u"id").toString();
        *total = answer.body().value(u"total_size").toInteger(-1);
        const QJsonValue next = answer.body().value(u"next_page_token");
        if (next.isUndefined() || next.isNull())
            return ids;
        token = next.toString();
        if (token.isEmpty())
            return {QStringLiteral("empty next_page_token")};
    }
    return {QStringLiteral("never ended")};
}

void TestDemoServerApi::batchListShape()
{
    const Answer answer = call(Batches);
    QCOMPARE(answer.status, 200);
    const QJsonArray items = answer.body().value(u"items").toArray();
    QCOMPARE(items.size(), 20); // the demo's default page size
    QCOMPARE(answer.body().value(u"total_size").toInt(), 60);
    QVERIFY(answer.body().value(u"next_page_token").isString());
    QDateTime previous;
    for (const QJsonValue &value : items) {
        const QJsonObject batch = value.toObject();
        QVERIFY(batch.value(u"id").toString().startsWith(u"bat-"));
        QVERIFY(m_server->dataset().projectIds().contains(batch.value(u"project_id").toString()));
        // A directory of the world, or the one deleted since (known to the catalog).
        QVERIFY(m_server->catalog().directory(batch.value(u"source_directory_id").toString()));
        const QJsonObject job = batch.value(u"config").toObject().value(u"job").toObject();
        QVERIFY(QStringList({"parse_v2", "extract_v2"}).contains(job.value(u"type").toString()));
        QVERIFY(job.value(u"configuration_id").toString().startsWith(u"cfg-"));
        QVERIFY(BatchStatuses.contains(batch.value(u"status").toString()));
        QVERIFY(!batch.contains(u"results"));
        const QDateTime created =
            QDateTime::fromString(batch.value(u"created_at").toString(), Qt::ISODateWithMs);
        QVERIFY(created.isValid());
        QVERIFY(QDateTime::fromString(batch.value(u"updated_at").toString(), Qt::ISODateWithMs)
                >= created);
        if (previous.isValid())
            QVERIFY2(created < previous, "newest first");
        previous = created;
    }
}

void TestDemoServerApi::batchPagingWalksEveryBatchOnce_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected"); // -1: whatever total_size says
    QTest::newRow("one per page") << "page_size=1" << 60;
    QTest::newRow("seven per page, last page short") << "page_size=7" << 60;
    QTest::newRow("default page size") << "" << 60;
    QTest::newRow("exactly one full page") << "page_size=60" << 60;
    QTest::newRow("largest page") << "page_size=1000" << 60;
    QTest::newRow("filtered by status") << "page_size=3&status=COMPLETED" << -1;
    QTest::newRow("filtered by date")
        << "page_size=4&created_at_on_or_after=2026-10-01T00:00:00Z" << -1;
}

void TestDemoServerApi::batchPagingWalksEveryBatchOnce()
{
    QFETCH(QString, query);
    QFETCH(int, expected);
    qint64 total = -1;
    const QStringList ids = walkBatches(query, &total);
    QVERIFY2(ids.isEmpty() || ids.first().startsWith(u"bat-"), qPrintable(ids.value(0)));
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(qint64(ids.size()), total);
    if (expected >= 0)
        QCOMPARE(ids.size(), expected);
    QVERIFY(total > 0);
}

void TestDemoServerApi::batchFilters_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value");
    for (const QString &status : BatchStatuses)
        QTest::addRow("status %s", qPrintable(status)) << "status" << status;
    QTest::newRow("source directory") << "source_directory_id"
                                      << "";
    QTest::newRow("project") << "project_id"
                             << "";
    QTest::newRow("created on or after") << "created_at_on_or_after"
                                         << "2026-10-15T00:00:00Z";
    QTest::newRow("created on or before, with an offset") << "created_at_on_or_before"
                                                          << "2026-09-01T02:00:00+02:00";
}

void TestDemoServerApi::batchFilters()
{
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    if (parameter == u"source_directory_id")
        value = call(Batches).body().value(u"items")[0][u"source_directory_id"].toString();
    if (parameter == u"project_id")
        value = m_server->dataset().projectIds().at(1);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1000"));
    query.addQueryItem(parameter, value);
    const Answer answer = call(Batches + u'?' + query.toString(QUrl::FullyEncoded));
    QCOMPARE(answer.status, 200);
    const QJsonArray items = answer.body().value(u"items").toArray();
    QVERIFY(!items.isEmpty());
    QVERIFY(items.size() < 60);
    QCOMPARE(answer.body().value(u"total_size").toInt(), items.size());
    const QDateTime bound = QDateTime::fromString(value, Qt::ISODate);
    for (const QJsonValue &item : items) {
        const QDateTime created =
            QDateTime::fromString(item[u"created_at"].toString(), Qt::ISODateWithMs);
        if (parameter == u"created_at_on_or_after")
            QVERIFY(created >= bound);
        else if (parameter == u"created_at_on_or_before")
            QVERIFY(created <= bound);
        else
            QCOMPARE(item[parameter].toString(), value);
    }
}

void TestDemoServerApi::refusesBadQueries_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("page size 0") << Batches << "page_size=0"
                                 << "page_size";
    QTest::newRow("page size 1001") << Batches << "page_size=1001"
                                    << "page_size";
    QTest::newRow("page size not a number") << Batches << "page_size=ten"
                                            << "page_size";
    QTest::newRow("page token garbage") << Batches << "page_token=%25%25%25"
                                        << "page_token";
    QTest::newRow("page token base64 of nonsense") << Batches << "page_token=aGVsbG8"
                                                   << "page_token";
    QTest::newRow("page token of other filters") << Batches << "status=FAILED&page_token="
                                                 << "page_token";
    QTest::newRow("status lower case") << Batches << "status=completed"
                                       << "status";
    QTest::newRow("status unknown") << Batches << "status=DONE"
                                    << "status";
    QTest::newRow("date without time is no date-time")
        << Batches << "created_at_on_or_after=yesterday"
        << "created_at_on_or_after";
    QTest::newRow("month 13") << Batches << "created_at_on_or_before=2026-13-01T00:00:00Z"
                              << "created_at_on_or_before";
    QTest::newRow("project not a UUID") << Batches << "project_id=p1"
                                        << "project_id";
    QTest::newRow("directory page size 0") << Directories << "page_size=0"
                                           << "page_size";
    QTest::newRow("directory page token garbage") << Directories << "page_token=xyz"
                                                  << "page_token";
    QTest::newRow("directory type unknown") << Directories << "type=shared"
                                            << "type";
    QTest::newRow("include_deleted not a boolean") << Directories << "include_deleted=maybe"
                                                   << "include_deleted";
    QTest::newRow("projects organization not a UUID") << "/api/v1/projects"
                                                      << "organization_id=o"
                                                      << "organization_id";
    const QString files =
        Directories + u'/' + m_server->dataset().directoryIds().first() + u"/files";
    QTest::newRow("files include_deleted not a boolean") << files << "include_deleted=maybe"
                                                         << "include_deleted";
    QTest::newRow("files page size 0") << files << "page_size=0"
                                       << "page_size";
    QTest::newRow("files updated_at not a date-time") << files << "updated_at_on_or_after=today"
                                                      << "updated_at_on_or_after";
    QTest::newRow("parse job project not a UUID") << "/api/v2/parse/pjb-x"
                                                  << "project_id=p1"
                                                  << "project_id";
    QTest::newRow("extract job organization not a UUID") << "/api/v2/extract/ejb-x"
                                                         << "organization_id=o"
                                                         << "organization_id";
}

void TestDemoServerApi::refusesBadQueries()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QString, field);
    if (query.endsWith(u"page_token=")) // a real token, made for the unfiltered list
        query += call(Batches + u"?page_size=5").body().value(u"next_page_token").toString();
    const Answer answer = call(path + u'?' + query);
    QCOMPARE(answer.status, 422);
    const QJsonArray detail = answer.body().value(u"detail").toArray();
    QCOMPARE(detail.size(), 1);
    const QJsonObject error = detail.first().toObject();
    QCOMPARE(error.value(u"loc").toArray(), QJsonArray({QStringLiteral("query"), field}));
    QVERIFY(!error.value(u"msg").toString().isEmpty());
    QVERIFY(!error.value(u"type").toString().isEmpty());
}

void TestDemoServerApi::batchResultsOnlyWhenExpanded_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("expand");
    QTest::addColumn<QString>("expected"); // absent, null, empty, mapped, some failed
    QTest::newRow("completed, not expanded") << "COMPLETED"
                                             << ""
                                             << "absent";
    QTest::newRow("completed, other expansion") << "COMPLETED"
                                                << "expand=files"
                                                << "absent";
    QTest::newRow("completed, expanded") << "COMPLETED"
                                         << "expand=results"
                                         << "mapped";
    QTest::newRow("completed, expanded in a list") << "COMPLETED"
                                                   << "expand=x,results"
                                                   << "mapped";
    QTest::newRow("failed, expanded") << "FAILED"
                                      << "expand=results"
                                      << "some failed";
    QTest::newRow("pending, expanded") << "PENDING"
                                       << "expand=results"
                                       << "empty";
    QTest::newRow("running, expanded: null while running") << "RUNNING"
                                                           << "expand=results"
                                                           << "null";
}

void TestDemoServerApi::batchResultsOnlyWhenExpanded()
{
    QFETCH(QString, status);
    QFETCH(QString, expand);
    QFETCH(QString, expected);
    const QString id = call(Batches + u"?page_size=1&status=" + status)
                           .body()
                           .value(u"items")[0][u"id"]
                           .toString();
    const Answer answer = call(Batches + u'/' + id + u'?' + expand);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body().value(u"id").toString(), id);
    const QJsonValue results = answer.body().value(u"results");
    if (expected == u"absent") {
        QVERIFY(results.isUndefined());
        return;
    }
    if (expected == u"null") {
        QVERIFY(results.isNull());
        return;
    }
    QVERIFY(results.isArray());
    if (expected == u"empty") {
        QVERIFY(results.toArray().isEmpty());
        return;
    }
    QVERIFY(!results.toArray().isEmpty());
    int failed = 0;
    for (const QJsonValue &value : results.toArray()) {
        const QJsonObject result = value.toObject();
        QVERIFY(result.value(u"source_directory_file_id").toString().startsWith(u"dfl-"));
        const QJsonValue reference = result.value(u"job_reference");
        if (reference.isNull()) {
            QVERIFY(!result.value(u"error_message").toString().isEmpty());
            ++failed;
        } else {
            QVERIFY(
                QStringList({"parse_v2", "extract_v2"}).contains(reference[u"type"].toString()));
            QVERIFY(!reference[u"id"].toString().isEmpty());
            // Null, or the error of the job, which failed.
            QVERIFY(result.value(u"error_message").isNull()
                    || !result.value(u"error_message").toString().isEmpty());
        }
    }
    QCOMPARE(failed > 0, expected == u"some failed");
}

void TestDemoServerApi::cancelBatch_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("firstAnswer");
    for (const char *status : {"PENDING", "THROTTLED", "RUNNING"})
        QTest::addRow("%s can be cancelled", status) << QString::fromLatin1(status) << 200;
    for (const char *status : {"COMPLETED", "FAILED", "CANCELLED"})
        QTest::addRow("%s is finished", status) << QString::fromLatin1(status) << 409;
}

void TestDemoServerApi::cancelBatch()
{
    QFETCH(QString, status);
    QFETCH(int, firstAnswer);
    DemoServer server(fixedConfig(100)); // its own world: cancelling changes it
    QVERIFY(server.listen());
    const QString id = call(Batches + u"?page_size=1&status=" + status, "GET", {}, &server)
                           .body()
                           .value(u"items")[0][u"id"]
                           .toString();
    const QString cancel = Batches + u'/' + id + u"/cancel";
    const Answer first = call(cancel, "POST", {}, &server);
    QCOMPARE(first.status, firstAnswer);
    if (firstAnswer == 409) {
        QVERIFY(first.body().value(u"detail").toString().contains(status));
        return;
    }
    QCOMPARE(first.body().value(u"status").toString(), QStringLiteral("CANCELLED"));
    QCOMPARE(first.body().value(u"id").toString(), id);
    QCOMPARE(call(Batches + u'/' + id, "GET", {}, &server).body().value(u"status").toString(),
             QStringLiteral("CANCELLED"));
    const Answer again = call(cancel, "POST", {}, &server);
    QCOMPARE(again.status, 409);
    QVERIFY(again.body().value(u"detail").toString().contains(u"CANCELLED"));
}

void TestDemoServerApi::unknownIdsAreNotFound_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::newRow("batch") << QByteArray("GET") << "/api/v2/batches/bat-nope";
    QTest::newRow("batch that looks real")
        << QByteArray("GET") << "/api/v2/batches/bat-00000000-0000-4000-8000-000000000000";
    QTest::newRow("cancel batch") << QByteArray("POST") << "/api/v2/batches/bat-nope/cancel";
    QTest::newRow("directory") << QByteArray("GET") << "/api/v1/beta/directories/dir-nope";
    QTest::newRow("item") << QByteArray("GET")
                          << "/api/v1/beta/batch-processing/items/itm-nope/processing-results";
    QTest::newRow("files of a directory")
        << QByteArray("GET") << "/api/v1/beta/directories/dir-nope/files";
    QTest::newRow("directory file")
        << QByteArray("GET")
        << Directories + u'/' + m_server->dataset().directoryIds().first() + u"/files/dfl-nope";
    QTest::newRow("parse job") << QByteArray("GET") << "/api/v2/parse/pjb-nope";
    QTest::newRow("extract job") << QByteArray("GET") << "/api/v2/extract/ejb-nope";
}

void TestDemoServerApi::unknownIdsAreNotFound()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    const Answer answer = call(path, verb, verb == "POST" ? QByteArray("{}") : QByteArray());
    QCOMPARE(answer.status, 404);
    QVERIFY(!answer.body().value(u"detail").toString().isEmpty());
}

void TestDemoServerApi::projects_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("all") << "" << QStringList {"Invoices 2026", "Contracts", "Research archive"};
    QTest::newRow("by name") << "project_name=Contracts" << QStringList {"Contracts"};
    QTest::newRow("unknown name") << "project_name=Nope" << QStringList {};
    QTest::newRow("the world's organization")
        << "organization_id=" << QStringList {"Invoices 2026", "Contracts", "Research archive"};
    QTest::newRow("another organization")
        << "organization_id=00000000-0000-4000-8000-000000000000" << QStringList {};
}

void TestDemoServerApi::projects()
{
    QFETCH(QString, query);
    QFETCH(QStringList, names);
    if (query.endsWith(u'='))
        query += m_server->dataset().organizationId();
    const Answer answer = call(u"/api/v1/projects?" + query);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.document.isArray());
    QStringList got;
    for (const QJsonValue &value : answer.document.array()) {
        const QJsonObject project = value.toObject();
        got << project.value(u"name").toString();
        QVERIFY(isUuid(project.value(u"id").toString()));
        QVERIFY(m_server->dataset().projectIds().contains(project.value(u"id").toString()));
        QCOMPARE(project.value(u"organization_id").toString(),
                 m_server->dataset().organizationId());
        QVERIFY(project.value(u"is_default").isBool());
        QCOMPARE(project.value(u"is_default").toBool(), got.last() == u"Invoices 2026");
        QVERIFY(QDateTime::fromString(project.value(u"created_at").toString(), Qt::ISODateWithMs)
                    .isValid());
    }
    QCOMPARE(got, names);
}

void TestDemoServerApi::directoriesNameEveryDirectoryTheWorldUses()
{
    QSet<QString> used(m_server->dataset().directoryIds().cbegin(),
                       m_server->dataset().directoryIds().cend());
    for (const QJsonValue &batch : call(Batches + u"?page_size=1000").body()[u"items"].toArray())
        used << batch[u"source_directory_id"].toString();
    QStringList names;
    for (const QString &id : std::as_const(used)) {
        const Answer answer = call(Directories + u'/' + id);
        QCOMPARE(answer.status, 200);
        const QJsonObject directory = answer.body();
        QCOMPARE(directory.value(u"id").toString(), id);
        QVERIFY(m_server->dataset().projectIds().contains(directory[u"project_id"].toString()));
        QCOMPARE(directory.value(u"type").toString(), QStringLiteral("user"));
        QVERIFY(directory.contains(u"description"));
        names << directory.value(u"name").toString();
        // Only the deleted directory, which some old batches ran over, was deleted.
        QCOMPARE(directory.value(u"deleted_at").isNull(), names.last() != u"Old scans");
        QVERIFY(!names.last().isEmpty() && !names.last().startsWith(u"dir-"));
    }
    QVERIFY(names.contains(u"Q3 invoices"));
    QVERIFY(names.contains(u"Supplier contracts"));
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
}

void TestDemoServerApi::directoryListing_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::newRow("all, one page") << "" << 12;
    QTest::newRow("five per page") << "page_size=5" << 12;
    QTest::newRow("with the deleted one") << "include_deleted=true&page_size=2" << 13;
    QTest::newRow("by name") << "name=Q3%20invoices" << 1;
    QTest::newRow("type user") << "type=user" << 12;
    QTest::newRow("type index") << "type=index" << 0;
    QTest::newRow("types repeated") << "types=index&types=user" << 12;
    QTest::newRow("project") << "project_id=" << 4;
}

void TestDemoServerApi::directoryListing()
{
    QFETCH(QString, query);
    QFETCH(int, expected);
    if (query.endsWith(u'='))
        query += m_server->dataset().projectIds().at(0);
    QStringList ids;
    QString token;
    for (int page = 0; page < 20; ++page) {
        const Answer answer = call(Directories + u'?' + query
                                   + (token.isEmpty() ? QString() : u"&page_token=" + token));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body().value(u"total_size").toInt(), expected);
        for (const QJsonValue &item : answer.body()[u"items"].toArray()) {
            ids << item[u"id"].toString();
            QVERIFY(!item[u"name"].toString().isEmpty());
        }
        token = answer.body().value(u"next_page_token").toString();
        if (token.isEmpty())
            break;
    }
    QVERIFY(token.isEmpty());
    QCOMPARE(ids.size(), expected);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), expected);
}

void TestDemoServerApi::processingResults_data()
{
    QTest::addColumn<QString>("jobStatus");
    QTest::addColumn<QString>("itemStatus");
    QTest::addColumn<QString>("jobTypeFilter");
    QTest::addColumn<bool>("hasResults");
    QTest::newRow("completed item") << "completed"
                                    << "completed"
                                    << "" << true;
    QTest::newRow("failed item") << "failed"
                                 << "failed"
                                 << "" << true;
    QTest::newRow("pending item of a pending job") << "pending"
                                                   << "pending"
                                                   << "" << false;
    QTest::newRow("completed item, filtered to its own type") << "completed"
                                                              << "completed"
                                                              << "own" << true;
}

void TestDemoServerApi::processingResults()
{
    QFETCH(QString, jobStatus);
    QFETCH(QString, itemStatus);
    QFETCH(QString, jobTypeFilter);
    QFETCH(bool, hasResults);
    const QJsonArray jobs =
        call(Jobs + u"?limit=50&status=" + jobStatus).body().value(u"items").toArray();
    QJsonObject item;
    QString jobType;
    for (const QJsonValue &job : jobs) {
        const QJsonArray items =
            call(Jobs + u'/' + job[u"id"].toString() + u"/items?status=" + itemStatus + u"&limit=1")
                .body()[u"items"]
                .toArray();
        if (!items.isEmpty()) {
            item = items.first().toObject();
            jobType = job[u"job_type"].toString();
            break;
        }
    }
    QVERIFY2(!item.isEmpty(), "an item with that status");
    const QString itemId = item.value(u"item_id").toString();
    QString path = Jobs + u"/items/" + itemId + u"/processing-results";
    if (!jobTypeFilter.isEmpty())
        path += u"?job_type=" + jobType;
    const Answer answer = call(path);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body().value(u"item_id").toString(), itemId);
    QCOMPARE(answer.body().value(u"item_name").toString(), item.value(u"item_name").toString());
    const QJsonArray results = answer.body().value(u"processing_results").toArray();
    QCOMPARE(!results.isEmpty(), hasResults);
    bool ownTypeFound = false;
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        for (const char *field : {"result_id", "item_id", "job_type", "parameters_hash",
                                  "output_s3_path", "processed_at"}) {
            QVERIFY2(result.value(QLatin1String(field)).isString(), field);
        }
        QVERIFY(result.value(u"job_config").isObject());
        QVERIFY(result.contains(u"output_metadata"));
        QCOMPARE(result.value(u"item_id").toString(), itemId);
        const QString type = result.value(u"job_type").toString();
        QVERIFY(QStringList({"parse", "extract", "classify"}).contains(type));
        if (!jobTypeFilter.isEmpty())
            QCOMPARE(type, jobType);
        ownTypeFound = ownTypeFound || type == jobType;
        const QJsonObject config = result.value(u"job_config").toObject();
        if (type == u"classify")
            QVERIFY(!config.value(u"rules").toArray().isEmpty());
        else
            QCOMPARE(config.value(u"type").toString(), QStringLiteral("parse"));
    }
    QCOMPARE(ownTypeFound, hasResults);
    const Answer refused = call(Jobs + u"/items/" + itemId + u"/processing-results?job_type=PARSE");
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.body()[u"detail"][0][u"loc"].toArray(),
             QJsonArray({QStringLiteral("query"), QStringLiteral("job_type")}));
}

void TestDemoServerApi::createRefusesBadBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QJsonArray>("loc");
    const QByteArray config = R"("job_config":{"type":"parse","lang":"en"})";
    QTest::newRow("no body") << QByteArray() << QJsonArray {"body"};
    QTest::newRow("not JSON") << QByteArray("{nope") << QJsonArray {"body", 2}; // Qt's offset
    QTest::newRow("an array") << QByteArray("[]") << QJsonArray {"body"};
    QTest::newRow("job_config missing")
        << QByteArray(R"({"directory_id":"D"})") << QJsonArray {"body", "job_config"};
    QTest::newRow("neither directory nor items") << "{" + config + "}" << QJsonArray {"body"};
    QTest::newRow("empty item list") << "{" + config + R"(,"item_ids":[]})" << QJsonArray {"body"};
    QTest::newRow("unknown item id")
        << "{" + config + R"(,"item_ids":["itm-nope"]})" << QJsonArray {"body", "item_ids", 0};
    QTest::newRow("unknown directory")
        << "{" + config + R"(,"directory_id":"dir-nope"})" << QJsonArray {"body", "directory_id"};
    QTest::newRow("page size 0") << "{" + config + R"(,"directory_id":"D","page_size":0})"
                                 << QJsonArray {"body", "page_size"};
    QTest::newRow("job type not parse")
        << QByteArray(R"({"job_config":{"type":"extract"},"directory_id":"D"})")
        << QJsonArray {"body", "job_config", "type"};
    QTest::newRow("classify job without user")
        << QByteArray(R"({"job_config":{"rules":[{"type":"a","description":"0123456789"}],)"
                      R"("status":"PENDING","id":"x","project_id":"p"},"directory_id":"D"})")
        << QJsonArray {"body", "job_config", "user_id"};
}

void TestDemoServerApi::createRefusesBadBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QJsonArray, loc);
    body.replace("\"D\"",
                 QByteArray('"' + m_server->dataset().directoryIds().at(0).toLatin1() + '"'));
    const Answer answer = call(Jobs, "POST", body);
    QCOMPARE(answer.status, 422);
    const QJsonArray detail = answer.body().value(u"detail").toArray();
    QCOMPARE(detail.size(), 1);
    QCOMPARE(detail.first()[u"loc"].toArray(), loc);
    QVERIFY(!detail.first()[u"msg"].toString().isEmpty());
    QVERIFY(!detail.first()[u"type"].toString().isEmpty());
}

void TestDemoServerApi::createdJobIsListedFirst_data()
{
    QTest::addColumn<bool>("byDirectory");
    QTest::addColumn<bool>("classify");
    QTest::newRow("parse over a directory") << true << false;
    QTest::newRow("classify over two items") << false << true;
}

void TestDemoServerApi::createdJobIsListedFirst()
{
    QFETCH(bool, byDirectory);
    QFETCH(bool, classify);
    DemoServer server(fixedConfig(200));
    QVERIFY(server.listen());
    QJsonObject request {
        {QStringLiteral("job_config"),
         classify
             ? QJsonObject {{"rules",
                             QJsonArray {QJsonObject {{"type", "invoice"},
                                                      {"description", "has an invoice number"}}}},
                            {"status", "PENDING"},
                            {"id", "00000000-0000-4000-8000-000000000001"},
                            {"user_id", "u"},
                            {"project_id", server.dataset().projectIds().at(0)}}
             : QJsonObject {{"type", "parse"}, {"lang", "en"}}}};
    QStringList itemIds;
    const QString directoryId = server.dataset().directoryIds().at(1);
    if (byDirectory) {
        request.insert(u"directory_id", directoryId);
    } else {
        const QString firstJob = call(Jobs + u"?status=completed&limit=1", "GET", {}, &server)
                                     .body()[u"items"][0][u"id"]
                                     .toString();
        for (const QJsonValue &item :
             call(Jobs + u'/' + firstJob + u"/items?limit=2", "GET", {}, &server)
                 .body()[u"items"]
                 .toArray())
            itemIds << item[u"item_id"].toString();
        QCOMPARE(itemIds.size(), 2);
        request.insert(u"item_ids", QJsonArray::fromStringList(itemIds));
    }
    const Answer created =
        call(Jobs, "POST", QJsonDocument(request).toJson(QJsonDocument::Compact), &server);
    QCOMPARE(created.status, 201);
    const QJsonObject job = created.body();
    const QString id = job.value(u"id").toString();
    QVERIFY(id.startsWith(u"bjb-"));
    QCOMPARE(job.value(u"status").toString(), QStringLiteral("pending"));
    QCOMPARE(job.value(u"job_type").toString(),
             classify ? QStringLiteral("classify") : QStringLiteral("parse"));
    QVERIFY(server.dataset().projectIds().contains(job.value(u"project_id").toString()));
    const int total = job.value(u"total_items").toInt();
    if (byDirectory) {
        QCOMPARE(job.value(u"directory_id").toString(), directoryId);
        QCOMPARE(total, int(server.catalog().directoryFiles(directoryId).size()));
    } else {
        QCOMPARE(total, 2);
    }

    const Answer list = call(Jobs + u"?limit=3", "GET", {}, &server);
    QCOMPARE(list.body()[u"items"][0][u"id"].toString(), id);
    QCOMPARE(list.body()[u"total_size"].toInt(), 201);
    QCOMPARE(call(Jobs + u"?status=pending&limit=1", "GET", {}, &server)
                 .body()[u"items"][0][u"id"]
                 .toString(),
             id);
    QCOMPARE(call(Jobs + u'/' + id, "GET", {}, &server).body()[u"job"][u"id"].toString(), id);
    const QJsonArray items = call(Jobs + u'/' + id + u"/items?limit=1000", "GET", {}, &server)
                                 .body()[u"items"]
                                 .toArray();
    QCOMPARE(items.size(), total);
    for (const QJsonValue &item : items)
        QCOMPARE(item[u"status"].toString(), QStringLiteral("pending"));
    if (!byDirectory) {
        QCOMPARE(items[0][u"item_id"].toString(), itemIds.at(0));
        QCOMPARE(items[1][u"item_id"].toString(), itemIds.at(1));
    }
    QCOMPARE(call(Jobs + u'/' + id + u"/cancel", "POST", "{}", &server).status, 200);
    QCOMPARE(call(Jobs + u'/' + id + u"/cancel", "POST", "{}", &server).status, 409);
}

// Lists, creates and cancels at once, on the server's worker threads; run under ASan/TSan-free
// checked builds this is where a missing lock shows up.
void TestDemoServerApi::parallelListsAndCreates()
{
    DemoServer server(fixedConfig(300));
    QVERIFY(server.listen());
    const QByteArray body = R"({"job_config":{"type":"parse"},"directory_id":")"
        + server.dataset().directoryIds().at(3).toLatin1() + R"("})";
    const QString base = server.baseUrl().toString();
    QList<QNetworkReply *> replies;
    constexpr int Creates = 24;
    for (int i = 0; i < 96; ++i) {
        QNetworkRequest request;
        request.setRawHeader("Authorization", "Bearer " + DemoServer::apiKey().toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        switch (i % 4) {
        case 0:
            request.setUrl(QUrl(base + Jobs));
            replies << m_network.post(request, body);
            break;
        case 1:
            request.setUrl(QUrl(base + Jobs + u"?limit=20&status=pending"));
            replies << m_network.get(request);
            break;
        case 2:
            request.setUrl(QUrl(base + Batches + u"?page_size=7"));
            replies << m_network.get(request);
            break;
        default:
            request.setUrl(QUrl(base + Batches + u'/'
                                + call(Batches + u"?page_size=1&status=RUNNING", "GET", {}, &server)
                                      .body()[u"items"][0][u"id"]
                                      .toString()
                                + u"/cancel"));
            replies << m_network.post(request, QByteArray());
            break;
        }
    }
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(30'000));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status == 200 || status == 201 || status == 409 || status == 404,
                 qPrintable(QString::number(status)));
        reply->deleteLater();
    }
    const Answer list = call(Jobs + u"?limit=1000&status=pending", "GET", {}, &server);
    QCOMPARE(list.body()[u"total_size"].toInt() - 0, list.body()[u"items"].toArray().size());
    QCOMPARE(call(Jobs + u"?limit=1", "GET", {}, &server).body()[u"total_size"].toInt(),
             300 + Creates);
}

QTEST_GUILESS_MAIN(TestDemoServerApi)
#include "tst_demoserverapi.moc"
