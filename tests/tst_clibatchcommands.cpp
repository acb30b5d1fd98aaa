// batchdeck-cli batch and cancel-batch, against real HTTP on 127.0.0.1: per-test servers that
// record every request or send hostile text, and the demo server.
#include "batchsamples.h"
#include "clitesting.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QString BatchId = QStringLiteral("bat-123e4567-e89b-12d3-a456-426614174000");
const QString OtherBatchId = QStringLiteral("bat-99999999-9999-4999-8999-999999999999");
const QString ProjectId = QStringLiteral("00000000-0000-4000-8000-000000000001");
const QString OrganizationId = QStringLiteral("00000000-0000-4000-8000-000000000002");
const QString BatchPath = QStringLiteral("/api/v2/batches/") + BatchId;
const QString Key = QStringLiteral("sk-batch-commands-0123456789abcdef");

// The sample batch (COMPLETED; dfl-1 has a job, dfl-2 failed) with `changes` applied.
QJsonObject batchJson(const QJsonObject &changes = {})
{
    QJsonObject batch = sampleBatchJson(BatchId);
    for (auto change = changes.begin(); change != changes.end(); ++change)
        batch.insert(change.key(), change.value());
    return batch;
}

// `count` results: a job for the first, an error for the others.
QJsonArray results(int count)
{
    QJsonArray list;
    for (int number = 1; number <= count; ++number) {
        list.append(QJsonObject {
            {QStringLiteral("source_directory_file_id"), QStringLiteral("dfl-%1").arg(number)},
            {QStringLiteral("job_reference"),
             number == 1
                 ? QJsonValue(QJsonObject {{QStringLiteral("type"), QStringLiteral("parse_v2")},
                                           {QStringLiteral("id"), QStringLiteral("pjb-1")}})
                 : QJsonValue::Null},
            {QStringLiteral("error_message"),
             number == 1 ? QJsonValue::Null : QJsonValue(QStringLiteral("bad %1").arg(number))}});
    }
    return list;
}

// One batch: GET answers `batch`, POST .../cancel `cancelled` (or 409 with `detail` when
// `cancelStatus` says so); anything else 404.
TestHttpServer::Handler batchApi(const QJsonObject &batch, int cancelStatus = 200,
                                 const QJsonObject &cancelled = batchJson(
                                     {{QStringLiteral("status"), QStringLiteral("CANCELLED")},
                                      {QStringLiteral("results"), QJsonValue::Null}}),
                                 const QString &detail = QStringLiteral("Batch is COMPLETED."))
{
    return [=](const TestRequest &request) {
        if (request.path == BatchPath && request.method == "GET")
            return TestResponse::json(200, batch);
        if (request.path == BatchPath + u"/cancel" && request.method == "POST") {
            if (cancelStatus != 200)
                return TestResponse::json(cancelStatus,
                                          QJsonObject {{QStringLiteral("detail"), detail}});
            return TestResponse::json(200, cancelled);
        }
        return TestResponse::json(
            404, QJsonObject {{QStringLiteral("detail"), QStringLiteral("Batch not found")}});
    };
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

// The first character in `bytes` (UTF-8) that would drive a terminal, described; empty when
// there is none. Line feeds are allowed.
QString terminalControlIn(const QByteArray &bytes)
{
    for (const QChar c : QString::fromUtf8(bytes)) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069))
            return QStringLiteral("U+%1").arg(u, 4, 16, QLatin1Char('0'));
    }
    return {};
}

} // namespace

class TestCliBatchCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void commandsAnswer_data();
    void commandsAnswer();
    void jsonIsTheBatchAsExportBatchesWritesIt();
    void usageErrorsNameTheProblem_data();
    void usageErrorsNameTheProblem();
    void failuresExitWithOneSentence_data();
    void failuresExitWithOneSentence();
    void serverTextIsEscapedAndMasked_data();
    void serverTextIsEscapedAndMasked();
    void demoBatches();

private:
    // `command` BATCH_ID against `server`, scoped to a project and organization.
    QStringList against(const TestHttpServer &server, const QString &command,
                        const QStringList &extra = {}) const
    {
        return QStringList {command,
                            BatchId,
                            QStringLiteral("--base-url"),
                            server.baseUrl().toString(),
                            QStringLiteral("--api-key"),
                            Key,
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

void TestCliBatchCommands::initTestCase()
{
    QVERIFY2(m_cli.isReady(), "BATCHDECK_CLI must name the built batchdeck-cli");
}

void TestCliBatchCommands::init()
{
    m_cli.removeFiles();
}

void TestCliBatchCommands::commandsAnswer_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QJsonObject>("batch"); // what GET answers (and cancel, for cancel-batch)
    QTest::addColumn<QStringList>("expected"); // lines of standard output, in order
    QTest::addColumn<QStringList>("absent");
    const QString id = BatchId;
    QTest::newRow("batch: aligned text, the status as a word")
        << "batch" << batchJson()
        << QStringList {QStringLiteral("ID:               ") + id,
                        QStringLiteral("Status:           completed"),
                        QStringLiteral("Job type:         parse_v2"),
                        QStringLiteral("Configuration:    cfg-PARSE_AGENTIC"),
                        QStringLiteral("Source directory: dir-1"),
                        QStringLiteral("Project:          prj-1"),
                        QStringLiteral("Files:            2 files, 1 with a job, 1 failed"),
                        QStringLiteral("Created:          2026-11-01T08:30:00.123Z"),
                        QStringLiteral("Updated:          2026-11-01T08:30:00.000Z"),
                        QStringLiteral("Error:            dfl-2: no job created")}
        << strings({"COMPLETED", "dfl-1"});
    QTest::newRow("batch: one file, in the singular")
        << "batch" << batchJson({{QStringLiteral("results"), results(1)}})
        << strings({"Files:            1 file, 1 with a job, 0 failed"}) << strings({"Error:"});
    QTest::newRow("batch: running, its files not listed yet")
        << "batch"
        << batchJson({{QStringLiteral("status"), QStringLiteral("RUNNING")},
                      {QStringLiteral("results"), QJsonValue::Null}})
        << strings({"Status:           running", "Files:            -"}) << strings({"Error:"});
    QTest::newRow("batch: a status this client does not know, as sent")
        << "batch" << batchJson({{QStringLiteral("status"), QStringLiteral("PAUSED")}})
        << strings({"Status:           PAUSED"}) << QStringList {};
    QTest::newRow("batch: 11 failed files, 10 shown, 1 more told")
        << "batch" << batchJson({{QStringLiteral("results"), results(12)}})
        << strings({"Files:            12 files, 1 with a job, 11 failed", "dfl-2: bad 2",
                    "dfl-11: bad 11",
                    "Error:            … and 1 more failed file (--format json lists every one)"})
        << strings({"dfl-12"});
    QTest::newRow("batch: 13 failed files, 3 more told")
        << "batch" << batchJson({{QStringLiteral("results"), results(14)}})
        << strings({"… and 3 more failed files (--format json"}) << strings({"dfl-12"});
    QTest::newRow("cancel-batch: cancelled, the status said once")
        << "cancel-batch" << batchJson({{QStringLiteral("status"), QStringLiteral("CANCELLED")}})
        << QStringList {QStringLiteral("Batch %1 cancelled.").arg(id)}
        << strings({"CANCELLED", "job"});
    QTest::newRow("cancel-batch: still running down")
        << "cancel-batch" << batchJson({{QStringLiteral("status"), QStringLiteral("RUNNING")}})
        << QStringList {QStringLiteral("Batch %1 is being cancelled: it is now running.").arg(id)}
        << strings({"RUNNING", "job"});
}

void TestCliBatchCommands::commandsAnswer()
{
    QFETCH(QString, command);
    QFETCH(QJsonObject, batch);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    TestHttpServer server(batchApi(batch, 200, batch));
    const CliRun result = m_cli.run(against(server, command));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QString out = QString::fromUtf8(result.out);
    qsizetype from = 0;
    for (const QString &line : expected) {
        const qsizetype at = out.indexOf(line, from);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("\"%1\" not in order in:\n%2").arg(line, out)));
        from = at + line.size();
    }
    for (const QString &text : absent)
        QVERIFY2(!out.contains(text), qPrintable(text + u" in:\n" + out));
    QCOMPARE(server.requests().size(), 1);
    const TestRequest &request = server.requests().constFirst();
    QCOMPARE(request.method, QByteArray(command == u"batch" ? "GET" : "POST"));
    QCOMPARE(request.path, command == u"batch" ? BatchPath : BatchPath + u"/cancel");
    QCOMPARE(request.query.queryItemValue(QStringLiteral("project_id")), ProjectId);
    QCOMPARE(request.query.queryItemValue(QStringLiteral("organization_id")), OrganizationId);
    QCOMPARE(request.headers.value("authorization"), "Bearer " + Key.toUtf8());
    if (command == u"batch") // every file's result, not only the batch
        QCOMPARE(request.query.queryItemValue(QStringLiteral("expand")), u"results");
}

void TestCliBatchCommands::jsonIsTheBatchAsExportBatchesWritesIt()
{
    TestHttpServer server([](const TestRequest &request) {
        if (request.path == u"/api/v2/batches") { // without results, as a list sends them
            QJsonObject listed = batchJson();
            listed.remove(u"results");
            return TestResponse::json(200,
                                      QJsonObject {{QStringLiteral("items"), QJsonArray {listed}}});
        }
        return batchApi(batchJson())(request);
    });
    const CliRun shown = m_cli.run(against(server, QStringLiteral("batch"),
                                           {QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QVERIFY(shown.out.endsWith('\n'));
    QCOMPARE(shown.out.count('\n'), 1);
    const CliRun exported =
        m_cli.run(QStringList {QStringLiteral("export-batches"), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--base-url"),
                               server.baseUrl().toString(), QStringLiteral("--api-key"), Key});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

    const QJsonObject batch = QJsonDocument::fromJson(shown.out).object();
    const QJsonObject listed = QJsonDocument::fromJson(exported.out).object();
    // The same fields in the same order, the raw status; the results that the list leaves out.
    QCOMPARE(shown.out.left(shown.out.indexOf("\"results\"")),
             exported.out.left(exported.out.indexOf("\"results\"")));
    QCOMPARE(batch.keys(), listed.keys());
    QCOMPARE(batch.value(u"status").toString(), QStringLiteral("COMPLETED"));
    QVERIFY(listed.value(u"results").isNull());
    QCOMPARE(batch.value(u"results").toArray(), sampleBatchJson().value(u"results").toArray());
}

void TestCliBatchCommands::usageErrorsNameTheProblem_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    for (const char *command : {"batch", "cancel-batch"}) {
        const QString name = QString::fromLatin1(command);
        QTest::addRow("%s: BATCH_ID not an ID", command)
            << QStringList {name, QStringLiteral("../../etc"), QStringLiteral("--demo")}
            << "BATCH_ID must be a batch ID";
        QTest::addRow("%s: BATCH_ID missing", command)
            << QStringList {name, QStringLiteral("--demo")} << "Missing BATCH_ID";
        QTest::addRow("%s: two IDs", command)
            << QStringList {name, BatchId, OtherBatchId, QStringLiteral("--demo")}
            << "Unexpected argument";
        QTest::addRow("%s: --project-id not a UUID", command)
            << QStringList {name, BatchId, QStringLiteral("--demo"), QStringLiteral("--project-id"),
                            QStringLiteral("p")}
            << "--project-id";
        QTest::addRow("%s: no API key", command) << QStringList {name, BatchId} << "--api-key";
    }
    QTest::newRow("batch --format csv")
        << QStringList {QStringLiteral("batch"), BatchId, QStringLiteral("--demo"),
                        QStringLiteral("--format"), QStringLiteral("csv")}
        << "--format must be text or json";
    QTest::newRow("cancel-batch --reason: v2 takes none")
        << QStringList {QStringLiteral("cancel-batch"), BatchId, QStringLiteral("--demo"),
                        QStringLiteral("--reason"), QStringLiteral("x")}
        << "Unknown option 'reason'";
}

void TestCliBatchCommands::usageErrorsNameTheProblem()
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

void TestCliBatchCommands::failuresExitWithOneSentence_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("status"); // what the server answers every call
    QTest::addColumn<QJsonObject>("answer");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString notFound = QStringLiteral("Batch %1 was not found (HTTP 404: Batch not found). "
                                            "Check the batch ID, and --project-id or "
                                            "--organization-id if the batch belongs to another "
                                            "project.")
                                 .arg(BatchId);
    const QJsonObject missing {{QStringLiteral("detail"), QStringLiteral("Batch not found")}};
    const QJsonObject refused {
        {QStringLiteral("detail"), QStringLiteral("Invalid authentication token")}};
    const QJsonObject other = batchJson({{QStringLiteral("id"), OtherBatchId}});
    for (const char *command : {"batch", "cancel-batch"}) {
        QTest::addRow("%s: 404", command) << command << 404 << missing << 1 << notFound;
        QTest::addRow("%s: 401", command)
            << command << 401 << refused << 3 << "did not accept the API key";
    }
    QTest::newRow("cancel-batch: 409, a finished batch, in the server's words")
        << "cancel-batch" << 409
        << QJsonObject {{QStringLiteral("detail"),
                         QStringLiteral("Batch is COMPLETED and can no longer be cancelled.")}}
        << 1
        << QStringLiteral("Batch %1 was not cancelled: Batch is COMPLETED and can no longer be "
                          "cancelled.")
               .arg(BatchId);
    QTest::newRow("batch: the answer is about another batch")
        << "batch" << 200 << other << 1
        << QStringLiteral("Asked about batch %1, but the server answered about batch %2.")
               .arg(BatchId, OtherBatchId);
    QTest::newRow("cancel-batch: the answer is about another batch")
        << "cancel-batch" << 200 << other << 1
        << QStringLiteral("Asked to cancel batch %1, but the server answered about batch %2, so "
                          "whether batch %1 was cancelled is not known.")
               .arg(BatchId, OtherBatchId);
}

void TestCliBatchCommands::failuresExitWithOneSentence()
{
    QFETCH(QString, command);
    QFETCH(int, status);
    QFETCH(QJsonObject, answer);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    TestHttpServer server([&](const TestRequest &) { return TestResponse::json(status, answer); });
    const CliRun result = m_cli.run(against(server, command));
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.err.startsWith(u"batchdeck-cli: "));
    QVERIFY(!result.err.contains(Key));
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY2(result.out.isEmpty(), result.out.constData()); // nothing as if it were the batch
    QCOMPARE(server.requests().size(), 1); // 404, 401 and 409 are final
}

void TestCliBatchCommands::serverTextIsEscapedAndMasked_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("cancelStatus");
    QTest::addColumn<QJsonObject>("batch"); // GET's answer, and cancel's
    QTest::addColumn<QString>("detail"); // cancel's 409 detail
    QTest::addColumn<bool>("onError"); // where it shows: standard error, else standard output
    QTest::addColumn<QString>("shown");
    const QString hostile = QStringLiteral("\x1b]0;pwned\x07 \x1b[2Jx\ry \u009b2J \u202Efdp.exe");
    const QString escaped = QStringLiteral(R"(\e]0;pwned\x07 \e[2Jx\ry \x9b2J \u202efdp.exe)");
    const QJsonArray hostileResult {QJsonObject {
        {QStringLiteral("source_directory_file_id"), QStringLiteral("dfl-9")},
        {QStringLiteral("job_reference"), QJsonValue::Null},
        {QStringLiteral("error_message"), QString(QStringLiteral("line 1\n") + hostile)}}};
    QTest::newRow("batch: an error message")
        << "batch" << 200 << batchJson({{QStringLiteral("results"), hostileResult}}) << "" << false
        << QStringLiteral(R"(dfl-9: line 1\n)") + escaped;
    QTest::newRow("batch: the status")
        << "batch" << 200 << batchJson({{QStringLiteral("status"), hostile}}) << "" << false
        << escaped;
    QTest::newRow("batch: the job type")
        << "batch" << 200
        << batchJson({{QStringLiteral("config"),
                       QJsonObject {{QStringLiteral("job"),
                                     QJsonObject {{QStringLiteral("type"), hostile},
                                                  {QStringLiteral("configuration_id"),
                                                   QStringLiteral("cfg-1")}}}}}})
        << "" << false << escaped;
    QTest::newRow("cancel-batch: the status of the answer")
        << "cancel-batch" << 200 << batchJson({{QStringLiteral("status"), hostile}}) << "" << false
        << escaped;
    // An error is one line: its white space, the carriage return included, made plain spaces.
    QTest::newRow("cancel-batch: a 409's detail")
        << "cancel-batch" << 409 << batchJson() << hostile << true
        << QStringLiteral(R"(\e]0;pwned\x07 \e[2Jx y \x9b2J \u202efdp.exe)");
    QTest::newRow("batch: the key in an error message, masked")
        << "batch" << 200
        << batchJson(
               {{QStringLiteral("results"),
                 QJsonArray {QJsonObject {
                     {QStringLiteral("source_directory_file_id"), QStringLiteral("dfl-9")},
                     {QStringLiteral("error_message"), QString(u"token " + Key + u" refused")}}}}})
        << "" << false << QStringLiteral("dfl-9: token [API key] refused");
    QTest::newRow("cancel-batch: the key in a 409's detail, masked")
        << "cancel-batch" << 409 << batchJson() << QString(u"token " + Key.toUpper() + u" refused")
        << true << QStringLiteral("was not cancelled: token [API key] refused");
}

void TestCliBatchCommands::serverTextIsEscapedAndMasked()
{
    QFETCH(QString, command);
    QFETCH(int, cancelStatus);
    QFETCH(QJsonObject, batch);
    QFETCH(QString, detail);
    QFETCH(bool, onError);
    QFETCH(QString, shown);
    TestHttpServer server(batchApi(batch, cancelStatus, batch, detail));
    const CliRun result = m_cli.run(against(server, command));
    QCOMPARE(result.exitCode, onError ? 1 : 0);
    const QString where = onError ? result.err : QString::fromUtf8(result.out);
    QVERIFY2(where.contains(shown), qPrintable(where));
    for (const QByteArray &output : {result.out, result.err.toUtf8()}) {
        const QString control = terminalControlIn(output);
        QVERIFY2(control.isEmpty(), qPrintable(control + u": " + QString::fromUtf8(output)));
        QVERIFY(!output.toLower().contains(Key.toLower().toUtf8()));
    }
    if (!onError && shown.contains(u"[API key]"))
        QVERIFY2(result.err.contains(u"1 value contained the API key and was masked."),
                 qPrintable(result.err));
}

void TestCliBatchCommands::demoBatches()
{
    // The CLI's own demo server: a batch that failed, one that runs, and one that is not there.
    const auto firstOf = [this](const char *status) {
        const CliRun list = m_cli.run(strings({"export-batches", "--demo", "--status", status,
                                               "--max-rows", "1", "--format", "json"}));
        return QJsonDocument::fromJson(list.out).object().value(u"id").toString();
    };
    const QString failed = firstOf("failed");
    const QString running = firstOf("running");
    QVERIFY(!failed.isEmpty() && !running.isEmpty());

    const CliRun shown = m_cli.run({QStringLiteral("batch"), failed, QStringLiteral("--demo")});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QVERIFY2(shown.out.contains("Status:           failed\n"), shown.out.constData());
    QVERIFY(shown.out.contains("\nError:            dfl-"));
    const CliRun json = m_cli.run({QStringLiteral("batch"), failed, QStringLiteral("--demo"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const qsizetype files =
        QJsonDocument::fromJson(json.out).object().value(u"results").toArray().size();
    QVERIFY(files > 0);
    QVERIFY2(shown.out.contains(QStringLiteral("Files:            %1 files, ").arg(files).toUtf8()),
             shown.out.constData());

    const CliRun finished =
        m_cli.run({QStringLiteral("cancel-batch"), failed, QStringLiteral("--demo")});
    QCOMPARE(finished.exitCode, 1); // a failed batch has finished
    QVERIFY2(finished.err.startsWith(
                 QStringLiteral("batchdeck-cli: Batch %1 was not cancelled: ").arg(failed))
                 && finished.err.contains(u"can no longer be cancelled"),
             qPrintable(finished.err));
    QVERIFY(finished.out.isEmpty());

    const CliRun cancelled =
        m_cli.run({QStringLiteral("cancel-batch"), running, QStringLiteral("--demo")});
    QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
    QCOMPARE(cancelled.out, QStringLiteral("Batch %1 cancelled.\n").arg(running).toUtf8());

    const QString unknown = QStringLiteral("bat-00000000-0000-4000-8000-000000000000");
    for (const char *command : {"batch", "cancel-batch"}) {
        const CliRun missing =
            m_cli.run({QString::fromLatin1(command), unknown, QStringLiteral("--demo")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(
            missing.err.contains(QStringLiteral("Batch %1 was not found (HTTP 404").arg(unknown)),
            qPrintable(missing.err));
    }
}

QTEST_GUILESS_MAIN(TestCliBatchCommands)
#include "tst_clibatchcommands.moc"
