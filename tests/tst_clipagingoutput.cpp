// batchdeck-cli against hostile list servers and unusual outputs: what the user sees (exit code,
// standard error) and that nothing is lost or destroyed.
#include "batchsamples.h"
#include "clitesting.h"
#include "hostilepagingservers.h"
#include "testdevices.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <QScopeGuard>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

using namespace BatchDeck;
using namespace BatchDeck::Testing;
using namespace BatchDeck::Testing::HostilePaging;

class TestCliPagingOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void duplicatesAreReportedAndTheExportSucceeds();
    void listsThatDoNotAddUpFail_data();
    void listsThatDoNotAddUpFail();
    void theTotalIsAnEstimate_data();
    void theTotalIsAnEstimate();
    void aListThatChangedKeepsEveryRowAndExits4_data();
    void aListThatChangedKeepsEveryRowAndExits4();
    void rowsOutsideTheFilterAreLeftOutAndCounted_data();
    void rowsOutsideTheFilterAreLeftOutAndCounted();
    void rowCeilingMustBeAPositiveNumber();
    void writesToAFifo();
    void writesToDevices_data();
    void writesToDevices();
    void standardOutputOnAFullDeviceFails_data();
    void standardOutputOnAFullDeviceFails();
    void interruptSaysWhatWasKept_data();
    void interruptSaysWhatWasKept();
    void aServerAskingToSlowDownIsToldOnTheProgressLine();

private:
    CliRun run(const QStringList &arguments) { return m_cli.run(arguments); }
    static QStringList exportFrom(const TestHttpServer &server, const QStringList &extra)
    {
        return exportArguments(server.baseUrl(), extra);
    }

    CliRunner m_cli;
};

void TestCliPagingOutput::initTestCase()
{
    QVERIFY2(m_cli.isReady(), "BATCHDECK_CLI must name the built batchdeck-cli");
}

void TestCliPagingOutput::init()
{
    m_cli.removeFiles();
}

void TestCliPagingOutput::duplicatesAreReportedAndTheExportSucceeds()
{
    // Jobs created at the head while the list is read: the total grows by as many as repeat,
    // so nothing is missing. Said, exit 0. One page after another, so that every row the server
    // sends reaches the export (tst_concurrentpaging and tst_hostilepaging page concurrently).
    ShiftingList list(45, {0, 3, 3, 3, 3, 3}, Total::Present);
    TestHttpServer server(list.handler());
    const CliRun result = run(exportFrom(server,
                                         {QStringLiteral("--concurrency"), QStringLiteral("1"),
                                          QStringLiteral("--output"), QStringLiteral("jobs.csv")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const qint64 duplicates = list.rowsSent() - 45;
    QCOMPARE(duplicates, 15);
    QCOMPARE(result.err,
             QStringLiteral("batchdeck-cli: 15 jobs arrived during the export (the server's total "
                            "grew from 45 to 60); the 15 rows they pushed onto later pages were "
                            "written once.\n"));
    QCOMPARE(m_cli.readFile(QStringLiteral("jobs.csv")).count("\r\nbjb-"), 45);
}

void TestCliPagingOutput::listsThatDoNotAddUpFail_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("endless pages stop at --row-ceiling")
        << QStringList {QStringLiteral("--row-ceiling"), QStringLiteral("30")}
        << QStringList {"ceiling of 30 rows", "raise it with --row-ceiling"};
}

void TestCliPagingOutput::listsThatDoNotAddUpFail()
{
    QFETCH(QStringList, extra);
    QFETCH(QStringList, expected);
    QVERIFY(m_cli.writeFile(QStringLiteral("jobs.csv"), "previous\r\n"));
    TestHttpServer http(endlessPages());
    const CliRun result = run(exportFrom(
        http, extra + QStringList {QStringLiteral("--output"), QStringLiteral("jobs.csv")}));
    QCOMPARE(result.exitCode, 1);
    for (const QString &part : expected)
        QVERIFY2(result.err.contains(part), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QCOMPARE(m_cli.readFile(QStringLiteral("jobs.csv")), QByteArray("previous\r\n"));
}

void TestCliPagingOutput::theTotalIsAnEstimate_data()
{
    QTest::addColumn<int>("jobCount");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<int>("exitCode");
    // The spec: total_size "may be an estimate and can be used for display purposes only".
    QTest::newRow("100 jobs served, total 10: all 100 written, exit 0")
        << 100 << qint64(10) << false << 0;
    QTest::newRow("an empty page before total_size (25 of 40): 25 written, exit 0")
        << 25 << qint64(40) << false << 0;
    QTest::newRow("an estimate one too high (25 of 26): exit 0") << 25 << qint64(26) << false << 0;
    QTest::newRow("an estimate one too low (25 of 24): exit 0") << 25 << qint64(24) << false << 0;
    QTest::newRow("--strict-total, 25 of 40: the file is kept, exit 4")
        << 25 << qint64(40) << true << 4;
    QTest::newRow("--strict-total, 25 of 24: exit 4") << 25 << qint64(24) << true << 4;
    QTest::newRow("--strict-total, an exact total: exit 0, nothing said")
        << 25 << qint64(25) << true << 0;
}

void TestCliPagingOutput::theTotalIsAnEstimate()
{
    QFETCH(int, jobCount);
    QFETCH(qint64, total);
    QFETCH(bool, strict);
    QFETCH(int, exitCode);
    TestHttpServer http(overstatedTotal(jobCount, total));
    QStringList extra {QStringLiteral("--output"), QStringLiteral("jobs.csv")};
    if (strict)
        extra << QStringLiteral("--strict-total");
    const CliRun result = run(exportFrom(http, extra));
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(m_cli.readFile(QStringLiteral("jobs.csv")).count("\r\nbjb-"), jobCount);
    if (jobCount == total) {
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        return;
    }
    QString expected =
        QStringLiteral("batchdeck-cli: The server estimated %1 jobs; %2 were listed.\n")
            .arg(total)
            .arg(jobCount);
    if (strict)
        expected += QStringLiteral("batchdeck-cli: Exit code 4: --strict-total treats the "
                                   "server's total as a promise.\n");
    QCOMPARE(result.err, expected);
}

void TestCliPagingOutput::aListThatChangedKeepsEveryRowAndExits4_data()
{
    QTest::addColumn<int>("server");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two jobs leave the list after the first page (total 30 -> 28)")
        << 0 << 28
        << QStringList {"shifted while it was read", "the server's total went down by 2",
                        "up to 2 jobs may be missing", "Export again"};
    QTest::newRow("jobs repeat while no total says the list grew")
        << 1 << 45
        << QStringList {"shifted while it was read", "15 rows came again at shifting offsets",
                        "up to 15 jobs may be missing"};
    QTest::newRow("jobs repeat while the total stays the same")
        << 2 << 28
        << QStringList {"shifted while it was read", "2 rows came again",
                        "up to 2 jobs may be missing"};
}

void TestCliPagingOutput::aListThatChangedKeepsEveryRowAndExits4()
{
    QFETCH(int, server);
    QFETCH(int, rows);
    QFETCH(QStringList, expected);
    QVERIFY(m_cli.writeFile(QStringLiteral("jobs.csv"), "previous\r\n"));
    ShiftingList shifting(45, {0, 3, 3, 3, 3, 3}, Total::Absent);
    // 0: after the first page the two newest jobs leave the list (total 30, then 28), pulling
    // bjb-10 and bjb-11 onto the page already read. 2: two jobs arrive at the head and two leave
    // at the tail, so the total stays 30 while bjb-8 and bjb-9 come again.
    int requests = 0;
    const auto movingList = [&](const TestRequest &request) {
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        const int moved = requests++ == 0 ? 0 : 2;
        const int total = server == 0 ? 30 - moved : 30;
        const int first = server == 0 ? offset + moved : offset - moved;
        return TestResponse::json(
            200, jobListJson(first, std::max(0, std::min(10, total - offset)), total));
    };
    TestHttpServer http(server == 1 ? shifting.handler() : TestHttpServer::Handler(movingList));
    const CliRun result =
        run(exportFrom(http, {QStringLiteral("--output"), QStringLiteral("jobs.csv")}));
    QCOMPARE(result.exitCode, 4);
    for (const QString &part : expected)
        QVERIFY2(result.err.contains(part), qPrintable(result.err));
    const QByteArray csv = m_cli.readFile(QStringLiteral("jobs.csv"));
    QCOMPARE(csv.count("\r\nbjb-") + csv.count("\r\nnew-"), rows);
}

void TestCliPagingOutput::rowsOutsideTheFilterAreLeftOutAndCounted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("export --status failed, 3 completed jobs among 7")
        << QStringList {QStringLiteral("export"), QStringLiteral("--status"),
                        QStringLiteral("failed")}
        << "The server sent 3 jobs that do not match the filter asked for; they were left out.";
    QTest::newRow("items --status failed, 3 completed items among 7")
        << QStringList {QStringLiteral("items"),
                        QStringLiteral("bjb-123e4567-e89b-12d3-a456-426614174000"),
                        QStringLiteral("--status"), QStringLiteral("failed")}
        << "The server sent 3 items that do not match the filter asked for; they were left out.";
    QTest::newRow("export-batches --status FAILED, 3 completed batches among 7")
        << QStringList {QStringLiteral("export-batches"), QStringLiteral("--status"),
                        QStringLiteral("FAILED")}
        << "The server sent 3 batches that do not match the filter asked for; they were left "
           "out.";
}

void TestCliPagingOutput::rowsOutsideTheFilterAreLeftOutAndCounted()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    // Seven rows on one page, then an empty page (v1) or no token (v2). Rows 1, 4 and 5 are
    // completed, the others failed, whatever was asked.
    TestHttpServer http([](const TestRequest &request) {
        const bool v2 = request.path.contains(u"/v2/");
        const bool items = request.path.endsWith(u"/items");
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        QJsonArray rows;
        for (int i = 0; offset == 0 && i < 7; ++i) {
            const bool outside = i == 1 || i == 4 || i == 5;
            QJsonObject row = v2 ? sampleBatchJson(QStringLiteral("bat-%1").arg(i))
                                 : sampleJobJson(QStringLiteral("bjb-%1").arg(i));
            if (items) {
                row = QJsonObject {{QStringLiteral("item_id"), QStringLiteral("itm-%1").arg(i)},
                                   {QStringLiteral("item_name"), QStringLiteral("f%1.pdf").arg(i)}};
            }
            row.insert(u"status",
                       v2 ? (outside ? "COMPLETED" : "FAILED")
                          : (outside ? "completed" : "failed"));
            row.remove(u"results");
            rows.append(row);
        }
        return TestResponse::json(200, QJsonObject {{QStringLiteral("items"), rows}});
    });
    const CliRun result =
        run(arguments
            + QStringList {QStringLiteral("--base-url"), http.baseUrl().toString(),
                           QStringLiteral("--api-key"), QStringLiteral("sk-test"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.err, QStringLiteral("batchdeck-cli: ") + expected + u'\n');
    QCOMPARE(result.out.count('\n'), 4);
    QVERIFY(!result.out.contains(R"("status":"completed")")
            && !result.out.contains(R"("status":"COMPLETED")"));
}

void TestCliPagingOutput::rowCeilingMustBeAPositiveNumber()
{
    const CliRun result = run({QStringLiteral("export"), QStringLiteral("--demo"),
                               QStringLiteral("--row-ceiling"), QStringLiteral("0")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"--row-ceiling"), qPrintable(result.err));
    const CliRun help = run({QStringLiteral("export"), QStringLiteral("--help")});
    QVERIFY(help.out.contains("--row-ceiling"));
    QVERIFY(help.out.contains("10000000"));
}

void TestCliPagingOutput::writesToAFifo()
{
    const QString fifo = m_cli.filePath(QStringLiteral("jobs.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess reader; // reads while the CLI writes, as `batchdeck-cli ... --output fifo` is used
    reader.start(QStringLiteral("cat"), {fifo});
    QVERIFY(reader.waitForStarted(30'000));
    const CliRun result =
        run({QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("--max-rows"),
             QStringLiteral("1500"), QStringLiteral("--output"), fifo});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QSignalSpy readerFinished(&reader, &QProcess::finished);
    QVERIFY(reader.state() == QProcess::NotRunning || readerFinished.wait(30'000));
    QCOMPARE(reader.readAllStandardOutput().count("\r\nbjb-"), 1500);
    QVERIFY(isFifo(fifo));
}

void TestCliPagingOutput::writesToDevices_data()
{
    QTest::addColumn<bool>("full");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("/dev/null") << false << 0 << "";
    QTest::newRow("/dev/full") << true << 1 << "No space left on device";
}

void TestCliPagingOutput::writesToDevices()
{
    QFETCH(bool, full);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const TestDevices devices; // as root, nodes of the test's own, never the machine's
    if (!devices.problem().isEmpty())
        QSKIP(qPrintable(devices.problem()));
    const QString device = full ? devices.full() : devices.null();
    const CliRun result =
        run({QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("--max-rows"),
             QStringLiteral("5"), QStringLiteral("--output"), device});
    QCOMPARE(result.exitCode, exitCode);
    if (message.isEmpty())
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    else
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!result.err.contains(u"Unknown error"));
    QVERIFY(isCharacterDevice(device));
}

void TestCliPagingOutput::standardOutputOnAFullDeviceFails_data()
{
    QTest::addColumn<QStringList>("output");
    QTest::newRow("standard output") << QStringList {};
    QTest::newRow("--output /dev/stdout")
        << QStringList {QStringLiteral("--output"), QStringLiteral("/dev/stdout")};
}

void TestCliPagingOutput::standardOutputOnAFullDeviceFails()
{
    // A few rows fit any buffer: the failure shows only when they are flushed at the end.
    QFETCH(QStringList, output);
    const TestDevices devices;
    if (!devices.problem().isEmpty())
        QSKIP(qPrintable(devices.problem()));
    QProcess process;
    process.setProcessEnvironment(cleanCliEnvironment());
    process.setStandardOutputFile(devices.full());
    process.start(m_cli.program(),
                  QStringList {QStringLiteral("export"), QStringLiteral("--demo"),
                               QStringLiteral("--max-rows"), QStringLiteral("2")}
                      + output);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(60'000));
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(u"No space left on device"), qPrintable(err));
    QVERIFY(isCharacterDevice(devices.full()));
}

void TestCliPagingOutput::interruptSaysWhatWasKept_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("previousFile");
    QTest::addColumn<QString>("message");
    QTest::newRow("a previous file") << "jobs.csv" << true
                                     << "Interrupted; jobs.csv was left as it was before the "
                                        "export.";
    QTest::newRow("no previous file")
        << "jobs.csv" << false << "Interrupted; jobs.csv was not created.";
    QTest::newRow("standard output")
        << "-" << false << "Interrupted; the CSV written to standard output is incomplete.";
}

void TestCliPagingOutput::interruptSaysWhatWasKept()
{
    QFETCH(QString, output);
    QFETCH(bool, previousFile);
    QFETCH(QString, message);
    if (previousFile) {
        QFile previous(m_cli.filePath(QStringLiteral("jobs.csv")));
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous\r\n");
    }
    TestHttpServer server([](const TestRequest &request) {
        if (request.query.queryItemValue(QStringLiteral("offset")) != u"0")
            return TestResponse::hang();
        return TestResponse::json(200, jobListJson(0, 10, std::nullopt));
    });
    QProcess *process = m_cli.start(exportFrom(server, {QStringLiteral("--output"), output}));
    QSignalSpy finished(process, &QProcess::finished);
    QString why;
    QVERIFY2(m_cli.waitWhileRunning([&] { return server.requests().size() == 2; }, &why),
             qPrintable(why)); // the second page hangs
    ::kill(pid_t(process->processId()), SIGINT);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(process->exitCode(), 130);
    QCOMPARE(QString::fromLocal8Bit(process->readAllStandardError()),
             QStringLiteral("batchdeck-cli: ") + message + u'\n');
    if (previousFile)
        QCOMPARE(m_cli.readFile(QStringLiteral("jobs.csv")), QByteArray("previous\r\n"));
    else if (output != u"-")
        QVERIFY(m_cli.files().isEmpty());
}

void TestCliPagingOutput::aServerAskingToSlowDownIsToldOnTheProgressLine()
{
    // 200 jobs in pages of 10, 4 asked at once, from a server that answers one request at a
    // time (after 100 ms) and refuses another meanwhile, asking to wait 300 ms. Standard error
    // is a terminal, so the progress line shows, and says why the export waits.
    TestHttpServer server;
    server.setHandler([&](const TestRequest &request) {
        if (server.requests().size() - server.responsesSent() > 1) {
            return TestResponse::json(429, QJsonObject {{"detail", "Too Many Requests"}})
                .withHeader("retry-after-ms", "300");
        }
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        const int count = std::max(0, std::min(10, 200 - offset));
        return TestResponse::json(200, jobListJson(offset, count, 200)).delayedBy(100);
    });
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    QVERIFY(master >= 0);
    const auto closeMaster = qScopeGuard([master] { ::close(master); });
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QString terminal = QString::fromLocal8Bit(::ptsname(master));
    QByteArray shown;
    const auto readTerminal = [&] {
        char buffer[4096];
        for (ssize_t got; (got = ::read(master, buffer, sizeof buffer)) > 0;)
            shown.append(buffer, got);
    };
    QProcess process;
    process.setProcessEnvironment(cleanCliEnvironment());
    process.setWorkingDirectory(m_cli.directory());
    process.setStandardErrorFile(terminal);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_cli.program(),
                  exportFrom(server,
                             {QStringLiteral("--max-retries"), QStringLiteral("8"),
                              QStringLiteral("--concurrency"), QStringLiteral("4"),
                              QStringLiteral("--output"), QStringLiteral("jobs.csv")}));
    // The terminal is read while the export runs: a full terminal would hold the CLI up.
    QTRY_VERIFY_WITH_TIMEOUT((readTerminal(), !finished.isEmpty()), 60'000);
    readTerminal();
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(shown.contains("server asks to slow down: waiting 1 s"), shown.constData());
    QVERIFY2(shown.contains("in flight"), shown.constData());
    QVERIFY2(shown.contains("Exported 200 jobs"), shown.constData());
    QCOMPARE(m_cli.readFile(QStringLiteral("jobs.csv")).count('\n'), 201); // every job
}

QTEST_GUILESS_MAIN(TestCliPagingOutput)
#include "tst_clipagingoutput.moc"
