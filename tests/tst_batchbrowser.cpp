// BatchBrowser, the v2 page a window shows: cursor paging by remembered tokens, against per-test
// servers on 127.0.0.1.
#include "batchsamples.h"
#include "batchtesting.h"
#include "core/batches/batchbrowser.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

std::optional<QString> tokenOf(const TestRequest &request)
{
    if (!request.query.hasQueryItem(QStringLiteral("page_token")))
        return std::nullopt;
    return request.query.queryItemValue(QStringLiteral("page_token"));
}

} // namespace

class TestBatchBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextAndPreviousFollowTheRememberedTokens();
    void refreshAsksForTheShownPageWithItsToken();
    void newQueryStartsAtPageOne();
    void staleAnswerIsDropped();
    void failureKeepsThePageShown();
    void totalSizeOnlyWhenGiven_data();
    void totalSizeOnlyWhenGiven();
    void tokenLeadingBackStopsTheList();
    void leavesOutBatchesOutsideTheFilter();

private:
    void waitForPage(BatchBrowser &browser);
    QNetworkAccessManager m_network;
};

void TestBatchBrowser::waitForPage(BatchBrowser &browser)
{
    QSignalSpy loaded(&browser, &BatchBrowser::pageLoaded);
    QVERIFY(loaded.wait(30'000));
}

void TestBatchBrowser::nextAndPreviousFollowTheRememberedTokens()
{
    auto state = std::make_shared<BatchListServerState>();
    state->count = 25;
    TestHttpServer server(batchListHandler(state));
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    BatchBrowser browser(&client);

    browser.show({}, 10);
    waitForPage(browser);
    QCOMPARE(browser.page(), 0);
    QCOMPARE(browser.batches().first().id, QStringLiteral("bat-0000"));
    QVERIFY(!browser.hasPreviousPage());
    QVERIFY(browser.hasNextPage());
    QCOMPARE(tokenOf(server.requests().last()), std::nullopt);
    QCOMPARE(server.requests().last().query.queryItemValue(QStringLiteral("page_size")),
             QStringLiteral("10"));

    browser.nextPage();
    waitForPage(browser);
    QCOMPARE(tokenOf(server.requests().last()), QStringLiteral("tok-10"));
    QCOMPARE(browser.page(), 1);
    QCOMPARE(browser.firstRow(), 10);

    browser.nextPage();
    waitForPage(browser);
    QCOMPARE(tokenOf(server.requests().last()), QStringLiteral("tok-20"));
    QCOMPARE(browser.page(), 2);
    QCOMPARE(browser.firstRow(), 20);
    QCOMPARE(browser.batches().size(), 5);
    QVERIFY(!browser.hasNextPage());
    const qsizetype requestsAtEnd = server.requests().size();
    browser.nextPage(); // nothing to go to
    QVERIFY(!browser.isLoading());
    QCOMPARE(server.requests().size(), requestsAtEnd);

    browser.previousPage(); // the token that led to page 2
    waitForPage(browser);
    QCOMPARE(tokenOf(server.requests().last()), QStringLiteral("tok-10"));
    QCOMPARE(browser.page(), 1);
    QCOMPARE(browser.firstRow(), 10);
    QCOMPARE(browser.batches().first().id, QStringLiteral("bat-0010"));
    QVERIFY(browser.hasNextPage());

    browser.previousPage(); // page 1: no token at all
    waitForPage(browser);
    QCOMPARE(tokenOf(server.requests().last()), std::nullopt);
    QCOMPARE(browser.page(), 0);

    browser.nextPage();
    waitForPage(browser);
    browser.nextPage();
    waitForPage(browser);
    browser.firstPage();
    waitForPage(browser);
    QCOMPARE(tokenOf(server.requests().last()), std::nullopt);
    QCOMPARE(browser.page(), 0);
    QCOMPARE(browser.firstRow(), 0);
}

void TestBatchBrowser::refreshAsksForTheShownPageWithItsToken()
{
    auto state = std::make_shared<BatchListServerState>();
    state->count = 25;
    TestHttpServer server(batchListHandler(state));
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    BatchBrowser browser(&client);
    browser.show({}, 10);
    waitForPage(browser);
    browser.nextPage();
    waitForPage(browser);
    browser.refresh();
    waitForPage(browser);
    QCOMPARE(tokenOf(server.requests().last()), QStringLiteral("tok-10"));
    QCOMPARE(browser.page(), 1);
    QCOMPARE(browser.firstRow(), 10);
}

void TestBatchBrowser::newQueryStartsAtPageOne()
{
    auto state = std::make_shared<BatchListServerState>();
    state->count = 25;
    TestHttpServer server(batchListHandler(state));
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    BatchBrowser browser(&client);
    browser.show({}, 10);
    waitForPage(browser);
    browser.nextPage();
    waitForPage(browser);

    ListBatchesQuery query;
    query.status = QStringLiteral("FAILED");
    query.pageToken = QStringLiteral("tok-20"); // the browser's own paging wins
    browser.setQuery(query);
    waitForPage(browser);
    const TestRequest &last = server.requests().last();
    QCOMPARE(tokenOf(last), std::nullopt);
    QCOMPARE(last.query.queryItemValue(QStringLiteral("status")), QStringLiteral("FAILED"));
    QCOMPARE(browser.page(), 0);
    QCOMPARE(browser.firstRow(), 0);
    QVERIFY(!browser.hasPreviousPage());

    browser.setPageSize(5);
    waitForPage(browser);
    QCOMPARE(server.requests().last().query.queryItemValue(QStringLiteral("page_size")),
             QStringLiteral("5"));
    QCOMPARE(server.requests().last().query.queryItemValue(QStringLiteral("status")),
             QStringLiteral("FAILED"));
}

void TestBatchBrowser::staleAnswerIsDropped()
{
    // The first query's answer comes late; the second query's answer is the one to show.
    TestHttpServer server([](const TestRequest &request) {
        const QString status = request.query.queryItemValue(QStringLiteral("status"));
        const bool slow = status == u"RUNNING";
        QJsonObject batch =
            listedBatchJson(slow ? QStringLiteral("bat-slow") : QStringLiteral("bat-fast"));
        batch.insert(u"status", status); // of the status asked for, or it would be left out
        const QJsonObject body {{QStringLiteral("items"), QJsonArray {batch}}};
        TestResponse response = TestResponse::json(200, body);
        return slow ? response.delayedBy(400) : response;
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    BatchBrowser browser(&client);
    QSignalSpy loaded(&browser, &BatchBrowser::pageLoaded);
    ListBatchesQuery slow;
    slow.status = QStringLiteral("RUNNING");
    browser.show(slow, 10);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 10'000);
    ListBatchesQuery fast;
    fast.status = QStringLiteral("FAILED");
    browser.setQuery(fast);
    QVERIFY(loaded.wait(30'000));
    QCOMPARE(browser.batches().first().id, QStringLiteral("bat-fast"));
    // Well past the slow answer's time: it must not replace the page.
    QVERIFY(!loaded.wait(1'000));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(browser.batches().first().id, QStringLiteral("bat-fast"));
}

void TestBatchBrowser::failureKeepsThePageShown()
{
    auto state = std::make_shared<BatchListServerState>();
    state->count = 25;
    auto failNext = std::make_shared<bool>(false);
    TestHttpServer server([state, failNext](const TestRequest &request) {
        if (*failNext)
            return TestResponse::json(
                500, QJsonObject {{QStringLiteral("detail"), QStringLiteral("database is down")}});
        return batchListHandler(state)(request);
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    BatchBrowser browser(&client);
    browser.show({}, 10);
    waitForPage(browser);
    QVERIFY(!browser.hasError());

    *failNext = true;
    QSignalSpy failed(&browser, &BatchBrowser::loadFailed);
    browser.nextPage();
    QVERIFY(failed.wait(30'000));
    QVERIFY(browser.hasError());
    QVERIFY2(browser.lastError().message.contains(u"database is down"),
             qPrintable(browser.lastError().message));
    QCOMPARE(browser.page(), 0);
    QCOMPARE(browser.batches().size(), 10);
    QCOMPARE(browser.batches().first().id, QStringLiteral("bat-0000"));

    *failNext = false;
    browser.nextPage(); // the same token again
    waitForPage(browser);
    QCOMPARE(tokenOf(server.requests().last()), QStringLiteral("tok-10"));
    QVERIFY(!browser.hasError());
    QCOMPARE(browser.page(), 1);
}

void TestBatchBrowser::totalSizeOnlyWhenGiven_data()
{
    QTest::addColumn<std::optional<qint64>>("total");
    QTest::newRow("total_size given") << std::optional<qint64>(25);
    QTest::newRow("total_size absent") << std::optional<qint64>();
    QTest::newRow("an estimate, kept as given") << std::optional<qint64>(1000);
}

void TestBatchBrowser::totalSizeOnlyWhenGiven()
{
    QFETCH(std::optional<qint64>, total);
    auto state = std::make_shared<BatchListServerState>();
    state->count = 25;
    state->totalSize = total;
    TestHttpServer server(batchListHandler(state));
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    BatchBrowser browser(&client);
    browser.show({}, 10);
    waitForPage(browser);
    QCOMPARE(browser.totalSize(), total);
}

void TestBatchBrowser::tokenLeadingBackStopsTheList()
{
    // Page 2's answer names tok-10 again, the token that led to page 2.
    TestHttpServer server([](const TestRequest &request) {
        QJsonObject body {{QStringLiteral("items"), QJsonArray {listedBatchJson()}},
                          {QStringLiteral("next_page_token"), QStringLiteral("tok-10")}};
        Q_UNUSED(request);
        return TestResponse::json(200, body);
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    BatchBrowser browser(&client);
    browser.show({}, 10);
    waitForPage(browser);
    QVERIFY(browser.hasNextPage());
    QVERIFY(browser.pagingProblem().isEmpty());
    browser.nextPage();
    waitForPage(browser);
    QVERIFY(!browser.hasNextPage());
    QVERIFY(browser.pagingProblem().contains(u"leads back"));
}

void TestBatchBrowser::leavesOutBatchesOutsideTheFilter()
{
    // Asked for FAILED batches, the server sends four of which two are COMPLETED: the page
    // shows two and says two were left out; the next page's first row still counts all four.
    TestHttpServer server([](const TestRequest &request) {
        const bool second = request.query.hasQueryItem(QStringLiteral("page_token"));
        QJsonObject body = batchListJson(
            second ? 4 : 0, 4, second ? std::nullopt : std::optional(QStringLiteral("a")));
        QJsonArray items = body.value(u"items").toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject batch = items.at(i).toObject();
            batch.insert(u"status", i % 2 ? "COMPLETED" : "FAILED");
            items.replace(i, batch);
        }
        body.insert(u"items", items);
        return TestResponse::json(200, body);
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    BatchBrowser browser(&client);
    ListBatchesQuery query;
    query.status = QStringLiteral("failed");
    browser.show(query, 10);
    waitForPage(browser);
    QCOMPARE(browser.batches().size(), 2);
    QCOMPARE(browser.batches().at(1).id, QStringLiteral("bat-2"));
    QCOMPARE(browser.rowsOutsideFilter(), 2);
    browser.nextPage();
    waitForPage(browser);
    QCOMPARE(browser.firstRow(), 4);
    QCOMPARE(browser.batches().first().id, QStringLiteral("bat-4"));
}

QTEST_GUILESS_MAIN(TestBatchBrowser)
#include "tst_batchbrowser.moc"
