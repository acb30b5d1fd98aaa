// batchdeck-cli sync, failures, stuck and search, run as the user runs them: the built CLI against
// demo servers in this process on 127.0.0.1, its index then read here with IndexReader.
// (tst_cliindexsafety: usage errors, a missing or damaged index, what leaves the machine.)
#include "cliindextesting.h"
#include "clitesting.h"
#include "demo/demoserver.h"
#include "index/failures/errorshape.h"
#include "index/store/indexdatabase.h"
#include "index/store/indexwriter.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QByteArray FailuresHeader =
    "pattern,count,first_seen,last_seen,job_types,example_id,example_message\r\n";
const QString Failed = QStringLiteral("failed");

// Search's rule, from its help: every word of TEXT starts a word of the error message (case
// aside), or the ID starts with TEXT.
bool matchesSearch(const QJsonObject &job, const QString &text)
{
    if (job.value(u"id").toString().startsWith(text))
        return true;
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    const QStringList messageWords =
        job.value(u"error_message").toString().split(separators, Qt::SkipEmptyParts);
    return !words.isEmpty() && std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
        return std::any_of(messageWords.cbegin(), messageWords.cend(), [&](const QString &in) {
            return in.startsWith(word, Qt::CaseInsensitive);
        });
    });
}

QString isoTime(const QDateTime &time)
{
    return time.toString(Qt::ISODateWithMs);
}

} // namespace

class TestCliIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void syncIndexesEveryDemoJob();
    void concurrentSyncsShareOneIndex_data();
    void concurrentSyncsShareOneIndex();
    void syncGivesUpOnAnIndexHeldByAnother();
    void failuresGroupEveryFailedJob();
    void failuresTimeRange_data();
    void failuresTimeRange();
    void stuckListsWorkThatHasNotMoved_data();
    void stuckListsWorkThatHasNotMoved();
    void searchFindsWordsAndIds_data();
    void searchFindsWordsAndIds();
    void failureItemsFetchedOnceThenRead();

private:
    QStringList onSharedIndex(const QString &command, const QStringList &extra = {}) const
    {
        return QStringList {command, QStringLiteral("--db"), m_sharedIndex} + extra;
    }

    CliRunner m_cli;
    CliRunner m_otherCli; // the second of two at once
    std::unique_ptr<DemoServer> m_demo; // a sync takes several pages
    std::unique_ptr<DemoServer> m_largeDemo; // so many that a second sync is far cheaper
    std::unique_ptr<DemoServer> m_smallDemo;
    QTemporaryDir m_sharedDirectory;
    QString m_sharedIndex; // m_demo synced once, for the commands that only read
    // m_demo's jobs, as its list has them. Their IDs, types and errors stay; only the statuses of
    // running jobs move on.
    QList<QJsonObject> m_demoJobs;
};

void TestCliIndex::initTestCase()
{
    QVERIFY2(m_cli.isReady(), "BATCHDECK_CLI must name the built batchdeck-cli");
    QVERIFY(m_otherCli.isReady() && m_sharedDirectory.isValid());
    DemoConfig config;
    config.jobCount = 2500;
    m_demo = std::make_unique<DemoServer>(config);
    QVERIFY2(m_demo->listen(), qPrintable(m_demo->errorString()));
    config.jobCount = 3000;
    m_largeDemo = std::make_unique<DemoServer>(config);
    QVERIFY2(m_largeDemo->listen(), qPrintable(m_largeDemo->errorString()));
    config.jobCount = 200;
    config.batchCount = 10;
    m_smallDemo = std::make_unique<DemoServer>(config);
    QVERIFY2(m_smallDemo->listen(), qPrintable(m_smallDemo->errorString()));
    m_demoJobs = demoJobs(*m_demo);

    m_sharedIndex = m_sharedDirectory.filePath(QStringLiteral("demo.sqlite"));
    const CliRun sync =
        m_cli.run(QStringList {QStringLiteral("sync"), QStringLiteral("--db"), m_sharedIndex}
                  + demoConnection(*m_demo));
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
}

void TestCliIndex::init()
{
    m_cli.removeFiles();
    m_otherCli.removeFiles();
}

// ------------------------------------------------------------------------------------------ sync

void TestCliIndex::syncIndexesEveryDemoJob()
{
    const QString index = m_cli.filePath(QStringLiteral("index.sqlite"));
    const QStringList arguments = QStringList {QStringLiteral("sync"),
                                               QStringLiteral("--db"),
                                               index,
                                               QStringLiteral("--concurrency"),
                                               QStringLiteral("4"),
                                               QStringLiteral("--page-size"),
                                               QStringLiteral("200")}
        + demoConnection(*m_largeDemo);

    const qint64 answeredBefore = m_largeDemo->counters().answered;
    const CliRun first = m_cli.run(arguments);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.startsWith(QByteArray("Synced the index " + index.toUtf8())),
             first.out.constData());
    const SyncFigures made = syncFigures(first.out);
    QCOMPARE(made.jobsAdded, qint64(m_largeDemo->dataset().jobCount()));
    QCOMPARE(made.batchesAdded, qint64(m_largeDemo->catalog().batchCount()));
    // The figure counts the requests sent; those asked for ahead past the end of the list (at
    // most one per request in flight) may be aborted before they reach the server.
    const qint64 answered = m_largeDemo->counters().answered - answeredBefore;
    QVERIFY2(answered <= made.requests && made.requests <= answered + 4,
             qPrintable(QStringLiteral("%1 said, %2 answered").arg(made.requests).arg(answered)));

    QStringList demoBatchIds;
    for (const QJsonObject &batch : m_largeDemo->catalog().batches({}))
        demoBatchIds.append(batch.value(u"id").toString());
    IndexContents contents = readIndex(index);
    QVERIFY2(contents.error.isEmpty(), qPrintable(contents.error));
    QCOMPARE(contents.jobIds, sorted(idsOf(demoJobs(*m_largeDemo))));
    QCOMPARE(contents.batchIds, sorted(demoBatchIds));

    // Nothing is new: the second sync reads the top of each list and the unfinished work only.
    const qint64 answeredBetween = m_largeDemo->counters().answered;
    const CliRun second = m_cli.run(arguments);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const SyncFigures again = syncFigures(second.out);
    QCOMPARE(again.jobsAdded, 0);
    QCOMPARE(again.batchesAdded, 0);
    const qint64 answeredAgain = m_largeDemo->counters().answered - answeredBetween;
    QVERIFY2(again.requests > 0 && again.requests * 2 <= made.requests
                 && answeredAgain <= again.requests && answeredAgain * 2 <= answered,
             qPrintable(QStringLiteral("%1 requests, then %2 (%3 said)")
                            .arg(answered)
                            .arg(answeredAgain)
                            .arg(again.requests)));
    contents = readIndex(index);
    QCOMPARE(contents.jobIds, sorted(idsOf(demoJobs(*m_largeDemo))));
}

void TestCliIndex::concurrentSyncsShareOneIndex_data()
{
    QTest::addColumn<bool>("fromTheSharedIndex");
    QTest::newRow("both make a new index") << false;
    QTest::newRow("both update an index") << true;
}

void TestCliIndex::concurrentSyncsShareOneIndex()
{
    QFETCH(bool, fromTheSharedIndex);
    const QString index = m_cli.filePath(QStringLiteral("index.sqlite"));
    if (fromTheSharedIndex)
        QVERIFY(QFile::copy(m_sharedIndex, index)); // its last process closed it: no WAL left
    const QStringList arguments =
        QStringList {QStringLiteral("sync"), QStringLiteral("--db"), index}
        + demoConnection(*m_demo);

    QProcess *one = m_cli.start(arguments);
    QProcess *other = m_otherCli.start(arguments);
    QTRY_VERIFY_WITH_TIMEOUT(
        one->state() == QProcess::NotRunning && other->state() == QProcess::NotRunning, 120'000);
    for (QProcess *process : {one, other}) {
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAllStandardError().constData());
    }

    const IndexContents contents = readIndex(index);
    QVERIFY2(contents.error.isEmpty(), qPrintable(contents.error));
    QCOMPARE(contents.jobIds, sorted(idsOf(m_demoJobs)));
    QCOMPARE(contents.batchIds.size(), m_demo->catalog().batchCount());
    IndexDatabase database;
    QVERIFY(database.open(index));
    QSqlQuery query(database.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT id) FROM jobs")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), m_demo->dataset().jobCount());
    QCOMPARE(query.value(1).toInt(), m_demo->dataset().jobCount());
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    // The full-text index of the errors agrees with the jobs it was built from.
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO jobs_text(jobs_text) VALUES('integrity-check')")));
}

// Another process holds the index's write lock for longer than a sync waits: the sync stops,
// saying why, instead of waiting for ever.
void TestCliIndex::syncGivesUpOnAnIndexHeldByAnother()
{
    const QString index = m_cli.filePath(QStringLiteral("index.sqlite"));
    IndexDatabase holder;
    QVERIFY2(holder.open(index), qPrintable(holder.errorString()));
    QSqlQuery hold(holder.database());
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

    const CliRun result =
        m_cli.run(QStringList {QStringLiteral("sync"), QStringLiteral("--db"), index}
                  + demoConnection(*m_smallDemo));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(u"batchdeck-cli: ") && result.err.contains(index)
                 && result.err.contains(u"locked"),
             qPrintable(result.err));
    QVERIFY(holder.database().rollback());
}

// -------------------------------------------------------------------------------------- failures

void TestCliIndex::failuresGroupEveryFailedJob()
{
    const CliRun csv = m_cli.run(
        onSharedIndex(QStringLiteral("failures"), {QStringLiteral("--no-formula-guard")}));
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QVERIFY2(csv.out.startsWith(FailuresHeader), csv.out.left(200).constData());
    const QList<QStringList> rows = csvRows(csv.out).mid(1);
    QVERIFY(rows.size() > 3);

    DemoDataset::JobFilter failed;
    failed.status = Failed;
    qint64 total = 0;
    QStringList groupsFromCsv;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 7);
        total += row.at(1).toLongLong();
        groupsFromCsv.append(row.join(u'|'));
    }
    QCOMPARE(total, m_demo->dataset().listJobs(failed, 0, 1).total);

    // The same groups as JSON Lines, field for field.
    const CliRun json = m_cli.run(onSharedIndex(
        QStringLiteral("failures"), {QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QStringList fields = csvRows(FailuresHeader).constFirst();
    QStringList groupsFromJson;
    for (const QJsonObject &group : jsonLines(json.out)) {
        QCOMPARE(sorted(group.keys()), sorted(fields));
        QStringList values;
        for (const QString &field : fields) {
            const QJsonValue value = group.value(field);
            values.append(value.isDouble() ? QString::number(value.toInteger()) : value.toString());
        }
        groupsFromJson.append(values.join(u'|'));
    }
    QCOMPARE(groupsFromJson, groupsFromCsv);

    // One group's jobs, as JSON Lines: as many as the group counts, every one failed with a
    // message of that shape.
    const QStringList largest = rows.constFirst();
    const CliRun group =
        m_cli.run(onSharedIndex(QStringLiteral("failures"),
                                {QStringLiteral("--group"), largest.at(0),
                                 QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY2(group.exitCode == 0, qPrintable(group.err));
    const QList<QJsonObject> jobs = jsonLines(group.out);
    QCOMPARE(jobs.size(), largest.at(1).toLongLong());
    for (const QJsonObject &job : jobs) {
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(errorShape(job.value(QStringLiteral("error_message")).toString()), largest.at(0));
    }
}

void TestCliIndex::failuresTimeRange_data()
{
    // Where the range starts and ends, as a fraction of the failures oldest first; -1: open.
    QTest::addColumn<double>("since");
    QTest::addColumn<double>("until");
    QTest::addColumn<bool>("sinceAsDate"); // the date of that failure: from its midnight
    QTest::newRow("--since") << 0.5 << -1.0 << false;
    QTest::newRow("--until") << -1.0 << 0.25 << false;
    QTest::newRow("--since and --until") << 0.3 << 0.6 << false;
    QTest::newRow("--since a date") << 0.75 << -1.0 << true;
}

void TestCliIndex::failuresTimeRange()
{
    QFETCH(double, since);
    QFETCH(double, until);
    QFETCH(bool, sinceAsDate);
    DemoDataset::JobFilter filter;
    filter.status = Failed;
    QList<QDateTime> created;
    for (const QJsonObject &job : m_demo->dataset().listJobs(filter, 0, 1'000'000).jobs)
        created.append(
            QDateTime::fromString(job.value(u"created_at").toString(), Qt::ISODateWithMs));
    std::sort(created.begin(), created.end());
    QDateTime from, to;
    QStringList arguments;
    if (since >= 0) {
        from = created.at(qsizetype(since * double(created.size())));
        if (sinceAsDate)
            from = QDateTime(from.date(), QTime(0, 0), Qt::UTC);
        arguments << QStringLiteral("--since")
                  << (sinceAsDate ? from.date().toString(Qt::ISODate) : isoTime(from));
    }
    if (until >= 0) {
        to = created.at(qsizetype(until * double(created.size())));
        arguments << QStringLiteral("--until") << isoTime(to);
    }
    const qint64 expected =
        std::count_if(created.cbegin(), created.cend(), [&](const QDateTime &t) {
            return (!from.isValid() || t >= from) && (!to.isValid() || t < to);
        });
    QVERIFY(expected > 0 && expected < created.size());

    const CliRun result = m_cli.run(onSharedIndex(QStringLiteral("failures"), arguments));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    qint64 total = 0;
    for (const QStringList &row : csvRows(result.out).mid(1)) {
        total += row.at(1).toLongLong();
        const QDateTime first = QDateTime::fromString(row.at(2), Qt::ISODateWithMs);
        const QDateTime last = QDateTime::fromString(row.at(3), Qt::ISODateWithMs);
        QVERIFY2((!from.isValid() || first >= from) && (!to.isValid() || last < to),
                 qPrintable(row.join(u',')));
    }
    QCOMPARE(total, expected);
}

// ----------------------------------------------------------------------------------------- stuck

void TestCliIndex::stuckListsWorkThatHasNotMoved_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expectedIds"); // longest without progress first
    const QString stalled = QStringLiteral("bjb-stalled"); // no progress for 5 h
    const QString batch = QStringLiteral("bat-stalled"); // 4 h
    const QString waiting = QStringLiteral("bjb-waiting"); // pending for 2 h
    const QString moving = QStringLiteral("bjb-moving"); // moved 2 min ago
    const auto olderThan = [](const char *duration) {
        return QStringList {QStringLiteral("--older-than"), QString::fromLatin1(duration)};
    };
    QTest::newRow("default 30 minutes") << QStringList {} << QStringList {stalled, batch, waiting};
    QTest::newRow("--older-than 3h") << olderThan("3h") << QStringList {stalled, batch};
    QTest::newRow("--older-than 270m") << olderThan("270m") << QStringList {stalled};
    QTest::newRow("--older-than 10s")
        << olderThan("10s") << QStringList {stalled, batch, waiting, moving};
    QTest::newRow("--older-than 1000d") << olderThan("1000d") << QStringList {};
}

void TestCliIndex::stuckListsWorkThatHasNotMoved()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, expectedIds);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto job = [&](const char *id, const char *status, qint64 secondsSinceUpdate) {
        Job job;
        job.id = QString::fromLatin1(id);
        job.jobType = QStringLiteral("parse");
        job.status = QString::fromLatin1(status);
        job.totalItems = 10;
        job.processedItems = 3;
        job.createdAt = now.addSecs(-secondsSinceUpdate - 600);
        if (job.status != u"pending")
            job.startedAt = now.addSecs(-secondsSinceUpdate - 300);
        job.updatedAt = now.addSecs(-secondsSinceUpdate);
        return job;
    };
    Batch batch;
    batch.id = QStringLiteral("bat-stalled");
    batch.status = QStringLiteral("RUNNING");
    batch.jobType = QStringLiteral("parse");
    batch.createdAt = now.addSecs(-5 * 3600);
    batch.updatedAt = now.addSecs(-4 * 3600);
    const QMap<QString, qint64> ages {{QStringLiteral("bjb-stalled"), 5 * 3600},
                                      {QStringLiteral("bat-stalled"), 4 * 3600},
                                      {QStringLiteral("bjb-waiting"), 2 * 3600},
                                      {QStringLiteral("bjb-moving"), 120}};
    const QString index = m_cli.filePath(QStringLiteral("stuck.sqlite"));
    {
        IndexDatabase database;
        QVERIFY2(database.open(index), qPrintable(database.errorString()));
        IndexWriter writer(&database);
        IndexChanges changes;
        QVERIFY(writer.beginSync());
        QVERIFY2(writer.writeJobs({job("bjb-stalled", "running", ages.value(u"bjb-stalled"_qs)),
                                   job("bjb-waiting", "pending", ages.value(u"bjb-waiting"_qs)),
                                   job("bjb-moving", "running", ages.value(u"bjb-moving"_qs)),
                                   job("bjb-finished", "completed", 10 * 3600)},
                                  now.addSecs(-60), &changes),
                 qPrintable(writer.errorString()));
        QVERIFY2(writer.writeBatches({batch}, now.addSecs(-60), &changes),
                 qPrintable(writer.errorString()));
    }

    const CliRun result =
        m_cli.run(QStringList {QStringLiteral("stuck"), QStringLiteral("--db"), index} + options);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QList<QStringList> rows = csvRows(result.out);
    QVERIFY(!rows.isEmpty());
    const QStringList header = rows.constFirst();
    QCOMPARE(header.mid(0, 2), (QStringList {QStringLiteral("kind"), QStringLiteral("id")}));
    const qsizetype secondsColumn = header.indexOf(u"seconds_without_progress"_qs);
    QVERIFY(secondsColumn > 0);
    QStringList ids;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), header.size());
        const QString id = row.at(1);
        ids.append(id);
        QCOMPARE(row.at(0), id.startsWith(u"bat-") ? u"batch"_qs : u"job"_qs);
        const qint64 seconds = row.at(secondsColumn).toLongLong();
        // At least its age; at most that and the time this test took (not an hour).
        QVERIFY2(seconds >= ages.value(id) && seconds < ages.value(id) + 3600,
                 qPrintable(row.join(u',')));
    }
    QCOMPARE(ids, expectedIds);
}

// ---------------------------------------------------------------------------------------- search

void TestCliIndex::searchFindsWordsAndIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QStringList>("types");
    const QStringList any;
    QString failedId;
    for (const QJsonObject &job : m_demoJobs) {
        if (job.value(u"status").toString() == Failed) {
            failedId = job.value(u"id").toString();
            break;
        }
    }
    QTest::newRow("two words of one message") << QStringLiteral("OCR engine") << any << any;
    QTest::newRow("words in another order") << QStringLiteral("engine ocr") << any << any;
    QTest::newRow("the start of a word") << QStringLiteral("unavail") << any << any;
    QTest::newRow("a word on a message's third line") << QStringLiteral("corrupt") << any << any;
    QTest::newRow("a word of several messages") << QStringLiteral("service") << any << any;
    QTest::newRow("an ID prefix") << failedId.left(13) << any << any;
    QTest::newRow("a whole ID") << failedId << any << any;
    QTest::newRow("nothing matches") << QStringLiteral("zyxwvut") << any << any;
    QTest::newRow("a word, --status cancelled")
        << QStringLiteral("user") << QStringList {QStringLiteral("cancelled")} << any;
    QTest::newRow("every ID, --status failed")
        << QStringLiteral("bjb") << QStringList {Failed} << any;
    QTest::newRow("every ID, two statuses")
        << QStringLiteral("bjb") << QStringList {Failed, QStringLiteral("cancelled")} << any;
    QTest::newRow("every ID, --type classify")
        << QStringLiteral("bjb") << any << QStringList {QStringLiteral("classify")};
    QTest::newRow("a word, two types, --status failed")
        << QStringLiteral("service") << QStringList {Failed}
        << QStringList {QStringLiteral("extract"), QStringLiteral("classify")};
    // The index keeps the API's spelling; the options take any case.
    QTest::newRow("every ID, --status FAILED")
        << QStringLiteral("bjb") << QStringList {QStringLiteral("FAILED")} << any;
    QTest::newRow("every ID, --type Classify, --status Cancelled")
        << QStringLiteral("bjb") << QStringList {QStringLiteral("Cancelled")}
        << QStringList {QStringLiteral("Classify")};
}

void TestCliIndex::searchFindsWordsAndIds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, statuses);
    QFETCH(QStringList, types);
    QStringList expected;
    for (const QJsonObject &job : m_demoJobs) {
        // Failed and cancelled jobs stay so; only running ones move on while the test runs.
        if ((statuses.isEmpty()
             || statuses.contains(job.value(u"status").toString(), Qt::CaseInsensitive))
            && (types.isEmpty()
                || types.contains(job.value(u"job_type").toString(), Qt::CaseInsensitive))
            && matchesSearch(job, text))
            expected.append(job.value(u"id").toString());
    }
    QVERIFY(!expected.isEmpty() || QByteArray(QTest::currentDataTag()) == "nothing matches");

    QStringList arguments {text, QStringLiteral("--format"), QStringLiteral("json")};
    for (const QString &status : std::as_const(statuses))
        arguments << QStringLiteral("--status") << status;
    for (const QString &type : std::as_const(types))
        arguments << QStringLiteral("--type") << type;
    const CliRun result = m_cli.run(onSharedIndex(QStringLiteral("search"), arguments));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QList<QJsonObject> found = jsonLines(result.out);
    QCOMPARE(sorted(idsOf(found)), sorted(expected));
    for (qsizetype i = 1; i < found.size(); ++i) { // newest first
        QVERIFY(found.at(i - 1).value(u"created_at").toString()
                >= found.at(i).value(u"created_at").toString());
    }
}

QTEST_GUILESS_MAIN(TestCliIndex)
// --------------------------------------------------------------------------- failures --items

// failures --items fetches what the index lacks, groups the items and files with a file name
// each, and a second run asks the server nothing; --no-fetch before any fetch says what is
// missing.
void TestCliIndex::failureItemsFetchedOnceThenRead()
{
    const QString index = m_cli.filePath(QStringLiteral("items.sqlite"));
    const QStringList onIndex {QStringLiteral("--db"), index};
    const CliRun sync =
        m_cli.run(QStringList {QStringLiteral("sync")} + onIndex + demoConnection(*m_smallDemo));
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));

    const CliRun cached =
        m_cli.run(QStringList {QStringLiteral("failures"), QStringLiteral("--items"),
                               QStringLiteral("--no-fetch")}
                  + onIndex);
    QVERIFY2(cached.exitCode == 0, qPrintable(cached.err));
    QCOMPARE(csvRows(cached.out).size(), 1); // the header alone
    QVERIFY2(cached.err.contains(QStringLiteral("not fetched yet")), qPrintable(cached.err));

    const QStringList fetchArguments =
        QStringList {QStringLiteral("failures"), QStringLiteral("--items"),
                     QStringLiteral("--no-formula-guard")}
        + onIndex + demoConnection(*m_smallDemo);
    const CliRun fetched = m_cli.run(fetchArguments);
    QVERIFY2(fetched.exitCode == 0, qPrintable(fetched.err));
    QVERIFY2(fetched.out.startsWith(
                 QByteArray(FailuresHeader)
                     .replace("example_message\r\n", "example_message,example_file\r\n")),
             fetched.out.left(200).constData());
    const QList<QStringList> rows = csvRows(fetched.out).mid(1);
    QVERIFY(rows.size() > 1);
    qint64 total = 0;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 8);
        total += row.at(1).toLongLong();
        QVERIFY2(!row.at(7).isEmpty(), qPrintable(row.join(u'|'))); // every example has a name
    }
    {
        IndexDatabase database;
        QVERIFY(database.open(index));
        QSqlQuery query(database.database());
        QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM failed_items)"
                                          " + (SELECT count(*) FROM failed_batch_files),"
                                          " (SELECT sum(failed_items) FROM jobs)")));
        QVERIFY(query.next());
        QCOMPARE(total, query.value(0).toLongLong());
        QVERIFY(total >= query.value(1).toLongLong()); // every failed item of every job
    }

    const qint64 answeredBefore = m_smallDemo->counters().answered;
    const CliRun again = m_cli.run(fetchArguments);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(again.out, fetched.out);
    QCOMPARE(m_smallDemo->counters().answered, answeredBefore);

    // One group's items and files, with name and reason, from the index alone.
    const QStringList largest = rows.constFirst();
    const CliRun group =
        m_cli.run(QStringList {QStringLiteral("failures"), QStringLiteral("--items"),
                               QStringLiteral("--no-fetch"), QStringLiteral("--group"),
                               largest.at(0), QStringLiteral("--no-formula-guard")}
                  + onIndex);
    QVERIFY2(group.exitCode == 0, qPrintable(group.err));
    QVERIFY2(group.out.startsWith("kind,job_or_batch_id,item_id,file_name,status,error_message,"
                                  "error_shape\r\n"),
             group.out.left(200).constData());
    const QList<QStringList> files = csvRows(group.out).mid(1);
    QCOMPARE(files.size(), largest.at(1).toLongLong());
    for (const QStringList &file : files)
        QCOMPARE(file.at(6), largest.at(0));
}

#include "tst_cliindex.moc"
