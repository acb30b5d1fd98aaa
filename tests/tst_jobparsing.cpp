#include "core/export/csvwriter.h"
#include "core/jobs/job.h"
#include "core/jobs/jobitem.h"
#include "core/json/isotime.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace BatchDeck;
using BatchDeck::Testing::sampleJobJson;

namespace {

QByteArray pageBody(const QJsonArray &items, const QJsonValue &total = QJsonValue::Undefined)
{
    QJsonObject body {{QStringLiteral("items"), items}};
    if (!total.isUndefined())
        body.insert(u"total_size", total);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJobParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField();
    void optionalFields_data();
    void optionalFields();
    void rejectsInvalidJobs_data();
    void rejectsInvalidJobs();
    void countsMustBeWholeAndFit_data();
    void countsMustBeWholeAndFit();
    void keepsUnknownEnumValues_data();
    void keepsUnknownEnumValues();
    void ignoresUnknownFields();
    void timestamps_data();
    void timestamps();
    void pageEnvelope_data();
    void pageEnvelope();
    void invalidJobsKeepTheirPosition();
    void statusAndCancelAnswers();
    void progressPercentageMustBeInRange_data();
    void progressPercentageMustBeInRange();
    void itemPages_data();
    void itemPages();
};

void TestJobParsing::readsEveryField()
{
    Job job;
    QCOMPARE(Job::fromJson(sampleJobJson(QStringLiteral("bjb-42")), &job), QString());
    QCOMPARE(job.id, QStringLiteral("bjb-42"));
    QCOMPARE(job.projectId, QStringLiteral("proj-1"));
    QCOMPARE(job.jobType, QStringLiteral("parse"));
    QCOMPARE(job.knownType(), JobType::Parse);
    QCOMPARE(job.status, QStringLiteral("completed"));
    QCOMPARE(job.knownStatus(), JobStatus::Completed);
    QCOMPARE(job.totalItems, 10);
    QCOMPARE(job.processedItems, 7);
    QCOMPARE(job.failedItems, 2);
    QCOMPARE(job.skippedItems, 1);
    QCOMPARE(toIsoUtc(job.createdAt), QStringLiteral("2026-01-01T01:00:00.000Z"));
    QCOMPARE(toIsoUtc(job.startedAt), QStringLiteral("2026-01-01T01:00:05.250Z"));
    QCOMPARE(toIsoUtc(job.completedAt), QStringLiteral("2026-01-01T01:37:16.557Z"));
    QCOMPARE(toIsoUtc(job.updatedAt), QStringLiteral("2026-01-01T01:37:16.557Z"));
    QCOMPARE(toIsoUtc(job.effectiveAt), QStringLiteral("2026-01-01T01:37:16.557Z"));
    QCOMPARE(job.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(job.directoryId, QStringLiteral("dir-1"));
    QCOMPARE(job.errorMessage, QStringLiteral("2 files failed"));
    QCOMPARE(job.jobRecordId, QStringLiteral("jr-1"));
    QCOMPARE(job.workflowId, QStringLiteral("wf-1"));
}

void TestJobParsing::optionalFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("sendNull");

    for (const char *field : {"processed_items", "failed_items", "skipped_items", "created_at",
                              "started_at", "completed_at", "updated_at", "effective_at",
                              "directory_id", "error_message", "job_record_id", "workflow_id"}) {
        QTest::addRow("%s absent", field) << QString::fromLatin1(field) << false;
    }
    // Counts have defaults and effective_at is optional in the spec; the SDKs read null as unset.
    for (const char *field : {"processed_items", "failed_items", "skipped_items", "effective_at",
                              "created_at", "started_at", "completed_at", "updated_at",
                              "directory_id", "error_message", "job_record_id", "workflow_id"}) {
        QTest::addRow("%s null", field) << QString::fromLatin1(field) << true;
    }
}

void TestJobParsing::optionalFields()
{
    QFETCH(QString, field);
    QFETCH(bool, sendNull);
    QJsonObject json = sampleJobJson();
    if (sendNull)
        json.insert(field, QJsonValue::Null);
    else
        json.remove(field);

    Job job;
    QCOMPARE(Job::fromJson(json, &job), QString());
    const QList<CsvCell> cells = JobCsvWriter::cellsFor(job);
    const qsizetype column = JobCsvWriter::header().indexOf(field);
    QVERIFY(column >= 0);
    // Counts fall back to the API's default of 0; everything else is empty, never guessed.
    QCOMPARE(cells.at(column).text, field.endsWith(u"_items") ? QStringLiteral("0") : QString());
}

void TestJobParsing::rejectsInvalidJobs_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // Undefined: remove the field

    QTest::newRow("id missing") << "id" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("id null") << "id" << QJsonValue(QJsonValue::Null);
    QTest::newRow("id a number") << "id" << QJsonValue(42);
    QTest::newRow("project_id missing") << "project_id" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("job_type missing") << "job_type" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("job_type an array") << "job_type" << QJsonValue(QJsonArray {});
    QTest::newRow("status missing") << "status" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("status a boolean") << "status" << QJsonValue(true);
    QTest::newRow("total_items missing") << "total_items" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("total_items a string") << "total_items" << QJsonValue(QStringLiteral("10"));
    QTest::newRow("total_items fractional") << "total_items" << QJsonValue(2.5);
    QTest::newRow("total_items null") << "total_items" << QJsonValue(QJsonValue::Null);
    QTest::newRow("failed_items a string") << "failed_items" << QJsonValue(QStringLiteral("x"));
    QTest::newRow("effective_at a number") << "effective_at" << QJsonValue(1700000000);
    QTest::newRow("created_at not a date")
        << "created_at" << QJsonValue(QStringLiteral("yesterday"));
    QTest::newRow("started_at a number") << "started_at" << QJsonValue(1700000000);
    QTest::newRow("error_message an object") << "error_message" << QJsonValue(QJsonObject {});
    QTest::newRow("workflow_id a number") << "workflow_id" << QJsonValue(7);
}

void TestJobParsing::rejectsInvalidJobs()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject json = sampleJobJson();
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);

    Job job;
    job.id = QStringLiteral("untouched");
    const QString error = Job::fromJson(json, &job);
    QVERIFY2(error.contains(u'"' + field + u'"'), qPrintable(error));
    QCOMPARE(job.id, QStringLiteral("untouched")); // nothing half-read is handed out
}

void TestJobParsing::countsMustBeWholeAndFit_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("sent"); // the number exactly as the server writes it
    QTest::addColumn<QString>("problem"); // empty: read as `expected`
    QTest::addColumn<qint64>("expected");

    QTest::newRow("zero") << "failed_items" << QByteArray("0") << "" << qint64(0);
    QTest::newRow("2^53 - 1 is the largest accepted")
        << "total_items" << QByteArray("9007199254740991") << "" << qint64(9007199254740991);
    QTest::newRow("a whole number written with a fraction")
        << "processed_items" << QByteArray("4.0") << "" << qint64(4);
    QTest::newRow("negative total")
        << "total_items" << QByteArray("-1") << "is negative (-1)" << qint64(0);
    QTest::newRow("negative processed")
        << "processed_items" << QByteArray("-3") << "is negative (-3)" << qint64(0);
    QTest::newRow("negative failed")
        << "failed_items" << QByteArray("-1") << "is negative" << qint64(0);
    QTest::newRow("negative skipped")
        << "skipped_items" << QByteArray("-7") << "is negative" << qint64(0);
    QTest::newRow("1.5") << "failed_items" << QByteArray("1.5") << "is not a whole number (1.5)"
                         << qint64(0);
    QTest::newRow("negative fraction")
        << "skipped_items" << QByteArray("-0.5") << "is not a whole number" << qint64(0);
    QTest::newRow("2^53") << "total_items" << QByteArray("9007199254740992") << "is too large"
                          << qint64(0);
    QTest::newRow("2^53 + 1") << "processed_items" << QByteArray("9007199254740993")
                              << "is too large" << qint64(0);
    QTest::newRow("beyond 64 bits")
        << "skipped_items" << QByteArray("99999999999999999999") << "is too large" << qint64(0);
    QTest::newRow("1e300") << "total_items" << QByteArray("1e300") << "is too large (1e+300"
                           << qint64(0);
    QTest::newRow("a string") << "processed_items" << QByteArray(R"("7")")
                              << "should be a whole number but is a string" << qint64(0);
    QTest::newRow("a boolean") << "failed_items" << QByteArray("true")
                               << "should be a whole number but is a boolean" << qint64(0);
}

void TestJobParsing::countsMustBeWholeAndFit()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, sent);
    QFETCH(QString, problem);
    QFETCH(qint64, expected);
    QJsonObject json = sampleJobJson();
    json.insert(field, QStringLiteral("@"));
    const QByteArray text =
        QJsonDocument(json).toJson(QJsonDocument::Compact).replace(R"("@")", sent);
    const QJsonDocument document = QJsonDocument::fromJson(text);
    QVERIFY2(document.isObject(), text.constData());

    Job job;
    const QString error = Job::fromJson(document.object(), &job);
    if (problem.isEmpty()) {
        QCOMPARE(error, QString());
        const qint64 read = field == u"total_items" ? job.totalItems
            : field == u"processed_items"           ? job.processedItems
            : field == u"failed_items"              ? job.failedItems
                                                    : job.skippedItems;
        QCOMPARE(read, expected);
        return;
    }
    QVERIFY2(error.startsWith(QStringLiteral("field \"%1\" %2").arg(field, problem)),
             qPrintable(error));

    // On a page, such a job is counted as unreadable, never exported with a wrong count.
    JobPage page;
    QCOMPARE(JobPage::fromJson("{\"items\":[" + text + "]}", 0, &page), QString());
    QCOMPARE(page.jobs.size(), 0);
    QCOMPARE(page.invalidJobs.size(), 1);
}

void TestJobParsing::keepsUnknownEnumValues_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("new status") << "status"
                                << "paused";
    QTest::newRow("new job type") << "job_type"
                                  << "split";
}

void TestJobParsing::keepsUnknownEnumValues()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QJsonObject json = sampleJobJson();
    json.insert(field, value);
    Job job;
    QCOMPARE(Job::fromJson(json, &job), QString());
    if (field == u"status") {
        QCOMPARE(job.status, value);
        QCOMPARE(job.knownStatus(), JobStatus::Unknown);
    } else {
        QCOMPARE(job.jobType, value);
        QCOMPARE(job.knownType(), JobType::Unknown);
    }
}

void TestJobParsing::ignoresUnknownFields()
{
    QJsonObject json = sampleJobJson();
    json.insert(u"priority", 5);
    json.insert(u"labels", QJsonArray {QStringLiteral("a")});
    Job withExtras;
    Job plain;
    QCOMPARE(Job::fromJson(json, &withExtras), QString());
    QCOMPARE(Job::fromJson(sampleJobJson(), &plain), QString());
    QCOMPARE(withExtras, plain);
}

void TestJobParsing::timestamps_data()
{
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Z with milliseconds") << "2019-12-27T18:11:19.117Z"
                                         << "2019-12-27T18:11:19.117Z";
    QTest::newRow("Z without fraction") << "2019-12-27T18:11:19Z"
                                        << "2019-12-27T18:11:19.000Z";
    QTest::newRow("microseconds (Python)") << "2019-12-27T18:11:19.117999+00:00"
                                           << "2019-12-27T18:11:19.117Z";
    QTest::newRow("positive offset") << "2019-12-27T20:11:19.117+02:00"
                                     << "2019-12-27T18:11:19.117Z";
    QTest::newRow("negative offset crossing midnight") << "2019-12-27T23:30:00.000-05:00"
                                                       << "2019-12-28T04:30:00.000Z";
    QTest::newRow("no zone is UTC") << "2019-12-27T18:11:19.117"
                                    << "2019-12-27T18:11:19.117Z";
}

void TestJobParsing::timestamps()
{
    QFETCH(QString, sent);
    QFETCH(QString, expected);
    QJsonObject json = sampleJobJson();
    json.insert(u"created_at", sent);
    Job job;
    QCOMPARE(Job::fromJson(json, &job), QString());
    QCOMPARE(toIsoUtc(job.createdAt), expected);
}

void TestJobParsing::pageEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("jobs");
    QTest::addColumn<qint64>("total"); // -1: not given
    QTest::addColumn<QString>("error");

    const QJsonArray two {sampleJobJson(QStringLiteral("a")), sampleJobJson(QStringLiteral("b"))};
    QTest::newRow("total present") << pageBody(two, 7) << 2 << qint64(7) << "";
    QTest::newRow("total null") << pageBody(two, QJsonValue::Null) << 2 << qint64(-1) << "";
    QTest::newRow("total absent") << pageBody(two) << 2 << qint64(-1) << "";
    QTest::newRow("empty items") << pageBody({}, 0) << 0 << qint64(0) << "";
    QTest::newRow("next_page_token ignored")
        << QByteArray(R"({"items":[],"next_page_token":"abc","total_size":null})") << 0
        << qint64(-1) << "";
    QTest::newRow("items missing")
        << QByteArray(R"({"total_size":3})") << 0 << qint64(-1) << "\"items\" is missing";
    QTest::newRow("items not an array")
        << QByteArray(R"({"items":{}})") << 0 << qint64(-1) << "should be an array";
    QTest::newRow("total a string")
        << QByteArray(R"({"items":[],"total_size":"3"})") << 0 << qint64(-1) << "total_size";
    QTest::newRow("total negative") << QByteArray(R"({"items":[],"total_size":-2})") << 0
                                    << qint64(-1) << "\"total_size\" is negative";
    QTest::newRow("total fractional") << QByteArray(R"({"items":[],"total_size":2.5})") << 0
                                      << qint64(-1) << "\"total_size\" is not a whole number";
    QTest::newRow("total too large") << QByteArray(R"({"items":[],"total_size":1e300})") << 0
                                     << qint64(-1) << "\"total_size\" is too large";
    QTest::newRow("total negative fraction")
        << QByteArray(R"({"items":[],"total_size":-0.5})") << 0 << qint64(-1)
        << "field \"total_size\" is not a whole number (-0.5)";
    QTest::newRow("total 2^53, past the exact range")
        << QByteArray(R"({"items":[],"total_size":9007199254740992})") << 0 << qint64(-1)
        << "field \"total_size\" is too large";
    QTest::newRow("HTML instead of JSON")
        << QByteArray("<html>502 Bad Gateway</html>") << 0 << qint64(-1) << "not JSON";
    QTest::newRow("empty body") << QByteArray() << 0 << qint64(-1) << "empty";
    QTest::newRow("JSON array") << QByteArray("[]") << 0 << qint64(-1) << "not a JSON object";
}

void TestJobParsing::pageEnvelope()
{
    QFETCH(QByteArray, body);
    QFETCH(int, jobs);
    QFETCH(qint64, total);
    QFETCH(QString, error);
    JobPage page;
    const QString problem = JobPage::fromJson(body, 0, &page);
    if (!error.isEmpty()) {
        QVERIFY2(problem.contains(error), qPrintable(problem));
        return;
    }
    QCOMPARE(problem, QString());
    QCOMPARE(page.jobs.size(), jobs);
    QCOMPARE(page.totalSize.value_or(-1), total);
}

void TestJobParsing::invalidJobsKeepTheirPosition()
{
    QJsonObject broken = sampleJobJson(QStringLiteral("b"));
    broken.remove(u"status");
    const QJsonArray items {sampleJobJson(QStringLiteral("a")), broken, QJsonValue(3),
                            sampleJobJson(QStringLiteral("d"))};
    JobPage page;
    QCOMPARE(JobPage::fromJson(pageBody(items), 200, &page), QString());
    QCOMPARE(page.jobs.size(), 2);
    QCOMPARE(page.itemCount(), 4);
    QCOMPARE(page.invalidJobs.size(), 2);
    QCOMPARE(page.invalidJobs.at(0).position, 201);
    QVERIFY(page.invalidJobs.at(0).describe().contains(u"position 202"));
    QVERIFY(page.invalidJobs.at(0).describe().contains(u"\"status\" is missing"));
    QCOMPARE(page.invalidJobs.at(1).position, 202);
    QVERIFY(page.invalidJobs.at(1).describe().contains(u"not an object"));
}

void TestJobParsing::statusAndCancelAnswers()
{
    JobStatusResult status;
    const QJsonObject statusJson {{QStringLiteral("job"), sampleJobJson()},
                                  {QStringLiteral("progress_percentage"), 42.5}};
    QCOMPARE(JobStatusResult::fromJson(QJsonDocument(statusJson).toJson(), &status), QString());
    QCOMPARE(status.progressPercentage, 42.5);
    QCOMPARE(status.job.id, QStringLiteral("bjb-0001"));

    JobStatusResult missing;
    QVERIFY(JobStatusResult::fromJson(R"({"job":{}})", &missing).contains(u"\"id\""));
    QVERIFY(JobStatusResult::fromJson(
                QJsonDocument(QJsonObject {{QStringLiteral("job"), sampleJobJson()}}).toJson(),
                &missing)
                .contains(u"progress_percentage"));

    CancelResult cancel;
    QCOMPARE(
        CancelResult::fromJson(
            R"({"job_id":"j","status":"cancelled","processed_items":3,"message":"ok"})", &cancel),
        QString());
    QCOMPARE(cancel.status, QStringLiteral("cancelled"));
    QCOMPARE(cancel.processedItems, 3);
    QVERIFY(CancelResult::fromJson(R"({"job_id":"j","status":"cancelled","message":"ok"})", &cancel)
                .contains(u"processed_items"));
    QVERIFY(
        CancelResult::fromJson(
            R"({"job_id":"j","status":"cancelled","processed_items":-1,"message":"ok"})", &cancel)
            .contains(u"\"processed_items\" is negative"));
}

void TestJobParsing::progressPercentageMustBeInRange_data()
{
    QTest::addColumn<QByteArray>("percentage"); // as written in the body
    QTest::addColumn<QString>("problem"); // empty: read
    const QString outOfRange = QStringLiteral(
        "field \"progress_percentage\" is out of range (%1; the API allows 0 to 100)");
    QTest::newRow("1e300: a 300-digit percentage")
        << QByteArray("1e300") << outOfRange.arg(QStringLiteral("1e+300"));
    QTest::newRow("-5") << QByteArray("-5") << outOfRange.arg(QStringLiteral("-5"));
    QTest::newRow("101") << QByteArray("101") << outOfRange.arg(QStringLiteral("101"));
    QTest::newRow("-1e-300: below 0 however little")
        << QByteArray("-1e-300") << outOfRange.arg(QStringLiteral("-1e-300"));
    QTest::newRow("a string") << QByteArray("\"50\"")
                              << QStringLiteral("field \"progress_percentage\" should be a "
                                                "number but is a string");
    QTest::newRow("0") << QByteArray("0") << QString();
    QTest::newRow("-0") << QByteArray("-0") << QString();
    QTest::newRow("100") << QByteArray("100") << QString();
    QTest::newRow("33.3") << QByteArray("33.3") << QString();
}

void TestJobParsing::progressPercentageMustBeInRange()
{
    QFETCH(QByteArray, percentage);
    QFETCH(QString, problem);
    const QByteArray body = R"({"job":)"
        + QJsonDocument(sampleJobJson()).toJson(QJsonDocument::Compact)
        + R"(,"progress_percentage":)" + percentage + '}';
    JobStatusResult status;
    status.progressPercentage = -1; // left alone when the answer is refused
    QCOMPARE(JobStatusResult::fromJson(body, &status), problem);
    if (problem.isEmpty())
        QCOMPARE(status.progressPercentage, percentage.toDouble());
    else
        QCOMPARE(status.progressPercentage, -1.0);
}

void TestJobParsing::itemPages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("items");
    QTest::addColumn<QList<qint64>>("invalidPositions"); // absolute, the page starting at 100
    QTest::addColumn<QString>("error"); // the first invalid item's problem, or the page's
    const QByteArray item =
        R"({"item_id":"i1","item_name":"a.pdf","status":"failed","error_message":"corrupt","skip_reason":null})";
    QTest::newRow("one item") << QByteArray(R"({"items":[)" + item + R"(],"total_size":1})") << 1
                              << QList<qint64>() << "";
    QTest::newRow("no fields at all") << QByteArray("{}") << 0 << QList<qint64>() << "";
    QTest::newRow("items null") << QByteArray(R"({"items":null})") << 0 << QList<qint64>() << "";
    QTest::newRow("effective_at null") << QByteArray(
        R"({"items":[{"item_id":"i1","item_name":"a.pdf","status":"failed","error_message":"corrupt","effective_at":null}]})")
                                       << 1 << QList<qint64>() << "";
    QTest::newRow("item without name")
        << QByteArray(R"({"items":[{"item_id":"i","status":"failed"}]})") << 0
        << QList<qint64> {100} << "position 101 could not be read: field \"item_name\" is missing";
    QTest::newRow("one bad item among good ones keeps the good ones")
        << QByteArray(R"({"items":[)" + item + R"(,{"item_id":"i2","item_name":"b.pdf"},)" + item
                      + R"(,7],"total_size":4})")
        << 2 << QList<qint64> {101, 103} << "position 102 could not be read: field \"status\"";
    QTest::newRow("total negative") << QByteArray(R"({"items":[],"total_size":-1})") << 0
                                    << QList<qint64>() << "\"total_size\" is negative";
    QTest::newRow("total fractional")
        << QByteArray(R"({"items":[],"total_size":2.5})") << 0 << QList<qint64>()
        << "field \"total_size\" is not a whole number (2.5)";
    QTest::newRow("total negative fraction")
        << QByteArray(R"({"items":[],"total_size":-0.5})") << 0 << QList<qint64>()
        << "field \"total_size\" is not a whole number (-0.5)";
    QTest::newRow("total too large")
        << QByteArray(R"({"items":[],"total_size":1e300})") << 0 << QList<qint64>()
        << "field \"total_size\" is too large (1e+300";
    QTest::newRow("total a string")
        << QByteArray(R"({"items":[],"total_size":"3"})") << 0 << QList<qint64>()
        << "field \"total_size\" should be a whole number but is a string";
}

void TestJobParsing::itemPages()
{
    QFETCH(QByteArray, body);
    QFETCH(int, items);
    QFETCH(QList<qint64>, invalidPositions);
    QFETCH(QString, error);
    ItemPage page;
    const QString problem = ItemPage::fromJson(body, 100, &page);
    if (!error.isEmpty() && invalidPositions.isEmpty()) {
        QVERIFY2(problem.contains(error), qPrintable(problem));
        return;
    }
    QCOMPARE(problem, QString());
    QCOMPARE(page.items.size(), items);
    QList<qint64> positions;
    for (const InvalidItem &invalid : page.invalidItems)
        positions << invalid.position;
    QCOMPARE(positions, invalidPositions);
    QCOMPARE(page.itemCount(), qint64(items + invalidPositions.size()));
    if (!invalidPositions.isEmpty()) {
        const QString described = page.invalidItems.first().describe();
        QVERIFY2(described.contains(error), qPrintable(described));
    }
    if (items) {
        QCOMPARE(page.items.first().errorMessage, QStringLiteral("corrupt"));
        QCOMPARE(page.items.first().knownStatus(), ItemStatus::Failed);
        QVERIFY(page.items.first().skipReason.isNull());
    }
}

QTEST_GUILESS_MAIN(TestJobParsing)
#include "tst_jobparsing.moc"
