// JobBrowser, the page a window shows, against a list that shrinks between refreshes.
#include "core/jobs/jobbrowser.h"
#include "hostilepagingservers.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace BatchDeck;
using namespace BatchDeck::Testing;
using HostilePaging::Total;

Q_DECLARE_METATYPE(BatchDeck::Testing::HostilePaging::Total)

class TestJobBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshPastTheEndMovesToTheLastPage_data();
    void refreshPastTheEndMovesToTheLastPage();
    void shownScopeIsThatOfTheRowsShown();
    void leavesOutJobsOutsideTheFilter();

private:
    QNetworkAccessManager m_network;
};

void TestJobBrowser::refreshPastTheEndMovesToTheLastPage_data()
{
    QTest::addColumn<Total>("total");
    QTest::addColumn<int>("jobsBefore");
    QTest::addColumn<int>("page"); // 0-based, pages of 10
    QTest::addColumn<int>("jobsAfter");
    QTest::addColumn<int>("expectedPage");
    QTest::addColumn<int>("expectedRows");
    QTest::newRow("total known: 40 jobs become 15, page 4 of 4 -> 2")
        << Total::Present << 40 << 3 << 15 << 1 << 5;
    QTest::newRow("no total: 40 jobs become 15, page 4 -> 2")
        << Total::Absent << 40 << 3 << 15 << 1 << 5;
    QTest::newRow("no total: 100 jobs become 30, page 10 -> 3 (a full last page)")
        << Total::Absent << 100 << 9 << 30 << 2 << 10;
    QTest::newRow("no total: 200 jobs become 11, page 20 -> 2")
        << Total::Absent << 200 << 19 << 11 << 1 << 1;
    QTest::newRow("total known: every job gone -> page 1, empty")
        << Total::Present << 40 << 3 << 0 << 0 << 0;
    QTest::newRow("no total: every job gone -> page 1, empty")
        << Total::Absent << 40 << 3 << 0 << 0 << 0;
    QTest::newRow("no total: the page still has jobs") << Total::Absent << 40 << 3 << 35 << 3 << 5;
}

void TestJobBrowser::refreshPastTheEndMovesToTheLastPage()
{
    QFETCH(Total, total);
    QFETCH(int, jobsBefore);
    QFETCH(int, page);
    QFETCH(int, jobsAfter);
    QFETCH(int, expectedPage);
    QFETCH(int, expectedRows);
    auto jobCount = std::make_shared<int>(jobsBefore);
    TestHttpServer server([=](const TestRequest &request) {
        return HostilePaging::cappedPages(*jobCount, 1000, total)(request);
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    JobBrowser browser(&client);
    QSignalSpy loaded(&browser, &JobBrowser::pageLoaded);
    QSignalSpy failed(&browser, &JobBrowser::loadFailed);
    browser.show({}, 10);
    QVERIFY(loaded.wait(30'000));
    browser.setPage(page);
    QVERIFY(loaded.wait(30'000));
    QCOMPARE(browser.jobs().size(), std::min(10, jobsBefore - page * 10));

    *jobCount = jobsAfter; // e.g. running jobs finished and left the filter
    loaded.clear();
    QList<int> rowsShown;
    connect(&browser, &JobBrowser::pageLoaded, this,
            [&] { rowsShown << int(browser.jobs().size()); });
    browser.refresh();
    QVERIFY(loaded.wait(30'000));
    QCOMPARE(rowsShown, QList<int> {expectedRows}); // one page shown, never an empty one first
    QCOMPARE(browser.page(), expectedPage);
    QCOMPARE(browser.jobs().size(), expectedRows);
    if (expectedRows > 0)
        QCOMPARE(browser.jobs().first().id, QStringLiteral("bjb-%1").arg(expectedPage * 10));
    QVERIFY(!browser.isLoading());
    QVERIFY(failed.isEmpty());
    QCOMPARE(browser.hasNextPage(), false);
    QCOMPARE(browser.hasPreviousPage(), expectedPage > 0);
}

void TestJobBrowser::shownScopeIsThatOfTheRowsShown()
{
    // A job opened while a newer filter's page is on its way belongs to the rows on screen, so
    // its own calls must carry their project, not the new filter's.
    const QString projectA = QStringLiteral("7a3f0c55-3c1e-4d2f-9a8b-1f2e3d4c5b6a");
    const QString projectB = QStringLiteral("00000000-0000-0000-0000-000000000000");
    TestHttpServer server([&](const TestRequest &request) {
        const bool secondFilter =
            request.query.queryItemValue(QStringLiteral("project_id")) == projectB;
        TestResponse response = TestResponse::json(200, jobListJson(0, 3, 3));
        return secondFilter ? response.delayedBy(1500) : response;
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    JobBrowser browser(&client);
    QSignalSpy loaded(&browser, &JobBrowser::pageLoaded);
    JobFilter filter;
    filter.projectId = projectA;
    browser.show(filter, 10);
    QVERIFY(loaded.wait(30'000));
    QCOMPARE(browser.shownScope().projectId, std::optional<QString>(projectA));

    filter.projectId = projectB;
    browser.setFilter(filter);
    QCOMPARE(browser.filter().projectId, std::optional<QString>(projectB));
    QCOMPARE(browser.shownScope().projectId, std::optional<QString>(projectA)); // rows of A
    QVERIFY(loaded.wait(30'000));
    QCOMPARE(browser.shownScope().projectId, std::optional<QString>(projectB));
    browser.clear();
    QCOMPARE(browser.shownScope().projectId, std::optional<QString>());
}

void TestJobBrowser::leavesOutJobsOutsideTheFilter()
{
    // Asked for failed parse jobs, the server sends five jobs of which one is completed and one
    // an extract job: the page shows three, and says two were left out.
    TestHttpServer server([](const TestRequest &) {
        QJsonObject body = jobListJson(0, 5, 5);
        QJsonArray items = body.value(u"items").toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject job = items.at(i).toObject();
            job.insert(u"status", i == 1 ? "completed" : "failed");
            if (i == 3)
                job.insert(u"job_type", "extract");
            items.replace(i, job);
        }
        body.insert(u"items", items);
        return TestResponse::json(200, body);
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    JobBrowser browser(&client);
    QSignalSpy loaded(&browser, &JobBrowser::pageLoaded);
    JobFilter filter;
    filter.status = QStringLiteral("failed");
    filter.jobType = QStringLiteral("parse");
    browser.show(filter, 10);
    QVERIFY(loaded.wait(30'000));
    QStringList ids;
    for (const Job &job : browser.jobs())
        ids << job.id;
    QCOMPARE(ids, (QStringList {"bjb-0", "bjb-2", "bjb-4"}));
    QCOMPARE(browser.rowsOutsideFilter(), 2);
}

QTEST_GUILESS_MAIN(TestJobBrowser)
#include "tst_jobbrowser.moc"
