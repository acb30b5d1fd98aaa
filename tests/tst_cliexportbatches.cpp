// batchdeck-cli export-batches against real HTTP on 127.0.0.1: the demo server (in the CLI) and
// per-test servers that record every request or misbehave.
#include "batchsamples.h"
#include "clitesting.h"
#include "demo/democatalog.h"
#include "demo/demoserver.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QByteArray Header = "id,status,job_type,configuration_id,source_directory_id,project_id,"
                          "created_at,updated_at\r\n";
const QString ProjectId = QStringLiteral("00000000-0000-4000-8000-000000000001");
const QString OrganizationId = QStringLiteral("00000000-0000-4000-8000-000000000002");
const QString BatchesPath = QStringLiteral("/api/v2/batches");

// `count` batches in pages of `perPage`, tokens "p<n>" (n: the next page's first batch); the
// last page has none.
TestHttpServer::Handler pagesServer(int count, int perPage)
{
    return [=](const TestRequest &request) {
        if (request.path != BatchesPath)
            return TestResponse::json(404, QByteArray(R"({"detail":"Not Found"})"));
        const QString token = request.query.queryItemValue(QStringLiteral("page_token"));
        const int first = token.isEmpty() ? 0 : token.mid(1).toInt();
        const int size = std::max(0, std::min(perPage, count - first));
        return TestResponse::json(200,
                                  batchListJson(first, size,
                                                first + size < count ? std::optional<QString>(
                                                    QStringLiteral("p%1").arg(first + size))
                                                                     : std::nullopt));
    };
}

// The demo world's batches of one status, as the CLI's own demo server has them: the same seed,
// so the same batches; only the clock (and so the timestamps) is the CLI's.
QList<QJsonObject> demoBatches(const QString &status)
{
    DemoServer demo {DemoConfig {}};
    DemoCatalog::BatchFilter filter;
    filter.status = status;
    return demo.catalog().batches(filter);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

} // namespace

class TestCliExportBatches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void demoFailedBatchesToAFile_data();
    void demoFailedBatchesToAFile();
    void demoJsonLinesParse();
    void queryIsSentExactly_data();
    void queryIsSentExactly();
    void usageErrorsNameTheFlag_data();
    void usageErrorsNameTheFlag();
    void repeatedTokenFailsWithoutAFile();
    void maxRowsStopsEarly();
    void refusedKeyExitsWithThree();
    void help();

private:
    QStringList against(const TestHttpServer &server, const QStringList &extra = {}) const
    {
        return QStringList {QStringLiteral("export-batches"),
                            QStringLiteral("--base-url"),
                            server.baseUrl().toString(),
                            QStringLiteral("--api-key"),
                            QStringLiteral("sk-batches"),
                            QStringLiteral("--max-retries"),
                            QStringLiteral("0")}
        + extra;
    }

    CliRunner m_cli;
};

void TestCliExportBatches::initTestCase()
{
    QVERIFY2(m_cli.isReady(), "BATCHDECK_CLI must name the built batchdeck-cli");
}

void TestCliExportBatches::init()
{
    m_cli.removeFiles();
}

void TestCliExportBatches::demoFailedBatchesToAFile_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("upper case, as the API spells it") << QStringLiteral("FAILED");
    QTest::newRow("lower case, sent upper case") << QStringLiteral("failed");
}

void TestCliExportBatches::demoFailedBatchesToAFile()
{
    QFETCH(QString, status);
    const QList<QJsonObject> expected = demoBatches(QStringLiteral("FAILED"));
    QCOMPARE(expected.size(), 10); // of 60, with the default seed

    const CliRun result = m_cli.run({QStringLiteral("export-batches"), QStringLiteral("--demo"),
                                     QStringLiteral("--status"), status, QStringLiteral("--output"),
                                     QStringLiteral("failed.csv")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(m_cli.files(), QStringList {QStringLiteral("failed.csv")});

    const QByteArray csv = m_cli.readFile(QStringLiteral("failed.csv"));
    QVERIFY2(csv.startsWith(Header), csv.left(200).constData());
    QList<QByteArray> rows = csv.mid(Header.size()).split('\n');
    QCOMPARE(rows.takeLast(), QByteArray()); // every row ends with CRLF
    QCOMPARE(rows.size(), expected.size());
    static const QRegularExpression timestamp(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    for (qsizetype index = 0; index < rows.size(); ++index) {
        const QJsonObject batch = expected.at(index);
        const QJsonObject job = batch.value(u"config").toObject().value(u"job").toObject();
        QVERIFY(rows.at(index).endsWith('\r'));
        const QStringList cells = QString::fromUtf8(rows.at(index).chopped(1)).split(u',');
        QCOMPARE(cells.size(), 8);
        // The demo's ids and names hold no comma, quote or formula character: cells as they are.
        QCOMPARE(
            cells.mid(0, 6),
            (QStringList {batch.value(u"id").toString(), QStringLiteral("FAILED"),
                          job.value(u"type").toString(), job.value(u"configuration_id").toString(),
                          batch.value(u"source_directory_id").toString(),
                          batch.value(u"project_id").toString()}));
        QVERIFY2(timestamp.match(cells.at(6)).hasMatch(), qPrintable(cells.at(6)));
        QVERIFY2(timestamp.match(cells.at(7)).hasMatch(), qPrintable(cells.at(7)));
    }
}

void TestCliExportBatches::demoJsonLinesParse()
{
    const QList<QJsonObject> expected = demoBatches(QStringLiteral("FAILED"));
    const CliRun result =
        m_cli.run(strings({"export-batches", "--demo", "--status", "Failed", "--format", "json"}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QList<QByteArray> lines = result.out.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // every object ends with "\n"
    QCOMPARE(lines.size(), expected.size());
    const QStringList fields = strings({"id", "created_at", "updated_at", "project_id",
                                        "source_directory_id", "config", "status", "results"});
    for (qsizetype index = 0; index < lines.size(); ++index) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(lines.at(index), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, lines.at(index).constData());
        QCOMPARE(object.keys(), sorted(fields)); // QJsonObject sorts its keys
        // The API's fields in the spec's order.
        const QByteArray start = "{\"id\":\"" + expected.at(index).value(u"id").toString().toUtf8()
            + "\",\"created_at\":\"";
        QVERIFY2(lines.at(index).startsWith(start), lines.at(index).constData());
        QCOMPARE(object.value(u"status").toString(), QStringLiteral("FAILED"));
        QCOMPARE(object.value(u"config"), expected.at(index).value(u"config"));
        QCOMPARE(object.value(u"project_id"), expected.at(index).value(u"project_id"));
        QVERIFY(object.value(u"results").isNull()); // the list does not expand results
    }
}

void TestCliExportBatches::queryIsSentExactly_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("sent"); // name=value, in any order; nothing else is sent

    QTest::newRow("no filters: nothing but the scope-free list")
        << QStringList {} << QStringList {};
    QTest::newRow("a bare date: the whole UTC day")
        << strings({"--created-after", "2026-11-01", "--created-before", "2026-11-01"})
        << strings({"created_at_on_or_after=2026-11-01T00:00:00.000Z",
                    "created_at_on_or_before=2026-11-01T23:59:59.999Z"});
    QTest::newRow("date-times with Z and an offset, sent in UTC with milliseconds")
        << strings({"--created-after", "2026-11-01T08:30:00Z", "--created-before",
                    "2026-11-02T08:30:00.5+02:00"})
        << strings({"created_at_on_or_after=2026-11-01T08:30:00.000Z",
                    "created_at_on_or_before=2026-11-02T06:30:00.500Z"});
    QTest::newRow("status in any case, sent upper case")
        << strings({"--status", "cancelled"}) << strings({"status=CANCELLED"});
    QTest::newRow("directory, page size and both scopes")
        << QStringList {QStringLiteral("--source-directory-id"), QStringLiteral("dir-0001"),
                        QStringLiteral("--page-size"),           QStringLiteral("50"),
                        QStringLiteral("--project-id"),          ProjectId,
                        QStringLiteral("--organization-id"),     OrganizationId}
        << QStringList {QStringLiteral("source_directory_id=dir-0001"),
                        QStringLiteral("page_size=50"), QStringLiteral("project_id=") + ProjectId,
                        QStringLiteral("organization_id=") + OrganizationId};
}

void TestCliExportBatches::queryIsSentExactly()
{
    QFETCH(QStringList, extra);
    QFETCH(QStringList, sent);
    TestHttpServer server(pagesServer(0, 10));
    const CliRun result = m_cli.run(against(server, extra));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, Header);
    QCOMPARE(server.requests().size(), 1);
    const TestRequest request = server.requests().constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, BatchesPath);
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer sk-batches"));
    QStringList items;
    for (const auto &[name, value] : request.query.queryItems(QUrl::FullyDecoded))
        items << name + u'=' + value;
    QCOMPARE(sorted(items), sorted(sent));
}

void TestCliExportBatches::usageErrorsNameTheFlag_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");

    QTest::newRow("a created-after that is no date")
        << strings({"--created-after", "yesterday"})
        << QStringLiteral("batchdeck-cli: --created-after must be an ISO 8601 date such as "
                          "2026-11-01 or a date-time with a time zone such as "
                          "2026-11-01T08:30:00Z or 2026-11-01T08:30:00+02:00 (got \"yesterday\").");
    QTest::newRow("a created-before time without a zone")
        << strings({"--created-before", "2026-11-01T08:30:00"})
        << QStringLiteral("--created-before must be an ISO 8601 date");
    QTest::newRow("a created-after later than created-before")
        << strings({"--created-after", "2026-11-02", "--created-before", "2026-11-01"})
        << QStringLiteral("--created-after (2026-11-02T00:00:00.000Z) must not be later than "
                          "--created-before (2026-11-01T23:59:59.999Z).");
    QTest::newRow("an unknown status")
        << strings({"--status", "done"})
        << QStringLiteral("--status must be one of pending, throttled, running, completed, "
                          "failed, cancelled, in any case (got \"done\").");
    QTest::newRow("page size 0") << strings({"--page-size", "0"})
                                 << QStringLiteral("--page-size must be a whole number from 1 "
                                                   "to 1000 (got \"0\").");
    QTest::newRow("page size over 1000")
        << strings({"--page-size", "1001"}) << QStringLiteral("--page-size must be");
    QTest::newRow("max rows 0") << strings({"--max-rows", "0"})
                                << QStringLiteral("--max-rows must be");
    QTest::newRow("an unknown format")
        << strings({"--format", "xml"}) << QStringLiteral("--format must be csv or json");
    QTest::newRow("a project that is no UUID")
        << strings({"--project-id", "p1"}) << QStringLiteral("--project-id must be a UUID");
}

void TestCliExportBatches::usageErrorsNameTheFlag()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    TestHttpServer server(pagesServer(3, 10));
    const CliRun result = m_cli.run(against(server, extra + strings({"--output", "batches.csv"})));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1); // one sentence
    QVERIFY(server.requests().isEmpty());
    QVERIFY(m_cli.files().isEmpty());
}

void TestCliExportBatches::repeatedTokenFailsWithoutAFile()
{
    // Every page offers the same token again: a server leading in a circle.
    TestHttpServer server([](const TestRequest &request) {
        const QString token = request.query.queryItemValue(QStringLiteral("page_token"));
        const int first = token.isEmpty() ? 0 : 2;
        return TestResponse::json(200, batchListJson(first, 2, QStringLiteral("same")));
    });
    const CliRun result = m_cli.run(against(server, strings({"--output", "batches.csv"})));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err,
             QStringLiteral("batchdeck-cli: The server's answer could not be read: the server "
                            "repeated a page token (\"same\") it had already given on an earlier "
                            "page, so paging stopped after 2 pages instead of going round in a "
                            "circle. Check that the server address points at the LlamaCloud "
                            "API.\n"));
    QCOMPARE(server.requests().size(), 2);
    QVERIFY2(m_cli.files().isEmpty(), qPrintable(m_cli.files().join(u' ')));
}

void TestCliExportBatches::maxRowsStopsEarly()
{
    TestHttpServer server(pagesServer(7, 2));
    const CliRun result = m_cli.run(against(server, strings({"--max-rows", "3"})));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.count('\n'), 4); // the header and three batches
    QVERIFY(result.out.contains("\r\nbat-2,COMPLETED,"));
    QVERIFY(!result.out.contains("bat-3,"));
    QCOMPARE(server.requests().size(), 2); // no page beyond the one that reached the limit

    TestHttpServer unlimited(pagesServer(7, 2));
    const CliRun all = m_cli.run(against(unlimited));
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QCOMPARE(all.out.count('\n'), 8);
    QCOMPARE(unlimited.requests().size(), 4);
}

void TestCliExportBatches::refusedKeyExitsWithThree()
{
    TestHttpServer server([](const TestRequest &) {
        return TestResponse::json(401, QByteArray(R"({"detail":"Invalid API key"})"));
    });
    const CliRun result = m_cli.run(against(server, strings({"--output", "batches.csv"})));
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.startsWith(u"batchdeck-cli: "));
    QVERIFY2(!result.err.contains(u"sk-batches"), qPrintable(result.err));
    QVERIFY(m_cli.files().isEmpty());
}

void TestCliExportBatches::help()
{
    const CliRun result = m_cli.run(strings({"export-batches", "--help"}));
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    for (const char *flag : {"--status", "--created-after", "--created-before",
                             "--source-directory-id", "--project-id", "--organization-id",
                             "--page-size", "--max-rows", "--output", "--format", "--demo"}) {
        QVERIFY2(out.contains(QString::fromLatin1(flag)), flag);
    }
    const CliRun usage = m_cli.run(strings({"--help"}));
    QVERIFY(usage.out.contains("export-batches"));
}

QTEST_GUILESS_MAIN(TestCliExportBatches)
#include "tst_cliexportbatches.moc"
