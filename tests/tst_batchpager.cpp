#include "batchsamples.h"
#include "core/batches/batchpager.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

// A cursor server over `count` batches: the token is "p<first index of the next page>".
TestHttpServer::Handler cursorServer(int count, int pageSize,
                                     std::optional<qint64> total = std::nullopt)
{
    return [=](const TestRequest &request) {
        const QString token = request.query.queryItemValue(QStringLiteral("page_token"));
        const int first = token.isEmpty() ? 0 : token.mid(1).toInt();
        const int size = std::max(0, std::min(pageSize, count - first));
        const std::optional<QString> next = first + size < count
            ? std::optional<QString>(QStringLiteral("p%1").arg(first + size))
            : std::nullopt;
        return TestResponse::json(200, batchListJson(first, size, next, total));
    };
}

// Answers the scripted bodies in turn, then the last one again.
TestHttpServer::Handler scriptedServer(const QList<QJsonObject> &pages)
{
    auto index = std::make_shared<int>(0);
    return [=](const TestRequest &) {
        const QJsonObject body = pages.at(std::min<int>(*index, pages.size() - 1));
        ++*index;
        return TestResponse::json(200, body);
    };
}

} // namespace

class TestBatchPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksEveryPage_data();
    void walksEveryPage();
    void keepsFiltersOnEveryPage();
    void endsWithoutAToken_data();
    void endsWithoutAToken();
    void refusesARepeatedToken_data();
    void refusesARepeatedToken();
    void followsAnEmptyPageWithAToken();
    void refusesEndlessEmptyPages();
    void countsDuplicates();
    void endsWhereTheTokensEndWhateverTheTotal_data();
    void endsWhereTheTokensEndWhateverTheTotal();
    void refusesATokenLongerThanTheLimit_data();
    void refusesATokenLongerThanTheLimit();
    void leavesOutBatchesOutsideTheFilter_data();
    void leavesOutBatchesOutsideTheFilter();
    void surfacesTheServersDetailFor422();
    void retriesACutOffBody();
    void stopsAtRowLimitAndCeiling();
    void numbersInvalidBatchesAcrossPages();
    void cancelStopsPaging();
    void cancelWhileAPageIsDeliveredSendsNoMore();

private:
    struct Run
    {
        QStringList ids;
        QList<qint64> invalidPositions;
        ApiError error;
        int pages = 0;
        qint64 duplicates = 0;
        bool ceiling = false;
        PagingSummary summary;
    };
    Run runPager(TestHttpServer &server, const ListBatchesQuery &query = {}, qint64 maxRows = 0,
                 qint64 ceiling = 0, int maxRetries = 0);

    QNetworkAccessManager m_network;
};

TestBatchPager::Run TestBatchPager::runPager(TestHttpServer &server, const ListBatchesQuery &query,
                                             qint64 maxRows, qint64 ceiling, int maxRetries)
{
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, maxRetries));
    BatchPager pager(&client, query);
    pager.setMaxRows(maxRows);
    if (ceiling > 0)
        pager.setRowCeiling(ceiling);
    Run run;
    connect(&pager, &BatchPager::pageReceived, this, [&](const BatchPage &page) {
        for (const Batch &batch : page.batches)
            run.ids << batch.id;
        for (const InvalidBatch &invalid : page.invalidBatches)
            run.invalidPositions << invalid.position;
    });
    QSignalSpy finished(&pager, &BatchPager::finished);
    pager.start();
    [&] { QVERIFY(finished.wait(30'000)); }(); // a timeout fails the test
    if (finished.isEmpty())
        return run;
    [&] { QCOMPARE(finished.size(), 1); }(); // finished exactly once
    run.error = finished.value(0).value(0).value<ApiError>();
    run.pages = pager.pagesReceived();
    run.duplicates = pager.duplicatesSkipped();
    run.ceiling = pager.rowCeilingReached();
    run.summary = pager.summary();
    return run;
}

void TestBatchPager::walksEveryPage_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("expectedRequests");

    QTest::newRow("short last page") << 25 << 10 << 3;
    QTest::newRow("exact multiple") << 30 << 10 << 3;
    QTest::newRow("no batches at all") << 0 << 10 << 1;
    QTest::newRow("page size 1") << 3 << 1 << 3;
}

void TestBatchPager::walksEveryPage()
{
    QFETCH(int, count);
    QFETCH(int, pageSize);
    QFETCH(int, expectedRequests);
    TestHttpServer server(cursorServer(count, pageSize, count));
    const Run run = runPager(server);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids.size(), count);
    QCOMPARE(run.ids.value(count - 1), count ? QStringLiteral("bat-%1").arg(count - 1) : QString());
    QCOMPARE(server.requests().size(), expectedRequests);
    QVERIFY(!server.requests().first().query.hasQueryItem(QStringLiteral("page_token")));
    for (int i = 1; i < server.requests().size(); ++i)
        QCOMPARE(server.requests().at(i).query.queryItemValue(QStringLiteral("page_token")),
                 QStringLiteral("p%1").arg(i * pageSize));
}

void TestBatchPager::keepsFiltersOnEveryPage()
{
    TestHttpServer server(cursorServer(5, 2));
    ListBatchesQuery query;
    query.status = QStringLiteral("failed");
    query.pageSize = 2;
    query.createdAtOnOrAfter = QStringLiteral("2026-11-01");
    const Run run = runPager(server, query);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(server.requests().size(), 3);
    for (const TestRequest &request : server.requests()) {
        QCOMPARE(request.query.queryItemValue(QStringLiteral("status")), QStringLiteral("FAILED"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("page_size")), QStringLiteral("2"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("created_at_on_or_after")),
                 QStringLiteral("2026-11-01T00:00:00.000Z"));
    }
}

void TestBatchPager::endsWithoutAToken_data()
{
    QTest::addColumn<QByteArray>("lastPage");

    QTest::newRow("token absent") << QByteArray(R"({"items":[]})");
    QTest::newRow("token null") << QByteArray(R"({"items":[],"next_page_token":null})");
    QTest::newRow("token empty") << QByteArray(R"({"items":[],"next_page_token":""})");
}

void TestBatchPager::endsWithoutAToken()
{
    QFETCH(QByteArray, lastPage);
    QJsonObject last = QJsonDocument::fromJson(lastPage).object();
    last.insert(u"items", batchListJson(2, 1, std::nullopt).value(u"items"));
    TestHttpServer server(scriptedServer({batchListJson(0, 2, QStringLiteral("t1")), last,
                                          batchListJson(9, 1, QStringLiteral("never"))}));
    const Run run = runPager(server);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, (QStringList {"bat-0", "bat-1", "bat-2"}));
    QCOMPARE(server.requests().size(), 2);
}

void TestBatchPager::refusesARepeatedToken_data()
{
    QTest::addColumn<QList<QJsonObject>>("pages");
    QTest::addColumn<int>("expectedRequests");

    QTest::newRow("the same token again at once")
        << QList<QJsonObject> {batchListJson(0, 2, QStringLiteral("a")),
                               batchListJson(2, 2, QStringLiteral("a"))}
        << 2;
    QTest::newRow("a token from two pages back") << QList<QJsonObject> {
        batchListJson(0, 2, QStringLiteral("a")), batchListJson(2, 2, QStringLiteral("b")),
        batchListJson(4, 2, QStringLiteral("a"))} << 3;
    // Tokens are remembered as digests: a long token that comes back is still recognised, and
    // one differing in its last character only is not taken for it.
    const QString longToken = QStringLiteral("a") + QString(4000, u'x');
    QTest::newRow("a 4,001-character token from two pages back, digests remembered")
        << QList<QJsonObject> {batchListJson(0, 2, longToken),
                               batchListJson(2, 2, longToken.chopped(1) + u'y'),
                               batchListJson(4, 2, longToken)}
        << 3;
}

void TestBatchPager::refusesARepeatedToken()
{
    QFETCH(QList<QJsonObject>, pages);
    QFETCH(int, expectedRequests);
    TestHttpServer server(scriptedServer(pages));
    const Run run = runPager(server);
    QCOMPARE(run.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(run.error.message.contains(u"repeated a page token (\"a"),
             qPrintable(run.error.message));
    QCOMPARE(server.requests().size(), expectedRequests);
    QCOMPARE(run.ids.size(), expectedRequests * 2); // what came is delivered, nothing lost quietly
}

void TestBatchPager::followsAnEmptyPageWithAToken()
{
    TestHttpServer server(scriptedServer(
        {batchListJson(0, 2, QStringLiteral("a")), batchListJson(0, 0, QStringLiteral("b")),
         batchListJson(0, 0, QStringLiteral("c")), batchListJson(2, 1, std::nullopt)}));
    const Run run = runPager(server);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, (QStringList {"bat-0", "bat-1", "bat-2"}));
    QCOMPARE(server.requests().size(), 4);
}

void TestBatchPager::refusesEndlessEmptyPages()
{
    auto next = std::make_shared<int>(0);
    TestHttpServer server([next](const TestRequest &) {
        // Always empty, always with a new token: only the count of empty pages can stop it.
        return TestResponse::json(200, batchListJson(0, 0, QStringLiteral("t%1").arg(++*next)));
    });
    const Run run = runPager(server);
    QCOMPARE(run.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(run.error.message.contains(u"3 pages in a row without a new batch"),
             qPrintable(run.error.message));
    QCOMPARE(server.requests().size(), BatchPager::MaxPagesWithoutNewBatches);
}

void TestBatchPager::countsDuplicates()
{
    // The second page starts with the last batch of the first, as when a batch was created
    // between the two requests; but the total stayed at 5, so the repeat is not explained by an
    // arrival: the list changed while it was read, and one batch may be missing.
    TestHttpServer server(scriptedServer(
        {batchListJson(0, 3, QStringLiteral("a"), 5), batchListJson(2, 3, std::nullopt, 5)}));
    const Run run = runPager(server);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, (QStringList {"bat-0", "bat-1", "bat-2", "bat-3", "bat-4"}));
    QCOMPARE(run.duplicates, 1);
    QVERIFY(run.summary.listChanged());
    QCOMPARE(run.summary.possiblyMissing(), 1);
}

void TestBatchPager::endsWhereTheTokensEndWhateverTheTotal_data()
{
    QTest::addColumn<qint64>("total");
    QTest::newRow("a list 2 short of its total 6: 4 batches and a note") << qint64(6);
    QTest::newRow("an estimate one too high (total 5 for 4)") << qint64(5);
    QTest::newRow("an estimate one too low (total 3 for 4)") << qint64(3);
    QTest::newRow("an exact total") << qint64(4);
}

void TestBatchPager::endsWhereTheTokensEndWhateverTheTotal()
{
    QFETCH(qint64, total);
    TestHttpServer server(scriptedServer({batchListJson(0, 2, QStringLiteral("a"), total),
                                          batchListJson(2, 2, std::nullopt, total)}));
    const Run run = runPager(server);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, (QStringList {"bat-0", "bat-1", "bat-2", "bat-3"}));
    QVERIFY(!run.summary.listChanged());
    QCOMPARE(run.summary.totalNote(CountedRows::Batches),
             total == 4
                 ? QString()
                 : QStringLiteral("The server estimated %1 batches; 4 were listed.").arg(total));
}

void TestBatchPager::refusesATokenLongerThanTheLimit_data()
{
    QTest::addColumn<int>("tokenLength");
    QTest::addColumn<bool>("refused");
    QTest::newRow("fresh tokens of 4,096 characters are followed") << 4096 << false;
    QTest::newRow("fresh tokens of 5,000 characters are refused") << 5000 << true;
    QTest::newRow("fresh tokens of 8 MB are refused") << 8 * 1024 * 1024 << true;
}

void TestBatchPager::refusesATokenLongerThanTheLimit()
{
    QFETCH(int, tokenLength);
    QFETCH(bool, refused);
    // Endless pages, each with one new batch and a fresh token of tokenLength characters: the
    // row ceiling of 5 ends them when the tokens are followed.
    auto next = std::make_shared<int>(0);
    TestHttpServer server([next, tokenLength](const TestRequest &) {
        const int page = (*next)++;
        QString token = QString::number(page);
        token += QString(tokenLength - token.size(), u't');
        return TestResponse::json(200, batchListJson(page, 1, token));
    });
    const Run run = runPager(server, {}, 0, 5);
    QCOMPARE(run.error.kind, ApiError::Kind::InvalidResponse);
    if (refused) {
        QVERIFY2(run.error.message.contains(
                     QStringLiteral("page token of %1 characters, longer than the limit of 4,096")
                         .arg(QLocale().toString(tokenLength))),
                 qPrintable(run.error.message));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(run.ids.size(), 1);
    } else {
        QVERIFY(run.ceiling);
        QCOMPARE(server.requests().size(), 5);
    }
}

void TestBatchPager::leavesOutBatchesOutsideTheFilter_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("other"); // the value of the batches outside the filter
    // The sample batches are COMPLETED, in dir-1, created 2026-11-01T08:30:00.123Z; the server
    // puts them in the project asked for.
    QTest::newRow("status COMPLETED asked, FAILED sent") << "status"
                                                         << "FAILED";
    QTest::newRow("source directory dir-1 asked, dir-2 sent") << "source_directory_id"
                                                              << "dir-2";
    QTest::newRow("project asked, another project sent") << "project_id"
                                                         << "3f2504e0-4f89-41d3-9a0c-0305e82c3302";
    QTest::newRow("created on 2026-11-01 asked, 2026-10-31 sent") << "created_at"
                                                                  << "2026-10-31T23:59:59.999Z";
    QTest::newRow("created on 2026-11-01 asked, 2026-11-02 sent") << "created_at"
                                                                  << "2026-11-02T00:00:00.000Z";
}

void TestBatchPager::leavesOutBatchesOutsideTheFilter()
{
    QFETCH(QString, field);
    QFETCH(QString, other);
    // Two pages of three; bat-1 and bat-4 are outside the filter.
    TestHttpServer server([=](const TestRequest &request) {
        const bool second = request.query.hasQueryItem(QStringLiteral("page_token"));
        QJsonObject body = batchListJson(
            second ? 3 : 0, 3, second ? std::nullopt : std::optional(QStringLiteral("a")));
        QJsonArray items = body.value(u"items").toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject batch = items.at(i).toObject();
            batch.insert(u"project_id", QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
            items.replace(i, batch);
        }
        QJsonObject outside = items.at(1).toObject();
        outside.insert(field, other);
        items.replace(1, outside);
        body.insert(u"items", items);
        return TestResponse::json(200, body);
    });
    ListBatchesQuery query;
    query.status = QStringLiteral("completed");
    query.sourceDirectoryId = QStringLiteral("dir-1");
    query.projectId = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    query.createdAtOnOrAfter = QStringLiteral("2026-11-01");
    query.createdAtOnOrBefore = QStringLiteral("2026-11-01");
    const Run run = runPager(server, query);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, (QStringList {"bat-0", "bat-2", "bat-3", "bat-5"}));
    QCOMPARE(run.summary.rowsOutsideFilter, 2);
    QCOMPARE(run.summary.filterNote(CountedRows::Batches),
             QStringLiteral("The server sent 2 batches that do not match the filter asked for; "
                            "they were left out."));
}

void TestBatchPager::surfacesTheServersDetailFor422()
{
    TestHttpServer server([](const TestRequest &request) {
        if (request.query.hasQueryItem(QStringLiteral("page_token"))) {
            return TestResponse::json(
                422,
                QByteArray(R"({"detail":[{"loc":["query","page_token"],)"
                           R"("msg":"Invalid page token","type":"value_error"}]})"));
        }
        return TestResponse::json(200, batchListJson(0, 1, QStringLiteral("stale")));
    });
    const Run run = runPager(server);
    QCOMPARE(run.error.kind, ApiError::Kind::Http);
    QCOMPARE(run.error.httpStatus, 422);
    QVERIFY2(run.error.message.contains(u"Invalid page token"), qPrintable(run.error.message));
    QCOMPARE(run.error.validationIssues.value(0).location, QStringLiteral("query.page_token"));
    QCOMPARE(server.requests().size(), 2); // a 422 is not retried
}

void TestBatchPager::retriesACutOffBody()
{
    auto calls = std::make_shared<int>(0);
    TestHttpServer server([calls](const TestRequest &) {
        const QByteArray body = QJsonDocument(batchListJson(0, 3, std::nullopt)).toJson();
        if (++*calls == 1) // announces more than it sends, then closes: a cut-off 200
            return TestResponse::json(200, body.left(body.size() / 2))
                .announcingLength(body.size());
        return TestResponse::json(200, body);
    });
    const Run run = runPager(server, {}, 0, 0, 2);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids.size(), 3);
    QCOMPARE(server.requests().size(), 2);
}

void TestBatchPager::stopsAtRowLimitAndCeiling()
{
    {
        TestHttpServer server(cursorServer(50, 10));
        const Run run = runPager(server, {}, 15);
        QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
        QCOMPARE(run.ids.size(), 15);
        QCOMPARE(run.ids.last(), QStringLiteral("bat-14"));
        QCOMPARE(server.requests().size(), 2);
    }
    {
        TestHttpServer server(cursorServer(50, 10));
        const Run run = runPager(server, {}, 0, 20);
        QCOMPARE(run.error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY(run.ceiling);
        QVERIFY2(run.error.message.contains(u"ceiling of 20"), qPrintable(run.error.message));
        QCOMPARE(run.ids.size(), 20);
    }
    {
        // No batch matches, so none counts towards the row limit: the ceiling ends the paging.
        TestHttpServer server(cursorServer(1000, 10));
        ListBatchesQuery cancelledOnly;
        cancelledOnly.status = QStringLiteral("CANCELLED");
        const Run run = runPager(server, cancelledOnly, 5, 20);
        QCOMPARE(run.error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY(run.ceiling);
        QVERIFY2(run.error.message.contains(u"ceiling of 20"), qPrintable(run.error.message));
        QVERIFY(run.ids.isEmpty());
        QCOMPARE(run.summary.rowsOutsideFilter, 20);
    }
}

void TestBatchPager::numbersInvalidBatchesAcrossPages()
{
    QJsonObject second = batchListJson(3, 3, std::nullopt);
    QJsonArray items = second.value(u"items").toArray();
    items[1] = QStringLiteral("not a batch");
    second.insert(u"items", items);
    TestHttpServer server(scriptedServer({batchListJson(0, 3, QStringLiteral("a")), second}));
    const Run run = runPager(server);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.invalidPositions, (QList<qint64> {4}));
    QCOMPARE(run.ids, (QStringList {"bat-0", "bat-1", "bat-2", "bat-3", "bat-5"}));
}

void TestBatchPager::cancelStopsPaging()
{
    TestHttpServer server([](const TestRequest &) { return TestResponse::hang(); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    BatchPager pager(&client, {});
    QSignalSpy finished(&pager, &BatchPager::finished);
    QSignalSpy received(&server, &TestHttpServer::requestReceived);
    pager.start();
    QVERIFY(received.wait(10'000));
    pager.cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.value(0).value(0).value<ApiError>().kind, ApiError::Kind::Aborted);
}

void TestBatchPager::cancelWhileAPageIsDeliveredSendsNoMore()
{
    // What an export does when a page holds an unreadable batch: it stops paging right there.
    TestHttpServer server([](const TestRequest &) {
        return TestResponse::json(200, batchListJson(0, 2, QStringLiteral("next")));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    BatchPager pager(&client, {});
    connect(&pager, &BatchPager::pageReceived, &pager, &BatchPager::cancel);
    QSignalSpy finished(&pager, &BatchPager::finished);
    pager.start();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.value(0).value(0).value<ApiError>().kind, ApiError::Kind::Aborted);
    // A second request would have been sent at once, before finished() in the same turn.
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestBatchPager)
#include "tst_batchpager.moc"
