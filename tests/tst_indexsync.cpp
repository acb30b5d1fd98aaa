// The index's sync against per-test servers (IndexWorld): a first sync equals the server, later
// ones read only what is new and the unfinished work, a full sync finds what is gone, and a cancel
// or a failure leaves whole pages.
#include "index/store/indexdatabase.h"
#include "index/store/indexrecords.h"
#include "index/sync/indexsync.h"

#include "core/api/apiclient.h"
#include "indexworld.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

// The world of most tests: `count` jobs a minute apart, newest first, every tenth running and
// every seventh failed with a message; three batches, one running.
void fill(IndexWorld &world, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("bjb-%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString status = i % 10 == 0 ? QStringLiteral("running")
            : i % 7 == 0                   ? QStringLiteral("failed")
                                           : QStringLiteral("completed");
        QJsonObject &job = world.addJob(
            id, status, Start.addSecs(60 * i),
            status == u"failed" ? QStringLiteral("File too large: \"f%1.pdf\"").arg(i) : QString());
        if (status == u"running")
            job.insert(QStringLiteral("processed_items"), 3);
        if (i % 5 == 0)
            job.insert(QStringLiteral("workflow_id"), QJsonValue::Null);
    }
    world.addBatch(QStringLiteral("bat-1"), QStringLiteral("COMPLETED"), Start);
    world.addBatch(QStringLiteral("bat-2"), QStringLiteral("RUNNING"), Start.addSecs(30));
    world.addBatch(QStringLiteral("bat-3"), QStringLiteral("FAILED"), Start.addSecs(90));
}

QMap<QString, Job> serverJobs(const IndexWorld &world)
{
    QMap<QString, Job> jobs;
    for (const QJsonObject &object : world.jobs()) {
        Job job;
        if (const QString problem = Job::fromJson(object, &job); !problem.isEmpty())
            qFatal("%s", qPrintable(problem));
        jobs.insert(job.id, job);
    }
    return jobs;
}

QMap<QString, Job> indexedJobs(IndexDatabase &database, bool withRemoved = false)
{
    QSqlQuery query(database.database());
    query.exec(QStringLiteral("SELECT ") + IndexRecords::JobColumns
               + (withRemoved ? QStringLiteral(" FROM jobs")
                              : QStringLiteral(" FROM jobs WHERE removed_at IS NULL")));
    QMap<QString, Job> jobs;
    while (query.next()) {
        const Job job = IndexRecords::readJob(query);
        jobs.insert(job.id, job);
    }
    return jobs;
}

QStringList indexedIds(IndexDatabase &database, const QString &table, const QString &where)
{
    QSqlQuery query(database.database());
    query.exec(QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE ") + where
               + QStringLiteral(" ORDER BY id"));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

qint64 indexedValue(IndexDatabase &database, const QString &sql)
{
    QSqlQuery query(database.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class IndexSyncTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstSyncEqualsTheServer();
    void incrementalSyncReadsOnlyWhatIsNew();
    void fullSyncFindsWhatIsGone_data();
    void fullSyncFindsWhatIsGone();
    void anUnfinishedJobTheServerLostIsRemoved();
    void cancelLeavesWholePagesAndTheNextSyncCompletes();
    void aServerFailureKeepsThePagesRead();
    void aServerWithoutBatchesIsNotAFailure();
    void progressIsRememberedPerCount();

private:
    // Runs one sync to its end; false when it did not finish in time.
    bool sync(IndexSync::Mode mode, IndexSync *sync = nullptr);

    QTemporaryDir m_folder;
    std::unique_ptr<IndexWorld> m_world;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<IndexDatabase> m_database;
    QDateTime m_now;
};

void IndexSyncTest::init()
{
    m_world = std::make_unique<IndexWorld>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setSettings(clientSettingsFor(m_world->server()));
    m_database = std::make_unique<IndexDatabase>();
    QVERIFY2(m_database->open(m_folder.filePath(QStringLiteral("index.sqlite"))),
             qPrintable(m_database->errorString()));
    m_now = Start.addDays(1);
}

void IndexSyncTest::cleanup()
{
    m_database.reset();
    QFile::remove(m_folder.filePath(QStringLiteral("index.sqlite")));
    m_client.reset();
    m_network.reset();
    m_world.reset();
}

bool IndexSyncTest::sync(IndexSync::Mode mode, IndexSync *given)
{
    IndexSync own(m_client.get(), m_database.get(), {});
    IndexSync *sync = given ? given : &own;
    sync->setPageSize(50);
    sync->setClock([this] { return m_now; });
    QSignalSpy finished(sync, &IndexSync::finished);
    sync->start(mode);
    return finished.wait(20'000);
}

void IndexSyncTest::firstSyncEqualsTheServer()
{
    fill(*m_world, 237);
    IndexSync sync(m_client.get(), m_database.get(), {});
    QVERIFY(this->sync(IndexSync::Mode::Incremental, &sync));
    QCOMPARE(sync.errorString(), QString());
    QCOMPARE(indexedJobs(*m_database), serverJobs(*m_world));
    QCOMPARE(
        indexedIds(*m_database, QStringLiteral("batches"), QStringLiteral("1")),
        QStringList({QStringLiteral("bat-1"), QStringLiteral("bat-2"), QStringLiteral("bat-3")}));
    QCOMPARE(sync.report().jobs.added, 237);
    QCOMPARE(sync.report().batches.added, 3);
    QVERIFY(sync.report().jobsWalkedToEnd);
    // 237 rows at 50 a page: five pages and the empty one that ends the list.
    QCOMPARE(m_world->listPages(), 6);
    // Every request the server answered, as the report tells it.
    QCOMPARE(sync.report().requests,
             m_world->listPages() + m_world->batchPages() + m_world->jobReads()
                 + m_world->batchReads() + m_world->otherRequests());
    // Then the names of projects and directories, for search (this server has none: 404).
    QVERIFY(m_world->otherRequests() > 0);
}

void IndexSyncTest::incrementalSyncReadsOnlyWhatIsNew()
{
    fill(*m_world, 500);
    QVERIFY(sync(IndexSync::Mode::Full));
    m_world->resetCounts();

    // Three new jobs at the top; a running job far down the list finishes.
    for (int i = 0; i < 3; ++i)
        m_world->addJob(QStringLiteral("bjb-new-%1").arg(i), QStringLiteral("pending"),
                        Start.addDays(1).addSecs(i));
    m_world->job(QStringLiteral("bjb-00010"))
        .insert(QStringLiteral("status"), QStringLiteral("completed"));
    m_now = m_now.addSecs(600);
    IndexSync sync(m_client.get(), m_database.get(), {});
    QVERIFY(this->sync(IndexSync::Mode::Incremental, &sync));
    QCOMPARE(sync.errorString(), QString());
    QCOMPARE(indexedJobs(*m_database), serverJobs(*m_world));
    QCOMPARE(sync.report().jobs.added, 3);
    QVERIFY(!sync.report().jobsWalkedToEnd);
    // A full walk is 11 pages; this one stops at the first page with nothing new (the second),
    // having asked for a few ahead of it while that page was written (two requests in flight
    // and two answers waiting at most).
    QVERIFY2(m_world->listPages() <= 6, qPrintable(QString::number(m_world->listPages())));
    // The unfinished jobs the walk did not reach (every tenth, less those on the first page).
    QVERIFY(m_world->jobReads() > 0);
    QVERIFY(m_world->jobReads() <= 50);
    // The walk stops by cancelling its pager: the requests it had in flight (two at most) count
    // as sent, and may be abandoned before they reach the server.
    const int served = m_world->listPages() + m_world->batchPages() + m_world->jobReads()
        + m_world->batchReads() + m_world->otherRequests();
    QVERIFY2(
        served <= sync.report().requests && sync.report().requests <= served + 2,
        qPrintable(QStringLiteral("%1 sent, %2 served").arg(sync.report().requests).arg(served)));
}

void IndexSyncTest::fullSyncFindsWhatIsGone_data()
{
    QTest::addColumn<bool>("keepHistory");
    QTest::newRow("removed rows kept as history") << true;
    QTest::newRow("removed rows deleted") << false;
}

void IndexSyncTest::fullSyncFindsWhatIsGone()
{
    QFETCH(bool, keepHistory);
    fill(*m_world, 120);
    QVERIFY(sync(IndexSync::Mode::Full));
    m_world->removeJob(QStringLiteral("bjb-00003"));
    m_world->removeJob(QStringLiteral("bjb-00077"));
    m_world->removeBatch(QStringLiteral("bat-1"));

    m_now = m_now.addSecs(600);
    IndexSync sync(m_client.get(), m_database.get(), {});
    sync.setKeepRemoved(keepHistory);
    QVERIFY(this->sync(IndexSync::Mode::Full, &sync));
    QCOMPARE(sync.errorString(), QString());
    QCOMPARE(sync.report().jobs.removed, 2);
    QCOMPARE(sync.report().batches.removed, 1);
    QCOMPARE(indexedJobs(*m_database), serverJobs(*m_world));
    const QStringList marked =
        indexedIds(*m_database, QStringLiteral("jobs"), QStringLiteral("removed_at IS NOT NULL"));
    QCOMPARE(marked,
             keepHistory ? QStringList({QStringLiteral("bjb-00003"), QStringLiteral("bjb-00077")})
                         : QStringList());
    QCOMPARE(indexedValue(*m_database, QStringLiteral("SELECT count(*) FROM jobs")),
             keepHistory ? 120 : 118);
    QCOMPARE(
        indexedIds(*m_database, QStringLiteral("batches"), QStringLiteral("removed_at IS NULL")),
        QStringList({QStringLiteral("bat-2"), QStringLiteral("bat-3")}));
}

void IndexSyncTest::anUnfinishedJobTheServerLostIsRemoved()
{
    fill(*m_world, 200);
    QVERIFY(sync(IndexSync::Mode::Full));
    // A running job far down the list, beyond what an incremental walk reads.
    m_world->removeJob(QStringLiteral("bjb-00020"));
    IndexSync sync(m_client.get(), m_database.get(), {});
    QVERIFY(this->sync(IndexSync::Mode::Incremental, &sync));
    QCOMPARE(sync.errorString(), QString());
    QCOMPARE(sync.report().jobs.removed, 1);
    QVERIFY(!indexedJobs(*m_database).contains(QStringLiteral("bjb-00020")));
}

void IndexSyncTest::cancelLeavesWholePagesAndTheNextSyncCompletes()
{
    fill(*m_world, 500);
    IndexSync sync(m_client.get(), m_database.get(), {});
    sync.setConcurrency(1);
    int pages = 0;
    connect(&sync, &IndexSync::progressed, this, [&](const SyncProgress &progress) {
        if (progress.step == SyncProgress::Step::Jobs && ++pages == 3)
            sync.cancel();
    });
    QVERIFY(this->sync(IndexSync::Mode::Incremental, &sync));
    QVERIFY(sync.wasCancelled());
    QVERIFY(sync.errorString().contains(QStringLiteral("cancelled")));
    // Whole pages only: the three written before the cancel, and those that were waiting to be
    // written and had already begun on the writing thread (a write begun is not undone).
    const qsizetype kept = indexedJobs(*m_database).size();
    QVERIFY2(kept % 50 == 0, qPrintable(QString::number(kept)));
    QVERIFY2(kept >= 150 && kept <= 150 + 50 * IndexSync::MostPagesWaiting,
             qPrintable(QString::number(kept)));

    // The list was never read to its end, so the next sync reads it all, not only the top.
    IndexSync next(m_client.get(), m_database.get(), {});
    QVERIFY(this->sync(IndexSync::Mode::Incremental, &next));
    QCOMPARE(next.errorString(), QString());
    QVERIFY(next.report().jobsWalkedToEnd);
    QCOMPARE(indexedJobs(*m_database), serverJobs(*m_world));
}

void IndexSyncTest::aServerFailureKeepsThePagesRead()
{
    fill(*m_world, 300);
    m_world->failJobPageAt(100, 500);
    IndexSync sync(m_client.get(), m_database.get(), {});
    sync.setConcurrency(1);
    QVERIFY(this->sync(IndexSync::Mode::Incremental, &sync));
    QVERIFY(!sync.wasCancelled());
    QVERIFY2(sync.errorString().contains(QStringLiteral("500")), qPrintable(sync.errorString()));
    QCOMPARE(sync.apiError().httpStatus, 500);
    QCOMPARE(indexedJobs(*m_database).size(), 100);
}

void IndexSyncTest::aServerWithoutBatchesIsNotAFailure()
{
    fill(*m_world, 20);
    m_world->setBatchesOffered(false);
    IndexSync sync(m_client.get(), m_database.get(), {});
    QVERIFY(this->sync(IndexSync::Mode::Incremental, &sync));
    QCOMPARE(sync.errorString(), QString());
    QVERIFY(!sync.report().batchesOffered);
    QVERIFY(sync.report().describe().contains(QStringLiteral("not offered")));
    QCOMPARE(indexedJobs(*m_database), serverJobs(*m_world));
}

void IndexSyncTest::progressIsRememberedPerCount()
{
    QJsonObject &job = m_world->addJob(QStringLiteral("bjb-run"), QStringLiteral("running"), Start);
    job.insert(QStringLiteral("processed_items"), 2);
    QVERIFY(sync(IndexSync::Mode::Incremental));
    const QDateTime firstSeen = m_now;

    m_now = m_now.addSecs(3600); // an hour without a move
    QVERIFY(sync(IndexSync::Mode::Incremental));
    m_now = m_now.addSecs(60);
    m_world->job(QStringLiteral("bjb-run")).insert(QStringLiteral("processed_items"), 5);
    QVERIFY(sync(IndexSync::Mode::Incremental));

    QSqlQuery history(m_database->database());
    QVERIFY(history.exec(QStringLiteral(
        "SELECT processed_items, first_seen_at FROM job_progress ORDER BY processed_items")));
    QVERIFY(history.next());
    QCOMPARE(history.value(0).toInt(), 2);
    // First seen before this client ever looked: the server's updated_at.
    QCOMPARE(history.value(1).toLongLong(), Start.toMSecsSinceEpoch());
    QVERIFY(history.next());
    QCOMPARE(history.value(0).toInt(), 5);
    QCOMPARE(history.value(1).toLongLong(), m_now.toMSecsSinceEpoch());
    QVERIFY(!history.next());
    QCOMPARE(indexedValue(*m_database, QStringLiteral("SELECT last_progress_at FROM jobs")),
             m_now.toMSecsSinceEpoch());
    Q_UNUSED(firstSeen)
}

QTEST_GUILESS_MAIN(IndexSyncTest)
#include "tst_indexsync.moc"
