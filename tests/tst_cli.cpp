#include "clitesting.h"
#include "core/version.h"
#include "demo/demoserver.h"
#include "testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

qint64 demoCount(const QString &status)
{
    DemoDataset dataset {DemoConfig {}};
    DemoDataset::JobFilter filter;
    filter.status = status;
    return dataset.listJobs(filter, 0, 1).total;
}

// A list ends at its first empty page: servers of one page answer an empty one after it.
bool isPastTheFirstPage(const TestRequest &request)
{
    return request.query.queryItemValue(QStringLiteral("offset")).toInt() > 0;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exportsFailedDemoJobsToAFile();
    void writesToStandardOutputByDefault();
    void filterFlagsReachTheServer_data();
    void filterFlagsReachTheServer();
    void csvFlags_data();
    void csvFlags();
    void keyAndBaseUrlFromEnvironment();
    void usageErrorsNameTheFlag_data();
    void usageErrorsNameTheFlag();
    void exitCodes_data();
    void exitCodes();
    void timeoutGivesUp();
    void progressOnATerminal();
    void skipInvalid();
    void failureKeepsThePreviousFile();
    void interruptKeepsThePreviousFile();
    void serveDemoAnswersRequests_data();
    void serveDemoAnswersRequests();
    void helpAndVersion();

private:
    CliRun run(const QStringList &arguments,
               const QProcessEnvironment &environment = cleanCliEnvironment(),
               const QString &program = {})
    {
        return m_cli.run(arguments, environment, program);
    }

    CliRunner m_cli;
};

void TestCli::initTestCase()
{
    QVERIFY2(m_cli.isReady(), "BATCHDECK_CLI must name the built batchdeck-cli");
}

void TestCli::init()
{
    m_cli.removeFiles();
}

void TestCli::exportsFailedDemoJobsToAFile()
{
    const CliRun result =
        run({QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("--status"),
             QStringLiteral("failed"), QStringLiteral("--output"), QStringLiteral("failed.csv")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QByteArray csv = m_cli.readFile(QStringLiteral("failed.csv"));
    QVERIFY(csv.startsWith("id,job_type,status,project_id,"));
    // Rows are lines that start a job: error messages may span lines inside quotes.
    QCOMPARE(csv.count("\r\nbjb-"), demoCount(QStringLiteral("failed")));
    QCOMPARE(csv.count(",completed,"), 0);
    // A leading minus guarded, quotes doubled, a comma kept inside one quoted field.
    const QRegularExpression awkward(QStringLiteral(
        "\"'-1 pages returned by the OCR engine for \"\"[^\"\\n]+\"\", page count unknown\""));
    QVERIFY(QString::fromUtf8(csv).contains(awkward));
    QCOMPARE(m_cli.files(), QStringList {QStringLiteral("failed.csv")});
}

void TestCli::writesToStandardOutputByDefault()
{
    const CliRun result = run({QStringLiteral("export"), QStringLiteral("--demo"),
                               QStringLiteral("--max-rows"), QStringLiteral("3")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count("\r\n"), 4);
    QVERIFY(result.out.startsWith("id,"));
    QVERIFY(result.err.isEmpty()); // not a terminal: no progress
}

void TestCli::filterFlagsReachTheServer_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("expectedQuery");
    const QString uuid = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
    QTest::newRow("--job-type") << QStringList {QStringLiteral("--job-type"),
                                                QStringLiteral("classify")}
                                << "job_type=classify&limit=1000&offset=0";
    QTest::newRow("--status") << QStringList {QStringLiteral("--status"), QStringLiteral("running")}
                              << "status=running&limit=1000&offset=0";
    QTest::newRow("--directory-id")
        << QStringList {QStringLiteral("--directory-id"), QStringLiteral("dir-7")}
        << "directory_id=dir-7&limit=1000&offset=0";
    QTest::newRow("--project-id") << QStringList {QStringLiteral("--project-id"), uuid}
                                  << "limit=1000&offset=0&project_id=" + uuid;
    QTest::newRow("--organization-id") << QStringList {QStringLiteral("--organization-id"), uuid}
                                       << "limit=1000&offset=0&organization_id=" + uuid;
    QTest::newRow("--page-size") << QStringList {QStringLiteral("--page-size"),
                                                 QStringLiteral("25")}
                                 << "limit=25&offset=0";
    QTest::newRow("--max-rows below a page")
        << QStringList {QStringLiteral("--max-rows"), QStringLiteral("7")} << "limit=7&offset=0";
}

void TestCli::filterFlagsReachTheServer()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, expectedQuery);
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 0, 0)); });
    const CliRun result = run(QStringList {QStringLiteral("export"), QStringLiteral("--base-url"),
                                           server.baseUrl().toString(), QStringLiteral("--api-key"),
                                           QStringLiteral("sk-flags")}
                              + flags);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().query.toString(), expectedQuery);
    QCOMPARE(server.requests().first().headers.value("authorization"),
             QByteArray("Bearer sk-flags"));
}

void TestCli::csvFlags_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("guarded");
    QTest::newRow("defaults: no BOM, guard on") << QStringList {} << false << true;
    QTest::newRow("--bom") << QStringList {QStringLiteral("--bom")} << true << true;
    QTest::newRow("--no-formula-guard")
        << QStringList {QStringLiteral("--no-formula-guard")} << false << false;
}

void TestCli::csvFlags()
{
    QFETCH(QStringList, flags);
    QFETCH(bool, bom);
    QFETCH(bool, guarded);
    TestHttpServer server([](const TestRequest &request) {
        if (isPastTheFirstPage(request)) // the empty page that ends the list
            return TestResponse::json(200, QJsonObject {{QStringLiteral("items"), QJsonArray {}}});
        QJsonObject job = sampleJobJson();
        job.insert(u"error_message", QStringLiteral("=SUM(A1)"));
        return TestResponse::json(200, QJsonObject {{QStringLiteral("items"), QJsonArray {job}}});
    });
    const CliRun result =
        run(QStringList {QStringLiteral("export"), QStringLiteral("--base-url"),
                         server.baseUrl().toString(), QStringLiteral("--api-key"),
                         QStringLiteral("k"), QStringLiteral("--output"), QStringLiteral("x.csv")}
            + flags);
    QCOMPARE(result.exitCode, 0);
    const QByteArray csv = m_cli.readFile(QStringLiteral("x.csv"));
    QCOMPARE(csv.startsWith("\xEF\xBB\xBF"), bom);
    QCOMPARE(csv.contains(",'=SUM(A1),"), guarded);
    QCOMPARE(csv.contains(",=SUM(A1),"), !guarded);
}

void TestCli::keyAndBaseUrlFromEnvironment()
{
    TestHttpServer server([](const TestRequest &request) {
        return TestResponse::json(200, jobListJson(0, isPastTheFirstPage(request) ? 0 : 1, 1));
    });
    QProcessEnvironment environment = cleanCliEnvironment();
    environment.insert(QStringLiteral("LLAMA_CLOUD_API_KEY"), QStringLiteral("sk-from-env"));
    environment.insert(QStringLiteral("LLAMA_CLOUD_BASE_URL"), server.baseUrl().toString());
    const CliRun result = run({QStringLiteral("export")}, environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(server.requests().first().headers.value("authorization"),
             QByteArray("Bearer sk-from-env"));
    QCOMPARE(result.out.count("\r\n"), 2);
}

void TestCli::usageErrorsNameTheFlag_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    const auto demo = [](std::initializer_list<const char *> extra) {
        QStringList arguments {QStringLiteral("export"), QStringLiteral("--demo")};
        for (const char *argument : extra)
            arguments << QString::fromLatin1(argument);
        return arguments;
    };
    QTest::newRow("unknown flag") << demo({"--colour"}) << "colour";
    QTest::newRow("--page-size 0") << demo({"--page-size", "0"}) << "--page-size";
    QTest::newRow("--page-size 1001") << demo({"--page-size", "1001"}) << "--page-size";
    QTest::newRow("--page-size text") << demo({"--page-size", "many"}) << "--page-size";
    QTest::newRow("--max-rows 0") << demo({"--max-rows", "0"}) << "--max-rows";
    QTest::newRow("--max-retries -1") << demo({"--max-retries", "-1"}) << "--max-retries";
    QTest::newRow("--timeout 0") << demo({"--timeout", "0"}) << "--timeout";
    QTest::newRow("--status unknown") << demo({"--status", "done"}) << "--status";
    QTest::newRow("--job-type unknown") << demo({"--job-type", "index"}) << "--job-type";
    QTest::newRow("--project-id not a UUID") << demo({"--project-id", "p"}) << "--project-id";
    QTest::newRow("--organization-id not a UUID")
        << demo({"--organization-id", "o"}) << "--organization-id";
    QTest::newRow("--directory-id empty") << demo({"--directory-id", ""}) << "--directory-id";
    QTest::newRow("--demo with --region") << demo({"--region", "eu"}) << "--region";
    QTest::newRow("--region unknown")
        << QStringList {QStringLiteral("export"), QStringLiteral("--api-key"), QStringLiteral("k"),
                        QStringLiteral("--region"), QStringLiteral("mars")}
        << "--region";
    QTest::newRow("--base-url not http")
        << QStringList {QStringLiteral("export"), QStringLiteral("--api-key"), QStringLiteral("k"),
                        QStringLiteral("--base-url"), QStringLiteral("ftp://example.org")}
        << "--base-url";
    QTest::newRow("no API key") << QStringList {QStringLiteral("export")} << "--api-key";
    QTest::newRow("unknown command") << QStringList {QStringLiteral("import")} << "import";
    QTest::newRow("stray argument") << demo({"extra"}) << "extra";
    QTest::newRow("serve-demo --port too big")
        << QStringList {QStringLiteral("serve-demo"), QStringLiteral("--port"),
                        QStringLiteral("70000")}
        << "--port";
    const auto serve = [](const char *flag, const char *value) {
        return QStringList {QStringLiteral("serve-demo"), QString::fromLatin1(flag),
                            QString::fromLatin1(value)};
    };
    QTest::newRow("serve-demo --latency-ms negative")
        << serve("--latency-ms", "-1") << "--latency-ms";
    QTest::newRow("serve-demo --latency-ms over a minute")
        << serve("--latency-ms", "60001") << "--latency-ms";
    QTest::newRow("serve-demo --latency-ms text")
        << serve("--latency-ms", "slow") << "--latency-ms";
    QTest::newRow("serve-demo --max-in-flight negative")
        << serve("--max-in-flight", "-2") << "--max-in-flight";
    QTest::newRow("serve-demo --max-in-flight fraction")
        << serve("--max-in-flight", "1.5") << "--max-in-flight";
    QTest::newRow("serve-demo --retry-after-ms negative")
        << serve("--retry-after-ms", "-1") << "--retry-after-ms";
    QTest::newRow("serve-demo --retry-after-ms empty")
        << serve("--retry-after-ms", "") << "--retry-after-ms";
    QTest::newRow("serve-demo --running negative") << serve("--running", "-1") << "--running";
}

void TestCli::usageErrorsNameTheFlag()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const CliRun result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(named), qPrintable(result.err));
    QVERIFY(result.err.startsWith(u"batchdeck-cli: "));
    QVERIFY(result.out.isEmpty());
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("401 is 3") << 401 << 3 << "did not accept the API key";
    QTest::newRow("403 is 3") << 403 << 3 << "not allowed";
    QTest::newRow("500 after retries is 1") << 500 << 1 << "Gave up after 2 attempts";
    QTest::newRow("422 is 1") << 422 << 1 << "query.limit";
    QTest::newRow("404 is 1") << 404 << 1 << "HTTP 404";
}

void TestCli::exitCodes()
{
    QFETCH(int, status);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    TestHttpServer server([&](const TestRequest &request) {
        return TestResponse::json(
            status,
            QJsonObject {{QStringLiteral("detail"),
                          status == 422 ? QJsonValue(QJsonArray {QJsonObject {
                              {QStringLiteral("loc"),
                               QJsonArray {QStringLiteral("query"), QStringLiteral("limit")}},
                              {QStringLiteral("msg"), QStringLiteral("bad")}}})
                                        : QJsonValue(QStringLiteral("echo ")
                                                     + QString::fromLatin1(request.headers.value(
                                                         "authorization")))}});
    });
    const CliRun result =
        run({QStringLiteral("export"), QStringLiteral("--base-url"), server.baseUrl().toString(),
             QStringLiteral("--api-key"), QStringLiteral("sk-very-secret"),
             QStringLiteral("--max-retries"), QStringLiteral("1"), QStringLiteral("--output"),
             QStringLiteral("out.csv")});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!result.err.contains(u"sk-very-secret"));
    QCOMPARE(result.err.count(u'\n'), 1); // one sentence
    QVERIFY(m_cli.files().isEmpty());
}

void TestCli::timeoutGivesUp()
{
    TestHttpServer server([](const TestRequest &) { return TestResponse::hang(); });
    const CliRun result =
        run({QStringLiteral("export"), QStringLiteral("--base-url"), server.baseUrl().toString(),
             QStringLiteral("--api-key"), QStringLiteral("k"), QStringLiteral("--timeout"),
             QStringLiteral("0.3"), QStringLiteral("--max-retries"), QStringLiteral("1")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"did not answer within 0.3 seconds"), qPrintable(result.err));
    QVERIFY(result.err.contains(u"Gave up after 2 attempts"));
    QCOMPARE(server.requests().size(), 2);
}

void TestCli::progressOnATerminal()
{
    // script(1) gives the CLI a terminal, as a person running it by hand has.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script(1) is not installed");
    const QString command =
        QStringLiteral("'%1' export --demo --page-size 500 --output jobs.csv").arg(m_cli.program());
    // script(1) also keeps a typescript; a file of the test's own, never a device of the machine.
    QTemporaryDir typescript;
    QVERIFY(typescript.isValid());
    const CliRun result =
        run({QStringLiteral("-qefc"), command, typescript.filePath(QStringLiteral("typescript"))},
            cleanCliEnvironment(), script);
    QCOMPARE(result.exitCode, 0);
    const QString screen = QString::fromLocal8Bit(result.out);
    QVERIFY2(screen.contains(u"Exported 2,500 jobs (5 pages) of about 2,500"), qPrintable(screen));
    QVERIFY(screen.contains(u"Wrote 2,500 jobs to jobs.csv."));
}

void TestCli::skipInvalid()
{
    TestHttpServer server([](const TestRequest &request) {
        if (isPastTheFirstPage(request)) // the empty page that ends the list
            return TestResponse::json(200, QJsonObject {{QStringLiteral("items"), QJsonArray {}}});
        QJsonObject broken = sampleJobJson(QStringLiteral("bjb-2"));
        broken.insert(u"status", 5);
        return TestResponse::json(
            200,
            QJsonObject {{QStringLiteral("items"),
                          QJsonArray {sampleJobJson(QStringLiteral("bjb-1")), broken}}});
    });
    const QStringList base {QStringLiteral("export"),    QStringLiteral("--base-url"),
                            server.baseUrl().toString(), QStringLiteral("--api-key"),
                            QStringLiteral("k"),         QStringLiteral("--output"),
                            QStringLiteral("jobs.csv")};
    const CliRun strict = run(base);
    QCOMPARE(strict.exitCode, 1);
    QVERIFY2(strict.err.contains(u"position 2") && strict.err.contains(u"\"status\""),
             qPrintable(strict.err));
    QVERIFY(m_cli.files().isEmpty());

    const CliRun lenient = run(base + QStringList {QStringLiteral("--skip-invalid")});
    QCOMPARE(lenient.exitCode, 0);
    QVERIFY(lenient.err.contains(u"Skipped: the job at position 2"));
    QCOMPARE(m_cli.readFile(QStringLiteral("jobs.csv")).count("\r\n"), 2);
}

void TestCli::failureKeepsThePreviousFile()
{
    QVERIFY(m_cli.writeFile(QStringLiteral("jobs.csv"), "last week's report\r\n"));
    TestHttpServer server([](const TestRequest &request) {
        if (request.query.queryItemValue(QStringLiteral("offset")) != u"0")
            return TestResponse::closeConnection();
        return TestResponse::json(200, jobListJson(0, 5, std::nullopt));
    });
    const CliRun result =
        run({QStringLiteral("export"), QStringLiteral("--base-url"), server.baseUrl().toString(),
             QStringLiteral("--api-key"), QStringLiteral("k"), QStringLiteral("--page-size"),
             QStringLiteral("5"), QStringLiteral("--max-retries"), QStringLiteral("0"),
             QStringLiteral("--output"), QStringLiteral("jobs.csv")});
    QCOMPARE(result.exitCode, 1);
    // With --max-retries 0 the page is asked once: Qt does not send it again on its own.
    QVERIFY2(result.err.contains(u"The connection to 127.0.0.1 closed after the request was sent"),
             qPrintable(result.err));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(m_cli.readFile(QStringLiteral("jobs.csv")), QByteArray("last week's report\r\n"));
    QCOMPARE(m_cli.files(), QStringList {QStringLiteral("jobs.csv")});
}

void TestCli::interruptKeepsThePreviousFile()
{
    QVERIFY(m_cli.writeFile(QStringLiteral("jobs.csv"), "previous\r\n"));
    TestHttpServer server([](const TestRequest &request) {
        if (request.query.queryItemValue(QStringLiteral("offset")) != u"0")
            return TestResponse::hang();
        return TestResponse::json(200, jobListJson(0, 5, std::nullopt));
    });
    QProcess *process = m_cli.start(
        {QStringLiteral("export"), QStringLiteral("--base-url"), server.baseUrl().toString(),
         QStringLiteral("--api-key"), QStringLiteral("k"), QStringLiteral("--page-size"),
         QStringLiteral("5"), QStringLiteral("--output"), QStringLiteral("jobs.csv")},
        cleanCliEnvironment());
    QSignalSpy finished(process, &QProcess::finished);
    QString why;
    QVERIFY2(m_cli.waitWhileRunning([&] { return server.requests().size() == 2; }, &why),
             qPrintable(why)); // the second page hangs
    ::kill(pid_t(process->processId()), SIGINT);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 130);
    QVERIFY(QString::fromLocal8Bit(process->readAllStandardError()).contains(u"Interrupted"));
    QCOMPARE(m_cli.readFile(QStringLiteral("jobs.csv")), QByteArray("previous\r\n"));
    QCOMPARE(m_cli.files(), QStringList {QStringLiteral("jobs.csv")});
}

void TestCli::serveDemoAnswersRequests_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("announced"); // on standard output, at start
    QTest::newRow("defaults") << QStringList() << QStringList();
    QTest::newRow("latency and a limit")
        << QStringList {QStringLiteral("--latency-ms"),     QStringLiteral("5"),
                        QStringLiteral("--max-in-flight"),  QStringLiteral("50"),
                        QStringLiteral("--retry-after-ms"), QStringLiteral("2500")}
        << QStringList {QStringLiteral("Every answer is sent 5 ms after its request arrived."),
                        QStringLiteral("At most 50 requests are answered at once; more are "
                                       "refused with 429 (retry after 2500 ms).")};
}

void TestCli::serveDemoAnswersRequests()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, announced);
    QProcess *server = m_cli.start(QStringList {QStringLiteral("serve-demo"),
                                                QStringLiteral("--port"), QStringLiteral("0"),
                                                QStringLiteral("--jobs"), QStringLiteral("120"),
                                                QStringLiteral("--seed"), QStringLiteral("9")}
                                       + options,
                                   cleanCliEnvironment());
    QTRY_VERIFY_WITH_TIMEOUT(server->canReadLine(), 30'000);
    const QString banner = QString::fromLocal8Bit(server->readLine());
    QVERIFY2(banner.contains(u"120 jobs"), qPrintable(banner));
    const QString baseUrl = banner.section(u' ', -1).trimmed();
    QVERIFY(baseUrl.startsWith(u"http://127.0.0.1:"));

    auto exporter = std::make_unique<QProcess>();
    exporter->setProcessEnvironment(cleanCliEnvironment());
    exporter->start(m_cli.program(),
                    {QStringLiteral("export"), QStringLiteral("--base-url"), baseUrl,
                     QStringLiteral("--api-key"), DemoServer::apiKey(),
                     QStringLiteral("--page-size"), QStringLiteral("50")});
    QSignalSpy exported(exporter.get(), &QProcess::finished);
    QVERIFY(exported.wait(30'000));
    QCOMPARE(exporter->exitCode(), 0);
    QCOMPARE(exporter->readAllStandardOutput().count("\r\nbjb-"), 120);

    QSignalSpy stopped(server, &QProcess::finished);
    ::kill(pid_t(server->processId()), SIGINT);
    QVERIFY(stopped.wait(30'000));
    QCOMPARE(server->exitCode(), 0);
    const QString rest = QString::fromLocal8Bit(server->readAllStandardOutput());
    for (const QString &line : announced)
        QVERIFY2(rest.contains(line), qPrintable(rest));
    QCOMPARE(rest.contains(u"ms after"), !announced.isEmpty());
    // What it did, in one line on standard error, for a benchmark script to read.
    const QString counters = QString::fromLocal8Bit(server->readAllStandardError());
    const QRegularExpression line(QStringLiteral(
        "^Answered (\\d+) requests \\(0 refused with 429\\), at most (\\d+) at once\\.\n$"));
    const QRegularExpressionMatch match = line.match(counters);
    QVERIFY2(match.hasMatch(), qPrintable(counters));
    QVERIFY(match.captured(1).toInt() >= 3); // the export's pages of 50 of 120 jobs
    QVERIFY(match.captured(2).toInt() >= 1);
}

void TestCli::helpAndVersion()
{
    const CliRun help = run({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *flag :
         {"--base-url", "--region", "--api-key", "--job-type", "--status", "--directory-id",
          "--project-id", "--organization-id", "--page-size", "--max-rows", "--output", "--bom",
          "--no-formula-guard", "--skip-invalid", "--max-retries", "--timeout", "--demo"}) {
        QVERIFY2(help.out.contains(flag), flag);
    }
    const CliRun version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("batchdeck-cli " BATCHDECK_VERSION));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
