// The index file: made, carried forward from an older schema, set aside when it is not an index,
// left alone when a newer BatchDeck made it.
#include "index/failures/errorshape.h"
#include "index/query/indexreader.h"
#include "index/store/indexdatabase.h"
#include "index/store/indexschema.h"
#include "index/store/indexwriter.h"

#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace BatchDeck;

namespace {

const QDateTime SeenAt = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Runs statements on a file through a connection of its own, as another program would.
void runOn(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Job failedJob(const QString &id, const QString &message)
{
    Job job;
    job.id = id;
    job.jobType = QStringLiteral("parse");
    job.status = QStringLiteral("failed");
    job.projectId = QStringLiteral("proj-1");
    job.totalItems = 4;
    job.failedItems = 1;
    job.createdAt = SeenAt.addSecs(-3600);
    job.errorMessage = message;
    return job;
}

// The index works: a job written is read back.
void checkUsable(IndexDatabase &database)
{
    IndexWriter writer(&database);
    QVERIFY(writer.beginSync());
    IndexChanges changes;
    QVERIFY2(writer.writeJobs({failedJob(QStringLiteral("bjb-1"), QStringLiteral("Boom"))}, SeenAt,
                              &changes),
             qPrintable(writer.errorString()));
    std::optional<IndexedJob> job;
    IndexReader reader(&database);
    QVERIFY(reader.job(QStringLiteral("bjb-1"), &job));
    QVERIFY(job);
    QCOMPARE(job->job.errorMessage, QStringLiteral("Boom"));
}

QStringList setAsideFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.set-aside-*")}, QDir::Files);
}

// Another writer of the same file, on its own thread and connection as another process would
// be: it runs `transactions` write transactions back to back, each holding the write lock for
// `holdMs`, together far longer than the other connection's busy timeout, whose polling misses
// the moment between two of them; 0 transactions holds the lock, never committing, until told
// to stop.
class LockHolder : public QThread
{
public:
    LockHolder(const QString &path, int transactions, int holdMs)
        : m_path(path)
        , m_transactions(transactions)
        , m_holdMs(holdMs)
    { }
    QSemaphore held;
    QSemaphore stop;
    QString problem;

protected:
    void run() override
    {
        IndexDatabase database;
        if (!database.open(m_path)) {
            problem = database.errorString();
            held.release();
            return;
        }
        QSqlQuery query(database.database());
        const auto begin = [&] {
            if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
                problem = QStringLiteral("BEGIN IMMEDIATE failed");
        };
        begin();
        held.release();
        if (m_transactions == 0) {
            stop.acquire();
            database.database().rollback();
            return;
        }
        for (int i = 0; i < m_transactions; ++i) {
            QTimer::singleShot(m_holdMs, [this] { quit(); });
            exec();
            query.exec(QStringLiteral("INSERT OR REPLACE INTO sync_notes (key, value) VALUES "
                                      "('holder', '%1')")
                           .arg(i));
            database.database().commit();
            if (i + 1 < m_transactions)
                begin(); // at once, as a sync writing page after page does
        }
    }

private:
    QString m_path;
    int m_transactions;
    int m_holdMs;
};

} // namespace

class IndexDatabaseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aNewFileIsMadeWithWal();
    void anEmptyFileBecomesAnIndex();
    void whatIsNotAnIndexIsSetAside_data();
    void whatIsNotAnIndexIsSetAside();
    void anIndexOfANewerBatchDeckIsLeftAlone();
    void anIndexOfTheFirstSchemaIsCarriedForward();
    void aFolderThatCannotBeMadeIsNamed();
    void clearEmptiesTheIndex();
    void aWriteWaitsWhileAnotherCommits_data();
    void aWriteWaitsWhileAnotherCommits();

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_path;
};

void IndexDatabaseTest::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    m_path = m_folder->filePath(QStringLiteral("index.sqlite"));
}

void IndexDatabaseTest::aNewFileIsMadeWithWal()
{
    IndexDatabase database;
    QVERIFY2(database.open(m_folder->filePath(QStringLiteral("new/sub/index.sqlite"))),
             qPrintable(database.errorString()));
    QCOMPARE(database.notice(), QString());
    QSqlQuery query(database.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), IndexSchema::Version);
    checkUsable(database);
}

void IndexDatabaseTest::anEmptyFileBecomesAnIndex()
{
    writeBytes(m_path, {});
    IndexDatabase database;
    QVERIFY2(database.open(m_path), qPrintable(database.errorString()));
    QCOMPARE(database.notice(), QString());
    QVERIFY(setAsideFiles(m_folder->path()).isEmpty());
    checkUsable(database);
}

void IndexDatabaseTest::whatIsNotAnIndexIsSetAside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("why");

    QByteArray noise(8192, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    QTest::newRow("random bytes") << noise << QStringList() << QStringLiteral("damaged");
    QTest::newRow("a text file") << QByteArray("jobs,status\nbjb-1,failed\n") << QStringList()
                                 << QStringLiteral("damaged");
    QTest::newRow("another program's database")
        << QByteArray() << QStringList({QStringLiteral("CREATE TABLE notes(body TEXT)")})
        << QStringLiteral("not a BatchDeck index");
    QTest::newRow("a database with another application id")
        << QByteArray()
        << QStringList({QStringLiteral("PRAGMA application_id = 1234"),
                        QStringLiteral("PRAGMA user_version = 1"),
                        QStringLiteral("CREATE TABLE jobs(id TEXT)")})
        << QStringLiteral("not a BatchDeck index");
    QTest::newRow("a damaged header")
        << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xff') << QStringList()
        << QStringLiteral("damaged");
}

void IndexDatabaseTest::whatIsNotAnIndexIsSetAside()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, statements);
    QFETCH(QString, why);
    if (statements.isEmpty())
        writeBytes(m_path, bytes);
    else
        runOn(m_path, statements);
    const QByteArray before = fileBytes(m_path);

    IndexDatabase database;
    QVERIFY2(database.open(m_path), qPrintable(database.errorString()));
    const QStringList aside = setAsideFiles(m_folder->path());
    QCOMPARE(aside.size(), 1);
    const QString asidePath = m_folder->filePath(aside.constFirst());
    // Nothing of the user's is lost: the old file is there, byte for byte.
    QCOMPARE(fileBytes(asidePath), before);
    QVERIFY2(database.notice().contains(why), qPrintable(database.notice()));
    QVERIFY2(database.notice().contains(QDir::toNativeSeparators(asidePath)),
             qPrintable(database.notice()));
    QVERIFY(database.notice().contains(QStringLiteral("new index")));
    checkUsable(database);
}

void IndexDatabaseTest::anIndexOfANewerBatchDeckIsLeftAlone()
{
    {
        IndexDatabase database;
        QVERIFY(database.open(m_path));
    }
    runOn(m_path, {QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = fileBytes(m_path);

    IndexDatabase database;
    QVERIFY(!database.open(m_path));
    QVERIFY2(database.errorString().contains(QStringLiteral("newer BatchDeck")),
             qPrintable(database.errorString()));
    QVERIFY(database.errorString().contains(QStringLiteral("schema 99")));
    QVERIFY(!database.isOpen());
    QCOMPARE(fileBytes(m_path), before);
    QVERIFY(setAsideFiles(m_folder->path()).isEmpty());
}

void IndexDatabaseTest::anIndexOfTheFirstSchemaIsCarriedForward()
{
    // A file as the first schema left it, with a failed job and a running one.
    const QString name = QStringLiteral("first-schema");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QCOMPARE(IndexSchema::migrate(db, 0, 1), QString());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO jobs(id, job_type, status, total_items, processed_items, failed_items,"
            " skipped_items, created_at, updated_at, error_message, first_seen_at, last_seen_at)"
            " VALUES ('bjb-old', 'parse', 'failed', 3, 3, 1, 0, 1000, 2000,"
            " 'File too large: \"a.pdf\" is 412 MB', 3000, 3000),"
            " ('bjb-run', 'parse', 'running', 9, 4, 0, 0, 1000, 2500, NULL, 3000, 3000)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    IndexDatabase database;
    QVERIFY2(database.open(m_path), qPrintable(database.errorString()));
    QCOMPARE(database.notice(), QString());
    QSqlQuery query(database.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), IndexSchema::Version);
    // The rows are kept, with what the new schema adds filled in.
    QVERIFY(query.exec(QStringLiteral("SELECT error_shape FROM jobs WHERE id = 'bjb-old'"))
            && query.next());
    QCOMPARE(query.value(0).toString(), errorShape(u"File too large: \"a.pdf\" is 412 MB"));
    QVERIFY(query.exec(QStringLiteral("SELECT processed_items, first_seen_at FROM job_progress"
                                      " WHERE job_id = 'bjb-run'"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 4);
    QCOMPARE(query.value(1).toLongLong(), 2500); // its updated_at: the last change known

    IndexReader reader(&database);
    IndexQuery search;
    search.text = QStringLiteral("large");
    QList<IndexedJob> found;
    QVERIFY2(reader.jobs(search, &found), qPrintable(reader.errorString()));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().job.id, QStringLiteral("bjb-old"));
    checkUsable(database);
}

void IndexDatabaseTest::aFolderThatCannotBeMadeIsNamed()
{
    writeBytes(m_folder->filePath(QStringLiteral("plain-file")), "x");
    const QString path = m_folder->filePath(QStringLiteral("plain-file/sub/index.sqlite"));
    IndexDatabase database;
    QVERIFY(!database.open(path));
    QVERIFY2(database.errorString().contains(
                 QDir::toNativeSeparators(m_folder->filePath(QStringLiteral("plain-file/sub")))),
             qPrintable(database.errorString()));
}

void IndexDatabaseTest::clearEmptiesTheIndex()
{
    IndexDatabase database;
    QVERIFY(database.open(m_path));
    checkUsable(database);
    QVERIFY(database.clear());
    IndexSummary summary;
    IndexReader reader(&database);
    QVERIFY(reader.summary(&summary));
    QCOMPARE(summary.jobs, 0);
    checkUsable(database);
}

void IndexDatabaseTest::aWriteWaitsWhileAnotherCommits_data()
{
    QTest::addColumn<int>("transactions");
    QTest::addColumn<bool>("written");
    QTest::newRow("another writer committing page after page: waited for") << 10 << true;
    QTest::newRow("a lock held without a commit: given up on, saying locked") << 0 << false;
}

void IndexDatabaseTest::aWriteWaitsWhileAnotherCommits()
{
    QFETCH(int, transactions);
    QFETCH(bool, written);
    IndexDatabase database;
    QVERIFY(database.open(m_path));
    QVERIFY(QSqlQuery(database.database()).exec(QStringLiteral("PRAGMA busy_timeout = 100")));
    LockHolder holder(m_path, transactions, 60);
    holder.start();
    holder.held.acquire();
    QVERIFY2(holder.problem.isEmpty(), qPrintable(holder.problem));

    QString error;
    const bool wrote = database.writeTransaction(
        [&] {
            QSqlQuery insert(database.database());
            return database.run(insert,
                                QStringLiteral("INSERT INTO sync_notes (key, value) VALUES (?, ?)"),
                                {QStringLiteral("test"), QStringLiteral("written")}, &error);
        },
        &error);
    holder.stop.release();
    QVERIFY(holder.wait(30'000));
    QVERIFY2(holder.problem.isEmpty(), qPrintable(holder.problem));
    QCOMPARE(wrote, written);
    if (!written)
        QVERIFY2(error.contains(m_path) && error.contains(u"locked"), qPrintable(error));
}

QTEST_GUILESS_MAIN(IndexDatabaseTest)
#include "tst_indexdatabase.moc"
