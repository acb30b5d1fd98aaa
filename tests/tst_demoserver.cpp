#include "core/batches/batchesapi.h"
#include "core/catalog/catalogapi.h"
#include "core/jobs/jobpager.h"
#include "core/jobs/jobsapi.h"
#include "demo/demoserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace BatchDeck;

namespace {

struct RawAnswer
{
    int status = 0;
    QJsonObject body;
};

DemoConfig fixedConfig(int jobs = 2500, quint64 seed = 1)
{
    DemoConfig config;
    config.jobCount = jobs;
    config.seed = seed;
    config.now = QDateTime(QDate(2026, 11, 29), QTime(12, 0), QTimeZone::utc());
    return config;
}

} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsWithTotal();
    void everyTypeAndStatusAppears();
    void filters_data();
    void filters();
    void validationAnswersLikeFastApi_data();
    void validationAnswersLikeFastApi();
    void refusesMissingOrWrongKey_data();
    void refusesMissingOrWrongKey();
    void unknownPathsAndMethods_data();
    void unknownPathsAndMethods();
    void isDeterministic();
    void optionalFieldsAreSometimesAbsentOrNull();
    void runningJobsAdvance();
    void runningJobsFinish();
    void manyRunningJobsOnRequest();
    void itemsMatchTheJobCounts();
    void cancelLifecycle();
    void slowRequestDoesNotHoldUpOthers();
    void clientGivingUpMidAnswerIsHarmless();
    void pagerReadsEveryJob();
    void scalesToAMillionJobs();
    void canLeaveTotalsOut();

private:
    RawAnswer get(const QString &pathAndQuery, const QByteArray &key = "llx-batchdeck-demo",
                  const QByteArray &verb = "GET", const QByteArray &body = {});
    QJsonArray listJobs(const QString &query);

    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_server;
};

void TestDemoServer::initTestCase()
{
    m_server = std::make_unique<DemoServer>(fixedConfig());
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
}

RawAnswer TestDemoServer::get(const QString &pathAndQuery, const QByteArray &key,
                              const QByteArray &verb, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + pathAndQuery));
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30'000))
        QTest::qFail("No answer within 30 s", __FILE__, __LINE__);
    RawAnswer answer {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return answer;
}

QJsonArray TestDemoServer::listJobs(const QString &query)
{
    return get(QStringLiteral("/api/v1/beta/batch-processing?") + query)
        .body.value(u"items")
        .toArray();
}

void TestDemoServer::listsWithTotal()
{
    const RawAnswer answer = get(QStringLiteral("/api/v1/beta/batch-processing"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.value(u"total_size").toInt(), 2500);
    QCOMPARE(answer.body.value(u"items").toArray().size(), 50); // the API's default limit
    QVERIFY(answer.body.contains(u"next_page_token"));
}

void TestDemoServer::everyTypeAndStatusAppears()
{
    qint64 sum = 0;
    for (const QString &status : knownJobStatuses()) {
        const qint64 total =
            get(QStringLiteral("/api/v1/beta/batch-processing?limit=1&status=") + status)
                .body.value(u"total_size")
                .toInteger();
        QVERIFY2(total > 0, qPrintable(status));
        sum += total;
    }
    QCOMPARE(sum, 2500);
    for (const QString &type : knownJobTypes()) {
        QVERIFY(get(QStringLiteral("/api/v1/beta/batch-processing?limit=1&job_type=") + type)
                    .body.value(u"total_size")
                    .toInteger()
                > 0);
    }
}

void TestDemoServer::filters_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value");
    QTest::newRow("status failed") << "status"
                                   << "failed";
    QTest::newRow("status running") << "status"
                                    << "running";
    QTest::newRow("job type classify") << "job_type"
                                       << "classify";
    QTest::newRow("directory") << "directory_id"
                               << "";
    QTest::newRow("project") << "project_id"
                             << "";
}

void TestDemoServer::filters()
{
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    if (parameter == u"directory_id")
        value = m_server->dataset().directoryIds().at(2);
    if (parameter == u"project_id")
        value = m_server->dataset().projectIds().at(1);
    const QJsonArray jobs = listJobs(QStringLiteral("limit=1000&%1=%2").arg(parameter, value));
    QVERIFY(!jobs.isEmpty());
    for (const QJsonValue &job : jobs)
        QCOMPARE(job.toObject().value(parameter).toString(), value);
}

void TestDemoServer::validationAnswersLikeFastApi_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("type");
    QTest::newRow("limit 0") << "limit=0"
                             << "limit"
                             << "greater_than_equal";
    QTest::newRow("limit 1001") << "limit=1001"
                                << "limit"
                                << "less_than_equal";
    QTest::newRow("limit not a number") << "limit=ten"
                                        << "limit"
                                        << "int_parsing";
    QTest::newRow("negative offset") << "offset=-1"
                                     << "offset"
                                     << "greater_than_equal";
    QTest::newRow("unknown status") << "status=done"
                                    << "status"
                                    << "enum";
    QTest::newRow("unknown job type") << "job_type=index"
                                      << "job_type"
                                      << "enum";
    QTest::newRow("project not a UUID") << "project_id=p1"
                                        << "project_id"
                                        << "uuid_parsing";
    QTest::newRow("organization not a UUID") << "organization_id=o"
                                             << "organization_id"
                                             << "uuid_parsing";
}

void TestDemoServer::validationAnswersLikeFastApi()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    QFETCH(QString, type);
    const RawAnswer answer = get(QStringLiteral("/api/v1/beta/batch-processing?") + query);
    QCOMPARE(answer.status, 422);
    const QJsonArray detail = answer.body.value(u"detail").toArray();
    QCOMPARE(detail.size(), 1);
    const QJsonObject error = detail.first().toObject();
    QCOMPARE(error.value(u"loc").toArray(), (QJsonArray {QStringLiteral("query"), parameter}));
    QCOMPARE(error.value(u"type").toString(), type);
    QVERIFY(!error.value(u"msg").toString().isEmpty());
    QVERIFY(error.contains(u"input"));
}

void TestDemoServer::refusesMissingOrWrongKey_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("detail");
    QTest::newRow("no Authorization header") << QByteArray() << "Not authenticated";
    QTest::newRow("wrong key") << QByteArray("sk-wrong") << "Invalid authentication token";
}

void TestDemoServer::refusesMissingOrWrongKey()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, detail);
    const RawAnswer answer = get(QStringLiteral("/api/v1/beta/batch-processing"), key);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.body.value(u"detail").toString(), detail);
}

void TestDemoServer::unknownPathsAndMethods_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown path") << "/api/v1/other" << QByteArray("GET") << 404;
    QTest::newRow("unknown job") << "/api/v1/beta/batch-processing/bjb-nope" << QByteArray("GET")
                                 << 404;
    QTest::newRow("items of unknown job")
        << "/api/v1/beta/batch-processing/bjb-nope/items" << QByteArray("GET") << 404;
    QTest::newRow("DELETE on the list")
        << "/api/v1/beta/batch-processing" << QByteArray("DELETE") << 405;
    QTest::newRow("GET on cancel")
        << "/api/v1/beta/batch-processing/x/cancel" << QByteArray("GET") << 405;
}

void TestDemoServer::unknownPathsAndMethods()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, verb);
    QFETCH(int, status);
    const RawAnswer answer = get(path, "llx-batchdeck-demo", verb);
    QCOMPARE(answer.status, status);
    QVERIFY(answer.body.value(u"detail").isString());
}

void TestDemoServer::isDeterministic()
{
    DemoDataset first(fixedConfig(500, 7));
    DemoDataset same(fixedConfig(500, 7));
    DemoDataset other(fixedConfig(500, 8));
    const auto ids = [](const DemoDataset &dataset) {
        QStringList ids;
        for (const QJsonObject &job : dataset.listJobs({}, 100, 20).jobs)
            ids << job.value(u"id").toString() + job.value(u"status").toString();
        return ids;
    };
    QCOMPARE(ids(first), ids(same));
    QVERIFY(ids(first) != ids(other));
    for (int index : {0, 1, 255, 499})
        QCOMPARE(first.indexOf(first.jobId(index)), index);
    QCOMPARE(first.indexOf(other.jobId(3)), -1);
}

void TestDemoServer::optionalFieldsAreSometimesAbsentOrNull()
{
    const QJsonArray jobs = listJobs(QStringLiteral("limit=1000"));
    const auto count = [&](auto predicate) {
        return std::count_if(jobs.begin(), jobs.end(),
                             [&](const QJsonValue &v) { return predicate(v.toObject()); });
    };
    QVERIFY(count([](const QJsonObject &j) { return !j.contains(u"failed_items"); }) > 0);
    QVERIFY(count([](const QJsonObject &j) { return !j.contains(u"workflow_id"); }) > 0);
    QVERIFY(count([](const QJsonObject &j) { return j.value(u"directory_id").isNull(); }) > 0);
    QVERIFY(count([](const QJsonObject &j) { return !j.contains(u"directory_id"); }) > 0);
    QVERIFY(count([](const QJsonObject &j) { return j.value(u"error_message").isNull(); }) > 0);
    QVERIFY(count([](const QJsonObject &j) {
                return j.value(u"error_message").toString().contains(u'\n');
            })
            > 0);
    QCOMPARE(count([](const QJsonObject &j) { return !j.value(u"effective_at").isString(); }), 0);
}

void TestDemoServer::runningJobsAdvance()
{
    // The running job furthest from done, so that it is not at its last item already.
    const QJsonArray running = listJobs(QStringLiteral("status=running&limit=1000"));
    QVERIFY(!running.isEmpty());
    const auto remaining = [](const QJsonValue &job) {
        return job.toObject().value(u"total_items").toInteger()
            - job.toObject().value(u"processed_items").toInteger();
    };
    const QJsonValue slowest = *std::max_element(
        running.begin(), running.end(),
        [&](const QJsonValue &a, const QJsonValue &b) { return remaining(a) < remaining(b); });
    const QString path = QStringLiteral("/api/v1/beta/batch-processing/")
        + slowest.toObject().value(u"id").toString();
    const RawAnswer first = get(path);
    const RawAnswer second = get(path);
    QCOMPARE(first.status, 200);
    const double before = first.body.value(u"progress_percentage").toDouble();
    const double after = second.body.value(u"progress_percentage").toDouble();
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QVERIFY(after < 100);
    QCOMPARE(second.body.value(u"job").toObject().value(u"status").toString(),
             QStringLiteral("running"));
}

void TestDemoServer::runningJobsFinish()
{
    DemoDataset dataset(fixedConfig(500, 5));
    DemoDataset::JobFilter running;
    running.status = QStringLiteral("running");
    const DemoDataset::JobSlice before = dataset.listJobs(running, 0, 100);
    QVERIFY(before.total > 0);
    const QString id = before.jobs.first().value(u"id").toString();
    for (int request = 0;
         request < 10'000 && dataset.job(id)->value(u"status").toString() == u"running"; ++request)
        dataset.advanceClock();
    const QJsonObject finished = *dataset.job(id);
    QCOMPARE(finished.value(u"status").toString(), QStringLiteral("completed"));
    QCOMPARE(finished.value(u"processed_items").toInteger()
                 + finished.value(u"failed_items").toInteger()
                 + finished.value(u"skipped_items").toInteger(),
             finished.value(u"total_items").toInteger());
    QVERIFY(finished.value(u"completed_at").isString());
    const auto listedIds = [&](const QString &status) {
        DemoDataset::JobFilter filter;
        filter.status = status;
        QStringList ids;
        for (const QJsonObject &job : dataset.listJobs(filter, 0, 1000).jobs)
            ids << job.value(u"id").toString();
        return ids;
    };
    QVERIFY(!listedIds(QStringLiteral("running")).contains(id)); // the filters follow
    QVERIFY(listedIds(QStringLiteral("completed")).contains(id));
}

void TestDemoServer::manyRunningJobsOnRequest()
{
    DemoConfig config = fixedConfig(500);
    config.runningJobs = 200;
    const QList<QJsonObject> newestFirst = DemoDataset(config).listJobs({}, 0, 500).jobs;
    const auto running = [](const QList<QJsonObject> &jobs) {
        return std::count_if(jobs.begin(), jobs.end(), [](const QJsonObject &job) {
            return job.value(u"status").toString() == u"running";
        });
    };
    // A job with nothing left to do has finished already.
    QVERIFY2(running(newestFirst.mid(0, 200)) >= 190,
             qPrintable(QString::number(running(newestFirst.mid(0, 200)))));
    QCOMPARE(running(newestFirst.mid(200)), 0);
}

void TestDemoServer::itemsMatchTheJobCounts()
{
    const QJsonObject job = listJobs(QStringLiteral("status=failed&limit=1")).first().toObject();
    const QString base = QStringLiteral("/api/v1/beta/batch-processing/")
        + job.value(u"id").toString() + QStringLiteral("/items");
    const RawAnswer all = get(base + QStringLiteral("?limit=1"));
    QCOMPARE(all.body.value(u"total_size").toInteger(), job.value(u"total_items").toInteger());
    const RawAnswer failed = get(base + QStringLiteral("?status=failed&limit=1000"));
    QCOMPARE(failed.body.value(u"total_size").toInteger(), job.value(u"failed_items").toInteger());
    for (const QJsonValue &item : failed.body.value(u"items").toArray()) {
        QCOMPARE(item.toObject().value(u"status").toString(), QStringLiteral("failed"));
        QVERIFY(!item.toObject().value(u"error_message").toString().isEmpty());
    }
    QCOMPARE(get(base + QStringLiteral("?status=running")).status,
             422); // a job status, not an item one
}

void TestDemoServer::cancelLifecycle()
{
    const QString id = listJobs(QStringLiteral("status=pending&limit=1"))
                           .first()
                           .toObject()
                           .value(u"id")
                           .toString();
    const QString path =
        QStringLiteral("/api/v1/beta/batch-processing/") + id + QStringLiteral("/cancel");

    QCOMPARE(get(path, "llx-batchdeck-demo", "POST").status, 422); // the body is required
    const RawAnswer cancelled = get(path, "llx-batchdeck-demo", "POST", "{}");
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.body.value(u"status").toString(), QStringLiteral("cancelled"));
    QCOMPARE(cancelled.body.value(u"job_id").toString(), id);
    QVERIFY(cancelled.body.contains(u"message"));
    const RawAnswer status = get(QStringLiteral("/api/v1/beta/batch-processing/") + id);
    QCOMPARE(status.body.value(u"job").toObject().value(u"status").toString(),
             QStringLiteral("cancelled"));
    QVERIFY(status.body.value(u"job").toObject().value(u"completed_at").isString());
    const RawAnswer again = get(path, "llx-batchdeck-demo", "POST", "{}");
    QCOMPARE(again.status, 409);
    QVERIFY(again.body.value(u"detail").toString().contains(u"cancelled"));
    QCOMPARE(get(QStringLiteral("/api/v1/beta/batch-processing/bjb-none/cancel"),
                 "llx-batchdeck-demo", "POST", "{}")
                 .status,
             404);
}

void TestDemoServer::slowRequestDoesNotHoldUpOthers()
{
    QNetworkRequest slow(QUrl(m_server->baseUrl().toString()
                              + QStringLiteral("/api/v1/beta/batch-processing?limit=1")));
    slow.setRawHeader("Authorization", "Bearer llx-batchdeck-demo");
    slow.setRawHeader(DemoServer::delayHeader(), "3000");
    QNetworkReply *slowReply = m_network.get(slow);
    QTRY_VERIFY(!slowReply->isFinished()); // on its way
    QNetworkRequest fast = slow;
    fast.setRawHeader(DemoServer::delayHeader(), "0");
    QNetworkReply *fastReply = m_network.get(fast);
    QTRY_VERIFY_WITH_TIMEOUT(fastReply->isFinished(), 10'000);
    QVERIFY(!slowReply->isFinished());
    QCOMPARE(fastReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QTRY_VERIFY_WITH_TIMEOUT(slowReply->isFinished(), 10'000);
    QCOMPARE(slowReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete slowReply;
    delete fastReply;
}

void TestDemoServer::clientGivingUpMidAnswerIsHarmless()
{
    // The window aborts requests a newer one made stale. The answer, still being computed on a
    // worker thread, must then go nowhere: Qt 6.4's QHttpServer wrote a late QFuture answer to
    // the socket (and read the request) it had already deleted.
    QNetworkRequest slow(QUrl(m_server->baseUrl().toString()
                              + QStringLiteral("/api/v1/beta/batch-processing?limit=1")));
    slow.setRawHeader("Authorization", "Bearer llx-batchdeck-demo");
    slow.setRawHeader(DemoServer::delayHeader(), "300");
    for (int i = 0; i < 5; ++i) {
        QNetworkReply *reply = m_network.get(slow);
        QSignalSpy sent(reply, &QNetworkReply::requestSent);
        QVERIFY(sent.wait(10'000));
        reply->abort(); // the server still reads the request, then sees the connection close
        delete reply;
    }
    // Asked after them and slower: when this answer is in, theirs have been dealt with.
    slow.setRawHeader(DemoServer::delayHeader(), "600");
    QNetworkReply *last = m_network.get(slow);
    QSignalSpy finished(last, &QNetworkReply::finished);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(last->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete last;
}

void TestDemoServer::pagerReadsEveryJob()
{
    ApiClient client(&m_network);
    ClientSettings settings;
    settings.baseUrl = m_server->baseUrl();
    settings.apiKey = DemoServer::apiKey();
    client.setSettings(settings);
    ListJobsQuery query;
    query.limit = 300;
    JobPager pager(&client, query);
    QSet<QString> ids;
    int invalid = 0;
    connect(&pager, &JobPager::pageReceived, this, [&](const JobPage &page) {
        invalid += page.invalidJobs.size();
        for (const Job &job : page.jobs)
            ids.insert(job.id);
    });
    QSignalSpy finished(&pager, &JobPager::finished);
    pager.start();
    QVERIFY(finished.wait(60'000));
    QVERIFY(finished.first().first().value<ApiError>().isOk());
    QCOMPARE(invalid, 0); // everything the demo sends is valid to the client
    QCOMPARE(ids.size(), 2500);
    QCOMPARE(pager.pagesReceived(), 9);
}

void TestDemoServer::scalesToAMillionJobs()
{
    DemoDataset dataset(fixedConfig(1'000'000, 3));
    QCOMPARE(dataset.jobCount(), 1'000'000);
    DemoDataset::JobFilter failed;
    failed.status = QStringLiteral("failed");
    const DemoDataset::JobSlice slice = dataset.listJobs(failed, 100'000, 1000);
    QVERIFY(slice.total > 100'000);
    QCOMPARE(slice.jobs.size(), 1000);
    const QString lastId = dataset.jobId(999'999);
    QCOMPARE(dataset.indexOf(lastId), 999'999);
    QVERIFY(dataset.job(lastId).has_value());
}

void TestDemoServer::canLeaveTotalsOut()
{
    DemoConfig config = fixedConfig(30);
    config.reportTotals = false;
    DemoServer server(config);
    QVERIFY(server.listen());
    QNetworkRequest request(
        QUrl(server.baseUrl().toString() + QStringLiteral("/api/v1/beta/batch-processing")));
    request.setRawHeader("Authorization", "Bearer llx-batchdeck-demo");
    QNetworkReply *reply = m_network.get(request);
    QTRY_VERIFY(reply->isFinished());
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body.value(u"items").toArray().size(), 30);
    QVERIFY(!body.contains(u"total_size"));
    delete reply;
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
