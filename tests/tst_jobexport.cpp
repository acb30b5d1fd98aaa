#include "core/export/jobexport.h"
#include "hostilepagingservers.h"
#include "testfiles.h"
#include "testhttpserver.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

class TestJobExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesEveryPageToTheFile();
    void failureKeepsThePreviousFile_data();
    void failureKeepsThePreviousFile();
    void invalidJobFailsNamingPositionAndField();
    void skipInvalidJobsWarnsAndGoesOn();
    void cancelLeavesNoFile();
    void unwritableDestinationIsNamed();
    void duplicatesFromShiftingPagesAreWrittenOnceAndCounted_data();
    void duplicatesFromShiftingPagesAreWrittenOnceAndCounted();
    void listsThatDoNotAddUpFailWithoutAFile_data();
    void listsThatDoNotAddUpFailWithoutAFile();
    void anEmptyPageBeforeTheTotalEndsTheListAndIsTold();
    void aPageIsWrittenOverSeveralPassesOfTheEventLoop();

private:
    ExportResult runExport(TestHttpServer &server, const QString &path, ExportOptions options = {},
                           QStringList *warnings = nullptr);

    QNetworkAccessManager m_network;
    QTemporaryDir m_directory;
};

void TestJobExport::init()
{
    removeFilesIn(m_directory);
}

ExportResult TestJobExport::runExport(TestHttpServer &server, const QString &path,
                                      ExportOptions options, QStringList *warnings)
{
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListJobsQuery query;
    query.limit = 10;
    JobExport exporter(&client, query, options);
    if (warnings)
        connect(&exporter, &JobExport::invalidJobSkipped, this,
                [warnings](const QString &message) { *warnings << message; });
    QSignalSpy finished(&exporter, &JobExport::finished);
    exporter.startToFile(path);
    [&] { QVERIFY(finished.wait(30'000)); }();
    return finished.value(0).value(0).value<ExportResult>();
}

void TestJobExport::writesEveryPageToTheFile()
{
    TestHttpServer server([](const TestRequest &request) {
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        return TestResponse::json(200, jobListJson(offset, std::min(10, 25 - offset), 25));
    });
    const QString path = m_directory.filePath(QStringLiteral("jobs.csv"));
    ExportOptions options;
    options.csv.byteOrderMark = true;
    const ExportResult result = runExport(server, path, options);
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, 25);
    QCOMPARE(result.pages, 3);
    const QByteArray csv = fileContent(path);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFid,job_type,"));
    QCOMPARE(csv.count("\r\n"), 26);
    QVERIFY(csv.contains("\r\nbjb-24,parse,completed,"));
    QCOMPARE(filesIn(m_directory), QStringList {QStringLiteral("jobs.csv")}); // no temporary left
}

void TestJobExport::failureKeepsThePreviousFile_data()
{
    QTest::addColumn<bool>("previousFile");
    QTest::newRow("a previous file stays as it was") << true;
    QTest::newRow("no file is created") << false;
}

void TestJobExport::failureKeepsThePreviousFile()
{
    QFETCH(bool, previousFile);
    const QString path = m_directory.filePath(QStringLiteral("report.csv"));
    if (previousFile) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("previous report\r\n");
    }
    TestHttpServer server([](const TestRequest &request) {
        if (request.query.queryItemValue(QStringLiteral("offset")) == u"20")
            return TestResponse::json(503, QByteArray(R"({"detail":"maintenance"})"));
        return TestResponse::json(
            200,
            jobListJson(0, 10, std::nullopt,
                        request.query.queryItemValue(QStringLiteral("offset"))));
    });
    const ExportResult result = runExport(server, path);
    QCOMPARE(result.failure, ExportResult::Failure::Api);
    QCOMPARE(result.apiError.httpStatus, 503);
    QVERIFY(result.message.contains(u"maintenance"));
    QCOMPARE(result.rowsWritten, 20); // said, so nothing is silently lost
    if (previousFile) {
        QCOMPARE(fileContent(path), QByteArray("previous report\r\n"));
        QCOMPARE(filesIn(m_directory), QStringList {QStringLiteral("report.csv")});
    } else {
        QVERIFY(filesIn(m_directory).isEmpty());
    }
}

void TestJobExport::invalidJobFailsNamingPositionAndField()
{
    TestHttpServer server([](const TestRequest &request) {
        QJsonObject body =
            jobListJson(0, 10, std::nullopt,
                        u"o" + request.query.queryItemValue(QStringLiteral("offset")) + u"-");
        if (request.query.queryItemValue(QStringLiteral("offset")) == u"10") {
            QJsonArray items = body.value(u"items").toArray();
            QJsonObject broken = items.at(3).toObject();
            broken.insert(u"total_items", QStringLiteral("many"));
            items.replace(3, broken);
            body.insert(u"items", items);
        }
        return TestResponse::json(200, body);
    });
    const QString path = m_directory.filePath(QStringLiteral("jobs.csv"));
    const ExportResult result = runExport(server, path);
    QCOMPARE(result.failure, ExportResult::Failure::InvalidJob);
    QVERIFY2(result.message.contains(u"position 14"), qPrintable(result.message));
    QVERIFY(result.message.contains(u"\"total_items\""));
    QVERIFY(filesIn(m_directory).isEmpty());
}

void TestJobExport::skipInvalidJobsWarnsAndGoesOn()
{
    TestHttpServer server([](const TestRequest &request) {
        if (request.query.queryItemValue(QStringLiteral("offset")) != u"0")
            return TestResponse::json(200, QJsonObject {{QStringLiteral("items"), QJsonArray {}}});
        QJsonObject body = jobListJson(0, 5, std::nullopt);
        QJsonArray items = body.value(u"items").toArray();
        QJsonObject broken = items.at(1).toObject();
        broken.remove(u"id");
        items.replace(1, broken);
        body.insert(u"items", items);
        return TestResponse::json(200, body);
    });
    ExportOptions options;
    options.skipInvalidJobs = true;
    QStringList warnings;
    const QString path = m_directory.filePath(QStringLiteral("jobs.csv"));
    const ExportResult result = runExport(server, path, options, &warnings);
    QVERIFY(result.isOk());
    QCOMPARE(result.rowsWritten, 4);
    QCOMPARE(result.invalidJobsSkipped, 1);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(u"position 2"));
    QVERIFY(warnings.first().contains(u"\"id\""));
    QVERIFY(!fileContent(path).contains("bjb-1,"));
}

void TestJobExport::cancelLeavesNoFile()
{
    TestHttpServer server([](const TestRequest &request) {
        if (request.query.queryItemValue(QStringLiteral("offset")) == u"10")
            return TestResponse::hang();
        return TestResponse::json(200, jobListJson(0, 10, std::nullopt));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, ClientSettings::DefaultMaxRetries));
    ListJobsQuery query;
    query.limit = 10;
    JobExport exporter(&client, query, {});
    QSignalSpy progress(&exporter, &JobExport::progress);
    QSignalSpy finished(&exporter, &JobExport::finished);
    exporter.startToFile(m_directory.filePath(QStringLiteral("jobs.csv")));
    QVERIFY(progress.wait(10'000));
    QCOMPARE(progress.first().at(0).toLongLong(), 10);
    exporter.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ExportResult>().failure,
             ExportResult::Failure::Cancelled);
    QVERIFY(filesIn(m_directory).isEmpty());
}

void TestJobExport::unwritableDestinationIsNamed()
{
    TestHttpServer server;
    const QString path = m_directory.filePath(QStringLiteral("no-such-folder/jobs.csv"));
    const ExportResult result = runExport(server, path);
    QCOMPARE(result.failure, ExportResult::Failure::Write);
    QVERIFY2(result.message.contains(u"no-such-folder"), qPrintable(result.message));
    QCOMPARE(server.requests().size(), 0);
}

void TestJobExport::duplicatesFromShiftingPagesAreWrittenOnceAndCounted_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("one page after another") << 1;
    QTest::newRow("6 pages in flight") << 6;
}

void TestJobExport::duplicatesFromShiftingPagesAreWrittenOnceAndCounted()
{
    QFETCH(int, concurrency);
    HostilePaging::ShiftingList list(45, {0, 3, 3, 3, 3, 3}, HostilePaging::Total::Present);
    TestHttpServer server(list.handler());
    const QString path = m_directory.filePath(QStringLiteral("jobs.csv"));
    ExportOptions options;
    options.concurrency = concurrency;
    const ExportResult result = runExport(server, path, options);
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, 45);
    // With pages in flight together, answers to requests dropped from the plan (beyond the end,
    // or asked again) hold rows too: only one page after another counts them all.
    if (concurrency == 1)
        QCOMPARE(result.duplicatesSkipped, list.rowsSent() - 45);
    QVERIFY(result.duplicatesSkipped > 0);
    QVERIFY(!result.listChanged()); // the total grew by as many as repeated
    QCOMPARE(result.pagingNotes(),
             QStringList {QStringLiteral("15 jobs arrived during the export (the server's total "
                                         "grew from 45 to 60); the %1 rows they pushed onto "
                                         "later pages were written once.")
                              .arg(result.duplicatesSkipped)});
    const QByteArray csv = fileContent(path);
    for (int i = 0; i < 45; ++i)
        QCOMPARE(csv.count(QByteArray("\r\nbjb-" + QByteArray::number(i) + ",")), 1);
}

void TestJobExport::listsThatDoNotAddUpFailWithoutAFile_data()
{
    QTest::addColumn<int>("server"); // 1: endless pages
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("ceilingReached");
    QTest::newRow("full pages without end or total") << 1 << "ceiling of 30 rows" << true;
}

void TestJobExport::listsThatDoNotAddUpFailWithoutAFile()
{
    QFETCH(int, server);
    QFETCH(QString, expected);
    QFETCH(bool, ceilingReached);
    QCOMPARE(server, 1);
    TestHttpServer http(HostilePaging::endlessPages());
    ExportOptions options;
    options.rowCeiling = 30;
    const ExportResult result =
        runExport(http, m_directory.filePath(QStringLiteral("jobs.csv")), options);
    QCOMPARE(result.failure, ExportResult::Failure::Api);
    QVERIFY2(result.message.contains(expected), qPrintable(result.message));
    QCOMPARE(result.rowCeilingReached, ceilingReached);
    QVERIFY(filesIn(m_directory).isEmpty());
}

void TestJobExport::anEmptyPageBeforeTheTotalEndsTheListAndIsTold()
{
    // Once a failure without a file; total_size is an estimate: the 25 jobs are written, and
    // the difference is told.
    TestHttpServer http(HostilePaging::overstatedTotal(25, 40));
    const QString path = m_directory.filePath(QStringLiteral("jobs.csv"));
    const ExportResult result = runExport(http, path);
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, 25);
    QVERIFY(!result.listChanged());
    QVERIFY(result.totalDiffers());
    QCOMPARE(result.pagingNotes(),
             QStringList {QStringLiteral("The server estimated 40 jobs; 25 were listed.")});
    QCOMPARE(fileContent(path).count("\r\nbjb-"), 25);
}

QTEST_GUILESS_MAIN(TestJobExport)
void TestJobExport::aPageIsWrittenOverSeveralPassesOfTheEventLoop()
{
    // A window writing a page of a thousand rows in one go would not answer for as long: the
    // rows go out RowsPerPass at a time, and the event loop runs in between. Seen from a timer:
    // the output grows within a page (the 64 KiB buffer fills more than once per page), not
    // only at the page's end.
    TestHttpServer server([](const TestRequest &request) {
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        return TestResponse::json(
            200, jobListJson(offset, std::max(0, std::min(1000, 2000 - offset)), 2000));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListJobsQuery query;
    query.limit = 1000;
    ExportOptions options;
    options.concurrency = 1;
    JobExport exporter(&client, query, options);
    QBuffer output;
    QVERIFY(output.open(QIODevice::WriteOnly));
    QList<qint64> pageEnds;
    connect(&exporter, &JobExport::progress, this, [&] { pageEnds << output.size(); });
    QList<qint64> seenBetweenPasses;
    QTimer sampler;
    sampler.setInterval(0);
    connect(&sampler, &QTimer::timeout, this, [&] {
        if (seenBetweenPasses.isEmpty() || seenBetweenPasses.last() != output.size())
            seenBetweenPasses << output.size();
    });
    sampler.start();
    QSignalSpy finished(&exporter, &JobExport::finished);
    exporter.startToDevice(&output);
    QVERIFY(finished.wait(30'000));
    const ExportResult result = finished.value(0).value(0).value<ExportResult>();
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, 2000);
    QCOMPARE(pageEnds.size(), 2);
    QVERIFY2(pageEnds.first() > 2 * 65'536, "a page larger than the buffer, twice over");
    const auto withinAPage =
        std::count_if(seenBetweenPasses.cbegin(), seenBetweenPasses.cend(),
                      [&](qint64 size) { return size > 0 && !pageEnds.contains(size); });
    QVERIFY2(withinAPage >= 2, qPrintable(QString::number(withinAPage)));
}

#include "tst_jobexport.moc"
