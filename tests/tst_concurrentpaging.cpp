// Offset paging with several pages in flight: answers in any order go out in the list's order,
// the limit on requests in flight holds, pages served out of order are asked for again, and a
// server that asks to slow down (429) or fails (5xx) is answered by fewer requests, told.
#include "core/jobs/itempager.h"
#include "core/jobs/jobpager.h"
#include "core/paging/pagingthrottle.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

Q_DECLARE_METATYPE(std::function<int(int)>)

namespace {

int queryNumber(const TestRequest &request, const char *name)
{
    return request.query.queryItemValue(QString::fromLatin1(name)).toInt();
}

QStringList jobIds(int first, int count)
{
    QStringList ids;
    for (int i = first; i < first + count; ++i)
        ids << QStringLiteral("bjb-%1").arg(i);
    return ids;
}

// How many requests the server holds at once: received and not yet answered.
struct InFlightCounter
{
    int now = 0;
    int peak = 0;
    void started()
    {
        ++now;
        peak = std::max(peak, now);
    }
};

// An honest list of `jobCount` jobs whose answers wait `delayOf(offset)` ms, counting the
// requests it holds at once (answers are sent by the server's timer; the count drops when the
// next request arrives after them, through responsesSent()).
TestHttpServer::Handler delayedList(int jobCount, std::function<int(int)> delayOf,
                                    std::shared_ptr<InFlightCounter> counter,
                                    const TestHttpServer *server)
{
    return [=](const TestRequest &request) {
        counter->now = int(server->requests().size()) - server->responsesSent() - 1;
        counter->started();
        const int offset = queryNumber(request, "offset");
        const int count = std::max(0, std::min(queryNumber(request, "limit"), jobCount - offset));
        return TestResponse::json(200, jobListJson(offset, count, jobCount))
            .delayedBy(delayOf(offset));
    };
}

QJsonObject itemListJson(int first, int count, int total)
{
    QJsonArray items;
    for (int i = first; i < first + count; ++i)
        items.append(
            QJsonObject {{QStringLiteral("item_id"), QStringLiteral("itm-%1").arg(i)},
                         {QStringLiteral("item_name"), QStringLiteral("file-%1.pdf").arg(i)},
                         {QStringLiteral("status"), QStringLiteral("completed")}});
    return {{QStringLiteral("items"), items}, {QStringLiteral("total_size"), total}};
}

} // namespace

class TestConcurrentPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heldDeliveriesWaitAndMemoryStaysBounded();
    void answersInAnyOrderGoOutInOrder_data();
    void answersInAnyOrderGoOutInOrder();
    void neverMoreRequestsInFlightThanAsked_data();
    void neverMoreRequestsInFlightThanAsked();
    void itemsArePagedConcurrentlyToo();
    void aRowLimitAsksOnlyForThePagesItNeeds();
    void aPageServedBeforeTheOneAheadIsAskedAgain();
    void aListWithoutTotalIsWalkedOnePageAtATime();
    void cancelEndsEveryRequestInFlight();
    void aServerThatAsksToSlowDownGetsFewerRequests_data();
    void aServerThatAsksToSlowDownGetsFewerRequests();
    void throttleTextSaysWhyAndHowLong_data();
    void throttleTextSaysWhyAndHowLong();

private:
    struct Run
    {
        QStringList ids;
        ApiError error;
        PagingSummary summary;
        QList<PagingThrottle> throttles;
        int throttledAnswers = 0;
    };
    Run runPager(TestHttpServer &server, int concurrency, qint64 maxRows = 0, int maxRetries = 0);

    QNetworkAccessManager m_network;
};

TestConcurrentPaging::Run TestConcurrentPaging::runPager(TestHttpServer &server, int concurrency,
                                                         qint64 maxRows, int maxRetries)
{
    ApiClient client(&m_network);
    ClientSettings settings = clientSettingsFor(server, maxRetries);
    client.setSettings(settings);
    ListJobsQuery query;
    query.limit = 10;
    JobPager pager(&client, query);
    pager.setConcurrency(concurrency);
    pager.setMaxRows(maxRows);
    Run run;
    connect(&pager, &JobPager::pageReceived, this, [&](const JobPage &page) {
        for (const Job &job : page.jobs)
            run.ids << job.id;
    });
    connect(&pager, &Pager::throttleChanged, this,
            [&](const PagingThrottle &throttle) { run.throttles << throttle; });
    QSignalSpy finished(&pager, &JobPager::finished);
    pager.start();
    [&] { QVERIFY(finished.wait(60'000)); }();
    [&] { QCOMPARE(finished.size(), 1); }();
    run.error = finished.value(0).value(0).value<ApiError>();
    run.summary = pager.summary();
    run.throttledAnswers = pager.throttledAnswers();
    return run;
}

void TestConcurrentPaging::answersInAnyOrderGoOutInOrder_data()
{
    QTest::addColumn<std::function<int(int)>>("delayOf");
    QTest::newRow("later pages answer first")
        << std::function<int(int)>([](int offset) { return std::max(0, 60 - offset / 10 * 10); });
    QTest::newRow("pages answer in a scrambled order")
        << std::function<int(int)>([](int offset) { return (offset / 10 * 37) % 50; });
    QTest::newRow("every answer at once") << std::function<int(int)>([](int) { return 0; });
}

void TestConcurrentPaging::answersInAnyOrderGoOutInOrder()
{
    QFETCH(std::function<int(int)>, delayOf);
    auto counter = std::make_shared<InFlightCounter>();
    TestHttpServer server;
    server.setHandler(delayedList(95, delayOf, counter, &server));
    const Run run = runPager(server, 6);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, jobIds(0, 95)); // every job once, in the list's order
    QVERIFY(run.summary.reachedEnd);
    QCOMPARE(run.summary.duplicates, 0);
    QVERIFY(!run.summary.listChanged());
    QVERIFY2(counter->peak > 1, qPrintable(QString::number(counter->peak)));
}

void TestConcurrentPaging::neverMoreRequestsInFlightThanAsked_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("1: one page after another") << 1;
    QTest::newRow("3 in flight") << 3;
    QTest::newRow("6 in flight") << 6;
}

void TestConcurrentPaging::neverMoreRequestsInFlightThanAsked()
{
    QFETCH(int, concurrency);
    auto counter = std::make_shared<InFlightCounter>();
    TestHttpServer server;
    server.setHandler(delayedList(
        300, [](int) { return 30; }, counter, &server));
    const Run run = runPager(server, concurrency);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, jobIds(0, 300));
    QVERIFY2(counter->peak <= concurrency, qPrintable(QString::number(counter->peak)));
    if (concurrency == 1)
        QCOMPARE(server.requests().size(), 31); // 30 pages and the empty one
    else
        QVERIFY2(counter->peak > 1, qPrintable(QString::number(counter->peak)));
}

void TestConcurrentPaging::itemsArePagedConcurrentlyToo()
{
    TestHttpServer server([](const TestRequest &request) {
        const int offset = queryNumber(request, "offset");
        const int count = std::max(0, std::min(queryNumber(request, "limit"), 45 - offset));
        return TestResponse::json(200, itemListJson(offset, count, 45))
            .delayedBy(std::max(0, 40 - offset)); // later pages answer first
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListItemsQuery query;
    query.limit = 10;
    ItemPager pager(&client, QStringLiteral("bjb-1"), {}, query);
    pager.setConcurrency(6);
    QStringList ids;
    connect(&pager, &ItemPager::pageReceived, this, [&](const ItemPage &page) {
        for (const JobItem &item : page.items)
            ids << item.itemId;
    });
    QSignalSpy finished(&pager, &ItemPager::finished);
    pager.start();
    QVERIFY(finished.wait(30'000));
    QVERIFY(finished.first().first().value<ApiError>().isOk());
    QStringList expected;
    for (int i = 0; i < 45; ++i)
        expected << QStringLiteral("itm-%1").arg(i);
    QCOMPARE(ids, expected);
}

void TestConcurrentPaging::aRowLimitAsksOnlyForThePagesItNeeds()
{
    auto counter = std::make_shared<InFlightCounter>();
    TestHttpServer server;
    server.setHandler(delayedList(
        1000, [](int) { return 0; }, counter, &server));
    const Run run = runPager(server, 6, 25);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, jobIds(0, 25));
    QList<int> offsets, limits;
    for (const TestRequest &request : server.requests()) {
        offsets << queryNumber(request, "offset");
        limits << queryNumber(request, "limit");
    }
    QCOMPARE(offsets, (QList<int> {0, 10, 20}));
    QCOMPARE(limits, (QList<int> {10, 10, 5}));
}

void TestConcurrentPaging::aPageServedBeforeTheOneAheadIsAskedAgain()
{
    // 30 jobs; 3 are created while the pages at 10 and 20 are in flight. The page at 20 is
    // served before them (bjb-20..29, total 30), the page at 10 after (bjb-7..16, total 33):
    // bjb-17..19 are on neither. A total that went down from page to page gives it away, and
    // the page at 20, asked again, brings them.
    bool created = false;
    QMap<int, int> asked;
    TestHttpServer server([&](const TestRequest &request) {
        const int offset = queryNumber(request, "offset");
        const int limit = queryNumber(request, "limit");
        ++asked[offset];
        if (offset == 10)
            created = true;
        const bool servedEarly = offset == 20 && asked[offset] == 1;
        const int newJobs = created && !servedEarly ? 3 : 0;
        QJsonArray items;
        for (int at = offset; at < std::min(offset + limit, 30 + newJobs); ++at) {
            items.append(sampleJobJson(at < newJobs ? QStringLiteral("new-%1").arg(at)
                                                    : QStringLiteral("bjb-%1").arg(at - newJobs)));
        }
        return TestResponse::json(200,
                                  QJsonObject {{QStringLiteral("items"), items},
                                               {QStringLiteral("total_size"), 30 + newJobs}})
            .delayedBy(offset == 10 ? 50 : 0);
    });
    const Run run = runPager(server, 6);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, jobIds(0, 30)); // none missing, none twice, in order
    QCOMPARE(asked.value(20), 2);
    QVERIFY(run.summary.duplicates > 0);
    QVERIFY(!run.summary.listChanged()); // the repeats are the 3 new jobs' doing
}

void TestConcurrentPaging::aListWithoutTotalIsWalkedOnePageAtATime()
{
    // Without total_size a page served out of order could hide rows unseen: one at a time.
    TestHttpServer server([](const TestRequest &request) {
        const int offset = queryNumber(request, "offset");
        const int count = std::max(0, std::min(queryNumber(request, "limit"), 35 - offset));
        return TestResponse::json(200, jobListJson(offset, count, std::nullopt));
    });
    const Run run = runPager(server, 6);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, jobIds(0, 35));
    QList<int> offsets;
    for (const TestRequest &request : server.requests())
        offsets << queryNumber(request, "offset");
    QCOMPARE(offsets, (QList<int> {0, 10, 20, 30, 35}));
}

void TestConcurrentPaging::cancelEndsEveryRequestInFlight()
{
    // The first five pages come at once (the limit grows to 6 with them); the rest never in time.
    TestHttpServer server([](const TestRequest &request) {
        const int offset = queryNumber(request, "offset");
        TestResponse answer = TestResponse::json(200, jobListJson(offset, 10, 1000));
        return offset < 50 ? answer : answer.delayedBy(60'000);
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListJobsQuery query;
    query.limit = 10;
    JobPager pager(&client, query);
    pager.setConcurrency(6);
    QSignalSpy activeCalls(&client, &ApiClient::activeCallsChanged);
    QSignalSpy finished(&pager, &JobPager::finished);
    pager.start();
    QTRY_COMPARE(pager.requestsInFlight(), 6);
    QTRY_COMPARE(server.requests().size(), 11);
    pager.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Aborted);
    QCOMPARE(pager.requestsInFlight(), 0);
    QCOMPARE(activeCalls.last().first().toInt(), 0); // every call ended
    pager.cancel(); // again: nothing more
    QCOMPARE(finished.size(), 1);
}

void TestConcurrentPaging::aServerThatAsksToSlowDownGetsFewerRequests_data()
{
    QTest::addColumn<int>("refusalStatus");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("429 beyond 3 in flight") << 429 << QStringLiteral("server asks to slow down");
    QTest::newRow("503 beyond 3 in flight")
        << 503 << QStringLiteral("server is failing (HTTP 503)");
}

void TestConcurrentPaging::aServerThatAsksToSlowDownGetsFewerRequests()
{
    // Refuses a request that arrives while more than 3 are held, as a service with a quota
    // does; 100 pages of 10 jobs.
    QFETCH(int, refusalStatus);
    QFETCH(QString, expectedText);
    constexpr int Jobs = 1000;
    int refused = 0;
    TestHttpServer server;
    server.setHandler([&](const TestRequest &request) {
        const int held = int(server.requests().size()) - server.responsesSent() - 1;
        if (held >= 3) {
            ++refused;
            return TestResponse::json(refusalStatus, QJsonObject {{"detail", "Too Many Requests"}})
                .withHeader("retry-after-ms", "50");
        }
        const int offset = queryNumber(request, "offset");
        const int count = std::max(0, std::min(queryNumber(request, "limit"), Jobs - offset));
        return TestResponse::json(200, jobListJson(offset, count, Jobs)).delayedBy(20);
    });
    const Run run = runPager(server, 6, 0, 10);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, jobIds(0, Jobs)); // every job
    QVERIFY(refused > 0);
    QCOMPARE(run.throttledAnswers, refused);
    const qsizetype requests = server.requests().size();
    QVERIFY2(refused * 10 <= requests,
             qPrintable(QStringLiteral("%1 of %2 requests refused").arg(refused).arg(requests)));
    QVERIFY(!run.throttles.isEmpty());
    const PagingThrottle first = run.throttles.first();
    QVERIFY(first.isActive());
    QCOMPARE(first.httpStatus, refusalStatus);
    QVERIFY(first.waitMs > 0 && first.waitMs <= 50);
    QVERIFY(first.requestsInFlight > 0);
    QVERIFY(first.concurrencyLimit < 6);
    QVERIFY2(throttleText(first).startsWith(expectedText), qPrintable(throttleText(first)));
    QVERIFY(!run.throttles.last().isActive()); // back to speed, and told
}

void TestConcurrentPaging::throttleTextSaysWhyAndHowLong_data()
{
    using Reason = PagingThrottle::Reason;
    QTest::addColumn<PagingThrottle>("throttle");
    QTest::addColumn<QString>("text");
    QTest::newRow("429, 8 s, 3 in flight") << PagingThrottle {Reason::RateLimited, 429, 8000, 3, 3}
                                           << "server asks to slow down: waiting 8 s, 3 requests "
                                              "in flight";
    QTest::newRow("429, 1 in flight: singular")
        << PagingThrottle {Reason::RateLimited, 429, 1000, 1, 1}
        << "server asks to slow down: waiting 1 s, 1 request in flight";
    QTest::newRow("a part of a second rounds up")
        << PagingThrottle {Reason::RateLimited, 429, 2001, 2, 1}
        << "server asks to slow down: waiting 3 s, 2 requests in flight";
    QTest::newRow("503") << PagingThrottle {Reason::ServerFailing, 503, 4000, 2, 2}
                         << "server is failing (HTTP 503): retrying in 4 s, 2 requests in flight";
    QTest::newRow("not throttled: nothing") << PagingThrottle {} << QString();
}

void TestConcurrentPaging::throttleTextSaysWhyAndHowLong()
{
    QFETCH(PagingThrottle, throttle);
    QFETCH(QString, text);
    QCOMPARE(throttleText(throttle), text);
}

void TestConcurrentPaging::heldDeliveriesWaitAndMemoryStaysBounded()
{
    // A receiver still writing a page holds the pager: no page goes out meanwhile, and requests
    // stop at what twice the pages in flight can hold, however long the list.
    TestHttpServer server([](const TestRequest &request) {
        const int offset = queryNumber(request, "offset");
        return TestResponse::json(
            200, jobListJson(offset, std::max(0, std::min(10, 200 - offset)), 200));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListJobsQuery query;
    query.limit = 10;
    JobPager pager(&client, query);
    pager.setConcurrency(3);
    QList<qint64> firstOffsets;
    connect(&pager, &JobPager::pageReceived, this, [&](const JobPage &page) {
        firstOffsets << page.jobs.first().id.mid(4).toLongLong();
        pager.holdDeliveries(true);
    });
    QSignalSpy finished(&pager, &JobPager::finished);
    pager.start();
    QTRY_COMPARE(firstOffsets.size(), 1);
    QTRY_COMPARE(pager.requestsInFlight(), 0); // every request it may make is answered
    QCOMPARE(firstOffsets.size(), 1);
    QVERIFY2(server.requests().size() <= 1 + 2 * 3,
             qPrintable(QString::number(server.requests().size())));
    for (int page = 1; page < 20; ++page) {
        pager.holdDeliveries(false);
        QTRY_COMPARE(firstOffsets.size(), page + 1);
    }
    pager.holdDeliveries(false);
    QVERIFY(finished.wait(30'000));
    QVERIFY(finished.first().first().value<ApiError>().isOk());
    QCOMPARE(firstOffsets.size(), 20);
    for (int page = 0; page < 20; ++page)
        QCOMPARE(firstOffsets.at(page), page * 10);
}

QTEST_GUILESS_MAIN(TestConcurrentPaging)
#include "tst_concurrentpaging.moc"
