#include "core/jobs/jobcreaterequest.h"
#include "core/jobs/processingresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace BatchDeck;

namespace {

// A parse configuration as a server might send it: keys out of alphabetical order, a number no
// double holds exactly, spaces, and a field this client has never heard of.
const QByteArray ParseConfig =
    R"({"job_name": "parse_raw_file_job", "partitions": {"b": "2", "a": "1"},)"
    R"( "parameters": {"tier": "agentic", "max_pages": 12345678901234567891},)"
    R"( "future_field": [true, null]})";

QJsonObject sampleResult(const QString &resultId = QStringLiteral("res-1"))
{
    return QJsonObject {
        {QStringLiteral("result_id"), resultId},
        {QStringLiteral("item_id"), QStringLiteral("dfl-1")},
        {QStringLiteral("job_type"), QStringLiteral("parse")},
        {QStringLiteral("job_config"),
         QJsonObject {{QStringLiteral("job_name"), QStringLiteral("parse_raw_file_job")}}},
        {QStringLiteral("parameters_hash"), QStringLiteral("hash-a")},
        {QStringLiteral("output_s3_path"), QStringLiteral("s3://bucket/out/dfl-1.json")},
        {QStringLiteral("output_metadata"), QJsonObject()},
        {QStringLiteral("processed_at"), QStringLiteral("2026-01-02T03:04:05.678Z")},
    };
}

QByteArray answer(const QJsonArray &results)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("item_id"), QStringLiteral("dfl-1")},
                                      {QStringLiteral("item_name"), QStringLiteral("a.pdf")},
                                      {QStringLiteral("processing_results"), results}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestProcessingResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryFieldAndKeepsTheConfigAsSent();
    void resultFields_data();
    void resultFields();
    void keepsUnknownJobTypes_data();
    void keepsUnknownJobTypes();
    void envelope_data();
    void envelope();
    void invalidResultsKeepTheirPosition();
    void latestOfType_data();
    void latestOfType();
    void createRequestBody();
    void createRequestValidation_data();
    void createRequestValidation();
};

void TestProcessingResults::readsEveryFieldAndKeepsTheConfigAsSent()
{
    const QByteArray body = R"({"item_id": "dfl-1", "item_name": "report.pdf", )"
                            R"("processing_results": [{"result_id": "res-1", "item_id": "dfl-1", )"
                            R"("job_type": "parse", "job_config": )"
        + ParseConfig
        + R"(, "parameters_hash": "9f2c", "output_s3_path": "s3://b/o.json", )"
          R"("output_metadata": {"pages": 3}, "processed_at": "2026-01-02T03:04:05.678901+02:00"}]})";
    ItemProcessingResults read;
    QCOMPARE(ItemProcessingResults::fromJson(body, &read), QString());
    QCOMPARE(read.itemId, QStringLiteral("dfl-1"));
    QCOMPARE(read.itemName, QStringLiteral("report.pdf"));
    QCOMPARE(read.invalidResults.size(), 0);
    QCOMPARE(read.results.size(), 1);
    const ProcessingResult &result = read.results.first();
    QCOMPARE(result.resultId, QStringLiteral("res-1"));
    QCOMPARE(result.itemId, QStringLiteral("dfl-1"));
    QCOMPARE(result.jobType, QStringLiteral("parse"));
    QCOMPARE(result.knownType(), JobType::Parse);
    QCOMPARE(result.jobConfig, ParseConfig); // byte for byte
    QCOMPARE(result.jobConfigObject().value(u"job_name").toString(),
             QStringLiteral("parse_raw_file_job"));
    QCOMPARE(result.parametersHash, QStringLiteral("9f2c"));
    QCOMPARE(result.outputS3Path, QStringLiteral("s3://b/o.json"));
    QCOMPARE(result.outputMetadata, QByteArray(R"({"pages": 3})"));
    QCOMPARE(result.processedAt, QDateTime(QDate(2026, 1, 2), QTime(1, 4, 5, 678), Qt::UTC));
    QCOMPARE(result.processedAt.timeSpec(), Qt::UTC);
}

void TestProcessingResults::resultFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // Undefined: the field is left out
    QTest::addColumn<QString>("problem"); // empty: the result is read
    const QJsonValue absent(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    QTest::newRow("result_id missing")
        << "result_id" << absent << R"(field "result_id" is missing)";
    QTest::newRow("result_id null")
        << "result_id" << null << R"(field "result_id" should be a string but is null)";
    QTest::newRow("item_id a number")
        << "item_id" << QJsonValue(7) << R"(field "item_id" should be a string but is a number)";
    QTest::newRow("job_type missing") << "job_type" << absent << R"(field "job_type" is missing)";
    QTest::newRow("job_type null")
        << "job_type" << null << R"(field "job_type" should be a string but is null)";
    QTest::newRow("parameters_hash missing")
        << "parameters_hash" << absent << R"(field "parameters_hash" is missing)";
    QTest::newRow("output_s3_path null")
        << "output_s3_path" << null << R"(field "output_s3_path" should be a string but is null)";
    QTest::newRow("processed_at missing")
        << "processed_at" << absent << R"(field "processed_at" is missing)";
    QTest::newRow("processed_at null")
        << "processed_at" << null
        << R"(field "processed_at" should be a date-time string but is null)";
    QTest::newRow("processed_at not a date")
        << "processed_at" << QJsonValue(QStringLiteral("yesterday"))
        << R"(field "processed_at" is not an ISO 8601 date-time ("yesterday"))";
    QTest::newRow("job_config missing")
        << "job_config" << absent << R"(field "job_config" is missing)";
    QTest::newRow("job_config null")
        << "job_config" << null << R"(field "job_config" should be an object but is null)";
    QTest::newRow("job_config an array")
        << "job_config" << QJsonValue(QJsonArray {1})
        << R"(field "job_config" should be an object but is an array)";
    QTest::newRow("job_config a string")
        << "job_config" << QJsonValue(QStringLiteral("{}"))
        << R"(field "job_config" should be an object but is a string)";
    QTest::newRow("output_metadata missing") << "output_metadata" << absent << "";
    QTest::newRow("output_metadata null") << "output_metadata" << null << "";
    QTest::newRow("output_metadata a string")
        << "output_metadata" << QJsonValue(QStringLiteral("x"))
        << R"(field "output_metadata" should be an object but is a string)";
}

void TestProcessingResults::resultFields()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, problem);
    QJsonObject result = sampleResult();
    if (value.isUndefined())
        result.remove(field);
    else
        result.insert(field, value);
    ItemProcessingResults read;
    QCOMPARE(ItemProcessingResults::fromJson(answer({result, sampleResult("res-2")}), &read),
             QString());
    if (problem.isEmpty()) {
        QCOMPARE(read.results.size(), 2);
        QCOMPARE(read.invalidResults.size(), 0);
        QCOMPARE(read.results.first().outputMetadata, QByteArray());
        return;
    }
    QCOMPARE(read.invalidResults.size(), 1);
    QCOMPARE(read.invalidResults.first().problem, problem);
    QCOMPARE(read.results.size(), 1); // the good one is kept
    QCOMPARE(read.results.first().resultId, QStringLiteral("res-2"));
}

void TestProcessingResults::keepsUnknownJobTypes_data()
{
    QTest::addColumn<QString>("jobType");
    QTest::addColumn<JobType>("known");
    QTest::newRow("parse") << "parse" << JobType::Parse;
    QTest::newRow("extract") << "extract" << JobType::Extract;
    QTest::newRow("classify") << "classify" << JobType::Classify;
    QTest::newRow("a type added later") << "summarize" << JobType::Unknown;
    QTest::newRow("another case") << "PARSE" << JobType::Unknown;
    QTest::newRow("empty") << "" << JobType::Unknown;
}

void TestProcessingResults::keepsUnknownJobTypes()
{
    QFETCH(QString, jobType);
    QFETCH(JobType, known);
    QJsonObject result = sampleResult();
    result.insert(u"job_type", jobType);
    ItemProcessingResults read;
    QCOMPARE(ItemProcessingResults::fromJson(answer({result}), &read), QString());
    QCOMPARE(read.results.size(), 1);
    QCOMPARE(read.results.first().jobType, jobType);
    QCOMPARE(read.results.first().knownType(), known);
}

void TestProcessingResults::envelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("results");
    QTest::newRow("no processing_results: no history")
        << QByteArray(R"({"item_id":"i","item_name":"n"})") << "" << 0;
    QTest::newRow("processing_results null")
        << QByteArray(R"({"item_id":"i","item_name":"n","processing_results":null})") << "" << 0;
    QTest::newRow("processing_results empty")
        << QByteArray(R"({"item_id":"i","item_name":"n","processing_results":[]})") << "" << 0;
    QTest::newRow("processing_results an object")
        << QByteArray(R"({"item_id":"i","item_name":"n","processing_results":{}})")
        << R"(field "processing_results" should be an array but is an object)" << 0;
    QTest::newRow("item_id missing")
        << QByteArray(R"({"item_name":"n"})") << R"(field "item_id" is missing)" << 0;
    QTest::newRow("item_name null") << QByteArray(R"({"item_id":"i","item_name":null})")
                                    << R"(field "item_name" should be a string but is null)" << 0;
    QTest::newRow("empty body") << QByteArray() << "the body is empty" << 0;
    QTest::newRow("an array") << QByteArray("[]") << "the body is not a JSON object" << 0;
    QTest::newRow("cut off") << QByteArray(R"({"item_id":"i","item_na)")
                             << "the body is not JSON (unterminated string at byte 15)" << 0;
    QTest::newRow("unknown envelope fields are ignored")
        << QByteArray(R"({"item_id":"i","item_name":"n","next":1,"processing_results":[]})") << ""
        << 0;
}

void TestProcessingResults::envelope()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    QFETCH(int, results);
    ItemProcessingResults read;
    read.itemId = QStringLiteral("untouched");
    QCOMPARE(ItemProcessingResults::fromJson(body, &read), problem);
    if (problem.isEmpty())
        QCOMPARE(read.results.size(), results);
    else
        QCOMPARE(read.itemId, QStringLiteral("untouched")); // nothing half-read
}

void TestProcessingResults::invalidResultsKeepTheirPosition()
{
    QJsonObject broken = sampleResult(QStringLiteral("res-2"));
    broken.remove(u"job_config");
    ItemProcessingResults read;
    QCOMPARE(
        ItemProcessingResults::fromJson(
            answer({sampleResult("res-1"), broken, QJsonValue(3), sampleResult("res-4")}), &read),
        QString());
    QCOMPARE(read.results.size(), 2);
    QCOMPARE(read.results.at(0).resultId, QStringLiteral("res-1"));
    QCOMPARE(read.results.at(1).resultId, QStringLiteral("res-4"));
    QCOMPARE(read.invalidResults.size(), 2);
    QCOMPARE(read.invalidResults.at(0).position, 1);
    QCOMPARE(read.invalidResults.at(1).position, 2);
    QCOMPARE(read.invalidResults.at(1).describe(),
             QStringLiteral("the processing result at position 3 could not be read: it is a "
                            "number, not an object"));
}

void TestProcessingResults::latestOfType_data()
{
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QStringList>("times"); // processed_at per result
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("expected"); // index, -1 for none
    const QString t1 = QStringLiteral("2026-01-01T00:00:00Z");
    const QString t2 = QStringLiteral("2026-01-02T00:00:00Z");
    QTest::newRow("the newest, not the last")
        << QStringList {"parse", "parse"} << QStringList {t2, t1} << "parse" << 0;
    QTest::newRow("the last on a tie")
        << QStringList {"parse", "parse"} << QStringList {t1, t1} << "parse" << 1;
    QTest::newRow("other types do not count")
        << QStringList {"parse", "classify"} << QStringList {t1, t2} << "parse" << 0;
    QTest::newRow("none of the type")
        << QStringList {"classify"} << QStringList {t1} << "parse" << -1;
    QTest::newRow("no results") << QStringList {} << QStringList {} << "parse" << -1;
    QTest::newRow("an unknown type matches itself")
        << QStringList {"parse", "summarize"} << QStringList {t2, t1} << "summarize" << 1;
}

void TestProcessingResults::latestOfType()
{
    QFETCH(QStringList, types);
    QFETCH(QStringList, times);
    QFETCH(QString, type);
    QFETCH(int, expected);
    QJsonArray results;
    for (int i = 0; i < types.size(); ++i) {
        QJsonObject result = sampleResult(QStringLiteral("res-%1").arg(i));
        result.insert(u"job_type", types.at(i));
        result.insert(u"processed_at", times.at(i));
        results.append(result);
    }
    ItemProcessingResults read;
    QCOMPARE(ItemProcessingResults::fromJson(answer(results), &read), QString());
    const ProcessingResult *latest = read.latestOfType(type);
    if (expected < 0) {
        QVERIFY(!latest);
        return;
    }
    QVERIFY(latest);
    QCOMPARE(latest->resultId, QStringLiteral("res-%1").arg(expected));
}

void TestProcessingResults::createRequestBody()
{
    JobCreateRequest request;
    request.itemIds = QStringList {QStringLiteral("dfl-1"), QStringLiteral("dfl-\"2\"")};
    request.jobConfig = ParseConfig;
    QCOMPARE(request.validationError(), QString());
    QCOMPARE(request.toJson(),
             R"({"item_ids":["dfl-1","dfl-\"2\""],"job_config":)" + ParseConfig + "}");
    QJsonParseError error;
    QJsonDocument::fromJson(request.toJson(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);

    request.itemIds.reset();
    request.directoryId = QStringLiteral("dir-1");
    request.pageSize = 50;
    request.continueAsNewThreshold = 200;
    QCOMPARE(request.toJson(),
             R"({"directory_id":"dir-1","job_config":)" + ParseConfig
                 + R"(,"page_size":50,"continue_as_new_threshold":200})");
}

void TestProcessingResults::createRequestValidation_data()
{
    QTest::addColumn<QByteArray>("jobConfig");
    QTest::addColumn<QStringList>("itemIds"); // empty list: item_ids not set
    QTest::addColumn<int>("pageSize"); // 0: not set
    QTest::addColumn<QString>("problem");
    const QStringList one {QStringLiteral("dfl-1")};
    QTest::newRow("valid") << QByteArray("{}") << one << 0 << "";
    QTest::newRow("no job_config") << QByteArray() << one << 0 << "job_config is required.";
    QTest::newRow("job_config an array")
        << QByteArray("[1]") << one << 0 << "job_config must be a JSON object.";
    QTest::newRow("job_config not JSON")
        << QByteArray("{\"a\":}") << one << 0 << "job_config must be a JSON object.";
    QTest::newRow("neither items nor directory")
        << QByteArray("{}") << QStringList() << 0 << "Either directory_id or item_ids is required.";
    QTest::newRow("an empty item id") << QByteArray("{}") << QStringList {"dfl-1", " "} << 0
                                      << "item_ids must not contain an empty item ID.";
    QTest::newRow("page_size 0") << QByteArray("{}") << one << -1
                                 << "page_size must be between 1 and 1000.";
    QTest::newRow("page_size 1001")
        << QByteArray("{}") << one << 1001 << "page_size must be between 1 and 1000.";
}

void TestProcessingResults::createRequestValidation()
{
    QFETCH(QByteArray, jobConfig);
    QFETCH(QStringList, itemIds);
    QFETCH(int, pageSize);
    QFETCH(QString, problem);
    JobCreateRequest request;
    request.jobConfig = jobConfig;
    if (!itemIds.isEmpty())
        request.itemIds = itemIds;
    if (pageSize != 0)
        request.pageSize = std::max(pageSize, 0);
    QCOMPARE(request.validationError(), problem);
}

QTEST_MAIN(TestProcessingResults)
#include "tst_processingresults.moc"
