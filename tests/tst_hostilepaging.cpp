// JobPager against servers that break paging assumptions: each case a per-test HTTP server.
#include "hostilepagingservers.h"
#include "jobpager.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;
using namespace BatchDeck::Testing::HostilePaging;

Q_DECLARE_METATYPE(BatchDeck::Testing::HostilePaging::Total)

namespace {

QStringList jobIds(int first, int count)
{
    QStringList ids;
    for (int i = first; i < first + count; ++i)
        ids << QStringLiteral("bjb-%1").arg(i);
    return ids;
}

} // namespace

class TestHostilePaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEveryJobOfAPageLargerThanAsked_data();
    void keepsEveryJobOfAPageLargerThanAsked();
    void trimsOnlyAtTheRowLimitInTheServersOrder();
    void goesOnAfterAShortPageWhileTheTotalRemains_data();
    void goesOnAfterAShortPageWhileTheTotalRemains();
    void emptyPageBeforeTheTotalFails();
    void jobsLeavingTheListFailThePaging();
    void keepsTheFirstCopyOfJobsFromShiftingPages_data();
    void keepsTheFirstCopyOfJobsFromShiftingPages();
    void aWholePageShiftWithoutATotalIsRefused();
    void pagesWithNothingNewStopPaging();
    void endlessPagesStopAtTheCeiling_data();
    void endlessPagesStopAtTheCeiling();

private:
    struct Run
    {
        QStringList ids;
        QList<qint64> invalidPositions;
        QList<qint64> offsets;
        ApiError error;
        qint64 duplicates = 0;
        bool ceilingReached = false;
    };
    Run runPager(TestHttpServer &server, int pageSize, qint64 maxRows = 0, qint64 ceiling = 0);

    QNetworkAccessManager m_network;
};

TestHostilePaging::Run TestHostilePaging::runPager(TestHttpServer &server, int pageSize,
                                                   qint64 maxRows, qint64 ceiling)
{
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListJobsQuery query;
    query.limit = pageSize;
    JobPager pager(&client, query);
    pager.setMaxRows(maxRows);
    if (ceiling > 0)
        pager.setRowCeiling(ceiling);
    Run run;
    connect(&pager, &JobPager::pageReceived, this, [&](const JobPage &page) {
        for (const BatchJob &job : page.jobs)
            run.ids << job.id;
        for (const InvalidJob &invalid : page.invalidJobs)
            run.invalidPositions << invalid.position;
    });
    QSignalSpy finished(&pager, &JobPager::finished);
    pager.start();
    [&] { QVERIFY(finished.wait(30'000)); }();
    run.error = finished.value(0).value(0).value<ApiError>();
    run.duplicates = pager.duplicatesSkipped();
    run.ceilingReached = pager.rowCeilingReached();
    for (const TestRequest &request : server.requests())
        run.offsets << request.query.queryItemValue(QStringLiteral("offset")).toLongLong();
    return run;
}

void TestHostilePaging::keepsEveryJobOfAPageLargerThanAsked_data()
{
    QTest::addColumn<Total>("total");
    QTest::addColumn<qint64>("maxRows");
    QTest::addColumn<int>("expectedRows");
    QTest::addColumn<QList<qint64>>("expectedOffsets");
    QTest::newRow("15 jobs per page of 10, total present")
        << Total::Present << qint64(0) << 40 << QList<qint64> {0, 15, 30};
    QTest::newRow("15 jobs per page of 10, no total")
        << Total::Absent << qint64(0) << 40 << QList<qint64> {0, 15, 30, 40};
    QTest::newRow("--max-rows 20 trims the second page only at the limit")
        << Total::Present << qint64(20) << 20 << QList<qint64> {0, 15};
}

void TestHostilePaging::keepsEveryJobOfAPageLargerThanAsked()
{
    QFETCH(Total, total);
    QFETCH(qint64, maxRows);
    QFETCH(int, expectedRows);
    QFETCH(QList<qint64>, expectedOffsets);
    TestHttpServer server(oversizedPages(40, 15, total));
    const Run run = runPager(server, 10, maxRows);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, jobIds(0, expectedRows));
    QCOMPARE(run.offsets, expectedOffsets);
}

void TestHostilePaging::trimsOnlyAtTheRowLimitInTheServersOrder()
{
    // 6 rows where 4 were asked for; the third cannot be read. --max-rows 4 keeps the first 4
    // rows as sent: two jobs, the unreadable one, one more job.
    TestHttpServer server([](const TestRequest &) {
        QJsonObject body = jobListJson(0, 6, std::nullopt);
        QJsonArray items = body.value(u"items").toArray();
        QJsonObject broken = items.at(2).toObject();
        broken.remove(u"id");
        items.replace(2, broken);
        body.insert(u"items", items);
        return TestResponse::json(200, body);
    });
    const Run run = runPager(server, 10, 4);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, (QStringList {"bjb-0", "bjb-1", "bjb-3"}));
    QCOMPARE(run.invalidPositions, QList<qint64> {2});
    QCOMPARE(server.requests().size(), 1);
}

void TestHostilePaging::goesOnAfterAShortPageWhileTheTotalRemains_data()
{
    QTest::addColumn<Total>("total");
    QTest::addColumn<int>("expectedRows");
    QTest::addColumn<QList<qint64>>("expectedOffsets");
    QTest::newRow("pages capped at 7 of 10, total 25: every job")
        << Total::Present << 25 << QList<qint64> {0, 7, 14, 21};
    QTest::newRow("pages capped at 7 of 10, no total: a short page is the last")
        << Total::Absent << 7 << QList<qint64> {0};
}

void TestHostilePaging::goesOnAfterAShortPageWhileTheTotalRemains()
{
    QFETCH(Total, total);
    QFETCH(int, expectedRows);
    QFETCH(QList<qint64>, expectedOffsets);
    TestHttpServer server(cappedPages(25, 7, total));
    const Run run = runPager(server, 10);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, jobIds(0, expectedRows));
    QCOMPARE(run.offsets, expectedOffsets);
}

void TestHostilePaging::emptyPageBeforeTheTotalFails()
{
    TestHttpServer server(overstatedTotal(25, 40));
    const Run run = runPager(server, 10);
    QCOMPARE(run.error.kind, ApiError::Kind::InvalidResponse);
    for (const char *expected : {"offset 25", "after 25 of the 40", "total_size"})
        QVERIFY2(run.error.message.contains(QLatin1String(expected)),
                 qPrintable(run.error.message));
    QCOMPARE(run.ids, jobIds(0, 25)); // what came is delivered; the failure says the rest is not
}

void TestHostilePaging::jobsLeavingTheListFailThePaging()
{
    // 30 jobs, of which the two newest leave the list after the first page: the rest move up by
    // two, so bjb-10 and bjb-11 would land on the page already read and be missed.
    int requests = 0;
    TestHttpServer server([&requests](const TestRequest &request) {
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
        const int gone = requests++ == 0 ? 0 : 2;
        const int total = 30 - gone;
        return TestResponse::json(
            200, jobListJson(offset + gone, std::max(0, std::min(limit, total - offset)), total));
    });
    const Run run = runPager(server, 10);
    QCOMPARE(run.error.kind, ApiError::Kind::InvalidResponse);
    for (const char *expected : {"went down from 30 to 28", "export again"})
        QVERIFY2(run.error.message.contains(QLatin1String(expected)),
                 qPrintable(run.error.message));
    QCOMPARE(run.ids, jobIds(0, 10)); // the page before the shrink, and nothing after it
}

void TestHostilePaging::keepsTheFirstCopyOfJobsFromShiftingPages_data()
{
    QTest::addColumn<QList<int>>("newJobsBeforeRequest");
    QTest::addColumn<Total>("total");
    const QList<int> threeEachTime {0, 3, 3, 3, 3, 3, 3, 3};
    QTest::newRow("3 jobs created before each request, total present")
        << threeEachTime << Total::Present;
    QTest::newRow("3 jobs created before each request, no total") << threeEachTime << Total::Absent;
    QTest::newRow("a whole page created once, total present")
        << QList<int> {0, 0, 10} << Total::Present;
    QTest::newRow("one and a half pages created once, total present")
        << QList<int> {0, 0, 15} << Total::Present;
    QTest::newRow("one job created once, no total") << QList<int> {0, 1} << Total::Absent;
}

void TestHostilePaging::keepsTheFirstCopyOfJobsFromShiftingPages()
{
    QFETCH(QList<int>, newJobsBeforeRequest);
    QFETCH(Total, total);
    ShiftingList list(45, newJobsBeforeRequest, total);
    TestHttpServer server(list.handler());
    const Run run = runPager(server, 10);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QStringList originals = run.ids;
    originals.removeIf([](const QString &id) { return id.startsWith(u"new-"); });
    QCOMPARE(originals, jobIds(0, 45)); // none missing, none twice, in order
    QCOMPARE(QSet<QString>(run.ids.cbegin(), run.ids.cend()).size(), run.ids.size());
    QVERIFY(run.duplicates > 0);
    QCOMPARE(run.duplicates, list.rowsSent() - run.ids.size());
}

void TestHostilePaging::aWholePageShiftWithoutATotalIsRefused()
{
    // Without a total, a page identical to the one before cannot be told from a server that
    // ignores offset: paging fails with a message rather than risk an endless loop.
    ShiftingList list(45, {0, 10}, Total::Absent);
    TestHttpServer server(list.handler());
    const Run run = runPager(server, 10);
    QCOMPARE(run.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(run.error.message.contains(u"same page"), qPrintable(run.error.message));
}

void TestHostilePaging::pagesWithNothingNewStopPaging()
{
    // The first ten jobs again and again, in a new order each time, so no page is an exact repeat.
    TestHttpServer server([](const TestRequest &request) {
        QJsonArray items;
        const int shift = request.query.queryItemValue(QStringLiteral("offset")).toInt() / 10;
        for (int i = 0; i < 10; ++i)
            items.append(sampleJobJson(QStringLiteral("bjb-%1").arg((i + shift) % 10)));
        return TestResponse::json(200, QJsonObject {{QStringLiteral("items"), items}});
    });
    const Run run = runPager(server, 10);
    QCOMPARE(run.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(run.error.message.contains(u"only jobs already received in 3 pages"),
             qPrintable(run.error.message));
    QCOMPARE(server.requests().size(), 1 + JobPager::MaxPagesWithoutNewJobs);
    QCOMPARE(run.ids, jobIds(0, 10));
    QCOMPARE(run.duplicates, 30);
}

void TestHostilePaging::endlessPagesStopAtTheCeiling_data()
{
    QTest::addColumn<qint64>("maxRows");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("expectedRequests");
    QTest::newRow("no row limit: fails at the ceiling of 50") << qint64(0) << false << 5;
    QTest::newRow("--max-rows 70 is a bound of its own") << qint64(70) << true << 7;
}

void TestHostilePaging::endlessPagesStopAtTheCeiling()
{
    QFETCH(qint64, maxRows);
    QFETCH(bool, ok);
    QFETCH(int, expectedRequests);
    TestHttpServer server(endlessPages());
    const Run run = runPager(server, 10, maxRows, 50);
    QCOMPARE(run.error.isOk(), ok);
    QCOMPARE(run.ceilingReached, !ok);
    QCOMPARE(server.requests().size(), expectedRequests);
    if (!ok) {
        QCOMPARE(run.error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(run.error.message.contains(u"ceiling of 50 rows"), qPrintable(run.error.message));
        QVERIFY(run.error.message.contains(u"no total_size"));
        QCOMPARE(run.ids.size(), 50);
    }
}

QTEST_GUILESS_MAIN(TestHostilePaging)
#include "tst_hostilepaging.moc"
