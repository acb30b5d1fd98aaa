// batchdeck-cli against hostile list servers and unusual outputs: what the user sees (exit code,
// standard error) and that nothing is lost or destroyed.
#include "clitesting.h"
#include "hostilepagingservers.h"
#include "testdevices.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

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
    void rowCeilingMustBeAPositiveNumber();
    void writesToAFifo();
    void writesToDevices_data();
    void writesToDevices();
    void standardOutputOnAFullDeviceFails_data();
    void standardOutputOnAFullDeviceFails();
    void interruptSaysWhatWasKept_data();
    void interruptSaysWhatWasKept();

private:
    CliRun run(const QStringList &arguments) { return m_cli.run(arguments); }
    QStringList exportFrom(const TestHttpServer &server, const QStringList &extra) const
    {
        return QStringList {QStringLiteral("export"),    QStringLiteral("--base-url"),
                            server.baseUrl().toString(), QStringLiteral("--api-key"),
                            QStringLiteral("sk-test"),   QStringLiteral("--page-size"),
                            QStringLiteral("10")}
        + extra;
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
    ShiftingList list(45, {0, 3, 3, 3, 3, 3}, Total::Present);
    TestHttpServer server(list.handler());
    const CliRun result =
        run(exportFrom(server, {QStringLiteral("--output"), QStringLiteral("jobs.csv")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const qint64 duplicates = list.rowsSent() - 45;
    QCOMPARE(result.err,
             QStringLiteral("batchdeck-cli: %1 duplicate rows from shifting pages were left out "
                            "(jobs were created during the export; each job is written once).\n")
                 .arg(duplicates));
    QCOMPARE(m_cli.readFile(QStringLiteral("jobs.csv")).count("\r\nbjb-"), 45);
}

void TestCliPagingOutput::listsThatDoNotAddUpFail_data()
{
    QTest::addColumn<int>("server"); // 0: empty page before total_size, 1: endless pages
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("an empty page before total_size")
        << 0 << QStringList {}
        << QStringList {"no jobs at offset 25", "after 25 of the 40", "total_size"};
    QTest::newRow("endless pages stop at --row-ceiling")
        << 1 << QStringList {QStringLiteral("--row-ceiling"), QStringLiteral("30")}
        << QStringList {"ceiling of 30 rows", "raise it with --row-ceiling"};
}

void TestCliPagingOutput::listsThatDoNotAddUpFail()
{
    QFETCH(int, server);
    QFETCH(QStringList, extra);
    QFETCH(QStringList, expected);
    QVERIFY(m_cli.writeFile(QStringLiteral("jobs.csv"), "previous\r\n"));
    TestHttpServer http(server == 0 ? overstatedTotal(25, 40) : endlessPages());
    const CliRun result = run(exportFrom(
        http, extra + QStringList {QStringLiteral("--output"), QStringLiteral("jobs.csv")}));
    QCOMPARE(result.exitCode, 1);
    for (const QString &part : expected)
        QVERIFY2(result.err.contains(part), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QCOMPARE(m_cli.readFile(QStringLiteral("jobs.csv")), QByteArray("previous\r\n"));
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
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 2, 30'000); // the second page hangs
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

QTEST_GUILESS_MAIN(TestCliPagingOutput)
#include "tst_clipagingoutput.moc"
