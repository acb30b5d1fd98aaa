// The failed items of v1 jobs and the failed files of v2 batches, fetched on demand into the
// index (FailedItemsFetch) against a per-test server (FailureWorld), then grouped by error shape
// with their names (IndexFailuresReader) and turned into export rows.
#include "core/api/apiclient.h"
#include "index/query/failuresreader.h"
#include "index/store/indexdatabase.h"
#include "index/store/indexwriter.h"
#include "index/sync/failuresfetch.h"

#include "failureworld.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

qint64 countRows(IndexDatabase &database, const QString &sql)
{
    QSqlQuery query(database.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class FailureItemsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fetchWritesFailedItemsAndNamedFiles();
    void secondFetchAsksNothing();
    void jobWhoseFailuresGrewIsFetchedAgain();
    void cancelLeavesWholeJobs();
    void goneJobIsSkipped();
    void serverErrorStopsWithASentence();
    void groups_data();
    void groups();
    void groupRowsAndExport();

private:
    void writeJobs(const QList<Job> &jobs, const QList<Batch> &batches = {});
    // Runs a fetch to its end; returns its error.
    QString fetch(FailedItemsFetch &fetch, const IndexQuery &query = {});
    std::unique_ptr<FailedItemsFetch> makeFetch(int concurrency = 3);

    QTemporaryDir m_dir;
    std::unique_ptr<FailureWorld> m_world;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<IndexDatabase> m_database;
};

void FailureItemsTest::init()
{
    m_world = std::make_unique<FailureWorld>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setSettings(clientSettingsFor(m_world->server()));
    m_database = std::make_unique<IndexDatabase>();
    QVERIFY(m_database->open(m_dir.filePath(QStringLiteral("index-%1.sqlite"))
                                 .arg(QString::fromLatin1(QTest::currentTestFunction())
                                      + QString::fromLatin1(QTest::currentDataTag()))));
}

void FailureItemsTest::cleanup()
{
    m_database.reset();
    m_client.reset();
    m_network.reset();
    m_world.reset();
}

void FailureItemsTest::writeJobs(const QList<Job> &jobs, const QList<Batch> &batches)
{
    IndexWriter writer(m_database.get());
    IndexChanges changes;
    QVERIFY(writer.beginSync());
    QVERIFY2(writer.writeJobs(jobs, Start, &changes), qPrintable(writer.errorString()));
    QVERIFY2(writer.writeBatches(batches, Start, &changes), qPrintable(writer.errorString()));
}

std::unique_ptr<FailedItemsFetch> FailureItemsTest::makeFetch(int concurrency)
{
    auto fetch =
        std::make_unique<FailedItemsFetch>(m_client.get(), m_database.get(), ProjectScope());
    fetch->setConcurrency(concurrency);
    return fetch;
}

QString FailureItemsTest::fetch(FailedItemsFetch &fetch, const IndexQuery &query)
{
    QSignalSpy finished(&fetch, &FailedItemsFetch::finished);
    IndexFailuresReader reader(m_database.get());
    QList<FailuresFetchTarget> jobs, batches;
    if (!reader.jobsToFetch(query, &jobs) || !reader.batchesToFetch(query, &batches))
        return reader.errorString();
    fetch.start(jobs, batches);
    if (!finished.wait(20'000))
        return QStringLiteral("the fetch did not finish");
    return finished.constFirst().constFirst().toString();
}

void FailureItemsTest::fetchWritesFailedItemsAndNamedFiles()
{
    writeJobs({m_world->addJob(QStringLiteral("bjb-a"), 3, Start),
               m_world->addJob(QStringLiteral("bjb-b"), 2, Start.addSecs(60)),
               m_world->addJob(QStringLiteral("bjb-clean"), 0, Start.addSecs(120))},
              {m_world->addBatch(QStringLiteral("bat-1"),
                                 {QStringLiteral("Unsupported file type: .heic"),
                                  QStringLiteral("Unsupported file type: .xyz")},
                                 Start.addSecs(30))});
    auto fetcher = makeFetch();
    QSignalSpy progressed(fetcher.get(), &FailedItemsFetch::progressed);
    QCOMPARE(fetch(*fetcher), QString());
    QCOMPARE(fetcher->total(), 3); // two jobs with failed items, one batch; not the clean job
    QCOMPARE(progressed.constLast().at(0).toLongLong(), 3);
    QCOMPARE(progressed.constLast().at(1).toLongLong(), 3);
    QCOMPARE(m_world->itemRequests(QStringLiteral("bjb-clean")), 0);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT count(*) FROM failed_items")), 5);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT count(*) FROM failed_batch_files")), 2);
    QCOMPARE(countRows(*m_database,
                       QStringLiteral("SELECT count(*) FROM failed_batch_files WHERE file_name ="
                                      " 'bat-1-file-1.docx' AND file_id = 'dfl-bat-1-1'")),
             1);
    FailuresCoverage coverage;
    IndexFailuresReader reader(m_database.get());
    QVERIFY(reader.coverage({}, &coverage));
    QCOMPARE(coverage.jobs, 2);
    QCOMPARE(coverage.batches, 1);
    QCOMPARE(coverage.notFetched(), 0);
}

void FailureItemsTest::secondFetchAsksNothing()
{
    writeJobs({m_world->addJob(QStringLiteral("bjb-a"), 3, Start)},
              {m_world->addBatch(QStringLiteral("bat-1"), {QStringLiteral("Boom")}, Start)});
    auto first = makeFetch();
    QCOMPARE(fetch(*first), QString());
    const int asked = m_world->requests();
    QVERIFY(asked >= 3);
    auto second = makeFetch();
    QCOMPARE(fetch(*second), QString());
    QCOMPARE(second->total(), 0);
    QCOMPARE(m_world->requests(), asked);
}

void FailureItemsTest::jobWhoseFailuresGrewIsFetchedAgain()
{
    writeJobs({m_world->addJob(QStringLiteral("bjb-a"), 2, Start)});
    auto first = makeFetch();
    QCOMPARE(fetch(*first), QString());
    // The job goes on failing: five failed items now, and a sync noted the new count.
    writeJobs({m_world->addJob(QStringLiteral("bjb-a"), 5, Start)});
    IndexFailuresReader reader(m_database.get());
    FailuresCoverage coverage;
    QVERIFY(reader.coverage({}, &coverage));
    QCOMPARE(coverage.jobsNotFetched, 1);
    auto second = makeFetch();
    QCOMPARE(fetch(*second), QString());
    QCOMPARE(second->total(), 1);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT count(*) FROM failed_items")), 5);
}

void FailureItemsTest::cancelLeavesWholeJobs()
{
    // bjb-b is newest, so it is asked for first; it never answers.
    writeJobs({m_world->addJob(QStringLiteral("bjb-a"), 3, Start),
               m_world->addJob(QStringLiteral("bjb-b"), 4, Start.addSecs(60))});
    m_world->hangJob(QStringLiteral("bjb-b"));
    auto fetcher = makeFetch(2);
    QSignalSpy progressed(fetcher.get(), &FailedItemsFetch::progressed);
    QSignalSpy finished(fetcher.get(), &FailedItemsFetch::finished);
    IndexFailuresReader reader(m_database.get());
    QList<FailuresFetchTarget> jobs;
    QVERIFY(reader.jobsToFetch({}, &jobs));
    fetcher->start(jobs, {});
    QTRY_VERIFY_WITH_TIMEOUT(!progressed.isEmpty() && progressed.constLast().at(0) == 1, 20'000);
    QTRY_COMPARE(m_world->itemRequests(QStringLiteral("bjb-b")), 1);
    fetcher->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toString(), QString());
    QVERIFY(fetcher->wasCancelled());
    QVERIFY(!fetcher->isRunning());
    QCOMPARE(countRows(*m_database,
                       QStringLiteral("SELECT count(*) FROM failed_items WHERE job_id = 'bjb-a'")),
             3);
    QCOMPARE(countRows(*m_database,
                       QStringLiteral("SELECT count(*) FROM failed_items WHERE job_id = 'bjb-b'")),
             0);
    QList<FailuresFetchTarget> left;
    QVERIFY(reader.jobsToFetch({}, &left));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().id, QStringLiteral("bjb-b"));
}

void FailureItemsTest::goneJobIsSkipped()
{
    writeJobs({m_world->addJob(QStringLiteral("bjb-a"), 3, Start),
               m_world->addJob(QStringLiteral("bjb-gone"), 2, Start.addSecs(60))});
    m_world->goneJob(QStringLiteral("bjb-gone"));
    auto fetcher = makeFetch();
    QCOMPARE(fetch(*fetcher), QString());
    QCOMPARE(fetcher->skipped(), 1);
    QCOMPARE(fetcher->done(), 2);
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT count(*) FROM failed_items")), 3);
    // not asked for again
    auto again = makeFetch();
    QCOMPARE(fetch(*again), QString());
    QCOMPARE(again->total(), 0);
}

void FailureItemsTest::serverErrorStopsWithASentence()
{
    writeJobs({m_world->addJob(QStringLiteral("bjb-a"), 3, Start)});
    m_world->refuseJob(QStringLiteral("bjb-a"));
    auto fetcher = makeFetch();
    const QString error = fetch(*fetcher);
    QVERIFY2(error.startsWith(QStringLiteral("The failed items could not be fetched")),
             qPrintable(error));
    QCOMPARE(countRows(*m_database, QStringLiteral("SELECT count(*) FROM failures_fetched")), 0);
}

void FailureItemsTest::groups_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QStringList>("jobTypes");
    QTest::addColumn<QString>("exampleId");
    QTest::addColumn<QString>("exampleFileName");

    QTest::newRow("items of two jobs, one shape")
        << QStringLiteral("File too large: <size>") << qint64(5) << QStringList {"parse"}
        << QStringLiteral("bjb-b") << QStringLiteral("bjb-b-0.pdf");
    QTest::newRow("a batch's files, named from the directory")
        << QStringLiteral("Unsupported file type: .heic") << qint64(2) << QStringList {"parse_v2"}
        << QStringLiteral("bat-1") << QStringLiteral("bat-1-file-0.docx");
    QTest::newRow("an item's shape of its own")
        << QStringLiteral("Timed out after <number>s") << qint64(1) << QStringList {"parse"}
        << QStringLiteral("bjb-c") << QStringLiteral("bjb-c-0.pdf");
}

void FailureItemsTest::groups()
{
    QFETCH(QString, shape);
    QFETCH(qint64, count);
    QFETCH(QStringList, jobTypes);
    QFETCH(QString, exampleId);
    QFETCH(QString, exampleFileName);
    writeJobs({m_world->addJob(QStringLiteral("bjb-a"), 3, Start,
                               QStringLiteral("File too large: %1 MB")),
               m_world->addJob(QStringLiteral("bjb-b"), 2, Start.addSecs(60)),
               m_world->addJob(QStringLiteral("bjb-c"), 1, Start.addSecs(10),
                               QStringLiteral("Timed out after %1s"))},
              {m_world->addBatch(QStringLiteral("bat-1"),
                                 {QStringLiteral("Unsupported file type: .heic"),
                                  QStringLiteral("Unsupported file type: .heic")},
                                 Start.addSecs(30))});
    auto fetcher = makeFetch();
    QCOMPARE(fetch(*fetcher), QString());
    IndexFailuresReader reader(m_database.get());
    QList<FailureGroup> groups;
    QVERIFY2(reader.groups({}, &groups), qPrintable(reader.errorString()));
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.constFirst().count, 5); // the largest first
    const auto found = std::find_if(groups.cbegin(), groups.cend(), [&](const FailureGroup &group) {
        return group.shape == shape;
    });
    QVERIFY2(found != groups.cend(), qPrintable(shape));
    QCOMPARE(found->count, count);
    QCOMPARE(found->jobTypes, jobTypes);
    QCOMPARE(found->exampleId, exampleId);
    QCOMPARE(found->exampleFileName, exampleFileName);
    QCOMPARE(found->directories, 1);
}

void FailureItemsTest::groupRowsAndExport()
{
    writeJobs(
        {m_world->addJob(QStringLiteral("bjb-a"), 2, Start,
                         QStringLiteral("Unsupported file type: .heic"))},
        {m_world->addBatch(QStringLiteral("bat-1"),
                           {QStringLiteral("Unsupported file type: .heic")}, Start.addSecs(30))});
    auto fetcher = makeFetch();
    QCOMPARE(fetch(*fetcher), QString());
    IndexFailuresReader reader(m_database.get());
    QList<FailedItem> items;
    QVERIFY(reader.items({}, QStringLiteral("Unsupported file type: .heic"), 0, &items));
    QCOMPARE(items.size(), 3);
    // newest first: the batch's file, then the job's items by name
    QCOMPARE(items.at(0).kind, FailedItem::Kind::BatchFile);
    QCOMPARE(items.at(0).name, QStringLiteral("bat-1-file-0.docx"));
    QCOMPARE(items.at(1).name, QStringLiteral("bjb-a-0.pdf"));
    QCOMPARE(failedItemFields().join(u','),
             QStringLiteral("kind,job_or_batch_id,item_id,file_name,status,error_message,"
                            "error_shape"));
    QStringList texts;
    for (const FieldValue &value : failedItemRow(items.at(0)))
        texts.append(value.text);
    QCOMPARE(texts,
             (QStringList {"file", "bat-1", "dfl-bat-1-0", "bat-1-file-0.docx", QString(),
                           "Unsupported file type: .heic", "Unsupported file type: .heic"}));
    QCOMPARE(failedItemRow(items.at(1)).at(4).text, QStringLiteral("failed"));
    // the text looks in names too
    IndexQuery byName;
    byName.text = QStringLiteral("bjb-a-1");
    QVERIFY(reader.items(byName, QStringLiteral("Unsupported file type: .heic"), 0, &items));
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.constFirst().itemId, QStringLiteral("bjb-a-item-1"));
}

QTEST_GUILESS_MAIN(FailureItemsTest)
#include "tst_failureitems.moc"
