#include "core/jobs/jobpager.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

enum class TotalMode { Present, Null, Absent };

// A server over `jobCount` jobs that pages like the API, with the total reported as asked.
TestHttpServer::Handler pagingServer(int jobCount, TotalMode mode)
{
    return [=](const TestRequest &request) {
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
        const int count = std::max(0, std::min(limit, jobCount - offset));
        QJsonObject body = jobListJson(offset, count, std::nullopt);
        if (mode == TotalMode::Present)
            body.insert(u"total_size", jobCount);
        else if (mode == TotalMode::Null)
            body.insert(u"total_size", QJsonValue::Null);
        return TestResponse::json(200, body);
    };
}

} // namespace

Q_DECLARE_METATYPE(TotalMode)

class TestJobPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksEveryPage_data();
    void walksEveryPage();
    void keepsFiltersOnEveryPage();
    void stopsAtRowLimit_data();
    void stopsAtRowLimit();
    void goesOnPastAReachedTotal();
    void leavesOutJobsOutsideTheFilter_data();
    void leavesOutJobsOutsideTheFilter();
    void refusesARepeatedPage_data();
    void refusesARepeatedPage();
    void reportsAnErrorMidway();
    void cancelStopsPaging();
    void cancelFromAPageReceiverAsksForNoMorePages();

private:
    struct Run
    {
        QStringList ids;
        QList<qint64> offsets;
        ApiError error;
        int pages = 0;
    };
    Run runPager(TestHttpServer &server, const ListJobsQuery &query, qint64 maxRows = 0);

    QNetworkAccessManager m_network;
};

TestJobPager::Run TestJobPager::runPager(TestHttpServer &server, const ListJobsQuery &query,
                                         qint64 maxRows)
{
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    JobPager pager(&client, query);
    pager.setMaxRows(maxRows);
    Run run;
    connect(&pager, &JobPager::pageReceived, this, [&](const JobPage &page) {
        for (const Job &job : page.jobs)
            run.ids << job.id;
    });
    QSignalSpy finished(&pager, &JobPager::finished);
    pager.start();
    [&] { QVERIFY(finished.wait(30'000)); }(); // a timeout fails the test
    run.error = finished.value(0).value(0).value<ApiError>();
    run.pages = pager.pagesReceived();
    for (const TestRequest &request : server.requests())
        run.offsets << request.query.queryItemValue(QStringLiteral("offset")).toLongLong();
    return run;
}

void TestJobPager::walksEveryPage_data()
{
    QTest::addColumn<int>("jobCount");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<TotalMode>("mode");
    QTest::addColumn<int>("expectedRequests");

    // The list ends at its first empty page only: one request after the last job, whatever the
    // total says and however short the last page.
    QTest::newRow("total present, short last page, then an empty page")
        << 25 << 10 << TotalMode::Present << 4;
    QTest::newRow("total present, exact multiple, then an empty page")
        << 30 << 10 << TotalMode::Present << 4;
    QTest::newRow("total null, short last page, then an empty page")
        << 25 << 10 << TotalMode::Null << 4;
    QTest::newRow("total null, exact multiple, then an empty page")
        << 30 << 10 << TotalMode::Null << 4;
    QTest::newRow("total absent, short last page, then an empty page")
        << 25 << 10 << TotalMode::Absent << 4;
    QTest::newRow("total absent, exact multiple, then an empty page")
        << 20 << 10 << TotalMode::Absent << 3;
    QTest::newRow("no jobs at all") << 0 << 10 << TotalMode::Present << 1;
    QTest::newRow("one job, page size 1") << 1 << 1 << TotalMode::Null << 2;
    QTest::newRow("page size 1000") << 2500 << 1000 << TotalMode::Present << 4;
}

void TestJobPager::walksEveryPage()
{
    QFETCH(int, jobCount);
    QFETCH(int, pageSize);
    QFETCH(TotalMode, mode);
    QFETCH(int, expectedRequests);

    TestHttpServer server(pagingServer(jobCount, mode));
    ListJobsQuery query;
    query.limit = pageSize;
    const Run run = runPager(server, query);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids.size(), jobCount);
    QCOMPARE(run.ids.value(0), jobCount ? QStringLiteral("bjb-0") : QString());
    QCOMPARE(run.ids.value(jobCount - 1),
             jobCount ? QStringLiteral("bjb-%1").arg(jobCount - 1) : QString());
    QCOMPARE(server.requests().size(), expectedRequests);
    for (int i = 0; i < run.offsets.size(); ++i) // the last one is the list's end
        QCOMPARE(run.offsets.at(i), std::min<qint64>(qint64(i) * pageSize, jobCount));
}

void TestJobPager::keepsFiltersOnEveryPage()
{
    TestHttpServer server(pagingServer(5, TotalMode::Present));
    ListJobsQuery query;
    query.status = QStringLiteral("failed");
    query.jobType = QStringLiteral("parse");
    query.limit = 2;
    runPager(server, query);
    QCOMPARE(server.requests().size(), 4); // 2, 2, 1, then the empty page
    for (const TestRequest &request : server.requests()) {
        QCOMPARE(request.query.queryItemValue(QStringLiteral("status")), QStringLiteral("failed"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("job_type")), QStringLiteral("parse"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
    }
}

void TestJobPager::stopsAtRowLimit_data()
{
    QTest::addColumn<qint64>("maxRows");
    QTest::addColumn<int>("expectedRows");
    QTest::addColumn<QString>("lastLimit");
    QTest::newRow("inside the first page") << qint64(3) << 3 << "3";
    QTest::newRow("on a page boundary") << qint64(20) << 20 << "10";
    QTest::newRow("inside a later page") << qint64(25) << 25 << "5";
    QTest::newRow("more than there are") << qint64(1000) << 42 << "10";
}

void TestJobPager::stopsAtRowLimit()
{
    QFETCH(qint64, maxRows);
    QFETCH(int, expectedRows);
    QFETCH(QString, lastLimit);
    TestHttpServer server(pagingServer(42, TotalMode::Null));
    ListJobsQuery query;
    query.limit = 10;
    const Run run = runPager(server, query, maxRows);
    QVERIFY(run.error.isOk());
    QCOMPARE(run.ids.size(), expectedRows);
    QCOMPARE(server.requests().last().query.queryItemValue(QStringLiteral("limit")), lastLimit);
}

void TestJobPager::goesOnPastAReachedTotal()
{
    // The total is an estimate (the spec: "for display purposes only"): 100 jobs under a total
    // of 10 are all read, and the list ends at its first empty page.
    TestHttpServer server([](const TestRequest &request) {
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        return TestResponse::json(200,
                                  jobListJson(offset, std::max(0, std::min(10, 100 - offset)), 10));
    });
    ListJobsQuery query;
    query.limit = 10;
    const Run run = runPager(server, query);
    QVERIFY2(run.error.isOk(), qPrintable(run.error.message));
    QCOMPARE(run.ids.size(), 100);
    QCOMPARE(server.requests().size(), 11);
}

void TestJobPager::leavesOutJobsOutsideTheFilter_data()
{
    QTest::addColumn<QString>("field"); // a field of the filter, and the job's field of that name
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("other");
    QTest::newRow("--status failed, completed jobs sent") << "status"
                                                          << "failed"
                                                          << "completed";
    QTest::newRow("--job-type extract, parse jobs sent") << "job_type"
                                                         << "extract"
                                                         << "parse";
    QTest::newRow("--directory-id, jobs of another directory sent") << "directory_id"
                                                                    << "dir-asked"
                                                                    << "dir-other";
    QTest::newRow("--project-id, jobs of another project sent")
        << "project_id"
        << "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
        << "3f2504e0-4f89-41d3-9a0c-0305e82c3302";
}

void TestJobPager::leavesOutJobsOutsideTheFilter()
{
    QFETCH(QString, field);
    QFETCH(QString, asked);
    QFETCH(QString, other);
    // Seven jobs over two pages, of which bjb-1, bjb-4 and bjb-5 are outside the filter. The
    // value asked for comes back in upper case on bjb-2: the same value.
    TestHttpServer server([=](const TestRequest &request) {
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        QJsonArray items;
        for (int i = offset; i < std::min(offset + 4, 7); ++i) {
            QJsonObject job = sampleJobJson(QStringLiteral("bjb-%1").arg(i));
            job.insert(field,
                       i == 1 || i == 4 || i == 5 ? other
                           : i == 2               ? asked.toUpper()
                                                  : asked);
            items.append(job);
        }
        return TestResponse::json(200, QJsonObject {{QStringLiteral("items"), items}});
    });
    ListJobsQuery query;
    query.limit = 4;
    if (field == u"status")
        query.status = asked;
    else if (field == u"job_type")
        query.jobType = asked;
    else if (field == u"directory_id")
        query.directoryId = asked;
    else
        query.projectId = asked;
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    JobPager pager(&client, query);
    QStringList ids;
    connect(&pager, &JobPager::pageReceived, this, [&](const JobPage &page) {
        for (const Job &job : page.jobs)
            ids << job.id;
    });
    QSignalSpy finished(&pager, &JobPager::finished);
    pager.start();
    QVERIFY(finished.wait(30'000));
    const ApiError error = finished.first().first().value<ApiError>();
    QVERIFY2(error.isOk(), qPrintable(error.message));
    QCOMPARE(ids, (QStringList {"bjb-0", "bjb-2", "bjb-3", "bjb-6"}));
    QCOMPARE(pager.summary().rowsOutsideFilter, 3);
    QCOMPARE(pager.summary().rowsListed, 7);
    QCOMPARE(pager.rowsReceived(), 4);
    QCOMPARE(pager.summary().filterNote(CountedRows::Jobs),
             QStringLiteral("The server sent 3 jobs that do not match the filter asked for; they "
                            "were left out."));
}

void TestJobPager::refusesARepeatedPage_data()
{
    QTest::addColumn<TotalMode>("mode");
    QTest::newRow("same page forever, no total") << TotalMode::Absent;
    QTest::newRow("same page forever, total null") << TotalMode::Null;
}

void TestJobPager::refusesARepeatedPage()
{
    QFETCH(TotalMode, mode);
    TestHttpServer server([=](const TestRequest &) {
        QJsonObject body = jobListJson(0, 10, std::nullopt);
        if (mode == TotalMode::Null)
            body.insert(u"total_size", QJsonValue::Null);
        return TestResponse::json(200, body);
    });
    ListJobsQuery query;
    query.limit = 10;
    const Run run = runPager(server, query);
    QCOMPARE(run.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(run.error.message.contains(u"same page"), qPrintable(run.error.message));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(run.ids.size(), 10); // the first page was delivered, the repeat was not
}

void TestJobPager::reportsAnErrorMidway()
{
    TestHttpServer server([](const TestRequest &request) {
        if (request.query.queryItemValue(QStringLiteral("offset")) == u"10")
            return TestResponse::json(500, QByteArray(R"({"detail":"boom"})"));
        return TestResponse::json(200, jobListJson(0, 10, std::nullopt));
    });
    ListJobsQuery query;
    query.limit = 10;
    const Run run = runPager(server, query);
    QCOMPARE(run.error.httpStatus, 500);
    QCOMPARE(run.pages, 1);
}

void TestJobPager::cancelStopsPaging()
{
    TestHttpServer server([](const TestRequest &) { return TestResponse::hang(); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, ClientSettings::DefaultMaxRetries));
    JobPager pager(&client, {});
    QSignalSpy finished(&pager, &JobPager::finished);
    pager.start();
    QTRY_COMPARE(server.requests().size(), 1);
    pager.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Aborted);
}

// An export cancels from its pageReceived slot (an unreadable job, a failed write): the pager
// must not go on to ask for the next page once the slot returns.
void TestJobPager::cancelFromAPageReceiverAsksForNoMorePages()
{
    TestHttpServer server(pagingServer(30, TotalMode::Present));
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    QSignalSpy activeCalls(&client, &ApiClient::activeCallsChanged);
    ListJobsQuery query;
    query.limit = 10;
    JobPager pager(&client, query);
    QSignalSpy pages(&pager, &JobPager::pageReceived);
    connect(&pager, &JobPager::pageReceived, &pager, &JobPager::cancel);
    pager.start();
    QVERIFY(pages.wait(10'000));
    QCOMPARE(activeCalls.last().first().toInt(), 0); // no call for page 2 was started
    QCOMPARE(server.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestJobPager)
#include "tst_jobpager.moc"
