// Reading the index: filters the APIs lack (several statuses and types, a time range, words in
// errors, ID prefixes), sort by any column across every row, pages, failure groups and stuck work.
#include "index/failures/errorshape.h"
#include "index/query/indexreader.h"
#include "index/store/indexdatabase.h"
#include "index/store/indexwriter.h"
#include "index/store/nameswriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace BatchDeck;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

Job makeJob(int number, const QString &status, const QString &type, const QString &message = {})
{
    Job job;
    job.id = QStringLiteral("bjb-%1").arg(number, 4, 10, QLatin1Char('0'));
    job.jobType = type;
    job.status = status;
    job.projectId = QStringLiteral("proj-%1").arg(number % 2 + 1);
    job.directoryId = QStringLiteral("dir-%1").arg(number % 3);
    job.totalItems = 100 - number;
    job.processedItems = (number * 37) % 50;
    job.failedItems = (number * 11) % 7;
    job.createdAt = Start.addSecs(3600 * number); // an hour apart
    job.updatedAt = job.createdAt.addSecs(60);
    job.errorMessage = message;
    return job;
}

// 40 jobs: every fourth failed (three kinds of message), every fifth running, the rest completed;
// types in turn.
QList<Job> world()
{
    static const QStringList types {QStringLiteral("parse"), QStringLiteral("extract"),
                                    QStringLiteral("classify")};
    QList<Job> jobs;
    for (int i = 0; i < 40; ++i) {
        QString status = QStringLiteral("completed");
        QString message;
        if (i % 4 == 0) {
            status = QStringLiteral("failed");
            message = i % 3 == 0
                ? QStringLiteral("File too large: \"f%1.pdf\" is %2 MB").arg(i).arg(300 + i)
                : i % 3 == 1 ? QStringLiteral("Worker timed out after %1 s").arg(i * 10)
                             : QStringLiteral("Invalid configuration");
        } else if (i % 5 == 0) {
            status = QStringLiteral("running");
        }
        jobs.append(makeJob(i, status, types.at(i % 3), message));
    }
    return jobs;
}

// Names with characters LIKE would take as wildcards ("_", "%"), a deleted directory and a
// project whose name folds beyond ASCII. dir-2's "Q40 1000" is what "Q4_" and "100%" would
// match as LIKE patterns.
QList<CatalogName> names()
{
    using Kind = CatalogName::Kind;
    return {
        {Kind::Directory, QStringLiteral("dir-0"), QStringLiteral("Invoices 2026"), false},
        {Kind::Directory, QStringLiteral("dir-1"), QStringLiteral("Q4_100% Contracts"), false},
        {Kind::Directory, QStringLiteral("dir-2"), QStringLiteral("Old Scans Q40 1000"), true},
        {Kind::Project, QStringLiteral("proj-1"), QStringLiteral("Ärzte Legal"), false},
        {Kind::Project, QStringLiteral("proj-2"), QStringLiteral("Finance"), false},
    };
}

QStringList idsOf(const QList<IndexedJob> &jobs)
{
    QStringList ids;
    for (const IndexedJob &job : jobs)
        ids.append(job.job.id);
    return ids;
}

} // namespace

class IndexQueryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filters_data();
    void filters();
    void batchesByNames_data();
    void batchesByNames();
    void sortCoversEveryRow_data();
    void sortCoversEveryRow();
    void pagesNeitherOverlapNorSkip();
    void statusCountsIgnoreTheStatusFilter();
    void failuresAreGroupedByShape();
    void stuckWorkIsWhatHasNotMoved_data();
    void stuckWorkIsWhatHasNotMoved();

private:
    QTemporaryDir m_folder;
    IndexDatabase m_database;
    QList<Job> m_jobs;
};

void IndexQueryTest::initTestCase()
{
    QVERIFY(m_database.open(m_folder.filePath(QStringLiteral("index.sqlite"))));
    m_jobs = world();
    IndexWriter writer(&m_database);
    QVERIFY(writer.beginSync());
    IndexChanges changes;
    QVERIFY(writer.writeJobs(m_jobs, Start.addDays(3), &changes));
    QCOMPARE(changes.added, 40);
    NamesWriter names(&m_database);
    QVERIFY2(names.write(::names(), Start.addDays(3)), qPrintable(names.errorString()));
    QList<Batch> batches;
    for (int i = 0; i < 6; ++i) {
        Batch batch;
        batch.id = QStringLiteral("bat-%1").arg(i);
        batch.status = QStringLiteral("COMPLETED");
        batch.projectId = QStringLiteral("proj-%1").arg(i % 2 + 1);
        batch.sourceDirectoryId = QStringLiteral("dir-%1").arg(i % 3);
        batch.createdAt = Start.addSecs(3600 * i);
        batches.append(batch);
    }
    QVERIFY(writer.writeBatches(batches, Start.addDays(3), &changes));
}

void IndexQueryTest::filters_data()
{
    QTest::addColumn<IndexQuery>("query");
    QTest::addColumn<std::function<bool(const Job &)>>("expected");

    QTest::newRow("no filter: every job")
        << IndexQuery() << std::function([](const Job &) { return true; });
    IndexQuery statuses;
    statuses.statuses = {QStringLiteral("failed"), QStringLiteral("running")};
    QTest::newRow("two statuses at once") << statuses << std::function([](const Job &job) {
        return job.status == u"failed" || job.status == u"running";
    });
    IndexQuery types;
    types.jobTypes = {QStringLiteral("parse"), QStringLiteral("classify")};
    QTest::newRow("two types at once")
        << types << std::function([](const Job &job) { return job.jobType != u"extract"; });
    IndexQuery range;
    range.createdFrom = Start.addSecs(3600 * 10);
    range.createdTo = Start.addSecs(3600 * 20);
    QTest::newRow("a time range, start included, end not")
        << range << std::function([](const Job &job) {
               return job.createdAt >= Start.addSecs(3600 * 10)
                   && job.createdAt < Start.addSecs(3600 * 20);
           });
    IndexQuery word;
    word.text = QStringLiteral("timed");
    QTest::newRow("a word of the error message") << word << std::function([](const Job &job) {
        return job.errorMessage.contains(QStringLiteral("timed"));
    });
    IndexQuery prefix;
    prefix.text = QStringLiteral("Conf");
    QTest::newRow("the start of a word, in any case")
        << prefix << std::function([](const Job &job) {
               return job.errorMessage.contains(QStringLiteral("configuration"));
           });
    IndexQuery twoWords;
    twoWords.text = QStringLiteral("large f12");
    QTest::newRow("every word must appear") << twoWords << std::function([](const Job &job) {
        return job.errorMessage.contains(QStringLiteral("f12.pdf"));
    });
    IndexQuery id;
    id.text = QStringLiteral("bjb-001");
    QTest::newRow("the start of an ID") << id << std::function([](const Job &job) {
        return job.id.startsWith(QStringLiteral("bjb-001"));
    });
    IndexQuery operators;
    operators.text = QStringLiteral("NOT \"large OR * (");
    QTest::newRow("search operators are taken as words")
        << operators << std::function([](const Job &job) {
               return job.errorMessage.contains(QStringLiteral("large"))
                   && job.errorMessage.contains(QStringLiteral("NOT"));
           });
    IndexQuery glob;
    glob.text = QStringLiteral("bjb-00*");
    QTest::newRow("wildcards in an ID are characters")
        << glob << std::function([](const Job &) { return false; });
    const auto inDirectory = [](const char *id) {
        return std::function(
            [id = QString::fromLatin1(id)](const Job &job) { return job.directoryId == id; });
    };
    IndexQuery directoryName;
    directoryName.text = QStringLiteral("invoices");
    QTest::newRow("a word of the directory's name") << directoryName << inDirectory("dir-0");
    IndexQuery partOfName;
    partOfName.text = QStringLiteral("VOICE");
    QTest::newRow("part of a word of a name, in any case") << partOfName << inDirectory("dir-0");
    IndexQuery deletedDirectory;
    deletedDirectory.text = QStringLiteral("old scans");
    QTest::newRow("a deleted directory's name") << deletedDirectory << inDirectory("dir-2");
    IndexQuery underscore;
    underscore.text = QStringLiteral("q4_");
    QTest::newRow("an underscore typed is a character, not any one")
        << underscore << inDirectory("dir-1");
    IndexQuery percent;
    percent.text = QStringLiteral("100%");
    QTest::newRow("a percent sign typed is a character, not anything")
        << percent << inDirectory("dir-1");
    IndexQuery projectName;
    projectName.text = QStringLiteral("ÄRZTE");
    QTest::newRow("a project's name, its case folded beyond ASCII")
        << projectName << std::function([](const Job &job) { return job.projectId == u"proj-1"; });
    IndexQuery twoNames;
    twoNames.text = QStringLiteral("invoices finance");
    QTest::newRow("the words must all be in one name")
        << twoNames << std::function([](const Job &) { return false; });
    IndexQuery unnamed;
    unnamed.text = QStringLiteral("receipts");
    QTest::newRow("a word no name and no error holds")
        << unnamed << std::function([](const Job &) { return false; });
    IndexQuery nameAndStatus;
    nameAndStatus.text = QStringLiteral("contracts");
    nameAndStatus.statuses = {QStringLiteral("failed")};
    QTest::newRow("a name with a status") << nameAndStatus << std::function([](const Job &job) {
        return job.directoryId == u"dir-1" && job.status == u"failed";
    });
    IndexQuery shape;
    shape.errorShape = errorShape(u"Worker timed out after 10 s");
    QTest::newRow("one error shape") << shape << std::function([](const Job &job) {
        return job.errorMessage.startsWith(QStringLiteral("Worker timed out"));
    });
    IndexQuery all;
    all.statuses = {QStringLiteral("failed")};
    all.jobTypes = {QStringLiteral("parse")};
    all.createdFrom = Start.addSecs(3600 * 5);
    all.text = QStringLiteral("large");
    QTest::newRow("every filter together") << all << std::function([](const Job &job) {
        return job.status == u"failed" && job.jobType == u"parse"
            && job.createdAt >= Start.addSecs(3600 * 5)
            && job.errorMessage.contains(QStringLiteral("large"));
    });
}

void IndexQueryTest::filters()
{
    QFETCH(IndexQuery, query);
    QFETCH(std::function<bool(const Job &)>, expected);
    query.limit = 1000;
    QList<IndexedJob> found;
    IndexReader reader(&m_database);
    QVERIFY2(reader.jobs(query, &found), qPrintable(reader.errorString()));
    QStringList wanted;
    for (const Job &job : std::as_const(m_jobs)) {
        if (expected(job))
            wanted.append(job.id);
    }
    std::sort(wanted.begin(), wanted.end(), std::greater<>()); // newest first: ids grow with time
    QCOMPARE(idsOf(found), wanted);
    qint64 count = -1;
    QVERIFY(reader.countJobs(query, &count));
    QCOMPARE(count, wanted.size());
}

void IndexQueryTest::batchesByNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("its source directory's name")
        << QStringLiteral("Invoices")
        << QStringList {QStringLiteral("bat-3"), QStringLiteral("bat-0")};
    QTest::newRow("a deleted source directory's name")
        << QStringLiteral("scans")
        << QStringList {QStringLiteral("bat-5"), QStringLiteral("bat-2")};
    QTest::newRow("its project's name")
        << QStringLiteral("finance")
        << QStringList {QStringLiteral("bat-5"), QStringLiteral("bat-3"), QStringLiteral("bat-1")};
    QTest::newRow("a percent sign is a character")
        << QStringLiteral("%") << QStringList {QStringLiteral("bat-4"), QStringLiteral("bat-1")};
    QTest::newRow("the start of its ID")
        << QStringLiteral("bat-4") << QStringList {QStringLiteral("bat-4")};
}

void IndexQueryTest::batchesByNames()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    IndexQuery query;
    query.text = text;
    IndexReader reader(&m_database);
    QList<IndexedBatch> found;
    QVERIFY2(reader.batches(query, &found), qPrintable(reader.errorString()));
    QStringList ids;
    for (const IndexedBatch &batch : std::as_const(found))
        ids.append(batch.batch.id);
    QCOMPARE(ids, expected);
}

void IndexQueryTest::sortCoversEveryRow_data()
{
    QTest::addColumn<IndexQuery::Sort>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<std::function<QVariant(const Job &)>>("key");

    const auto add = [](const char *name, IndexQuery::Sort sort,
                        std::function<QVariant(const Job &)> key) {
        QTest::addRow("%s, ascending", name) << sort << false << key;
        QTest::addRow("%s, descending", name) << sort << true << key;
    };
    add("failed items", IndexQuery::Sort::FailedItems,
        [](const Job &job) { return QVariant(job.failedItems); });
    add("processed items", IndexQuery::Sort::ProcessedItems,
        [](const Job &job) { return QVariant(job.processedItems); });
    add("total items", IndexQuery::Sort::TotalItems,
        [](const Job &job) { return QVariant(job.totalItems); });
    add("status", IndexQuery::Sort::Status, [](const Job &job) { return QVariant(job.status); });
    add("type", IndexQuery::Sort::Type, [](const Job &job) { return QVariant(job.jobType); });
    add("created", IndexQuery::Sort::CreatedAt,
        [](const Job &job) { return QVariant(job.createdAt); });
}

void IndexQueryTest::sortCoversEveryRow()
{
    QFETCH(IndexQuery::Sort, sort);
    QFETCH(bool, descending);
    QFETCH(std::function<QVariant(const Job &)>, key);
    IndexQuery query;
    query.sort = sort;
    query.descending = descending;
    query.limit = 5; // the top of all 40, not of a page
    QList<IndexedJob> found;
    IndexReader reader(&m_database);
    QVERIFY(reader.jobs(query, &found));

    QList<Job> sorted = m_jobs;
    std::sort(sorted.begin(), sorted.end(), [&](const Job &a, const Job &b) {
        const int order = QVariant::compare(key(a), key(b)) == QPartialOrdering::Less ? -1
            : QVariant::compare(key(a), key(b)) == QPartialOrdering::Greater          ? 1
                                                                                      : 0;
        if (order != 0)
            return descending ? order > 0 : order < 0;
        return descending ? a.id > b.id : a.id < b.id; // ties by ID, in the same direction
    });
    QStringList wanted;
    for (int i = 0; i < 5; ++i)
        wanted.append(sorted.at(i).id);
    QCOMPARE(idsOf(found), wanted);
}

void IndexQueryTest::pagesNeitherOverlapNorSkip()
{
    IndexQuery query;
    query.sort = IndexQuery::Sort::Status; // many ties
    query.limit = 7;
    IndexReader reader(&m_database);
    QStringList seen;
    for (query.offset = 0; query.offset < 49; query.offset += 7) {
        QList<IndexedJob> page;
        QVERIFY(reader.jobs(query, &page));
        seen += idsOf(page);
    }
    QCOMPARE(seen.size(), 40);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 40);
}

void IndexQueryTest::statusCountsIgnoreTheStatusFilter()
{
    IndexQuery query;
    query.statuses = {QStringLiteral("failed")};
    query.jobTypes = {QStringLiteral("parse")};
    QMap<QString, qint64> counts;
    IndexReader reader(&m_database);
    QVERIFY(reader.jobStatusCounts(query, &counts));
    QMap<QString, qint64> wanted;
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.jobType == u"parse")
            ++wanted[job.status];
    }
    QCOMPARE(counts, wanted);
}

void IndexQueryTest::failuresAreGroupedByShape()
{
    IndexReader reader(&m_database);
    QList<FailureGroup> groups;
    QVERIFY2(reader.failureGroups(IndexQuery(), &groups), qPrintable(reader.errorString()));
    QCOMPARE(groups.size(), 3);
    qint64 total = 0;
    for (const FailureGroup &group : std::as_const(groups))
        total += group.count;
    QCOMPARE(total, 10);
    // The largest first; each with its newest failure as the example.
    QVERIFY(groups.at(0).count >= groups.at(1).count);
    const auto large = std::find_if(groups.cbegin(), groups.cend(), [](const FailureGroup &group) {
        return group.shape.startsWith(QStringLiteral("File too large"));
    });
    QVERIFY(large != groups.cend());
    QCOMPARE(large->shape, errorShape(u"File too large: \"f0.pdf\" is 300 MB"));
    QCOMPARE(large->count, 4); // jobs 0, 12, 24, 36
    QCOMPARE(large->firstSeen, Start);
    QCOMPARE(large->lastSeen, Start.addSecs(3600 * 36));
    QCOMPARE(large->exampleId, QStringLiteral("bjb-0036"));
    QCOMPARE(large->exampleMessage, QStringLiteral("File too large: \"f36.pdf\" is 336 MB"));
    QCOMPARE(large->jobTypes, QStringList({QStringLiteral("parse")}));
    QCOMPARE(large->directories, 1);

    IndexQuery range;
    range.createdTo = Start.addSecs(3600 * 13);
    QVERIFY(reader.failureGroups(range, &groups));
    qint64 inRange = 0;
    for (const FailureGroup &group : std::as_const(groups))
        inRange += group.count;
    QCOMPARE(inRange, 4); // jobs 0, 4, 8, 12
}

void IndexQueryTest::stuckWorkIsWhatHasNotMoved_data()
{
    QTest::addColumn<int>("minutesWithoutMove");
    QTest::addColumn<int>("thresholdMinutes");
    QTest::addColumn<bool>("stuck");
    QTest::newRow("past the threshold") << 40 << 30 << true;
    QTest::newRow("just at the threshold") << 30 << 30 << true;
    QTest::newRow("not yet") << 29 << 30 << false;
    QTest::newRow("a longer threshold") << 40 << 60 << false;
}

void IndexQueryTest::stuckWorkIsWhatHasNotMoved()
{
    QFETCH(int, minutesWithoutMove);
    QFETCH(int, thresholdMinutes);
    QFETCH(bool, stuck);
    QTemporaryDir folder;
    IndexDatabase database;
    QVERIFY(database.open(folder.filePath(QStringLiteral("stuck.sqlite"))));
    IndexWriter writer(&database);
    QVERIFY(writer.beginSync());
    const QDateTime t0 = Start.addDays(2);
    Job running = makeJob(1, QStringLiteral("running"), QStringLiteral("parse"));
    running.updatedAt = t0;
    running.processedItems = 3;
    Job moving = makeJob(2, QStringLiteral("running"), QStringLiteral("parse"));
    moving.updatedAt = t0;
    Batch batch;
    batch.id = QStringLiteral("bat-1");
    batch.status = QStringLiteral("RUNNING");
    batch.createdAt = t0.addSecs(-60);
    batch.updatedAt = t0;
    IndexChanges changes;
    QVERIFY(writer.writeJobs({running, moving}, t0, &changes));
    QVERIFY(writer.writeBatches({batch}, t0, &changes));
    // Later syncs: one job moves on, the other and the batch stay where they were.
    const QDateTime now = t0.addSecs(60 * minutesWithoutMove);
    moving.processedItems += 5;
    QVERIFY(writer.writeJobs({running, moving}, now, &changes));
    QVERIFY(writer.writeBatches({batch}, now, &changes));

    IndexReader reader(&database);
    QList<IndexedJob> jobs;
    QList<IndexedBatch> batches;
    QVERIFY(reader.stuckJobs(now, qint64(thresholdMinutes) * 60'000, &jobs));
    QVERIFY(reader.stuckBatches(now, qint64(thresholdMinutes) * 60'000, &batches));
    QCOMPARE(idsOf(jobs), stuck ? QStringList({running.id}) : QStringList());
    QCOMPARE(batches.size(), stuck ? 1 : 0);
    if (stuck) {
        QCOMPARE(jobs.constFirst().lastProgressAt, t0);
        QCOMPARE(batches.constFirst().lastProgressAt, t0);
    }
}

QTEST_GUILESS_MAIN(IndexQueryTest)
#include "tst_indexquery.moc"
