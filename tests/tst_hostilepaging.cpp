// JobPager against servers that break paging assumptions: each case a per-test HTTP server.
#include "core/jobs/jobpager.h"
#include "core/paging/pagingsummary.h"
#include "hostilepagingservers.h"

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
    // Every case runs with one page after another and with pages in flight together.
    void initTestCase_data();
    void keepsEveryJobOfAPageLargerThanAsked_data();
    void keepsEveryJobOfAPageLargerThanAsked();
    void trimsOnlyAtTheRowLimitInTheServersOrder();
    void goesOnAfterAShortPage_data();
    void goesOnAfterAShortPage();
    void theTotalIsOnlyAnEstimate_data();
    void theTotalIsOnlyAnEstimate();
    void jobsLeavingTheListAreToldAsAChangedList();
    void keepsTheFirstCopyOfJobsFromShiftingPages_data();
    void keepsTheFirstCopyOfJobsFromShiftingPages();
    void aWholePageShiftWithoutATotalIsRefused();
    void pagesWithNothingNewStopPaging();
    void notesCountOneAsOne_data();
    void notesCountOneAsOne();
    void endlessPagesStopAtTheCeiling_data();
    void endlessPagesStopAtTheCeiling();
    void rowsOutsideTheFilterStillMeetTheCeiling();

private:
    struct Run
    {
        QStringList ids;
        QList<qint64> invalidPositions;
        QList<qint64> offsets;
        ApiError error;
        qint64 duplicates = 0;
        bool ceilingReached = false;
        PagingSummary summary;
    };
    Run runPager(TestHttpServer &server, int pageSize, qint64 maxRows = 0, qint64 ceiling = 0,
                 const std::optional<QString> &status = std::nullopt);

    QNetworkAccessManager m_network;
};

void TestHostilePaging::initTestCase_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("one page after another") << 1;
    QTest::newRow("6 pages in flight") << 6;
}

namespace {

// One page after another asks for exactly the pages expected. With pages in flight together,
// those pages are asked for too, and the look-ahead and pages asked on a plan the server broke
// add a few more, never more than the pages in flight could hold.
void verifyOffsets(const QList<qint64> &actual, const QList<qint64> &expected)
{
    QFETCH_GLOBAL(int, concurrency);
    if (concurrency == 1) {
        QCOMPARE(actual, expected);
        return;
    }
    for (qint64 offset : expected)
        QVERIFY2(actual.contains(offset), qPrintable(QString::number(offset)));
    QVERIFY2(actual.size() <= expected.size() + 2 * concurrency,
             qPrintable(QString::number(actual.size())));
}

} // namespace

TestHostilePaging::Run TestHostilePaging::runPager(TestHttpServer &server, int pageSize,
                                                   qint64 maxRows, qint64 ceiling,
                                                   const std::optional<QString> &status)
{
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListJobsQuery query;
    query.limit = pageSize;
    query.status = status;
    JobPager pager(&client, query);
    QFETCH_GLOBAL(int, concurrency);
    pager.setConcurrency(concurrency);
    pager.setMaxRows(maxRows);
    if (ceiling > 0)
        pager.setRowCeiling(ceiling);
    Run run;
    connect(&pager, &JobPager::pageReceived, this, [&](const JobPage &page) {
        for (const Job &job : page.jobs)
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
    run.summary = pager.summary();
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
    QTest::newRow("15 jobs per page of 10, total present: an empty page still ends the list")
        << Total::Present << qint64(0) << 40 << QList<qint64> {0, 15, 30, 40};
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
    verifyOffsets(run.offsets, expectedOffsets);
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

void TestHostilePaging::goesOnAfterAShortPage_data()
{
    QTest::addColumn<Total>("total");
    QTest::addColumn<int>("expectedRows");
    QTest::addColumn<QList<qint64>>("expectedOffsets");
    QTest::newRow("pages capped at 7 of 10, total 25: every job, an empty page ends the list")
        << Total::Present << 25 << QList<qint64> {0, 7, 14, 21, 25};
    QTest::newRow("pages capped at 7 of 10, no total: a short page never ends the list")
        << Total::Absent << 25 << QList<qint64> {0, 7, 14, 21, 25};
}

void TestHostilePaging::goesOnAfterAShortPage()
{
    QFETCH(Total, total);
    QFETCH(int, expectedRows);
    QFETCH(QList<qint64>, expectedOffsets);
    TestHttpServer server(cappedPages(25, 7, total));
    const Run run = runPager(server, 10);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, jobIds(0, expectedRows));
    verifyOffsets(run.offsets, expectedOffsets);
    QVERIFY(run.summary.reachedEnd);
    QVERIFY(!run.summary.totalDiffers());
    QVERIFY(!run.summary.listChanged());
}

void TestHostilePaging::theTotalIsOnlyAnEstimate_data()
{
    QTest::addColumn<int>("jobCount");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<qint64>>("expectedOffsets");
    // Today's servers that the total once misled: every job served is kept, the list ends at
    // its first empty page, and the difference is told.
    QTest::newRow("100 jobs served, total 10: all 100")
        << 100 << qint64(10) << QList<qint64> {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    QTest::newRow("an empty page before the total (25 jobs, total 40): 25, no failure")
        << 25 << qint64(40) << QList<qint64> {0, 10, 20, 25};
    QTest::newRow("an estimate one too high (25 jobs, total 26)")
        << 25 << qint64(26) << QList<qint64> {0, 10, 20, 25};
    QTest::newRow("an estimate one too low (25 jobs, total 24)")
        << 25 << qint64(24) << QList<qint64> {0, 10, 20, 25};
    QTest::newRow("an exact total (25 jobs, total 25)")
        << 25 << qint64(25) << QList<qint64> {0, 10, 20, 25};
}

void TestHostilePaging::theTotalIsOnlyAnEstimate()
{
    QFETCH(int, jobCount);
    QFETCH(qint64, total);
    QFETCH(QList<qint64>, expectedOffsets);
    TestHttpServer server(overstatedTotal(jobCount, total));
    const Run run = runPager(server, 10);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, jobIds(0, jobCount));
    verifyOffsets(run.offsets, expectedOffsets);
    QVERIFY(run.summary.reachedEnd);
    QVERIFY(!run.summary.listChanged());
    QCOMPARE(run.summary.totalDiffers(), jobCount != total);
    QCOMPARE(run.summary.totalNote(CountedRows::Jobs),
             jobCount == total ? QString()
                               : QStringLiteral("The server estimated %1 jobs; %2 were listed.")
                                     .arg(total)
                                     .arg(jobCount));
}

void TestHostilePaging::jobsLeavingTheListAreToldAsAChangedList()
{
    // 30 jobs, of which the two newest leave the list after the first page: the rest move up by
    // two, so bjb-10 and bjb-11 land on the page already read and are missed. Paging goes on to
    // the list's end and keeps every job served; the summary says up to 2 may be missing.
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
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids, jobIds(0, 10) + jobIds(12, 18));
    QVERIFY(run.summary.listChanged());
    QCOMPARE(run.summary.totalDrop, 2);
    QCOMPARE(run.summary.possiblyMissing(), 2);
    const QString note = run.summary.shiftNote(CountedRows::Jobs);
    for (const char *expected : {"shifted while it was read", "went down by 2",
                                 "up to 2 jobs may be missing", "Export again"})
        QVERIFY2(note.contains(QLatin1String(expected)), qPrintable(note));
}

void TestHostilePaging::keepsTheFirstCopyOfJobsFromShiftingPages_data()
{
    QTest::addColumn<QList<int>>("newJobsBeforeRequest");
    QTest::addColumn<Total>("total");
    QTest::addColumn<qint64>("arrivals"); // -1: the repeats are unexplained, the list changed
    const QList<int> threeEachTime {0, 3, 3, 3, 3, 3, 3, 3};
    QTest::newRow("3 jobs created before each request, total present: 21 arrivals")
        << threeEachTime << Total::Present << qint64(21);
    // (Without a total, a last page that is the one before shifted by its own length cannot be
    // told from a server that ignores offset: see aWholePageShiftWithoutATotalIsRefused.)
    QTest::newRow("3 jobs created before each of 3 requests, no total: the list changed")
        << QList<int> {0, 3, 3, 3} << Total::Absent << qint64(-1);
    QTest::newRow("a whole page created once, total present: 10 arrivals")
        << QList<int> {0, 0, 10} << Total::Present << qint64(10);
    QTest::newRow("one and a half pages created once, total present: 15 arrivals")
        << QList<int> {0, 0, 15} << Total::Present << qint64(15);
    QTest::newRow("one job created once, no total: the list changed")
        << QList<int> {0, 1} << Total::Absent << qint64(-1);
}

void TestHostilePaging::keepsTheFirstCopyOfJobsFromShiftingPages()
{
    QFETCH(QList<int>, newJobsBeforeRequest);
    QFETCH(Total, total);
    QFETCH(qint64, arrivals);
    ShiftingList list(45, newJobsBeforeRequest, total);
    TestHttpServer server(list.handler());
    const Run run = runPager(server, 10);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QStringList originals = run.ids;
    originals.removeIf([](const QString &id) { return id.startsWith(u"new-"); });
    QCOMPARE(originals, jobIds(0, 45)); // none missing, none twice, in order
    QCOMPARE(QSet<QString>(run.ids.cbegin(), run.ids.cend()).size(), run.ids.size());
    QVERIFY(run.duplicates > 0);
    // Pages in flight together also bring answers that are dropped (asked again, or beyond the
    // end): only one page after another counts every row sent.
    QFETCH_GLOBAL(int, concurrency);
    if (concurrency == 1)
        QCOMPARE(run.duplicates, list.rowsSent() - run.ids.size());
    QCOMPARE(run.summary.listChanged(), arrivals < 0);
    if (arrivals >= 0) {
        QCOMPARE(run.summary.arrivals(), arrivals);
        QVERIFY(!run.summary.totalDiffers()); // the arrivals explain the last total
    } else {
        QCOMPARE(run.summary.possiblyMissing(), run.duplicates);
    }
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

void TestHostilePaging::notesCountOneAsOne_data()
{
    QTest::addColumn<PagingSummary>("summary");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QStringList>("expected");
    PagingSummary arrived;
    arrived.rowsListed = 11;
    arrived.duplicates = 1;
    arrived.addTotal(10);
    arrived.addTotal(11);
    arrived.reachedEnd = true;
    QTest::newRow("one job arrived, one row repeated")
        << arrived << "jobs"
        << QStringList {"1 job arrived during the export (the server's total grew from 10 to 11); "
                        "the 1 row pushed onto a later page was written once."};
    PagingSummary outside;
    outside.rowsListed = 3;
    outside.rowsOutsideFilter = 1;
    outside.reachedEnd = true;
    QTest::newRow("one batch outside the filter")
        << outside << "batches"
        << QStringList {"The server sent 1 batch that does not match the filter asked for; it "
                        "was left out."};
    PagingSummary listedOne;
    listedOne.rowsListed = 1;
    listedOne.addTotal(2);
    listedOne.reachedEnd = true;
    QTest::newRow("one item listed of an estimate of two")
        << listedOne << "items" << QStringList {"The server estimated 2 items; 1 was listed."};
}

void TestHostilePaging::notesCountOneAsOne()
{
    QFETCH(PagingSummary, summary);
    QFETCH(QString, rows);
    QFETCH(QStringList, expected);
    const CountedRows kind = rows == u"items" ? CountedRows::Items
        : rows == u"batches"                  ? CountedRows::Batches
                                              : CountedRows::Jobs;
    QCOMPARE(summary.notes(kind), expected);
}

void TestHostilePaging::rowsOutsideTheFilterStillMeetTheCeiling()
{
    // Asked for failed jobs with --max-rows 10, the server pages on without end through
    // completed ones: none counts towards the limit, and the ceiling ends it.
    TestHttpServer server(endlessPages());
    const Run run = runPager(server, 10, 10, 50, QStringLiteral("failed"));
    QCOMPARE(run.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY(run.ceilingReached);
    QVERIFY2(run.error.message.contains(u"ceiling of 50"), qPrintable(run.error.message));
    QVERIFY(run.ids.isEmpty());
    QCOMPARE(run.summary.rowsOutsideFilter, 50);
}

QTEST_GUILESS_MAIN(TestHostilePaging)
#include "tst_hostilepaging.moc"
