// The index's write queue: writes run one after another on a thread of their own, in the order
// posted, each telling its end on the posting thread; one user's dropped writes and writes whose
// context is gone tell nothing, and another user's go on; a file that cannot be opened is a
// sentence, not a crash, and the next write tries again.
#include "index/query/indexreader.h"
#include "index/store/indexdatabase.h"
#include "index/store/indexwriter.h"
#include "index/sync/indexwritequeue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace BatchDeck;

namespace {

Job pendingJob(const QString &id)
{
    Job job;
    job.id = id;
    job.jobType = QStringLiteral("parse");
    job.status = QStringLiteral("pending");
    job.totalItems = 3;
    job.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    return job;
}

// Something a write records (on the writing thread) and a test reads once the writes are done.
struct Trace
{
    QStringList writes; // in the order they ran
    QList<QThread *> threads;
};

} // namespace

class IndexWriteQueueTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writesRunInOrderOnTheirOwnThread();
    void writesReachTheFileTheWindowReads();
    void droppedWritesAreNotMadeAndTellNothing();
    void aWriteWhoseContextIsGoneTellsNothing();
    void aFileThatCannotBeOpenedIsASentenceAndTriedAgain();
    void writesPostedBeforeTheQueueEndsAreMade();
    void anIndexGoneFromUnderItIsNotMadeAnew_data();
    void anIndexGoneFromUnderItIsNotMadeAnew();

private:
    // Posts a write that only records its name, and counts its done in *done.
    void postRecorded(IndexWriteQueue &queue, QObject *context, const QString &name,
                      QStringList *done,
                      const IndexWriteQueue::Ticket &ticket = IndexWriteQueue::Ticket());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<IndexDatabase> m_database;
    std::shared_ptr<Trace> m_trace;
};

void IndexWriteQueueTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<IndexDatabase>();
    QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("index.sqlite"))),
             qPrintable(m_database->errorString()));
    m_trace = std::make_shared<Trace>();
}

void IndexWriteQueueTest::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void IndexWriteQueueTest::postRecorded(IndexWriteQueue &queue, QObject *context,
                                       const QString &name, QStringList *done,
                                       const IndexWriteQueue::Ticket &ticket)
{
    queue.post(
        context, ticket,
        [trace = m_trace, name](IndexWriter &) {
            trace->writes.append(name);
            trace->threads.append(QThread::currentThread());
            return QString();
        },
        [done, name](const QString &problem) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            // Told on the posting thread.
            QCOMPARE(QThread::currentThread(), qApp->thread());
            done->append(name);
        });
}

void IndexWriteQueueTest::writesRunInOrderOnTheirOwnThread()
{
    IndexWriteQueue queue(m_database->path());
    QStringList done;
    QStringList expected;
    for (int i = 0; i < 20; ++i) {
        expected.append(QString::number(i));
        postRecorded(queue, this, expected.constLast(), &done);
    }
    QTRY_COMPARE(done.size(), expected.size());
    QCOMPARE(done, expected);
    QCOMPARE(m_trace->writes, expected);
    for (QThread *thread : std::as_const(m_trace->threads)) {
        QVERIFY(thread != qApp->thread());
        QCOMPARE(thread, m_trace->threads.constFirst());
    }
}

void IndexWriteQueueTest::writesReachTheFileTheWindowReads()
{
    IndexWriteQueue queue(m_database->path());
    bool written = false;
    queue.post(
        this, IndexWriteQueue::Ticket(),
        [](IndexWriter &writer) {
            IndexChanges changes;
            if (!writer.beginSync()
                || !writer.writeJobs({pendingJob(QStringLiteral("bjb-queued"))},
                                     QDateTime::currentDateTimeUtc(), &changes))
                return writer.errorString();
            return changes.added == 1 ? QString() : QStringLiteral("not added");
        },
        [&written](const QString &problem) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            written = true;
        });
    QTRY_VERIFY(written);
    // Read through the test's own connection, as the window reads.
    std::optional<IndexedJob> job;
    IndexReader reader(m_database.get());
    QVERIFY2(reader.job(QStringLiteral("bjb-queued"), &job), qPrintable(reader.errorString()));
    QVERIFY(job.has_value());
    QCOMPARE(job->job.status, QStringLiteral("pending"));
}

void IndexWriteQueueTest::droppedWritesAreNotMadeAndTellNothing()
{
    IndexWriteQueue queue(m_database->path());
    // The first write holds the writing thread until the test lets it go, so that the next ones
    // are surely still waiting when one user's are dropped.
    auto started = std::make_shared<QSemaphore>();
    auto release = std::make_shared<QSemaphore>();
    const IndexWriteQueue::Ticket sync; // a sync that is cancelled
    const IndexWriteQueue::Ticket fetch; // another user of the same queue
    QStringList done;
    queue.post(
        this, sync,
        [trace = m_trace, started, release](IndexWriter &) {
            started->release();
            release->acquire();
            trace->writes.append(QStringLiteral("under way"));
            return QString();
        },
        [&done](const QString &) { done.append(QStringLiteral("under way")); });
    QVERIFY(started->tryAcquire(1, 10'000));
    postRecorded(queue, this, QStringLiteral("sync waiting 1"), &done, sync);
    postRecorded(queue, this, QStringLiteral("fetch waiting"), &done, fetch);
    postRecorded(queue, this, QStringLiteral("sync waiting 2"), &done, sync);
    sync.drop();
    release->release();
    postRecorded(queue, this, QStringLiteral("posted after"), &done);
    QTRY_COMPARE(done,
                 (QStringList {QStringLiteral("fetch waiting"), QStringLiteral("posted after")}));
    // The write under way ended whole; the sync's waiting ones were never made; the fetch's was.
    QCOMPARE(m_trace->writes,
             (QStringList {QStringLiteral("under way"), QStringLiteral("fetch waiting"),
                           QStringLiteral("posted after")}));
}

void IndexWriteQueueTest::aWriteWhoseContextIsGoneTellsNothing()
{
    IndexWriteQueue queue(m_database->path());
    auto release = std::make_shared<QSemaphore>();
    QStringList done;
    auto context = std::make_unique<QObject>();
    queue.post(
        context.get(), IndexWriteQueue::Ticket(),
        [trace = m_trace, release](IndexWriter &) {
            release->acquire();
            trace->writes.append(QStringLiteral("of a context gone"));
            return QString();
        },
        [&done](const QString &) { done.append(QStringLiteral("of a context gone")); });
    context.reset();
    release->release();
    postRecorded(queue, this, QStringLiteral("marker"), &done);
    QTRY_COMPARE(done, QStringList {QStringLiteral("marker")});
    QCOMPARE(m_trace->writes.size(), 2); // it was written all the same
}

void IndexWriteQueueTest::aFileThatCannotBeOpenedIsASentenceAndTriedAgain()
{
    // A folder that is a regular file for now: no index can be made in it.
    const QString folder = m_dir->filePath(QStringLiteral("not-yet-a-folder"));
    QFile file(folder);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    IndexWriteQueue queue(folder + QStringLiteral("/index.sqlite"));
    QStringList told;
    int ran = 0;
    const auto post = [&] {
        queue.post(
            this, IndexWriteQueue::Ticket(),
            [&ran](IndexWriter &) {
                ++ran;
                return QString();
            },
            [&told](const QString &problem) { told.append(problem); });
    };
    post();
    QTRY_COMPARE(told.size(), 1);
    QCOMPARE(ran, 0);
    QVERIFY2(told.constFirst().contains(QStringLiteral("not-yet-a-folder")),
             qPrintable(told.constFirst()));
    // The cause passes (the index is made there): the next write opens it and is made.
    QVERIFY(QFile::remove(folder));
    IndexDatabase made;
    QVERIFY2(made.open(folder + QStringLiteral("/index.sqlite")), qPrintable(made.errorString()));
    post();
    QTRY_COMPARE(told.size(), 2);
    QCOMPARE(told.constLast(), QString());
    QCOMPARE(ran, 1);
}

void IndexWriteQueueTest::writesPostedBeforeTheQueueEndsAreMade()
{
    // A Clear Index posted just before the index is closed is made, not dropped with the queue.
    auto queue = std::make_unique<IndexWriteQueue>(m_database->path());
    QStringList done;
    for (int i = 0; i < 5; ++i)
        postRecorded(*queue, this, QString::number(i), &done);
    queue.reset();
    QCOMPARE(m_trace->writes.size(), 5);
}

void IndexWriteQueueTest::anIndexGoneFromUnderItIsNotMadeAnew_data()
{
    QTest::addColumn<QByteArray>("replacement"); // empty: no file at all
    QTest::newRow("set aside by another BatchDeck") << QByteArray();
    QTest::newRow("another program's file in its place") << QByteArray("not a database at all");
}

void IndexWriteQueueTest::anIndexGoneFromUnderItIsNotMadeAnew()
{
    QFETCH(QByteArray, replacement);
    const QString path = m_database->path();
    IndexWriteQueue queue(path);
    m_database->close();
    QVERIFY(QFile::rename(path, path + QStringLiteral(".aside")));
    if (!replacement.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(replacement);
    }
    QString told;
    queue.post(
        this, IndexWriteQueue::Ticket(), [](IndexWriter &) { return QString(); },
        [&told](const QString &problem) {
            told = problem.isEmpty() ? QStringLiteral("-") : problem;
        });
    QTRY_VERIFY(!told.isEmpty());
    QVERIFY2(told.contains(QStringLiteral("is not as BatchDeck opened it")), qPrintable(told));
    // Nothing was made, moved or written where the index was.
    QFile file(path);
    if (replacement.isEmpty()) {
        QVERIFY(!file.exists());
    } else {
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), replacement);
    }
    QVERIFY(QFile::exists(path + QStringLiteral(".aside")));
    QCOMPARE(QDir(QFileInfo(path).absolutePath())
                 .entryList({QStringLiteral("*.sqlite*")}, QDir::Files)
                 .size(),
             replacement.isEmpty() ? 1 : 2);
}

QTEST_GUILESS_MAIN(IndexWriteQueueTest)
#include "tst_indexwritequeue.moc"
