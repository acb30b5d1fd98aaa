#include "batchsamples.h"
#include "core/export/batchexport.h"
#include "testfiles.h"
#include "testhttpserver.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QByteArray Header = "id,status,job_type,configuration_id,source_directory_id,project_id,"
                          "created_at,updated_at\r\n";

Batch sampleBatch()
{
    Batch batch;
    const QByteArray body = QJsonDocument(sampleBatchJson()).toJson();
    if (!Batch::fromJson(body, &batch).isEmpty())
        qFatal("the sample batch does not parse");
    return batch;
}

// Pages of `perPage` batches with tokens "p<n>", the last without one.
TestHttpServer::Handler pagesServer(int count, int perPage, int invalidAt = -1)
{
    return [=](const TestRequest &request) {
        const QString token = request.query.queryItemValue(QStringLiteral("page_token"));
        const int first = token.isEmpty() ? 0 : token.mid(1).toInt();
        const int size = std::min(perPage, count - first);
        QJsonObject body = batchListJson(
            first, size,
            first + size < count ? std::optional<QString>(QStringLiteral("p%1").arg(first + size))
                                 : std::nullopt);
        if (invalidAt >= first && invalidAt < first + size) {
            QJsonArray items = body.value(u"items").toArray();
            QJsonObject bad = items.at(invalidAt - first).toObject();
            bad.insert(u"created_at", 12);
            items[invalidAt - first] = bad;
            body.insert(u"items", items);
        }
        return TestResponse::json(200, body);
    };
}

} // namespace

class TestBatchExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rowsFollowTheFixedHeader_data();
    void rowsFollowTheFixedHeader();
    void jsonLinesCarryTheApiRecord();
    void writesEveryPageToTheFile();
    void invalidBatchFailsWithoutAFile();
    void skipInvalidBatchesWarnsAndGoesOn();
    void pagingFailureKeepsThePreviousFile();
    void cancelLeavesNoFile();

private:
    ExportResult runExport(TestHttpServer &server, const QString &path, ExportOptions options = {},
                           QStringList *warnings = nullptr);

    QNetworkAccessManager m_network;
    QTemporaryDir m_directory;
};

void TestBatchExport::init()
{
    removeFilesIn(m_directory);
}

ExportResult TestBatchExport::runExport(TestHttpServer &server, const QString &path,
                                        ExportOptions options, QStringList *warnings)
{
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    BatchExport exporter(&client, {}, options);
    if (warnings) {
        connect(&exporter, &BatchExport::invalidJobSkipped, this,
                [warnings](const QString &message) { warnings->append(message); });
    }
    QSignalSpy finished(&exporter, &BatchExport::finished);
    exporter.startToFile(path);
    [&] { QVERIFY(finished.wait(30'000)); }();
    return finished.isEmpty() ? ExportResult() : finished.value(0).value(0).value<ExportResult>();
}

void TestBatchExport::rowsFollowTheFixedHeader_data()
{
    QTest::addColumn<Batch>("batch");
    QTest::addColumn<QByteArray>("row");

    QTest::newRow("every field") << sampleBatch()
                                 << QByteArray(
                                        "bat-0001,COMPLETED,parse_v2,cfg-PARSE_AGENTIC,dir-1,"
                                        "prj-1,2026-11-01T08:30:00.123Z,"
                                        "2026-11-01T08:30:00.000Z\r\n");
    Batch noTimes = sampleBatch();
    noTimes.createdAt = {};
    noTimes.updatedAt = {};
    noTimes.status = QStringLiteral("PAUSED");
    QTest::newRow("no timestamps, an unknown status as received")
        << noTimes << QByteArray("bat-0001,PAUSED,parse_v2,cfg-PARSE_AGENTIC,dir-1,prj-1,,\r\n");
    Batch hostile = sampleBatch();
    hostile.sourceDirectoryId = QStringLiteral("=HYPERLINK(\"x\")");
    hostile.configurationId = QStringLiteral("cfg,1");
    hostile.id = QStringLiteral("-1+1");
    QTest::newRow("formula and separators guarded")
        << hostile
        << QByteArray("'-1+1,COMPLETED,parse_v2,\"cfg,1\",\"'=HYPERLINK(\"\"x\"\")\",prj-1,"
                      "2026-11-01T08:30:00.123Z,2026-11-01T08:30:00.000Z\r\n");
}

void TestBatchExport::rowsFollowTheFixedHeader()
{
    QFETCH(Batch, batch);
    QFETCH(QByteArray, row);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvRowWriter writer(&buffer, {});
    QVERIFY(writer.writeHeader(BatchExport::fieldsFor(OutputFormat::Csv)));
    QVERIFY(writer.writeRow(BatchExport::rowFor(batch, OutputFormat::Csv)));
    QCOMPARE(buffer.data(), Header + row);
}

void TestBatchExport::jsonLinesCarryTheApiRecord()
{
    Batch withResults = sampleBatch();
    Batch listed = sampleBatch();
    listed.results.reset();
    const QString path = m_directory.filePath(QStringLiteral("batches.jsonl"));
    const ExportResult result =
        BatchExport::writeBatches({withResults, listed}, path, {}, OutputFormat::JsonLines);
    QVERIFY2(result.isOk(), qPrintable(result.message));
    const QList<QByteArray> lines = fileContent(path).split('\n');
    QCOMPARE(lines.size(), 3); // two objects, and the empty rest after the last "\n"
    // The API's fields in the spec's order, config nested as received.
    QVERIFY2(lines.at(1).startsWith(
                 "{\"id\":\"bat-0001\",\"created_at\":\"2026-11-01T08:30:00.123Z\",\"updated_at\":"
                 "\"2026-11-01T08:30:00.000Z\",\"project_id\":\"prj-1\",\"source_directory_id\":"
                 "\"dir-1\",\"config\":{\"job\":{\"configuration_id\":\"cfg-PARSE_AGENTIC\","
                 "\"type\":\"parse_v2\"}},\"status\":\"COMPLETED\",\"results\":null}"),
             lines.at(1).constData());
    for (int line = 0; line < 2; ++line) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(line), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(document.object(), toApiJson(line == 0 ? withResults : listed));
    }
}

void TestBatchExport::writesEveryPageToTheFile()
{
    TestHttpServer server(pagesServer(5, 2));
    const QString path = m_directory.filePath(QStringLiteral("batches.csv"));
    const ExportResult result = runExport(server, path);
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, 5);
    QCOMPARE(result.pages, 3);
    const QList<QByteArray> lines = fileContent(path).split('\n');
    QCOMPARE(lines.size(), 7); // header, 5 rows, and the empty rest after the last CRLF
    QCOMPARE(lines.first() + '\n', Header);
    QVERIFY(lines.at(5).startsWith("bat-4,COMPLETED,"));
}

void TestBatchExport::invalidBatchFailsWithoutAFile()
{
    TestHttpServer server(pagesServer(5, 2, 3));
    const QString path = m_directory.filePath(QStringLiteral("batches.csv"));
    const ExportResult result = runExport(server, path);
    QCOMPARE(result.failure, ExportResult::Failure::InvalidJob);
    QCOMPARE(result.message,
             QStringLiteral("The export stopped because the batch at position 4 could not be "
                            "read: field \"created_at\" should be a date-time string but is a "
                            "number."));
    QVERIFY(!QFile::exists(path));
}

void TestBatchExport::skipInvalidBatchesWarnsAndGoesOn()
{
    TestHttpServer server(pagesServer(5, 2, 3));
    const QString path = m_directory.filePath(QStringLiteral("batches.csv"));
    ExportOptions options;
    options.skipInvalidJobs = true;
    QStringList warnings;
    const ExportResult result = runExport(server, path, options, &warnings);
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, 4);
    QCOMPARE(result.invalidJobsSkipped, 1);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(u"position 4"));
    QVERIFY(!fileContent(path).contains("bat-3,"));
}

void TestBatchExport::pagingFailureKeepsThePreviousFile()
{
    TestHttpServer server([](const TestRequest &) {
        return TestResponse::json(200, batchListJson(0, 2, QStringLiteral("same")));
    });
    const QString path = m_directory.filePath(QStringLiteral("batches.csv"));
    {
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous");
    }
    const ExportResult result = runExport(server, path);
    QCOMPARE(result.failure, ExportResult::Failure::Api);
    QVERIFY2(result.message.contains(u"repeated a page token"), qPrintable(result.message));
    QCOMPARE(fileContent(path), QByteArray("previous"));
}

void TestBatchExport::cancelLeavesNoFile()
{
    TestHttpServer server([](const TestRequest &) { return TestResponse::hang(); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    BatchExport exporter(&client, {}, {});
    QSignalSpy finished(&exporter, &BatchExport::finished);
    QSignalSpy received(&server, &TestHttpServer::requestReceived);
    const QString path = m_directory.filePath(QStringLiteral("batches.csv"));
    exporter.startToFile(path);
    QVERIFY(received.wait(10'000));
    exporter.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.value(0).value(0).value<ExportResult>().failure,
             ExportResult::Failure::Cancelled);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestBatchExport)
#include "tst_batchexport.moc"
