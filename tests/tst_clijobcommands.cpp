// batchdeck-cli job, items and cancel, and JSON Lines output, against real HTTP on 127.0.0.1:
// per-test servers that record every request, and the demo server.
#include "clitesting.h"
#include "demo/demoserver.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QString JobId = QStringLiteral("bjb-123e4567-e89b-12d3-a456-426614174000");
const QString ProjectId = QStringLiteral("00000000-0000-4000-8000-000000000001");
const QString OrganizationId = QStringLiteral("00000000-0000-4000-8000-000000000002");
const QString JobPath = QStringLiteral("/api/v1/beta/batch-processing/") + JobId;

QJsonObject itemJson(int number)
{
    return {{QStringLiteral("item_id"), QStringLiteral("itm-%1").arg(number)},
            {QStringLiteral("item_name"), QStringLiteral("file %1.pdf").arg(number)},
            {QStringLiteral("status"), QStringLiteral("failed")},
            {QStringLiteral("started_at"), QStringLiteral("2026-01-02T03:04:05.250+01:00")},
            {QStringLiteral("completed_at"), QJsonValue::Null},
            {QStringLiteral("error_message"), QStringLiteral("=bad, \"page\" %1").arg(number)}};
}

// `count` items numbered from `first`; `broken` (a number in that range) lacks item_name.
QJsonObject itemPage(int first, int count, std::optional<qint64> total, int broken = -1)
{
    QJsonArray items;
    for (int number = first; number < first + count; ++number) {
        QJsonObject item = itemJson(number);
        if (number == broken)
            item.remove(u"item_name");
        items.append(item);
    }
    QJsonObject page {{QStringLiteral("items"), items}};
    if (total)
        page.insert(u"total_size", *total);
    return page;
}

// The API of one job: its status, its items (`itemCount`, by offset and limit, with
// total_size), and cancel, which answers `cancelStatus`.
TestHttpServer::Handler jobApi(int itemCount, int cancelStatus = 200, int brokenItem = -1)
{
    return [=](const TestRequest &request) {
        if (request.path == JobPath && request.method == "GET") {
            QJsonObject job = sampleJobJson(JobId); // running: no end, no error yet
            job.insert(u"status", QStringLiteral("running"));
            job.remove(u"completed_at");
            job.insert(u"error_message", QJsonValue::Null);
            return TestResponse::json(200,
                                      QJsonObject {{QStringLiteral("job"), job},
                                                   {QStringLiteral("progress_percentage"), 62.5}});
        }
        if (request.path == JobPath + u"/items") {
            const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
            const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
            const int count = std::max(0, std::min(limit, itemCount - offset));
            return TestResponse::json(200, itemPage(offset + 1, count, itemCount, brokenItem));
        }
        if (request.path == JobPath + u"/cancel" && request.method == "POST") {
            if (cancelStatus == 409) {
                return TestResponse::json(
                    409,
                    QJsonObject {{QStringLiteral("detail"),
                                  QStringLiteral("Job already completed; nothing to "
                                                 "cancel.")}});
            }
            return TestResponse::json(
                200,
                QJsonObject {{QStringLiteral("job_id"), JobId},
                             {QStringLiteral("status"), QStringLiteral("cancelled")},
                             {QStringLiteral("processed_items"), 7},
                             {QStringLiteral("message"), QStringLiteral("Cancelled.")}});
        }
        return TestResponse::json(
            404, QJsonObject {{QStringLiteral("detail"), QStringLiteral("Not Found")}});
    };
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

} // namespace

class TestCliJobCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void commandsAnswer_data();
    void commandsAnswer();
    void jsonLinesCarryTheApiFields_data();
    void jsonLinesCarryTheApiFields();
    void usageErrorsNameTheProblem_data();
    void usageErrorsNameTheProblem();
    void failuresExitWithOneSentence_data();
    void failuresExitWithOneSentence();
    void answerAboutAnotherJobIsRefused_data();
    void answerAboutAnotherJobIsRefused();
    void unreadableItemStopsTheItems();
    void itemPagesThatDoNotAddUp_data();
    void itemPagesThatDoNotAddUp();
    void demoJobAndItems();
    void help_data();
    void help();

private:
    // `command` JOB_ID against `server`, scoped to a project and organization.
    QStringList against(const TestHttpServer &server, const QString &command,
                        const QStringList &extra = {}) const
    {
        return QStringList {command,
                            JobId,
                            QStringLiteral("--base-url"),
                            server.baseUrl().toString(),
                            QStringLiteral("--api-key"),
                            QStringLiteral("sk-commands"),
                            QStringLiteral("--max-retries"),
                            QStringLiteral("0"),
                            QStringLiteral("--project-id"),
                            ProjectId,
                            QStringLiteral("--organization-id"),
                            OrganizationId}
        + extra;
    }

    CliRunner m_cli;
};

void TestCliJobCommands::initTestCase()
{
    QVERIFY2(m_cli.isReady(), "BATCHDECK_CLI must name the built batchdeck-cli");
}

void TestCliJobCommands::init()
{
    m_cli.removeFiles();
}

void TestCliJobCommands::commandsAnswer_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QStringList>("expected"); // lines of standard output, in order
    QTest::newRow("job: aligned text")
        << "job" << QStringList {} << 1
        << strings({"ID:        bjb-123e4567-e89b-12d3-a456-426614174000", "Type:      parse",
                    "Status:    running", "Items:     7 processed, 2 failed, 1 skipped of 10",
                    "Progress:  62.5%", "Completed: -"});
    QTest::newRow("items: CSV across three pages, then the empty page that ends the list")
        << "items" << strings({"--page-size", "2"}) << 4
        << strings({"item_id,item_name,status,error_message,skip_reason,started_at,completed_at,"
                    "effective_at,job_id,job_record_id",
                    "itm-1,file 1.pdf,failed,\"'=bad, \"\"page\"\" 1\",,"
                    "2026-01-02T02:04:05.250Z,,,,",
                    "itm-5,file 5.pdf,failed,"});
    QTest::newRow("items --status: sent on (and an empty page ends the list)")
        << "items" << strings({"--status", "failed", "--page-size", "1000"}) << 2
        << strings({"item_id,", "itm-5,"});
    QTest::newRow("cancel: the server's answer in one line")
        << "cancel" << strings({"--reason", "wrong folder"}) << 1
        << strings({"Job bjb-123e4567-e89b-12d3-a456-426614174000: cancelled, 7 items "
                    "processed. Cancelled."});
}

void TestCliJobCommands::commandsAnswer()
{
    QFETCH(QString, command);
    QFETCH(QStringList, extra);
    QFETCH(int, requests);
    QFETCH(QStringList, expected);
    TestHttpServer server(jobApi(5));
    const CliRun result = m_cli.run(against(server, command, extra));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QString out = QString::fromUtf8(result.out);
    qsizetype from = 0;
    for (const QString &line : expected) {
        const qsizetype at = out.indexOf(line, from);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("\"%1\" not in order in:\n%2").arg(line, out)));
        from = at + line.size();
    }
    QCOMPARE(server.requests().size(), requests);
    for (const TestRequest &request : server.requests()) {
        QCOMPARE(request.query.queryItemValue(QStringLiteral("project_id")), ProjectId);
        QCOMPARE(request.query.queryItemValue(QStringLiteral("organization_id")), OrganizationId);
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer sk-commands"));
        if (extra.contains(u"--status"))
            QCOMPARE(request.query.queryItemValue(QStringLiteral("status")), u"failed");
    }
    if (command == u"cancel") {
        const QJsonObject body = QJsonDocument::fromJson(server.requests().first().body).object();
        QCOMPARE(body.value(u"reason").toString(), QStringLiteral("wrong folder"));
    }
}

void TestCliJobCommands::jsonLinesCarryTheApiFields_data()
{
    QTest::addColumn<QStringList>("arguments"); // the server's URL is appended
    QTest::addColumn<QString>("firstKey"); // the line starts with it: the API's order
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<int>("lines");
    QTest::addColumn<QString>("absentText"); // a text field the first record lacks
    const QStringList jobKeys = strings(
        {"id", "job_type", "status", "project_id", "directory_id", "total_items", "processed_items",
         "failed_items", "skipped_items", "created_at", "started_at", "completed_at", "updated_at",
         "effective_at", "error_message", "job_record_id", "workflow_id"});
    QTest::newRow("export --format json")
        << strings({"export", "--format", "json", "--page-size", "2"}) << "id" << jobKeys << 3
        << "workflow_id";
    QTest::newRow("items --format json")
        << QStringList {QStringLiteral("items"), JobId, QStringLiteral("--format"),
                        QStringLiteral("json")}
        << "item_id"
        << strings({"item_id", "item_name", "status", "error_message", "skip_reason", "started_at",
                    "completed_at", "effective_at", "job_id", "job_record_id"})
        << 5 << "skip_reason";
    QTest::newRow("job --format json")
        << QStringList {QStringLiteral("job"), JobId, QStringLiteral("--format"),
                        QStringLiteral("json")}
        << "id" << jobKeys + strings({"progress_percentage"}) << 1 << "error_message";
}

void TestCliJobCommands::jsonLinesCarryTheApiFields()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, firstKey);
    QFETCH(QStringList, keys);
    QFETCH(int, lines);
    QFETCH(QString, absentText);
    TestHttpServer server([](const TestRequest &request) {
        if (request.path.endsWith(u"batch-processing")) {
            const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
            QJsonObject page = jobListJson(offset, std::max(0, std::min(2, 3 - offset)), 3);
            QJsonArray jobs = page.value(u"items").toArray();
            if (jobs.isEmpty()) // the empty page that ends the list
                return TestResponse::json(200, page);
            QJsonObject first = jobs.at(0).toObject();
            first.insert(u"error_message", QStringLiteral("line 1\nline \"2\" =x"));
            first.insert(u"completed_at", QJsonValue::Null);
            first.remove(u"workflow_id");
            jobs.replace(0, first);
            page.insert(u"items", jobs);
            return TestResponse::json(200, page);
        }
        return jobApi(5)(request);
    });
    const CliRun result =
        m_cli.run(arguments
                  + QStringList {QStringLiteral("--base-url"), server.baseUrl().toString(),
                                 QStringLiteral("--api-key"), QStringLiteral("k")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.endsWith('\n'));
    const QList<QByteArray> jsonLines = result.out.chopped(1).split('\n');
    QCOMPARE(jsonLines.size(), lines);
    for (const QByteArray &line : jsonLines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), line.constData());
        const QJsonObject object = document.object();
        QStringList sortedKeys = keys;
        sortedKeys.sort();
        QCOMPARE(object.keys(), sortedKeys);
        QVERIFY2(line.startsWith(QByteArray("{\"" + firstKey.toUtf8() + "\":")), line.constData());
        for (const char *time : {"created_at", "started_at", "effective_at"}) {
            const QJsonValue value = object.value(QLatin1String(time));
            QVERIFY(value.isUndefined() || value.isNull() || value.toString().endsWith(u'Z'));
        }
    }
    // Each case sends one record without completed_at and without a text field (null or
    // absent): null, not "".
    const QJsonObject first = QJsonDocument::fromJson(jsonLines.first()).object();
    QVERIFY(first.value(u"completed_at").isNull());
    QVERIFY(first.value(absentText).isNull());
    if (firstKey == u"id" && lines == 3) {
        QCOMPARE(first.value(u"error_message").toString(),
                 QStringLiteral("line 1\nline \"2\" =x")); // as sent: no formula guard
        QCOMPARE(first.value(u"total_items").type(), QJsonValue::Double);
    }
    if (lines == 1)
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"progress_percentage"),
                 QJsonValue(62.5));
}

void TestCliJobCommands::usageErrorsNameTheProblem_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    for (const char *command : {"job", "items", "cancel"}) {
        const QString name = QString::fromLatin1(command);
        QTest::addRow("%s: JOB_ID not an ID", command)
            << QStringList {name, QStringLiteral("../../etc"), QStringLiteral("--demo")}
            << "JOB_ID";
        QTest::addRow("%s: JOB_ID missing", command)
            << QStringList {name, QStringLiteral("--demo")} << "Missing JOB_ID";
        QTest::addRow("%s: --project-id not a UUID", command)
            << QStringList {name, JobId, QStringLiteral("--demo"), QStringLiteral("--project-id"),
                            QStringLiteral("p")}
            << "--project-id";
        QTest::addRow("%s: --timeout 0", command)
            << QStringList {name, JobId, QStringLiteral("--demo"), QStringLiteral("--timeout"),
                            QStringLiteral("0")}
            << "--timeout";
        QTest::addRow("%s: no API key", command) << QStringList {name, JobId} << "--api-key";
    }
    QTest::newRow("export --format xml")
        << strings({"export", "--demo", "--format", "xml"}) << "--format";
    QTest::newRow("items --format text")
        << QStringList {QStringLiteral("items"), JobId, QStringLiteral("--demo"),
                        QStringLiteral("--format"), QStringLiteral("text")}
        << "--format";
    QTest::newRow("job --format csv")
        << QStringList {QStringLiteral("job"), JobId, QStringLiteral("--demo"),
                        QStringLiteral("--format"), QStringLiteral("csv")}
        << "--format";
    QTest::newRow("export --bom with json")
        << strings({"export", "--demo", "--format", "json", "--bom"}) << "--bom";
    QTest::newRow("items --status unknown")
        << QStringList {QStringLiteral("items"), JobId, QStringLiteral("--demo"),
                        QStringLiteral("--status"), QStringLiteral("running")}
        << "--status";
}

void TestCliJobCommands::usageErrorsNameTheProblem()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const CliRun result = m_cli.run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(named), qPrintable(result.err));
    QVERIFY(result.err.startsWith(u"batchdeck-cli: "));
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(result.out.isEmpty());
}

void TestCliJobCommands::failuresExitWithOneSentence_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString notFound = QStringLiteral("Job %1 was not found (HTTP 404: Batch job not found). "
                                            "Check the job ID, and --project-id")
                                 .arg(JobId);
    for (const char *command : {"job", "items", "cancel"}) {
        QTest::addRow("%s: 404", command) << command << 404 << 1 << notFound;
        QTest::addRow("%s: 401", command) << command << 401 << 3 << "did not accept the API key";
    }
    QTest::newRow("cancel: 409 in the server's words")
        << "cancel" << 409 << 1
        << QStringLiteral("Job %1 was not cancelled: Job already completed; nothing to cancel.")
               .arg(JobId);
}

void TestCliJobCommands::failuresExitWithOneSentence()
{
    QFETCH(QString, command);
    QFETCH(int, status);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    TestHttpServer server([&](const TestRequest &request) {
        if (status == 409)
            return jobApi(5, 409)(request);
        return TestResponse::json(
            status,
            QJsonObject {{QStringLiteral("detail"),
                          status == 404 ? QStringLiteral("Batch job not found")
                                        : QStringLiteral("Invalid authentication token")}});
    });
    const QStringList output {QStringLiteral("--output"), QStringLiteral("x")};
    const CliRun result =
        m_cli.run(against(server, command, command == u"items" ? output : QStringList {}));
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!result.err.contains(u"sk-commands"));
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY(m_cli.files().isEmpty());
    QCOMPARE(server.requests().size(), 1); // 404, 401 and 409 are final
}

void TestCliJobCommands::answerAboutAnotherJobIsRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("answer"); // the body of every 200 answer
    QTest::addColumn<QString>("message"); // on standard error
    const QString otherJob = QStringLiteral("bjb-99999999-9999-4999-8999-999999999999");
    const QByteArray otherStatus = R"({"job":)"
        + QJsonDocument(sampleJobJson(otherJob)).toJson(QJsonDocument::Compact)
        + R"(,"progress_percentage":100})";
    const QString statusMismatch =
        QStringLiteral("Asked about job %1, but the server answered about job %2.")
            .arg(JobId, otherJob);
    QTest::newRow("job status answers about another job")
        << "job" << QStringList {} << otherStatus << statusMismatch;
    QTest::newRow("job --format json: status answers about another job")
        << "job" << strings({"--format", "json"}) << otherStatus << statusMismatch;
    QTest::newRow("cancel answers about another job")
        << "cancel" << QStringList {}
        << QJsonDocument(QJsonObject {{QStringLiteral("job_id"), otherJob},
                                      {QStringLiteral("status"), QStringLiteral("cancelled")},
                                      {QStringLiteral("processed_items"), 7},
                                      {QStringLiteral("message"), QStringLiteral("Cancelled.")}})
               .toJson(QJsonDocument::Compact)
        << QStringLiteral("Asked to cancel job %1, but the server answered about job %2, so "
                          "whether job %1 was cancelled is not known.")
               .arg(JobId, otherJob);
    // A percentage out of its documented range is no percentage: nothing is printed.
    for (const char *percentage : {"1e300", "-5", "101"}) {
        const QByteArray body = R"({"job":)"
            + QJsonDocument(sampleJobJson(JobId)).toJson(QJsonDocument::Compact)
            + R"(,"progress_percentage":)" + percentage + '}';
        QTest::addRow("job: progress %s", percentage)
            << "job" << QStringList {} << body
            << QStringLiteral("field \"progress_percentage\" is out of range");
    }
}

void TestCliJobCommands::answerAboutAnotherJobIsRefused()
{
    QFETCH(QString, command);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, answer);
    QFETCH(QString, message);
    TestHttpServer server([&](const TestRequest &) { return TestResponse::json(200, answer); });
    const CliRun result = m_cli.run(against(server, command, extra));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY2(result.out.isEmpty(), result.out.constData()); // nothing as if it were the job
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().first().path.startsWith(JobPath));
}

void TestCliJobCommands::unreadableItemStopsTheItems()
{
    // The second page of three holds item 4 broken. One page after another, so the requests
    // show where paging stopped (with pages in flight, those already asked reach the server).
    TestHttpServer server(jobApi(7, 200, 4));
    const QStringList arguments = against(
        server, QStringLiteral("items"),
        {QStringLiteral("--page-size"), QStringLiteral("3"), QStringLiteral("--concurrency"),
         QStringLiteral("1"), QStringLiteral("--output"), QStringLiteral("items.csv")});
    const CliRun strict = m_cli.run(arguments);
    QCOMPARE(strict.exitCode, 1);
    QVERIFY2(strict.err.contains(u"the item at position 4 could not be read")
                 && strict.err.contains(u"item_name"),
             qPrintable(strict.err));
    QCOMPARE(strict.err.count(u'\n'), 1);
    QVERIFY(m_cli.files().isEmpty()); // nothing half-written

    const CliRun lenient = m_cli.run(arguments + QStringList {QStringLiteral("--skip-invalid")});
    QVERIFY2(lenient.exitCode == 0, qPrintable(lenient.err));
    QVERIFY2(lenient.err.contains(u"Skipped: the item at position 4"), qPrintable(lenient.err));
    QCOMPARE(m_cli.readFile(QStringLiteral("items.csv")).count("\r\nitm-"), 6);
    // strict stops at the broken page; lenient reads on to the empty page that ends the list
    QCOMPARE(server.requests().size(), 2 + 4);
}

void TestCliJobCommands::itemPagesThatDoNotAddUp_data()
{
    QTest::addColumn<int>("server");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("message");
    QTest::newRow("oversized, then short pages, then an empty page: every item once")
        << 0 << 0 << 9 << "";
    QTest::newRow("an empty page before total_size: the list's end, the estimate told")
        << 1 << 0 << 4 << "The server estimated 10 items; 4 were listed.";
    QTest::newRow("an item again on the next page under a steady total: written once, exit 4")
        << 2 << 4 << 6 << "so 1 item may be missing";
    QTest::newRow("the same page again") << 3 << 1 << -1 << "same page of items again";
}

void TestCliJobCommands::itemPagesThatDoNotAddUp()
{
    QFETCH(int, server);
    QFETCH(int, exitCode);
    QFETCH(int, rows);
    QFETCH(QString, message);
    TestHttpServer http([server](const TestRequest &request) {
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        switch (server) {
        case 0: // asked for 4: 6, then 2, then 1, then none
            return TestResponse::json(200,
                                      itemPage(offset + 1,
                                               std::max(0,
                                                        std::min(offset == 0       ? 6
                                                                     : offset == 6 ? 2
                                                                                   : 1,
                                                                 9 - offset)),
                                               9));
        case 1:
            return TestResponse::json(200, itemPage(offset + 1, offset == 0 ? 4 : 0, 10));
        case 2: // the second page starts with the first page's last item; then the end
            return TestResponse::json(200,
                                      offset == 0       ? itemPage(1, 4, 7)
                                          : offset == 4 ? itemPage(offset, 3, 7)
                                                        : itemPage(0, 0, 7));
        default:
            return TestResponse::json(200, itemPage(1, 4, 20));
        }
    });
    const CliRun result =
        m_cli.run(against(http, QStringLiteral("items"),
                          {QStringLiteral("--page-size"), QStringLiteral("4"),
                           QStringLiteral("--output"), QStringLiteral("items.csv")}));
    QCOMPARE(result.exitCode, exitCode);
    if (message.isEmpty())
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    else
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    if (rows >= 0)
        QCOMPARE(m_cli.readFile(QStringLiteral("items.csv")).count("\r\nitm-"), rows);
    else
        QVERIFY(m_cli.files().isEmpty());
}

void TestCliJobCommands::demoJobAndItems()
{
    const CliRun list = m_cli.run(
        strings({"export", "--demo", "--status", "failed", "--max-rows", "1", "--format", "json"}));
    QCOMPARE(list.exitCode, 0);
    const QJsonObject job = QJsonDocument::fromJson(list.out).object();
    const QString id = job.value(u"id").toString();

    const CliRun status = m_cli.run({QStringLiteral("job"), id, QStringLiteral("--demo")});
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QVERIFY(status.out.contains("Status:    failed"));
    QVERIFY(status.out.contains("Error:     "));

    const CliRun items = m_cli.run({QStringLiteral("items"), id, QStringLiteral("--demo"),
                                    QStringLiteral("--page-size"), QStringLiteral("7"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(items.exitCode == 0, qPrintable(items.err));
    QCOMPARE(items.out.count('\n'), job.value(u"total_items").toInteger());

    const CliRun cancel = m_cli.run({QStringLiteral("cancel"), id, QStringLiteral("--demo")});
    QCOMPARE(cancel.exitCode, 1); // a failed job has finished
    QVERIFY2(cancel.err.contains(u"can no longer be cancelled"), qPrintable(cancel.err));
}

void TestCliJobCommands::help_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("flags");
    const QStringList connection = strings({"--base-url", "--api-key", "--timeout", "--demo",
                                            "--project-id", "--organization-id", "--max-retries"});
    QTest::newRow("job") << "job" << connection + strings({"JOB_ID", "--format"});
    QTest::newRow("items") << "items"
                           << connection
            + strings({"JOB_ID", "--status", "--output", "--format", "--skip-invalid"});
    QTest::newRow("cancel") << "cancel" << connection + strings({"JOB_ID", "--reason"});
    QTest::newRow("export") << "export" << connection + strings({"--format", "--output"});
    QTest::newRow("top level") << "--help"
                               << strings({"export", "job JOB_ID", "items JOB_ID", "cancel JOB_ID",
                                           "serve-demo", "130"});
}

void TestCliJobCommands::help()
{
    QFETCH(QString, command);
    QFETCH(QStringList, flags);
    const CliRun result =
        m_cli.run(command == u"--help" ? QStringList {command}
                                       : QStringList {command, QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const QString &flag : flags)
        QVERIFY2(result.out.contains(flag.toUtf8()), qPrintable(flag));
}

QTEST_GUILESS_MAIN(TestCliJobCommands)
#include "tst_clijobcommands.moc"
