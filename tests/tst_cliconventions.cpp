// What every batchdeck-cli command shares: statuses and job types in any case, an unknown option
// answered with the closest known one, --help that names the command as it is typed (Qt's own
// options only under --help-all), the commands listed in columns, and counts in sentences in the
// singular or the plural. Per-test servers and the demo server, on 127.0.0.1.
#include "clitesting.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QString JobId = QStringLiteral("bjb-123e4567-e89b-12d3-a456-426614174000");
const QString BatchId = QStringLiteral("bat-123e4567-e89b-12d3-a456-426614174000");
const QString JobsPath = QStringLiteral("/api/v1/beta/batch-processing");

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

// Lists of one record, then the empty page that ends them: jobs, a job's items and v2 batches;
// and cancel, which says one item was processed.
TestResponse oneOfEach(const TestRequest &request)
{
    const bool first = request.query.queryItemValue(QStringLiteral("offset")).toInt() == 0;
    if (request.path == JobsPath) {
        return TestResponse::json(200, jobListJson(0, first ? 1 : 0, 1));
    }
    if (request.path == JobsPath + u'/' + JobId + u"/items") {
        QJsonArray items;
        if (first) {
            items.append(QJsonObject {{QStringLiteral("item_id"), QStringLiteral("itm-1")},
                                      {QStringLiteral("item_name"), QStringLiteral("a.pdf")},
                                      {QStringLiteral("status"), QStringLiteral("skipped")}});
        }
        return TestResponse::json(
            200, QJsonObject {{QStringLiteral("items"), items}, {QStringLiteral("total_size"), 1}});
    }
    if (request.path == JobsPath + u'/' + JobId + u"/cancel") {
        return TestResponse::json(
            200,
            QJsonObject {{QStringLiteral("job_id"), JobId},
                         {QStringLiteral("status"), QStringLiteral("cancelled")},
                         {QStringLiteral("processed_items"), 1},
                         {QStringLiteral("message"), QStringLiteral("Cancelled.")}});
    }
    if (request.path == u"/api/v2/batches")
        return TestResponse::json(200, QJsonObject {{QStringLiteral("items"), QJsonArray {}}});
    return TestResponse::json(
        404, QJsonObject {{QStringLiteral("detail"), QStringLiteral("Not Found")}});
}

// Every list empty: what matters is the query it was asked with.
TestResponse emptyLists(const TestRequest &request)
{
    if (request.path.startsWith(u"/api/v2/"))
        return TestResponse::json(200, QJsonObject {{QStringLiteral("items"), QJsonArray {}}});
    return TestResponse::json(
        200,
        QJsonObject {{QStringLiteral("items"), QJsonArray {}}, {QStringLiteral("total_size"), 0}});
}

QStringList againstServer(const TestHttpServer &server)
{
    return {QStringLiteral("--base-url"),    server.baseUrl().toString(),
            QStringLiteral("--api-key"),     QStringLiteral("sk-conventions"),
            QStringLiteral("--max-retries"), QStringLiteral("0")};
}

} // namespace

class TestCliConventions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void enumValuesAreTakenInAnyCase_data();
    void enumValuesAreTakenInAnyCase();
    void unknownEnumValuesAreRefused_data();
    void unknownEnumValuesAreRefused();
    void unknownOptionSuggestsTheClosest_data();
    void unknownOptionSuggestsTheClosest();
    void commandHelpNamesTheCommand_data();
    void commandHelpNamesTheCommand();
    void topLevelHelpListsCommandsInColumns();
    void countsInSentences_data();
    void countsInSentences();
    void serveDemoCountsItsJobs_data();
    void serveDemoCountsItsJobs();

private:
    CliRunner m_cli;
};

void TestCliConventions::initTestCase()
{
    QVERIFY2(m_cli.isReady(), "BATCHDECK_CLI must name the built batchdeck-cli");
}

void TestCliConventions::init()
{
    m_cli.removeFiles();
}

// ------------------------------------------------------------------- statuses and job types

void TestCliConventions::enumValuesAreTakenInAnyCase_data()
{
    QTest::addColumn<QStringList>("arguments"); // the server's flags are appended
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("sent"); // as the API spells it
    const QString items = QStringLiteral("items");
    QTest::newRow("export --status FAILED") << strings({"export", "--status", "FAILED"}) << "status"
                                            << "failed";
    QTest::newRow("export --status Running")
        << strings({"export", "--status", "Running"}) << "status"
        << "running";
    QTest::newRow("export --job-type PARSE")
        << strings({"export", "--job-type", "PARSE"}) << "job_type"
        << "parse";
    QTest::newRow("export-batches --status failed")
        << strings({"export-batches", "--status", "failed"}) << "status"
        << "FAILED";
    QTest::newRow("export-batches --status Cancelled")
        << strings({"export-batches", "--status", "Cancelled"}) << "status"
        << "CANCELLED";
    QTest::newRow("export-batches --status THROTTLED")
        << strings({"export-batches", "--status", "THROTTLED"}) << "status"
        << "THROTTLED";
    QTest::newRow("items --status SKIPPED")
        << QStringList {items, JobId, QStringLiteral("--status"), QStringLiteral("SKIPPED")}
        << "status"
        << "skipped";
}

void TestCliConventions::enumValuesAreTakenInAnyCase()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, parameter);
    QFETCH(QString, sent);
    TestHttpServer server(emptyLists);
    const CliRun result = m_cli.run(arguments + againstServer(server));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(!server.requests().isEmpty());
    for (const TestRequest &request : server.requests())
        QCOMPARE(request.query.queryItemValue(parameter), sent);
}

void TestCliConventions::unknownEnumValuesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // the whole of standard error
    const QString jobStatuses =
        QStringLiteral("pending, running, dispatched, completed, failed, cancelled");
    const QString jobTypes = QStringLiteral("parse, extract, classify");
    const auto refused = [](const char *flag, const QString &values, const char *got) {
        return QStringLiteral("batchdeck-cli: --%1 must be one of %2, in any case (got \"%3\").\n")
            .arg(QLatin1String(flag), values, QLatin1String(got));
    };
    QTest::newRow("export --status") << strings({"export", "--demo", "--status", "done"})
                                     << refused("status", jobStatuses, "done");
    QTest::newRow("export --job-type") << strings({"export", "--demo", "--job-type", "Index"})
                                       << refused("job-type", jobTypes, "Index");
    QTest::newRow("export-batches --status")
        << strings({"export-batches", "--demo", "--status", "DONE"})
        << refused("status",
                   QStringLiteral("pending, throttled, running, completed, failed, cancelled"),
                   "DONE");
    QTest::newRow("items --status (a job's status, not an item's)")
        << QStringList {QStringLiteral("items"), JobId, QStringLiteral("--demo"),
                        QStringLiteral("--status"), QStringLiteral("Running")}
        << refused("status",
                   QStringLiteral("pending, processing, completed, failed, skipped, cancelled"),
                   "Running");
    // Told before the index is looked for: there is none here.
    QTest::newRow("search --status, given twice") << strings(
        {"search", "word", "--db", "none.sqlite", "--status", "FAILED", "--status", "broken"})
                                                  << refused("status", jobStatuses, "broken");
    QTest::newRow("search --type")
        << strings({"search", "word", "--db", "none.sqlite", "--type", "PARSE_V2"})
        << refused("type", jobTypes, "PARSE_V2");
}

void TestCliConventions::unknownEnumValuesAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun result = m_cli.run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, message);
    QVERIFY(result.out.isEmpty());
}

// ------------------------------------------------------------------------- unknown options

void TestCliConventions::unknownOptionSuggestsTheClosest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // the first line of standard error
    const auto suggested = [](const char *typed, const char *known) {
        return QStringLiteral("batchdeck-cli: Unknown option '%1'. Did you mean %2?")
            .arg(QLatin1String(typed), QLatin1String(known));
    };
    QTest::newRow("export --max-row: one letter short")
        << strings({"export", "--demo", "--max-row", "5"}) << suggested("max-row", "--max-rows");
    QTest::newRow("export --statsu: two letters swapped")
        << strings({"export", "--demo", "--statsu", "failed"}) << suggested("statsu", "--status");
    QTest::newRow("export --STATUS: another case")
        << strings({"export", "--demo", "--STATUS", "failed"}) << suggested("STATUS", "--status");
    QTest::newRow("export-batches --created-afer")
        << strings({"export-batches", "--demo", "--created-afer", "2026-01-01"})
        << suggested("created-afer", "--created-after");
    QTest::newRow("job --fromat") << QStringList {
        QStringLiteral("job"), JobId, QStringLiteral("--fromat"),
        QStringLiteral("json")} << suggested("fromat", "--format");
    QTest::newRow("batch --formats")
        << QStringList {QStringLiteral("batch"), BatchId, QStringLiteral("--formats"),
                        QStringLiteral("json")}
        << suggested("formats", "--format");
    QTest::newRow("search --tpye")
        << strings({"search", "word", "--tpye", "parse"}) << suggested("tpye", "--type");
    QTest::newRow("sync --ful") << strings({"sync", "--demo", "--ful"})
                                << suggested("ful", "--full");
    QTest::newRow("failures --items --no-fetc")
        << strings({"failures", "--items", "--no-fetc"}) << suggested("no-fetc", "--no-fetch");
    QTest::newRow("serve-demo --prot")
        << strings({"serve-demo", "--prot", "0"}) << suggested("prot", "--port");
    QTest::newRow("export --colour: nothing close")
        << strings({"export", "--demo", "--colour"})
        << "batchdeck-cli: Unknown option 'colour' (see batchdeck-cli export --help).";
    QTest::newRow("cancel-batch --yes: nothing close")
        << QStringList {QStringLiteral("cancel-batch"), BatchId, QStringLiteral("--yes")}
        << "batchdeck-cli: Unknown option 'yes' (see batchdeck-cli cancel-batch --help).";
    QTest::newRow("export -x: a short name is never guessed")
        << strings({"export", "--demo", "-x"})
        << "batchdeck-cli: Unknown option 'x' (see batchdeck-cli export --help).";
    QTest::newRow("command exprot") << strings({"exprot", "--demo"})
                                    << "batchdeck-cli: Unknown command \"exprot\". Did you mean "
                                       "export?";
    QTest::newRow("command cancel-batches")
        << QStringList {QStringLiteral("cancel-batches"), BatchId}
        << "batchdeck-cli: Unknown command \"cancel-batches\". Did you mean cancel-batch?";
    QTest::newRow("command import: nothing close")
        << strings({"import"}) << "batchdeck-cli: Unknown command \"import\".";
}

void TestCliConventions::unknownOptionSuggestsTheClosest()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun result = m_cli.run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.section(u'\n', 0, 0), message);
    QVERIFY(result.out.isEmpty());
}

// --------------------------------------------------------------------------------- help

void TestCliConventions::commandHelpNamesTheCommand_data()
{
    QTest::addColumn<QStringList>("command"); // --help or --help-all is appended
    QTest::addColumn<QString>("usage"); // the first line
    QTest::addColumn<bool>("all");
    const QList<std::pair<QStringList, QString>> commands {
        {strings({"export"}), "export [options]"},
        {strings({"export-batches"}), "export-batches [options]"},
        {strings({"job"}), "job [options] JOB_ID"},
        {QStringList {QStringLiteral("job"), JobId}, "job [options] JOB_ID"},
        {strings({"items"}), "items [options] JOB_ID"},
        {strings({"cancel"}), "cancel [options] JOB_ID"},
        {strings({"batch"}), "batch [options] BATCH_ID"},
        {QStringList {QStringLiteral("cancel-batch"), BatchId}, "cancel-batch [options] BATCH_ID"},
        {strings({"sync"}), "sync [options]"},
        {strings({"failures"}), "failures [options]"},
        {strings({"failures", "--items"}), "failures [options]"},
        {strings({"stuck"}), "stuck [options]"},
        {strings({"search"}), "search [options] TEXT"},
        {strings({"serve-demo"}), "serve-demo [options]"},
    };
    for (const auto &[command, usage] : commands) {
        for (const bool all : {false, true}) {
            QTest::addRow("%s %s", qPrintable(command.join(u' ')), all ? "--help-all" : "--help")
                << command << QStringLiteral("Usage: batchdeck-cli ") + usage << all;
        }
    }
}

void TestCliConventions::commandHelpNamesTheCommand()
{
    QFETCH(QStringList, command);
    QFETCH(QString, usage);
    QFETCH(bool, all);
    const CliRun result = m_cli.run(
        command + QStringList {all ? QStringLiteral("--help-all") : QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QString out = QString::fromUtf8(result.out);
    QCOMPARE(out.section(u'\n', 0, 0), usage);
    QVERIFY2(!out.contains(m_cli.program()), qPrintable(out)); // never the program's path
    QVERIFY2(out.contains(u"  -h, --help "), qPrintable(out));
    // Qt's own option, only when asked for.
    QCOMPARE(out.contains(u"--help-all"), all);
}

void TestCliConventions::topLevelHelpListsCommandsInColumns()
{
    const CliRun result = m_cli.run(strings({"--help"}));
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n');
    const qsizetype first = lines.indexOf(QStringLiteral("Commands:")) + 1;
    QVERIFY2(first > 0, result.out.constData());
    // "  job JOB_ID             show a job's status and progress": two spaces at least between
    // the command as typed and what it does.
    static const QRegularExpression line(QStringLiteral("^  (\\S+(?: \\S+)*)  +(\\S.*)$"));
    QStringList typed;
    QSet<qsizetype> columns;
    for (qsizetype i = first; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QRegularExpressionMatch match = line.match(lines.at(i));
        QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
        typed.append(match.captured(1));
        columns.insert(match.capturedStart(2));
        QVERIFY2(lines.at(i).size() <= 80, qPrintable(lines.at(i)));
    }
    QCOMPARE(columns.size(), 1);
    for (const char *command :
         {"export", "export-batches", "job JOB_ID", "items JOB_ID", "cancel JOB_ID",
          "batch BATCH_ID", "cancel-batch BATCH_ID", "sync", "failures", "failures --items",
          "stuck", "search TEXT", "serve-demo", "--version"})
        QVERIFY2(typed.contains(QLatin1String(command)), command);
    // Every command listed answers --help.
    for (const QString &command : std::as_const(typed)) {
        const QString name = command.section(u' ', 0, 0);
        if (name.startsWith(u'-'))
            continue;
        const CliRun help = m_cli.run({name, QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0
                     && help.out.startsWith(
                         QByteArray(QByteArray("Usage: batchdeck-cli ") + name.toUtf8())),
                 qPrintable(name + u": " + help.err));
    }
}

// -------------------------------------------------------------------------- counts, plural

void TestCliConventions::countsInSentences_data()
{
    QTest::addColumn<QStringList>("arguments"); // "SERVER" is replaced by a test server's flags
    QTest::addColumn<bool>("onTerminal");
    QTest::addColumn<QStringList>("said");
    QTest::addColumn<QStringList>("neverSaid");
    QTest::newRow("export-batches, one batch")
        << strings({"export-batches", "--demo", "--max-rows", "1", "--output", "out.csv"}) << true
        << strings({"Exported 1 batch (1 page)", "Wrote 1 batch to out.csv."})
        << strings({"1 batches", "1 pages", "job"});
    QTest::newRow("export-batches, every batch")
        << strings({"export-batches", "--demo", "--output", "out.csv"}) << true
        << strings({"Exported 60 batches (", "pages)", "Wrote 60 batches to out.csv."})
        << strings({"job"});
    QTest::newRow("export, one job")
        << strings({"export", "--demo", "--max-rows", "1", "--output", "out.csv"}) << true
        << strings({"Exported 1 job (1 page)", "Wrote 1 job to out.csv."})
        << strings({"1 jobs", "1 pages", "batch"});
    QTest::newRow("items, one item")
        << QStringList {QStringLiteral("items"), JobId, QStringLiteral("SERVER"),
                        QStringLiteral("--output"), QStringLiteral("out.csv")}
        << true << strings({"Exported 1 item (1 page)", "Wrote 1 item to out.csv."})
        << strings({"1 items", "1 pages"});
    QTest::newRow("cancel, one item processed")
        << QStringList {QStringLiteral("cancel"), JobId, QStringLiteral("SERVER")} << false
        << QStringList {QStringLiteral("Job %1: cancelled, 1 item processed. Cancelled.")
                            .arg(JobId)}
        << strings({"1 items"});
}

void TestCliConventions::countsInSentences()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, onTerminal);
    QFETCH(QStringList, said);
    QFETCH(QStringList, neverSaid);
    if (onTerminal && !CliRunner::hasTerminalRunner())
        QSKIP("script(1) is not installed");
    TestHttpServer server(oneOfEach);
    if (const qsizetype at = arguments.indexOf(QStringLiteral("SERVER")); at >= 0) {
        arguments.removeAt(at);
        arguments += againstServer(server);
    }
    const CliRun result = onTerminal ? m_cli.runOnTerminal(arguments) : m_cli.run(arguments);
    const QString shown = QString::fromUtf8(result.out) + result.err;
    QVERIFY2(result.exitCode == 0, qPrintable(shown));
    for (const QString &text : said)
        QVERIFY2(shown.contains(text), qPrintable(text + u" not in:\n" + shown));
    for (const QString &text : neverSaid)
        QVERIFY2(!shown.contains(text), qPrintable(text + u" in:\n" + shown));
}

void TestCliConventions::serveDemoCountsItsJobs_data()
{
    QTest::addColumn<QString>("jobs");
    QTest::addColumn<QString>("banner");
    QTest::newRow("one job") << "1"
                             << "Demo server with 1 job listening on http://127.0.0.1:";
    QTest::newRow("two jobs") << "2"
                              << "Demo server with 2 jobs listening on http://127.0.0.1:";
}

void TestCliConventions::serveDemoCountsItsJobs()
{
    QFETCH(QString, jobs);
    QFETCH(QString, banner);
    QProcess *server = m_cli.start({QStringLiteral("serve-demo"), QStringLiteral("--port"),
                                    QStringLiteral("0"), QStringLiteral("--jobs"), jobs});
    QTRY_VERIFY_WITH_TIMEOUT(server->canReadLine(), 30'000);
    const QString line = QString::fromLocal8Bit(server->readLine());
    QSignalSpy stopped(server, &QProcess::finished);
    ::kill(pid_t(server->processId()), SIGINT);
    QVERIFY(stopped.wait(30'000));
    QVERIFY2(line.startsWith(banner), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestCliConventions)
#include "tst_cliconventions.moc"
