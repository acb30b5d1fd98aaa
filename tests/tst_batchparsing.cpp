#include "batchsamples.h"
#include "core/batches/batch.h"
#include "core/export/csvwriter.h"
#include "core/json/isotime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace BatchDeck;
using BatchDeck::Testing::sampleBatchJson;

namespace {

QByteArray toBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Sets (or, for an Undefined value, removes) the member at a path such as "config.job.type" or
// "results.0.job_reference".
QJsonValue withValue(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (path.isEmpty())
            array[index] = value;
        else
            array[index] = withValue(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
    } else {
        object.insert(key, withValue(object.value(key), path, value));
    }
    return object;
}

QJsonObject sampleWith(const QString &path, const QJsonValue &value)
{
    return withValue(sampleBatchJson(), path.split(u'.'), value).toObject();
}

} // namespace

class TestBatchParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField();
    void optionalFields_data();
    void optionalFields();
    void rejectsInvalidBatches_data();
    void rejectsInvalidBatches();
    void keepsStatusAsReceived_data();
    void keepsStatusAsReceived();
    void ignoresUnknownFieldsAndKeepsConfig();
    void pageEnvelope_data();
    void pageEnvelope();
    void invalidBatchesKeepTheirPosition();
    void apiJsonUsesTheApiNames();
};

void TestBatchParsing::readsEveryField()
{
    Batch batch;
    QCOMPARE(Batch::fromJson(toBody(sampleBatchJson(QStringLiteral("bat-42"))), &batch), QString());
    QCOMPARE(batch.id, QStringLiteral("bat-42"));
    QCOMPARE(batch.projectId, QStringLiteral("prj-1"));
    QCOMPARE(batch.sourceDirectoryId, QStringLiteral("dir-1"));
    QCOMPARE(batch.status, QStringLiteral("COMPLETED"));
    QCOMPARE(batch.knownStatus(), BatchStatus::Completed);
    QCOMPARE(batch.jobType, QStringLiteral("parse_v2"));
    QCOMPARE(batch.configurationId, QStringLiteral("cfg-PARSE_AGENTIC"));
    QCOMPARE(toIsoUtc(batch.createdAt), QStringLiteral("2026-11-01T08:30:00.123Z"));
    QCOMPARE(toIsoUtc(batch.updatedAt), QStringLiteral("2026-11-01T08:30:00.000Z"));
    QVERIFY(batch.results);
    QCOMPARE(batch.results->size(), 2);
    const BatchResult &withJob = batch.results->at(0);
    QCOMPARE(withJob.sourceDirectoryFileId, QStringLiteral("dfl-1"));
    QVERIFY(withJob.jobReference);
    QCOMPARE(withJob.jobReference->type, QStringLiteral("parse_v2"));
    QCOMPARE(withJob.jobReference->id, QStringLiteral("pjb-1"));
    QVERIFY(withJob.errorMessage.isNull());
    const BatchResult &failed = batch.results->at(1);
    QVERIFY(!failed.jobReference);
    QCOMPARE(failed.errorMessage, QStringLiteral("no job created"));
}

void TestBatchParsing::optionalFields_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("sendNull");

    for (const char *path : {"created_at", "updated_at", "results", "results.0.job_reference",
                             "results.1.error_message"}) {
        QTest::addRow("%s absent", path) << QString::fromLatin1(path) << false;
        QTest::addRow("%s null", path) << QString::fromLatin1(path) << true;
    }
}

void TestBatchParsing::optionalFields()
{
    QFETCH(QString, path);
    QFETCH(bool, sendNull);
    Batch batch;
    const QJsonValue value = sendNull ? QJsonValue(QJsonValue::Null) : QJsonValue::Undefined;
    QCOMPARE(Batch::fromJson(toBody(sampleWith(path, value)), &batch), QString());
    if (path == u"created_at")
        QVERIFY(!batch.createdAt.isValid());
    else if (path == u"updated_at")
        QVERIFY(!batch.updatedAt.isValid());
    else if (path == u"results")
        QVERIFY(!batch.results); // not expanded: unknown, not "no files"
    else if (path == u"results.0.job_reference")
        QVERIFY(!batch.results->at(0).jobReference);
    else
        QVERIFY(batch.results->at(1).errorMessage.isNull());
}

void TestBatchParsing::rejectsInvalidBatches_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("problem");

    const QJsonValue absent = QJsonValue::Undefined;
    const QJsonValue null = QJsonValue::Null;
    QTest::newRow("id missing") << "id" << absent << R"(field "id" is missing)";
    QTest::newRow("id a number") << "id" << QJsonValue(7)
                                 << R"(field "id" should be a string but is a number)";
    QTest::newRow("project_id null")
        << "project_id" << null << R"(field "project_id" should be a string but is null)";
    QTest::newRow("source_directory_id missing")
        << "source_directory_id" << absent << R"(field "source_directory_id" is missing)";
    QTest::newRow("status a boolean")
        << "status" << QJsonValue(true) << R"(field "status" should be a string but is a boolean)";
    QTest::newRow("created_at not a date")
        << "created_at" << QJsonValue(QStringLiteral("yesterday"))
        << R"(field "created_at" is not an ISO 8601 date-time ("yesterday"))";
    QTest::newRow("updated_at a number")
        << "updated_at" << QJsonValue(1700000000)
        << R"(field "updated_at" should be a date-time string but is a number)";
    QTest::newRow("config missing") << "config" << absent << R"(field "config" is missing)";
    QTest::newRow("config a string") << "config" << QJsonValue(QStringLiteral("cfg-1"))
                                     << R"(field "config" should be an object but is a string)";
    QTest::newRow("config.job missing")
        << "config.job" << absent << R"(field "config.job" is missing)";
    QTest::newRow("config.job.type missing")
        << "config.job.type" << absent << R"(field "config.job.type" is missing)";
    QTest::newRow("config.job.configuration_id a number")
        << "config.job.configuration_id" << QJsonValue(3)
        << R"(field "config.job.configuration_id" should be a string but is a number)";
    QTest::newRow("results an object") << "results" << QJsonValue(QJsonObject())
                                       << R"(field "results" should be an array but is an object)";
    QTest::newRow("a result a string")
        << "results.1" << QJsonValue(QStringLiteral("dfl-2"))
        << R"(field "results[1]" should be an object but is a string)";
    QTest::newRow("a result without its file")
        << "results.0.source_directory_file_id" << absent
        << R"(field "results[0].source_directory_file_id" is missing)";
    QTest::newRow("job_reference a string")
        << "results.0.job_reference" << QJsonValue(QStringLiteral("pjb-1"))
        << R"(field "results[0].job_reference" should be an object but is a string)";
    QTest::newRow("job_reference without id")
        << "results.0.job_reference.id" << absent
        << R"(field "results[0].job_reference.id" is missing)";
    QTest::newRow("error_message a number")
        << "results.1.error_message" << QJsonValue(3)
        << R"(field "results[1].error_message" should be a string but is a number)";
}

void TestBatchParsing::rejectsInvalidBatches()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, problem);
    Batch batch;
    batch.id = QStringLiteral("untouched");
    QCOMPARE(Batch::fromJson(toBody(sampleWith(path, value)), &batch), problem);
    QCOMPARE(batch.id, QStringLiteral("untouched")); // nothing half-read
}

void TestBatchParsing::keepsStatusAsReceived_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<BatchStatus>("known");

    QTest::newRow("PENDING") << "PENDING" << BatchStatus::Pending;
    QTest::newRow("THROTTLED") << "THROTTLED" << BatchStatus::Throttled;
    QTest::newRow("RUNNING") << "RUNNING" << BatchStatus::Running;
    QTest::newRow("COMPLETED") << "COMPLETED" << BatchStatus::Completed;
    QTest::newRow("FAILED") << "FAILED" << BatchStatus::Failed;
    QTest::newRow("CANCELLED") << "CANCELLED" << BatchStatus::Cancelled;
    QTest::newRow("a status added later") << "PAUSED" << BatchStatus::Unknown;
    QTest::newRow("lower case is not the API's") << "completed" << BatchStatus::Unknown;
    QTest::newRow("empty") << "" << BatchStatus::Unknown;
}

void TestBatchParsing::keepsStatusAsReceived()
{
    QFETCH(QString, status);
    QFETCH(BatchStatus, known);
    Batch batch;
    QCOMPARE(Batch::fromJson(toBody(sampleWith(QStringLiteral("status"), status)), &batch),
             QString());
    QCOMPARE(batch.status, status);
    QCOMPARE(batch.knownStatus(), known);
}

void TestBatchParsing::ignoresUnknownFieldsAndKeepsConfig()
{
    QJsonObject json = sampleWith(QStringLiteral("config.job.type"), QStringLiteral("classify_v3"));
    json.insert(u"webhook_count", 2);
    json.insert(u"labels", QJsonArray {QStringLiteral("a")});
    QJsonObject config = json.value(u"config").toObject();
    config.insert(u"priority", QStringLiteral("high"));
    json.insert(u"config", config);
    Batch batch;
    QCOMPARE(Batch::fromJson(toBody(json), &batch), QString());
    QCOMPARE(batch.jobType, QStringLiteral("classify_v3"));
    QCOMPARE(batch.config(), config); // the snapshot whole, unknown members included
}

void TestBatchParsing::pageEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("batches");
    QTest::addColumn<QString>("token"); // "<none>" when absent
    QTest::addColumn<qint64>("total"); // -1 when absent

    QTest::newRow("items, token and total")
        << QByteArray(R"({"items":[],"next_page_token":"t2","total_size":5})") << QString() << 0
        << "t2" << qint64(5);
    QTest::newRow("token and total null")
        << QByteArray(R"({"items":[],"next_page_token":null,"total_size":null})") << QString() << 0
        << "<none>" << qint64(-1);
    QTest::newRow("empty token") << QByteArray(R"({"items":[],"next_page_token":""})") << QString()
                                 << 0 << "" << qint64(-1);
    QTest::newRow("unknown envelope fields") << QByteArray(R"({"items":[],"cursor":{"a":1}})")
                                             << QString() << 0 << "<none>" << qint64(-1);
    QTest::newRow("items missing") << QByteArray(R"({"total_size":1})")
                                   << R"(field "items" is missing)" << 0 << "" << qint64(-1);
    QTest::newRow("items null") << QByteArray(R"({"items":null})")
                                << R"(field "items" should be an array but is null)" << 0 << ""
                                << qint64(-1);
    QTest::newRow("token a number")
        << QByteArray(R"({"items":[],"next_page_token":2})")
        << R"(field "next_page_token" should be a string but is a number)" << 0 << "" << qint64(-1);
    QTest::newRow("negative total")
        << QByteArray(R"({"items":[],"total_size":-1})") << R"(field "total_size" is negative (-1))"
        << 0 << "" << qint64(-1);
    QTest::newRow("fractional total")
        << QByteArray(R"({"items":[],"total_size":1.5})")
        << R"(field "total_size" is not a whole number (1.5))" << 0 << "" << qint64(-1);
    QTest::newRow("total a string")
        << QByteArray(R"({"items":[],"total_size":"3"})")
        << R"(field "total_size" should be a whole number but is a string)" << 0 << ""
        << qint64(-1);
    QTest::newRow("an array") << QByteArray("[]") << "the body is not a JSON object" << 0 << ""
                              << qint64(-1);
    QTest::newRow("empty body") << QByteArray(" ") << "the body is empty" << 0 << "" << qint64(-1);
}

void TestBatchParsing::pageEnvelope()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    QFETCH(int, batches);
    QFETCH(QString, token);
    QFETCH(qint64, total);
    BatchPage page;
    QCOMPARE(BatchPage::fromJson(body, 0, &page), problem);
    if (!problem.isEmpty())
        return;
    QCOMPARE(page.batches.size(), batches);
    QCOMPARE(page.nextPageToken.value_or(QStringLiteral("<none>")), token);
    QCOMPARE(page.hasNextPage(), !token.isEmpty() && token != u"<none>");
    QCOMPARE(page.totalSize.value_or(-1), total);
}

void TestBatchParsing::invalidBatchesKeepTheirPosition()
{
    QJsonObject bad = sampleBatchJson(QStringLiteral("bat-bad"));
    bad.remove(u"status");
    const QJsonObject body {
        {QStringLiteral("items"),
         QJsonArray {sampleBatchJson(QStringLiteral("bat-1")), bad, QStringLiteral("oops"),
                     sampleBatchJson(QStringLiteral("bat-4"))}}};
    BatchPage page;
    QCOMPARE(BatchPage::fromJson(toBody(body), 10, &page), QString());
    QCOMPARE(page.batches.size(), 2);
    QCOMPARE(page.batches.at(0).id, QStringLiteral("bat-1"));
    QCOMPARE(page.batches.at(1).id, QStringLiteral("bat-4"));
    QCOMPARE(page.invalidBatches.size(), 2);
    QCOMPARE(page.invalidBatches.at(0).position, 11);
    QCOMPARE(
        page.invalidBatches.at(0).describe(),
        QStringLiteral(R"(the batch at position 12 could not be read: field "status" is missing)"));
    QCOMPARE(page.invalidBatches.at(1).problem, QStringLiteral("it is a string, not an object"));
    QCOMPARE(page.itemCount(), 4);
}

void TestBatchParsing::apiJsonUsesTheApiNames()
{
    Batch batch;
    QCOMPARE(Batch::fromJson(toBody(sampleBatchJson()), &batch), QString());
    QJsonObject expected = sampleBatchJson();
    // Timestamps go out in one form: UTC, milliseconds, Z.
    expected.insert(u"created_at", QStringLiteral("2026-11-01T08:30:00.123Z"));
    expected.insert(u"updated_at", QStringLiteral("2026-11-01T08:30:00.000Z"));
    QCOMPARE(toApiJson(batch), expected);

    batch.results.reset();
    batch.createdAt = {};
    batch.configJson = {}; // built in code: the job fields stand in for the snapshot
    const QJsonObject json = toApiJson(batch);
    QCOMPARE(json.value(u"results"), QJsonValue(QJsonValue::Null));
    QCOMPARE(json.value(u"created_at"), QJsonValue(QJsonValue::Null));
    QCOMPARE(json.value(u"config"), sampleBatchJson().value(u"config"));

    Batch back; // and it reads back as the same batch
    QCOMPARE(Batch::fromJson(toBody(json), &back), QString());
    batch.configJson = back.configJson;
    QCOMPARE(back, batch);
}

QTEST_GUILESS_MAIN(TestBatchParsing)
#include "tst_batchparsing.moc"
