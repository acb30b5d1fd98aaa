// The sidebar's counts (FilterCounter for v1 jobs, BatchStatusCounter for v2 batches) against a
// per-test server on 127.0.0.1: each value's count arrives from its own total_size; a refresh of
// the same filter leaves the counts on screen until their new values arrive instead of blanking
// them; another filter, or another server, drops them at once; a count the server cannot give
// is unknown, never a made-up one.
#include "batchsamples.h"
#include "core/batches/batchstatuscounter.h"
#include "core/jobs/filtercounter.h"
#include "testhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

// Counts as the server gives them: `base` plus the status's position in the known statuses, so
// that each status has its own count; a round's answers come `delayMs` late.
struct CountingServer
{
    qint64 base = 100;
    int delayMs = 0;
    bool failing = false;

    TestResponse answer(const TestRequest &request) const
    {
        if (failing)
            return TestResponse::json(500, QByteArray("{}"));
        const QString status = request.query.queryItemValue(QStringLiteral("status"));
        const qint64 total = base + (status.isEmpty() ? 0 : status.size());
        if (request.path.startsWith(u"/api/v2/batches"))
            return TestResponse::json(200, batchListJson(0, 1, std::nullopt, total))
                .delayedBy(delayMs);
        return TestResponse::json(200, jobListJson(0, 1, total)).delayedBy(delayMs);
    }
};

} // namespace

class TestFilterCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void jobCountsArrive();
    void jobRefreshKeepsTheCountsUntilNewOnesArrive();
    void jobCountsOfAnotherFilterGoAtOnce();
    void jobCountsOfAnotherServerGoAtOnce();
    void jobCountTheServerCannotGiveIsUnknown();
    void batchCountsArrive();
    void batchRefreshKeepsTheCountsUntilNewOnesArrive();
    void batchCountsOfAnotherQueryGoAtOnce();
    void batchCountsOfAnotherServerGoAtOnce();

private:
    QNetworkAccessManager m_network;
    CountingServer m_counts;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestFilterCounter::init()
{
    m_counts = CountingServer();
    m_server = std::make_unique<TestHttpServer>(
        [this](const TestRequest &request) { return m_counts.answer(request); });
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setSettings(clientSettingsFor(*m_server));
}

void TestFilterCounter::jobCountsArrive()
{
    FilterCounter counter(m_client.get());
    counter.update(JobFilter());
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("failed")), qint64(106), 20'000);
    QTRY_COMPARE(counter.statusCount(QString()), qint64(100));
    QTRY_COMPARE(counter.typeCount(QStringLiteral("parse")), qint64(100));
}

void TestFilterCounter::jobRefreshKeepsTheCountsUntilNewOnesArrive()
{
    FilterCounter counter(m_client.get());
    JobFilter filter;
    filter.jobType = QStringLiteral("parse");
    counter.update(filter);
    // Both counts read below, as the answers come in any order: one still on its way at the
    // refresh is abandoned, and stays unknown until its new answer.
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("failed")), qint64(106), 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QString()), qint64(100), 20'000);

    m_counts.base = 200;
    m_counts.delayMs = 300;
    // What the panel would show at each change: the count for "failed" then.
    QList<std::optional<qint64>> shown;
    connect(&counter, &FilterCounter::countsChanged, this,
            [&] { shown.append(counter.statusCount(QStringLiteral("failed"))); });
    counter.update(filter); // what a refresh does
    // Until the new answers come, the old counts stay, and nothing told the panel to blank them.
    QVERIFY(shown.isEmpty());
    QCOMPARE(counter.statusCount(QStringLiteral("failed")), qint64(106));
    QCOMPARE(counter.statusCount(QString()), qint64(100));
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("failed")), qint64(206), 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QString()), qint64(200), 20'000);
    QVERIFY(!shown.isEmpty());
    QVERIFY2(!shown.contains(std::nullopt), "a change showed no count for \"failed\"");
}

void TestFilterCounter::jobCountsOfAnotherFilterGoAtOnce()
{
    FilterCounter counter(m_client.get());
    counter.update(JobFilter());
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("failed")), qint64(106), 20'000);
    m_counts.delayMs = 300;
    QSignalSpy changes(&counter, &FilterCounter::countsChanged);
    JobFilter parse;
    parse.jobType = QStringLiteral("parse");
    counter.update(parse); // these counts are of another filter: wrong meanwhile
    QCOMPARE(changes.size(), 1);
    QCOMPARE(counter.statusCount(QStringLiteral("failed")), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("failed")), qint64(106), 20'000);
}

void TestFilterCounter::jobCountsOfAnotherServerGoAtOnce()
{
    FilterCounter counter(m_client.get());
    counter.update(JobFilter());
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("failed")), qint64(106), 20'000);
    m_counts.delayMs = 300;
    counter.clear(); // what the window does on connecting to another server
    QCOMPARE(counter.statusCount(QStringLiteral("failed")), std::nullopt);
    counter.update(JobFilter()); // the same filter, but the other server's counts are not these
    QCOMPARE(counter.statusCount(QStringLiteral("failed")), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("failed")), qint64(106), 20'000);
}

void TestFilterCounter::jobCountTheServerCannotGiveIsUnknown()
{
    FilterCounter counter(m_client.get());
    counter.update(JobFilter());
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("failed")), qint64(106), 20'000);
    m_counts.failing = true;
    const int requestsBefore = int(m_server->requests().size());
    counter.update(JobFilter());
    // Kept while asked; once the server has failed to answer, unknown rather than stale.
    QCOMPARE(counter.statusCount(QStringLiteral("failed")), qint64(106));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->responsesSent() >= requestsBefore + 1, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("failed")), std::nullopt, 20'000);
}

void TestFilterCounter::batchCountsArrive()
{
    BatchStatusCounter counter(m_client.get());
    counter.update(ListBatchesQuery());
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("FAILED")), qint64(106), 20'000);
    QTRY_COMPARE(counter.statusCount(QString()), qint64(100));
}

void TestFilterCounter::batchRefreshKeepsTheCountsUntilNewOnesArrive()
{
    BatchStatusCounter counter(m_client.get());
    ListBatchesQuery query;
    query.pageSize = 50;
    counter.update(query);
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("FAILED")), qint64(106), 20'000);
    m_counts.base = 200;
    m_counts.delayMs = 300;
    QSignalSpy changes(&counter, &BatchStatusCounter::countsChanged);
    // A refresh, from another page of the same list: the page and its size are not counted.
    query.pageToken = QStringLiteral("next");
    query.pageSize = 20;
    counter.update(query);
    QCOMPARE(changes.size(), 0);
    QCOMPARE(counter.statusCount(QStringLiteral("FAILED")), qint64(106));
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("FAILED")), qint64(206), 20'000);
}

void TestFilterCounter::batchCountsOfAnotherQueryGoAtOnce()
{
    BatchStatusCounter counter(m_client.get());
    counter.update(ListBatchesQuery());
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("FAILED")), qint64(106), 20'000);
    m_counts.delayMs = 300;
    ListBatchesQuery recent;
    recent.createdAtOnOrAfter = QStringLiteral("2026-11-01");
    counter.update(recent);
    QCOMPARE(counter.statusCount(QStringLiteral("FAILED")), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("FAILED")), qint64(106), 20'000);
}

void TestFilterCounter::batchCountsOfAnotherServerGoAtOnce()
{
    BatchStatusCounter counter(m_client.get());
    counter.update(ListBatchesQuery());
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("FAILED")), qint64(106), 20'000);
    m_counts.delayMs = 300;
    counter.clear();
    counter.update(ListBatchesQuery());
    QCOMPARE(counter.statusCount(QStringLiteral("FAILED")), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(counter.statusCount(QStringLiteral("FAILED")), qint64(106), 20'000);
}

QTEST_GUILESS_MAIN(TestFilterCounter)
#include "tst_filtercounter.moc"
