// batchdeck-cli failures, stuck and search where they must refuse or protect: usage errors name
// the flag, an output file is replaced only on success, a missing index is not made and a damaged
// one is set aside, and nothing (the API key least of all) leaves the machine or lands in the
// index.
#include "cliindextesting.h"
#include "clitesting.h"
#include "demo/demoserver.h"
#include "filesizelimit.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QByteArray FailuresHeader =
    "pattern,count,first_seen,last_seen,job_types,example_id,example_message\r\n";

} // namespace

class TestCliIndexSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void usageErrorsNameTheFlag_data();
    void usageErrorsNameTheFlag();
    void searchReplacesTheFileOnlyOnSuccess_data();
    void searchReplacesTheFileOnlyOnSuccess();
    void missingIndexIsNotMade_data();
    void missingIndexIsNotMade();
    void damagedIndexIsSetAside();
    void indexUnreadableForNowIsLeftAlone();
    void nothingLeavesLoopback_data();
    void nothingLeavesLoopback();
    void apiKeyStaysOutOfOutputAndIndex_data();
    void apiKeyStaysOutOfOutputAndIndex();

private:
    CliRunner m_cli;
    std::unique_ptr<DemoServer> m_smallDemo;
    QTemporaryDir m_sharedDirectory;
    QString m_sharedIndex; // m_smallDemo synced once
};

void TestCliIndexSafety::initTestCase()
{
    QVERIFY2(m_cli.isReady(), "BATCHDECK_CLI must name the built batchdeck-cli");
    QVERIFY(m_sharedDirectory.isValid());
    DemoConfig config;
    config.jobCount = 200;
    config.batchCount = 10;
    m_smallDemo = std::make_unique<DemoServer>(config);
    QVERIFY2(m_smallDemo->listen(), qPrintable(m_smallDemo->errorString()));
    m_sharedIndex = m_sharedDirectory.filePath(QStringLiteral("demo.sqlite"));
    const CliRun sync =
        m_cli.run(QStringList {QStringLiteral("sync"), QStringLiteral("--db"), m_sharedIndex}
                  + demoConnection(*m_smallDemo));
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
}

void TestCliIndexSafety::init()
{
    m_cli.removeFiles();
}

// ---------------------------------------------------------------------------------------- refusal

void TestCliIndexSafety::usageErrorsNameTheFlag_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("flag");
    const auto failures = [](std::initializer_list<QString> extra) {
        return QStringList {QStringLiteral("failures")} + QStringList(extra);
    };
    QTest::newRow("failures --since yesterday")
        << failures({QStringLiteral("--since"), QStringLiteral("yesterday")}) << "--since";
    QTest::newRow("failures --until 2026-13-45")
        << failures({QStringLiteral("--until"), QStringLiteral("2026-13-45")}) << "--until";
    QTest::newRow("failures --since after --until")
        << failures({QStringLiteral("--since"), QStringLiteral("2026-11-02"),
                     QStringLiteral("--until"), QStringLiteral("2026-11-01")})
        << "--since";
    QTest::newRow("failures --since equal to --until")
        << failures({QStringLiteral("--since"), QStringLiteral("2026-11-01T08:00:00Z"),
                     QStringLiteral("--until"), QStringLiteral("2026-11-01T08:00:00Z")})
        << "--since";
    QTest::newRow("failures --format xml")
        << failures({QStringLiteral("--format"), QStringLiteral("xml")}) << "--format";
    QTest::newRow("failures --bom with json")
        << failures({QStringLiteral("--bom"), QStringLiteral("--format"), QStringLiteral("json")})
        << "--bom";
    QTest::newRow("stuck --older-than 5x")
        << QStringList {QStringLiteral("stuck"), QStringLiteral("--older-than"),
                        QStringLiteral("5x")}
        << "--older-than";
    QTest::newRow("search with an empty TEXT")
        << QStringList {QStringLiteral("search"), QString()} << "TEXT";
    QTest::newRow("search with only spaces")
        << QStringList {QStringLiteral("search"), QStringLiteral("   ")} << "TEXT";
    QTest::newRow("search without TEXT") << QStringList {QStringLiteral("search")} << "TEXT";
    QTest::newRow("search --until not a time")
        << QStringList {QStringLiteral("search"), QStringLiteral("bjb"), QStringLiteral("--until"),
                        QStringLiteral("soon")}
        << "--until";
}

void TestCliIndexSafety::usageErrorsNameTheFlag()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, flag);
    // An index that is not there: a usage error is told before the index is looked for.
    const CliRun result =
        m_cli.run(arguments + QStringList {QStringLiteral("--db"), QStringLiteral("x.sqlite")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(u"batchdeck-cli: ") && result.err.contains(flag),
             qPrintable(result.err));
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(m_cli.files(), QStringList {});
}

void TestCliIndexSafety::searchReplacesTheFileOnlyOnSuccess_data()
{
    QTest::addColumn<bool>("indexExists");
    QTest::addColumn<int>("fileSizeLimit"); // bytes a file may grow to; 0: no limit
    QTest::addColumn<int>("expectedExitCode");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("a finished search replaces the file") << true << 0 << 0 << QString();
    QTest::newRow("a missing index leaves the file") << false << 0 << 1 << "There is no index";
    // Room for the index's shared memory file (32 KiB), not for the rows.
    QTest::newRow("a write that fails leaves the file")
        << true << 48 * 1024 << 1 << "Could not write the CSV: File too large";
}

void TestCliIndexSafety::searchReplacesTheFileOnlyOnSuccess()
{
    QFETCH(bool, indexExists);
    QFETCH(int, fileSizeLimit);
    QFETCH(int, expectedExitCode);
    QFETCH(QString, expectedError);
    const QStringList arguments {QStringLiteral("search"), QStringLiteral("bjb"),
                                 QStringLiteral("--db"),
                                 indexExists ? m_sharedIndex : m_cli.filePath(u"none.sqlite"_qs)};
    const CliRun toStandardOutput = m_cli.run(arguments);
    if (fileSizeLimit > 0) // every job: past the limit
        QVERIFY(toStandardOutput.out.size() > fileSizeLimit);
    const QByteArray previous = "what was there before\n";
    QVERIFY(m_cli.writeFile(QStringLiteral("jobs.csv"), previous));

    CliRun result;
    {
        std::unique_ptr<FileSizeLimit> limit; // inherited by the CLI
        if (fileSizeLimit > 0) {
            limit = std::make_unique<FileSizeLimit>(rlim_t(fileSizeLimit));
            QVERIFY(limit->isActive());
        }
        result = m_cli.run(arguments + QStringList {QStringLiteral("--output"), u"jobs.csv"_qs});
    }
    QCOMPARE(result.exitCode, expectedExitCode);
    QCOMPARE(m_cli.files(), QStringList {QStringLiteral("jobs.csv")}); // no half-written file
    const QByteArray written = m_cli.readFile(QStringLiteral("jobs.csv"));
    if (expectedExitCode == 0) {
        QVERIFY(result.out.isEmpty());
        QCOMPARE(written, toStandardOutput.out);
    } else {
        QVERIFY2(result.err.startsWith(u"batchdeck-cli: ") && result.err.contains(expectedError),
                 qPrintable(result.err));
        QCOMPARE(written, previous);
    }
}

// ------------------------------------------------------------------------ missing, damaged index

void TestCliIndexSafety::missingIndexIsNotMade_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("path"); // as the message names it
    // Relative paths, in the scratch folder: were the index made after all, it would be there.
    QTest::newRow("failures, --db in a missing folder")
        << QStringList {QStringLiteral("failures"), QStringLiteral("--db"),
                        QStringLiteral("nonexistent/dir/x.sqlite")}
        << "nonexistent/dir/x.sqlite";
    QTest::newRow("stuck, --db a missing file")
        << QStringList {QStringLiteral("stuck"), QStringLiteral("--db"), QStringLiteral("x.sqlite")}
        << "x.sqlite";
    QTest::newRow("search, --demo's index not made yet")
        << QStringList {QStringLiteral("search"), QStringLiteral("bjb"), QStringLiteral("--demo")}
        << "data/BatchDeck/index/demo-";
}

void TestCliIndexSafety::missingIndexIsNotMade()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, path);
    QProcessEnvironment environment = cleanCliEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_cli.filePath(QStringLiteral("data")));
    const CliRun result = m_cli.run(arguments, environment);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"There is no index at ") && result.err.contains(path)
                 && result.err.contains(u"Run batchdeck-cli sync first"),
             qPrintable(result.err));
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(QDir(m_cli.directory()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList {});
}

void TestCliIndexSafety::damagedIndexIsSetAside()
{
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator random(15);
    random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    QVERIFY(m_cli.writeFile(QStringLiteral("x.sqlite"), noise));

    const CliRun result =
        m_cli.run({QStringLiteral("failures"), QStringLiteral("--db"), QStringLiteral("x.sqlite")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, FailuresHeader); // the new index is empty
    const QStringList asideFiles = m_cli.files().filter(u"x.sqlite.set-aside-"_qs);
    QCOMPARE(asideFiles.size(), 1);
    QVERIFY2(result.err.startsWith(u"batchdeck-cli: The index x.sqlite could not be used (it is "
                                   "damaged), so it was moved aside as "
                                   + asideFiles.constFirst())
                 && result.err.contains(u"a new index was started"),
             qPrintable(result.err));
    QCOMPARE(m_cli.readFile(asideFiles.constFirst()), noise);
    QVERIFY(readIndex(m_cli.filePath(QStringLiteral("x.sqlite"))).error.isEmpty());
}

// An error of the moment (here: no room for SQLite's shared memory file) says nothing about the
// file: it is not set aside as damaged, and the command fails saying what happened.
void TestCliIndexSafety::indexUnreadableForNowIsLeftAlone()
{
    const QString index = m_cli.filePath(QStringLiteral("x.sqlite"));
    QVERIFY(QFile::copy(m_sharedIndex, index)); // closed by its sync: no WAL beside it
    const QByteArray before = m_cli.readFile(QStringLiteral("x.sqlite"));

    CliRun result;
    {
        const FileSizeLimit limit(16 * 1024); // inherited by the CLI
        QVERIFY(limit.isActive());
        result = m_cli.run({QStringLiteral("failures"), QStringLiteral("--db"), index});
    }
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(u"batchdeck-cli: The index " + index + u" could not be read: ")
                 && result.err.contains(u"It was left as it is"),
             qPrintable(result.err));
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(m_cli.files().filter(u"set-aside"_qs), QStringList {});
    QCOMPARE(m_cli.readFile(QStringLiteral("x.sqlite")), before);
    // Once there is room, the same index reads as before.
    const CliRun again = m_cli.run({QStringLiteral("failures"), QStringLiteral("--db"), index});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(again.out.size() > FailuresHeader.size());
}

// --------------------------------------------------------------------------------- what goes out

void TestCliIndexSafety::nothingLeavesLoopback_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("usesTheNetwork");
    QTest::newRow("sync") << QStringList {QStringLiteral("sync")} << true;
    QTest::newRow("failures") << QStringList {QStringLiteral("failures")} << false;
    QTest::newRow("stuck") << QStringList {QStringLiteral("stuck")} << false;
    QTest::newRow("search") << QStringList {QStringLiteral("search"), QStringLiteral("service")}
                            << false;
}

// Every socket the CLI opens, as strace sees its system calls: only loopback addresses, and none
// at all for the commands that read the index.
void TestCliIndexSafety::nothingLeavesLoopback()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, usesTheNetwork);
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        QSKIP("strace is not installed: it lists the CLI's sockets");
    const QString index = m_cli.filePath(QStringLiteral("index.sqlite"));
    const QString trace = m_cli.filePath(QStringLiteral("trace.txt"));
    if (!usesTheNetwork) {
        const CliRun sync =
            m_cli.run(QStringList {QStringLiteral("sync"), QStringLiteral("--db"), index}
                      + demoConnection(*m_smallDemo));
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    }
    QProcessEnvironment environment = cleanCliEnvironment();
    // LeakSanitizer cannot run under ptrace.
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
                       environment.value(QStringLiteral("ASAN_OPTIONS"))
                           + QStringLiteral(":detect_leaks=0"));
    const CliRun result =
        m_cli.run(QStringList {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
                               QStringLiteral("trace=socket,connect,sendto,sendmsg,openat"),
                               QStringLiteral("-o"), trace, m_cli.program()}
                      + arguments + QStringList {QStringLiteral("--db"), index}
                      + (usesTheNetwork ? demoConnection(*m_smallDemo) : QStringList {}),
                  environment, strace);
    const QString calls = QString::fromUtf8(m_cli.readFile(QStringLiteral("trace.txt")));
    if (result.exitCode != 0 && !calls.contains(u"index.sqlite"))
        QSKIP(qPrintable(u"strace cannot trace here: "_qs + result.err));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(calls.contains(u"index.sqlite")); // the trace did see the CLI

    static const QRegularExpression inet(QStringLiteral("inet_addr\\(\"([^\"]+)\"\\)"));
    static const QRegularExpression inet6(QStringLiteral("inet_pton\\(AF_INET6, \"([^\"]+)\""));
    for (const QRegularExpressionMatch &match : inet.globalMatch(calls))
        QVERIFY2(match.captured(1).startsWith(u"127."), qPrintable(match.captured(0)));
    for (const QRegularExpressionMatch &match : inet6.globalMatch(calls))
        QVERIFY2(match.captured(1) == u"::1" || match.captured(1).startsWith(u"::ffff:127."),
                 qPrintable(match.captured(0)));
    const QString demoAddress =
        QStringLiteral("sin_port=htons(%1), sin_addr=inet_addr(\"127.0.0.1\")")
            .arg(m_smallDemo->port());
    QCOMPARE(calls.contains(demoAddress), usesTheNetwork);
    if (!usesTheNetwork)
        QVERIFY2(!calls.contains(u"socket(AF_INET"), qPrintable(calls));
}

void TestCliIndexSafety::apiKeyStaysOutOfOutputAndIndex_data()
{
    QTest::addColumn<bool>("keyFromEnvironment");
    QTest::newRow("--api-key") << false;
    QTest::newRow("LLAMA_CLOUD_API_KEY") << true;
}

void TestCliIndexSafety::apiKeyStaysOutOfOutputAndIndex()
{
    QFETCH(bool, keyFromEnvironment);
    const QByteArray key = DemoServer::apiKey().toUtf8();
    QProcessEnvironment environment = cleanCliEnvironment();
    QStringList connectionOptions {QStringLiteral("--base-url"), m_smallDemo->baseUrl().toString()};
    if (keyFromEnvironment)
        environment.insert(QStringLiteral("LLAMA_CLOUD_API_KEY"), QString::fromUtf8(key));
    else
        connectionOptions << QStringLiteral("--api-key") << QString::fromUtf8(key);
    const QStringList db {QStringLiteral("--db"), QStringLiteral("index.sqlite")};

    QByteArray everything;
    const auto runAndKeep = [&](const QStringList &arguments) {
        const CliRun result = m_cli.run(arguments, environment);
        everything += result.out + result.err.toUtf8();
        return result.exitCode;
    };
    QCOMPARE(runAndKeep(QStringList {QStringLiteral("sync")} + db + connectionOptions), 0);
    QCOMPARE(runAndKeep(QStringList {QStringLiteral("sync"), QStringLiteral("--full")} + db
                        + connectionOptions),
             0);
    QCOMPARE(runAndKeep(QStringList {QStringLiteral("failures")} + db), 0);
    QCOMPARE(runAndKeep(QStringList {QStringLiteral("stuck"), QStringLiteral("--older-than"),
                                     QStringLiteral("1s")}
                        + db),
             0);
    QCOMPARE(runAndKeep(QStringList {QStringLiteral("search"), QStringLiteral("bjb")} + db), 0);
    QVERIFY(everything.contains("bjb-")); // the output is there to search
    QVERIFY(!everything.contains(key));
    // The index and whatever SQLite keeps beside it.
    QVERIFY(m_cli.files().contains(u"index.sqlite"_qs));
    for (const QString &file : m_cli.files()) {
        const QByteArray bytes = m_cli.readFile(file);
        QVERIFY2(!bytes.contains(key) && !bytes.contains(key.toBase64()), qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(TestCliIndexSafety)
#include "tst_cliindexsafety.moc"
