// An answer must be about what was asked: every ApiClient call whose answer names an ID (a job's
// status, a job's cancel, a v2 batch, its cancel, a directory, a created job) refuses an answer
// about another record, and numbers with a documented range are held to it. Real HTTP on
// 127.0.0.1, one TestHttpServer per test.
#include "batchsamples.h"
#include "catalogtesting.h"
#include "core/batches/batchesapi.h"
#include "core/catalog/catalogapi.h"
#include "core/jobs/jobsapi.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QString AskedJob = QStringLiteral("bjb-12345678-1234-4234-8234-123456789abc");
const QString OtherJob = QStringLiteral("bjb-99999999-9999-4999-8999-999999999999");
const QString AskedBatch = QStringLiteral("bat-12345678-1234-4234-8234-123456789abc");
const QString OtherBatch = QStringLiteral("bat-99999999-9999-4999-8999-999999999999");
const QString AskedDirectory = QStringLiteral("dir-12345678-1234-4234-8234-123456789abc");
const QString OtherDirectory = QStringLiteral("dir-99999999-9999-4999-8999-999999999999");
const QString AskedItem = QStringLiteral("dfl-12345678-1234-4234-8234-123456789abc");
const QString OtherItem = QStringLiteral("dfl-99999999-9999-4999-8999-999999999999");
const QString ProjectId = QStringLiteral("1111abcd-1111-4111-8111-111111111111");
const QString OtherProjectId = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString NotUsed = QStringLiteral(
    "The answer was not used. Check that the server address points at the LlamaCloud API.");

enum class Endpoint { JobStatus, CancelJob, Batch, CancelBatch, Directory, ItemResults };

// The body a server sends for `endpoint` about the record `answeredId`.
QByteArray answerAbout(Endpoint endpoint, const QString &answeredId)
{
    QJsonObject body;
    switch (endpoint) {
    case Endpoint::JobStatus:
        body = {{QStringLiteral("job"), sampleJobJson(answeredId)},
                {QStringLiteral("progress_percentage"), 100}};
        break;
    case Endpoint::CancelJob:
        body = {{QStringLiteral("job_id"), answeredId},
                {QStringLiteral("status"), QStringLiteral("cancelled")},
                {QStringLiteral("processed_items"), 3},
                {QStringLiteral("message"), QStringLiteral("Cancelled")}};
        break;
    case Endpoint::Batch:
    case Endpoint::CancelBatch:
        body = sampleBatchJson(answeredId);
        break;
    case Endpoint::Directory:
        body = directoryJson(answeredId, ProjectId, QStringLiteral("Invoices"));
        break;
    case Endpoint::ItemResults:
        body = {{QStringLiteral("item_id"), answeredId},
                {QStringLiteral("item_name"), QStringLiteral("invoice.pdf")},
                {QStringLiteral("processing_results"), QJsonArray {}}};
        break;
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// What a call delivered: the error, the ID of the record handed over, how often it was called.
struct Delivered
{
    ApiError error;
    QString recordId;
    int calls = 0;
};

ApiCall *ask(ApiClient &client, Endpoint endpoint, const QString &id, QObject *context,
             Delivered *delivered)
{
    const auto record = [delivered](const QString &recordId, const ApiError &error) {
        delivered->error = error;
        delivered->recordId = recordId;
        ++delivered->calls;
    };
    switch (endpoint) {
    case Endpoint::JobStatus:
        return JobsApi(&client).jobStatus(
            id, {}, context, [record](const JobStatusResult &result, const ApiError &error) {
                record(result.job.id, error);
            });
    case Endpoint::CancelJob:
        return JobsApi(&client).cancelJob(
            id, {}, {}, context, [record](const CancelResult &result, const ApiError &error) {
                record(result.jobId, error);
            });
    case Endpoint::Batch:
        return BatchesApi(&client).batch(
            id, {}, true, context,
            [record](const Batch &b, const ApiError &e) { record(b.id, e); });
    case Endpoint::CancelBatch:
        return BatchesApi(&client).cancelBatch(
            id, {}, context, [record](const Batch &b, const ApiError &e) { record(b.id, e); });
    case Endpoint::Directory:
        return CatalogApi(&client).directory(
            id, {}, context, [record](const Directory &d, const ApiError &e) { record(d.id, e); });
    case Endpoint::ItemResults:
        return JobsApi(&client).itemProcessingResults(
            id, {}, std::nullopt, context,
            [record](const ItemProcessingResults &r, const ApiError &e) { record(r.itemId, e); });
    }
    return nullptr;
}

QString expectedPath(Endpoint endpoint, const QString &id)
{
    switch (endpoint) {
    case Endpoint::JobStatus:
        return QStringLiteral("/api/v1/beta/batch-processing/") + id;
    case Endpoint::CancelJob:
        return QStringLiteral("/api/v1/beta/batch-processing/%1/cancel").arg(id);
    case Endpoint::Batch:
        return QStringLiteral("/api/v2/batches/") + id;
    case Endpoint::CancelBatch:
        return QStringLiteral("/api/v2/batches/%1/cancel").arg(id);
    case Endpoint::Directory:
        return QStringLiteral("/api/v1/beta/directories/") + id;
    case Endpoint::ItemResults:
        return QStringLiteral("/api/v1/beta/batch-processing/items/%1/processing-results").arg(id);
    }
    return {};
}

QJsonObject createdJobJson()
{
    QJsonObject job = sampleJobJson(OtherJob); // a new job: its ID is the server's to choose
    job.insert(u"status", QStringLiteral("pending"));
    job.insert(u"project_id", ProjectId);
    job.insert(u"directory_id", AskedDirectory);
    return job;
}

} // namespace

Q_DECLARE_METATYPE(Endpoint)

class TestAnswerMatching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void answerAboutAnotherRecordIsRefused_data();
    void answerAboutAnotherRecordIsRefused();
    void mismatchNeverShowsTheKey();
    void answerAboutTheSameRecordIsAccepted_data();
    void answerAboutTheSameRecordIsAccepted();
    void createdJobMustBeWhatWasAskedFor_data();
    void createdJobMustBeWhatWasAskedFor();
    void progressOutsideItsRangeIsRefused_data();
    void progressOutsideItsRangeIsRefused();

private:
    QNetworkAccessManager m_network;
};

void TestAnswerMatching::init()
{
    m_network.clearConnectionCache();
}

void TestAnswerMatching::answerAboutAnotherRecordIsRefused_data()
{
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<QString>("askedId");
    QTest::addColumn<QString>("answeredId");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("job status answers about another job")
        << Endpoint::JobStatus << AskedJob << OtherJob
        << QStringLiteral("Asked about job %1, but the server answered about job %2.")
               .arg(AskedJob, OtherJob);
    QTest::newRow("job status answers with an empty job ID")
        << Endpoint::JobStatus << AskedJob << QString()
        << QStringLiteral("Asked about job %1, but the server answered about job \"\".")
               .arg(AskedJob);
    QTest::newRow("job status answers about a job whose ID only starts the same")
        << Endpoint::JobStatus << AskedJob << AskedJob + u'0'
        << QStringLiteral("Asked about job %1, but the server answered about job %2.")
               .arg(AskedJob, AskedJob + u'0');
    QTest::newRow("cancel answers about another job")
        << Endpoint::CancelJob << AskedJob << OtherJob
        << QStringLiteral("Asked to cancel job %1, but the server answered about job %2, so "
                          "whether job %1 was cancelled is not known.")
               .arg(AskedJob, OtherJob);
    QTest::newRow("cancel answers with an empty job ID")
        << Endpoint::CancelJob << AskedJob << QString()
        << QStringLiteral("Asked to cancel job %1, but the server answered about job \"\"")
               .arg(AskedJob);
    QTest::newRow("batch get answers about another batch")
        << Endpoint::Batch << AskedBatch << OtherBatch
        << QStringLiteral("Asked about batch %1, but the server answered about batch %2.")
               .arg(AskedBatch, OtherBatch);
    QTest::newRow("batch cancel answers about another batch")
        << Endpoint::CancelBatch << AskedBatch << OtherBatch
        << QStringLiteral("Asked to cancel batch %1, but the server answered about batch %2, so "
                          "whether batch %1 was cancelled is not known.")
               .arg(AskedBatch, OtherBatch);
    QTest::newRow("directory by ID answers about another directory")
        << Endpoint::Directory << AskedDirectory << OtherDirectory
        << QStringLiteral("Asked about directory %1, but the server answered about directory %2.")
               .arg(AskedDirectory, OtherDirectory);
    QTest::newRow("processing results answer about another item")
        << Endpoint::ItemResults << AskedItem << OtherItem
        << QStringLiteral("Asked for the processing results of item %1, but the server answered "
                          "about item %2.")
               .arg(AskedItem, OtherItem);
    const QString longId = QStringLiteral("bjb-") + QString(5000, u'7');
    QTest::newRow("an answered ID megabytes long is cut")
        << Endpoint::JobStatus << AskedJob << longId
        << QStringLiteral("Asked about job %1, but the server answered about job %2….")
               .arg(AskedJob, longId.left(100));
}

void TestAnswerMatching::answerAboutAnotherRecordIsRefused()
{
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, askedId);
    QFETCH(QString, answeredId);
    QFETCH(QString, sentence);
    TestHttpServer server([&](const TestRequest &) {
        return TestResponse::json(200, answerAbout(endpoint, answeredId));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    QObject context;
    Delivered delivered;
    ask(client, endpoint, askedId, &context, &delivered);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.calls, 1, 20'000);

    QCOMPARE(delivered.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(delivered.error.message.startsWith(sentence), qPrintable(delivered.error.message));
    QVERIFY2(delivered.error.message.endsWith(NotUsed), qPrintable(delivered.error.message));
    // Nothing of the other record reaches the caller: it gets an empty record with the error.
    QCOMPARE(delivered.recordId, QString());
    QCOMPARE(server.requests().size(), 1); // not retried: the same server gives the same answer
    QCOMPARE(server.requests().first().path, expectedPath(endpoint, askedId));
}

void TestAnswerMatching::mismatchNeverShowsTheKey()
{
    TestHttpServer server;
    const QString key = clientSettingsFor(server).apiKey;
    server.setHandler([&](const TestRequest &) {
        return TestResponse::json(200, answerAbout(Endpoint::JobStatus, key)); // echoes the key
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    QObject context;
    Delivered delivered;
    ask(client, Endpoint::JobStatus, AskedJob, &context, &delivered);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.calls, 1, 20'000);
    QCOMPARE(delivered.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(
        delivered.error.message.startsWith(
            QStringLiteral("Asked about job %1, but the server answered about job ").arg(AskedJob)),
        qPrintable(delivered.error.message));
    QVERIFY2(!delivered.error.message.contains(key), qPrintable(delivered.error.message));
}

void TestAnswerMatching::answerAboutTheSameRecordIsAccepted_data()
{
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<QString>("askedId");
    QTest::addColumn<QString>("answeredId");
    // IDs are UUIDs after a short prefix: letter case is no difference.
    QTest::newRow("job status, same ID") << Endpoint::JobStatus << AskedJob << AskedJob;
    QTest::newRow("job status, asked in upper case")
        << Endpoint::JobStatus << AskedJob.toUpper() << AskedJob;
    QTest::newRow("cancel, answered in upper case")
        << Endpoint::CancelJob << AskedJob << AskedJob.toUpper();
    QTest::newRow("batch get, same ID") << Endpoint::Batch << AskedBatch << AskedBatch;
    QTest::newRow("batch cancel, asked in upper case")
        << Endpoint::CancelBatch << AskedBatch.toUpper() << AskedBatch;
    QTest::newRow("directory by ID, answered in upper case")
        << Endpoint::Directory << AskedDirectory << AskedDirectory.toUpper();
    QTest::newRow("processing results, same item")
        << Endpoint::ItemResults << AskedItem << AskedItem;
}

void TestAnswerMatching::answerAboutTheSameRecordIsAccepted()
{
    QFETCH(Endpoint, endpoint);
    QFETCH(QString, askedId);
    QFETCH(QString, answeredId);
    TestHttpServer server([&](const TestRequest &) {
        return TestResponse::json(200, answerAbout(endpoint, answeredId));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    QObject context;
    Delivered delivered;
    ask(client, endpoint, askedId, &context, &delivered);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.calls, 1, 20'000);
    QVERIFY2(delivered.error.isOk(), qPrintable(delivered.error.message));
    QCOMPARE(delivered.recordId, answeredId); // as the server sent it
}

void TestAnswerMatching::createdJobMustBeWhatWasAskedFor_data()
{
    QTest::addColumn<QJsonObject>("answer");
    QTest::addColumn<bool>("withDirectory"); // the request names AskedDirectory, else item IDs
    QTest::addColumn<QString>("sentence"); // empty: the job is accepted

    QJsonObject job = createdJobJson();
    QTest::newRow("created job as asked") << job << true << QString();
    job.insert(u"project_id", ProjectId.toUpper());
    QTest::newRow("created job's project in upper case") << job << true << QString();
    job = createdJobJson();
    job.insert(u"directory_id", QJsonValue::Null);
    QTest::newRow("created job names no directory") << job << true << QString();
    job = createdJobJson();
    job.insert(u"directory_id", OtherDirectory);
    QTest::newRow("created job from item IDs names a directory") << job << false << QString();

    job = createdJobJson();
    job.insert(u"id", QString());
    QTest::newRow("created job has no ID")
        << job << true
        << QStringLiteral("The server answered the job creation without a job ID, so the new "
                          "job cannot be found from here.");
    job = createdJobJson();
    job.insert(u"project_id", OtherProjectId);
    QTest::newRow("created job is in another project")
        << job << true
        << QStringLiteral("Asked to create a job in project %1, but the server answered with "
                          "job %2 of project %3.")
               .arg(ProjectId, OtherJob, OtherProjectId);
    job = createdJobJson();
    job.insert(u"directory_id", OtherDirectory);
    QTest::newRow("created job is for another directory")
        << job << true
        << QStringLiteral("Asked to create a job for directory %1, but the server answered with "
                          "job %2 for directory %3.")
               .arg(AskedDirectory, OtherJob, OtherDirectory);
}

void TestAnswerMatching::createdJobMustBeWhatWasAskedFor()
{
    QFETCH(QJsonObject, answer);
    QFETCH(bool, withDirectory);
    QFETCH(QString, sentence);
    TestHttpServer server([&](const TestRequest &) {
        return TestResponse::json(201, QJsonDocument(answer).toJson());
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    JobCreateRequest request;
    if (withDirectory)
        request.directoryId = AskedDirectory;
    else
        request.itemIds = QStringList {QStringLiteral("dfl-1")};
    request.jobConfig = R"({"job_name":"parse_raw_file_job"})";
    ProjectScope scope;
    scope.projectId = ProjectId;
    QObject context;
    Delivered delivered;
    JobsApi(&client).createJob(request, scope, &context,
                               [&](const Job &job, const ApiError &error) {
                                   delivered = {error, job.id, delivered.calls + 1};
                               });
    QTRY_COMPARE_WITH_TIMEOUT(delivered.calls, 1, 20'000);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().method, QByteArray("POST"));
    if (sentence.isEmpty()) {
        QVERIFY2(delivered.error.isOk(), qPrintable(delivered.error.message));
        QCOMPARE(delivered.recordId, answer.value(u"id").toString());
        return;
    }
    QCOMPARE(delivered.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(delivered.error.message.startsWith(sentence), qPrintable(delivered.error.message));
    QVERIFY2(delivered.error.message.endsWith(NotUsed), qPrintable(delivered.error.message));
    QCOMPARE(delivered.recordId, QString());
}

void TestAnswerMatching::progressOutsideItsRangeIsRefused_data()
{
    QTest::addColumn<QByteArray>("percentage"); // as written in the body
    QTest::addColumn<QString>("problem"); // empty: accepted
    const auto outOfRange = [](const char *shown) {
        return QStringLiteral("field \"progress_percentage\" is out of range (%1; the API allows "
                              "0 to 100)")
            .arg(QLatin1String(shown));
    };
    QTest::newRow("progress 1e300") << QByteArray("1e300") << outOfRange("1e+300");
    QTest::newRow("progress -5") << QByteArray("-5") << outOfRange("-5");
    QTest::newRow("progress 101") << QByteArray("101") << outOfRange("101");
    QTest::newRow("progress 100.5") << QByteArray("100.5") << outOfRange("100.5");
    QTest::newRow("progress -0.01") << QByteArray("-0.01") << outOfRange("-0.01");
    QTest::newRow("progress 0") << QByteArray("0") << QString();
    QTest::newRow("progress 100") << QByteArray("100") << QString();
    QTest::newRow("progress 62.5") << QByteArray("62.5") << QString();
}

void TestAnswerMatching::progressOutsideItsRangeIsRefused()
{
    QFETCH(QByteArray, percentage);
    QFETCH(QString, problem);
    const QByteArray body = R"({"job":)"
        + QJsonDocument(sampleJobJson(AskedJob)).toJson(QJsonDocument::Compact)
        + R"(,"progress_percentage":)" + percentage + '}';
    TestHttpServer server([&](const TestRequest &) { return TestResponse::json(200, body); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    QObject context;
    Delivered delivered;
    ask(client, Endpoint::JobStatus, AskedJob, &context, &delivered);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.calls, 1, 20'000);
    if (problem.isEmpty()) {
        QVERIFY2(delivered.error.isOk(), qPrintable(delivered.error.message));
        return;
    }
    QCOMPARE(delivered.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(delivered.error.message.contains(problem), qPrintable(delivered.error.message));
}

QTEST_GUILESS_MAIN(TestAnswerMatching)
#include "core/batches/batchesapi.h"
#include "core/catalog/catalogapi.h"
#include "core/jobs/jobsapi.h"
#include "tst_answermatching.moc"
