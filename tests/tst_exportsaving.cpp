// Saving an export's file happens off the calling thread (RowExport::saveInBackground): saving()
// before it, finished() once the file is in place, no cancel meanwhile, and an export destroyed
// meanwhile still leaves a complete file.
#include "core/export/jobexport.h"
#include "testfiles.h"
#include "testhttpserver.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <optional>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

// A folder that refuses new entries, and so a file saved into it, until destroyed: read-only for
// a user; immutable (chattr +i) for root, whom permissions do not stop.
class FolderRefusingEntries
{
public:
    explicit FolderRefusingEntries(const QString &path)
        : m_path(QFile::encodeName(path))
    {
        struct stat status
        {
        };
        if (::stat(m_path.constData(), &status) != 0)
            return;
        m_mode = status.st_mode & 07777;
        if (::geteuid() != 0) {
            m_readOnly = ::chmod(m_path.constData(), 0555) == 0;
            return;
        }
        m_immutable = setImmutable(true);
    }
    ~FolderRefusingEntries()
    {
        if (m_readOnly)
            ::chmod(m_path.constData(), m_mode);
        if (m_immutable)
            setImmutable(false);
    }
    bool isActive() const { return m_readOnly || m_immutable; }

private:
    bool setImmutable(bool immutable)
    {
        const int fd = ::open(m_path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        int flags = 0;
        bool set = fd >= 0 && ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        if (set) {
            flags = immutable ? flags | FS_IMMUTABLE_FL : flags & ~FS_IMMUTABLE_FL;
            set = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
        if (fd >= 0)
            ::close(fd);
        return set;
    }

    const QByteArray m_path;
    mode_t m_mode = 0;
    bool m_readOnly = false;
    bool m_immutable = false;
};

// 25 jobs in pages of 10.
TestResponse threePages(const TestRequest &request)
{
    const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
    return TestResponse::json(200, jobListJson(offset, std::min(10, 25 - offset), 25));
}

} // namespace

class TestExportSaving : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void savingIsToldOnceBeforeTheEnd_data();
    void savingIsToldOnceBeforeTheEnd();
    void cancelWhileSavingIsIgnored();
    void aFailedSaveKeepsThePreviousFile();
    void anExportDestroyedWhileSavingStillCompletesTheFile_data();
    void anExportDestroyedWhileSavingStillCompletesTheFile();

private:
    QNetworkAccessManager m_network;
    QTemporaryDir m_directory;
};

void TestExportSaving::init()
{
    removeFilesIn(m_directory);
}

void TestExportSaving::savingIsToldOnceBeforeTheEnd_data()
{
    QTest::addColumn<bool>("toFile");
    QTest::addColumn<QStringList>("events");
    QTest::newRow("a file: saved, then finished")
        << true << QStringList {QStringLiteral("saving"), QStringLiteral("finished")};
    QTest::newRow("standard output: nothing to save")
        << false << QStringList {QStringLiteral("finished")};
}

void TestExportSaving::savingIsToldOnceBeforeTheEnd()
{
    QFETCH(bool, toFile);
    QFETCH(QStringList, events);
    TestHttpServer server(threePages);
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListJobsQuery query;
    query.limit = 10;
    JobExport exporter(&client, query, {});
    QStringList told;
    connect(&exporter, &JobExport::saving, this, [&told] { told << QStringLiteral("saving"); });
    QSignalSpy finished(&exporter, &JobExport::finished);
    connect(&exporter, &JobExport::finished, this, [&told] { told << QStringLiteral("finished"); });
    QBuffer standardOutput;
    QVERIFY(standardOutput.open(QIODevice::WriteOnly));
    const QString path = m_directory.filePath(QStringLiteral("jobs.csv"));
    if (toFile)
        exporter.startToFile(path);
    else
        exporter.startToDevice(&standardOutput);
    QVERIFY(finished.wait(30'000));
    const ExportResult result = finished.first().first().value<ExportResult>();
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(told, events);
    QCOMPARE((toFile ? fileContent(path) : standardOutput.data()).count("\r\nbjb-"), 25);
}

void TestExportSaving::cancelWhileSavingIsIgnored()
{
    TestHttpServer server(threePages);
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListJobsQuery query;
    query.limit = 10;
    JobExport exporter(&client, query, {});
    // As the window's Cancel would, the moment the save begins.
    connect(&exporter, &JobExport::saving, &exporter, &JobExport::cancel);
    QSignalSpy finished(&exporter, &JobExport::finished);
    const QString path = m_directory.filePath(QStringLiteral("jobs.csv"));
    exporter.startToFile(path);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.size(), 1);
    const ExportResult result = finished.first().first().value<ExportResult>();
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, 25);
    const QByteArray csv = fileContent(path);
    QCOMPARE(csv.count("\r\nbjb-"), 25);
    QVERIFY(csv.contains("\r\nbjb-24,"));
    QCOMPARE(filesIn(m_directory), QStringList {QStringLiteral("jobs.csv")});
}

void TestExportSaving::aFailedSaveKeepsThePreviousFile()
{
    const QString path = m_directory.filePath(QStringLiteral("jobs.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("previous\r\n");
    }
    TestHttpServer server(threePages);
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListJobsQuery query;
    query.limit = 10;
    JobExport exporter(&client, query, {});
    // Every row is written to the new file by then; only putting it in place can fail.
    std::optional<FolderRefusingEntries> folder;
    connect(&exporter, &JobExport::saving, this, [&] { folder.emplace(m_directory.path()); });
    QSignalSpy finished(&exporter, &JobExport::finished);
    exporter.startToFile(path);
    QVERIFY(finished.wait(30'000));
    QVERIFY(folder);
    if (!folder->isActive())
        QSKIP("This file system cannot make a folder refuse new files.");
    QCOMPARE(finished.size(), 1);
    const ExportResult result = finished.first().first().value<ExportResult>();
    QCOMPARE(result.failure, ExportResult::Failure::Write);
    QVERIFY2(result.message.startsWith(
                 QStringLiteral("Could not save \"%1\": ").arg(QDir::toNativeSeparators(path))),
             qPrintable(result.message));
    QCOMPARE(fileContent(path), QByteArray("previous\r\n"));
    folder.reset();
    QCOMPARE(filesIn(m_directory), QStringList {QStringLiteral("jobs.csv")});
}

void TestExportSaving::anExportDestroyedWhileSavingStillCompletesTheFile_data()
{
    QTest::addColumn<bool>("previousFile");
    QTest::newRow("over a previous file") << true;
    QTest::newRow("a new file") << false;
}

void TestExportSaving::anExportDestroyedWhileSavingStillCompletesTheFile()
{
    // As when the window closes: the export is deleted once saving begins, before the save runs.
    QFETCH(bool, previousFile);
    const QString path = m_directory.filePath(QStringLiteral("jobs.csv"));
    const QByteArray previous = previousFile ? QByteArray("previous\r\n") : QByteArray("<missing>");
    if (previousFile) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(previous);
    }
    TestHttpServer server(threePages);
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListJobsQuery query;
    query.limit = 10;
    QPointer<JobExport> exporter = new JobExport(&client, query, {});
    QSignalSpy finished(exporter.data(), &JobExport::finished);
    // Every thread of the pool held, so that the save waits until the export is gone.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    QSemaphore held;
    bool holding = false;
    const auto release = qScopeGuard([&] {
        if (holding)
            held.release(threads);
    });
    connect(exporter.data(), &JobExport::saving, this, [&] {
        for (int thread = 0; thread < threads; ++thread)
            pool->start([&held] { held.acquire(); });
        holding = true;
        exporter->deleteLater();
    });
    exporter->startToFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(exporter.isNull(), 30'000);
    QCOMPARE(fileContent(path), previous); // not saved yet
    held.release(threads);
    holding = false;
    QVERIFY(pool->waitForDone(30'000));
    QCoreApplication::sendPostedEvents(); // a late end would have nobody to reach
    QCOMPARE(finished.size(), 0);
    const QByteArray csv = fileContent(path);
    QCOMPARE(csv.count("\r\nbjb-"), 25);
    QVERIFY(csv.contains("\r\nbjb-24,"));
    QCOMPARE(filesIn(m_directory), QStringList {QStringLiteral("jobs.csv")});
}

QTEST_GUILESS_MAIN(TestExportSaving)
#include "tst_exportsaving.moc"
