// Where an export writes: regular files atomically (a failure leaves the previous file), FIFOs
// and devices directly (never replaced by a file), symlinks as open(2) follows them, and the
// messages when writing fails. Devices are the test's own nodes when run as root (TestDevices).
#include "clitesting.h"
#include "core/export/bufferedoutput.h"
#include "core/export/jobexport.h"
#include "filesizelimit.h"
#include "testdevices.h"
#include "testfiles.h"
#include "testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

QList<Job> sampleJobs(int count)
{
    QList<Job> jobs;
    for (int i = 0; i < count; ++i) {
        Job job;
        const QString problem = Job::fromJson(sampleJobJson(QStringLiteral("bjb-%1").arg(i)), &job);
        Q_ASSERT(problem.isEmpty());
        jobs.append(job);
    }
    return jobs;
}

// The read end of a FIFO, opened without waiting for a writer, so that a writer in this
// process does not block on open. What is written must fit the pipe's buffer (64 KiB).
class FifoReader
{
public:
    explicit FifoReader(const QString &path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK))
    { }
    ~FifoReader()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isOpen() const { return m_fd >= 0; }
    QByteArray readAll()
    {
        QByteArray data;
        char buffer[4096];
        ssize_t got = 0;
        while ((got = ::read(m_fd, buffer, sizeof buffer)) > 0)
            data.append(buffer, got);
        return data;
    }

private:
    int m_fd = -1;
};

enum class Destination { Fifo, DevNull, DevFull };

// How an export over a previous file stops before its end.
enum class Stop { Cancelled, ServerFails, FileTooLarge };

// Where each row starts in an export's output.
QByteArray rowStart(OutputFormat format)
{
    return format == OutputFormat::Csv ? QByteArray("\r\nbjb-") : QByteArray("{\"id\":\"bjb-");
}

} // namespace

Q_DECLARE_METATYPE(Destination)
Q_DECLARE_METATYPE(Stop)
Q_DECLARE_METATYPE(BatchDeck::OutputFormat)

class TestExportOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writeJobsWritesEveryRow_data();
    void writeJobsWritesEveryRow();
    void writeJobsFailingPartWayKeepsThePreviousFile_data();
    void writeJobsFailingPartWayKeepsThePreviousFile();
    void writeJobsToANonRegularFile_data();
    void writeJobsToANonRegularFile();
    void exportToANonRegularFile_data();
    void exportToANonRegularFile();
    void symlinkToAFileKeepsTheLink_data();
    void symlinkToAFileKeepsTheLink();
    void symlinkFailingPartWayKeepsTheTarget_data();
    void symlinkFailingPartWayKeepsTheTarget();
    void protectedSymlinkIsRefused();
    void pagedExportWritesFollowTheBytes_data();
    void pagedExportWritesFollowTheBytes();
    void stoppedExportKeepsThePreviousFile_data();
    void stoppedExportKeepsThePreviousFile();

private:
    QString fifoPath() const { return m_directory.filePath(QStringLiteral("jobs.fifo")); }
    // link.csv leading to target.csv, which holds "previous" when `targetExists`; empty when
    // they could not be made.
    QString linkToTarget(bool targetExists) const
    {
        if (targetExists) {
            QFile file(m_directory.filePath(QStringLiteral("target.csv")));
            if (!file.open(QIODevice::WriteOnly) || file.write("previous\r\n") != 10)
                return {};
        }
        const QString link = m_directory.filePath(QStringLiteral("link.csv"));
        return QFile::link(QStringLiteral("target.csv"), link) ? link : QString();
    }
    // The device a row writes to: this test's own node when running as root (see TestDevices).
    QString devicePath(Destination destination) const
    {
        return destination == Destination::DevNull ? m_devices.null() : m_devices.full();
    }

    QNetworkAccessManager m_network;
    QTemporaryDir m_directory;
    TestDevices m_devices;
};

void TestExportOutput::init()
{
    removeFilesIn(m_directory);
}

void TestExportOutput::writeJobsWritesEveryRow_data()
{
    QTest::addColumn<int>("jobCount");
    QTest::addColumn<bool>("previousFile");
    QTest::newRow("the current page, 50 jobs") << 50 << false;
    QTest::newRow("3 selected rows over a previous file") << 3 << true;
    QTest::newRow("no rows: the header alone") << 0 << false;
}

void TestExportOutput::writeJobsWritesEveryRow()
{
    QFETCH(int, jobCount);
    QFETCH(bool, previousFile);
    const QString path = m_directory.filePath(QStringLiteral("page.csv"));
    if (previousFile) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("previous\r\n");
    }
    const ExportResult result = JobExport::writeJobs(sampleJobs(jobCount), path, {});
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, jobCount);
    const QByteArray csv = fileContent(path);
    QVERIFY(csv.startsWith("id,job_type,"));
    QCOMPARE(csv.count("\r\nbjb-"), jobCount);
    QCOMPARE(filesIn(m_directory), QStringList {QStringLiteral("page.csv")});
}

void TestExportOutput::writeJobsFailingPartWayKeepsThePreviousFile_data()
{
    QTest::addColumn<bool>("previousFile");
    QTest::newRow("a previous file stays as it was") << true;
    QTest::newRow("no file is created") << false;
}

void TestExportOutput::writeJobsFailingPartWayKeepsThePreviousFile()
{
    QFETCH(bool, previousFile);
    const QString path = m_directory.filePath(QStringLiteral("page.csv"));
    if (previousFile) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("previous\r\n");
    }
    const QList<Job> jobs = sampleJobs(1000); // about 300 KB of CSV
    ExportResult result;
    {
        // Writes fail once a file passes 64 KiB: part of the CSV is written, then no more.
        FileSizeLimit limit(64 * 1024);
        QVERIFY(limit.isActive());
        result = JobExport::writeJobs(jobs, path, {});
    }
    QCOMPARE(result.failure, ExportResult::Failure::Write);
    QVERIFY2(result.message.contains(u"File too large"), qPrintable(result.message));
    QVERIFY(result.message.contains(QDir::toNativeSeparators(path)));
    QCOMPARE(result.rowsWritten, 0);
    if (previousFile) {
        QCOMPARE(fileContent(path), QByteArray("previous\r\n"));
        QCOMPARE(filesIn(m_directory), QStringList {QStringLiteral("page.csv")});
    } else {
        QCOMPARE(filesIn(m_directory), QStringList {}); // no partial file, no temporary left
    }
}

void TestExportOutput::writeJobsToANonRegularFile_data()
{
    QTest::addColumn<Destination>("destination");
    QTest::newRow("FIFO") << Destination::Fifo;
    QTest::newRow("/dev/null") << Destination::DevNull;
    QTest::newRow("/dev/full") << Destination::DevFull;
}

void TestExportOutput::writeJobsToANonRegularFile()
{
    QFETCH(Destination, destination);
    if (destination != Destination::Fifo && !m_devices.problem().isEmpty())
        QSKIP(qPrintable(m_devices.problem()));
    const QList<Job> jobs = sampleJobs(20);
    switch (destination) {
    case Destination::Fifo: {
        QCOMPARE(::mkfifo(QFile::encodeName(fifoPath()).constData(), 0600), 0);
        FifoReader reader(fifoPath());
        QVERIFY(reader.isOpen());
        const ExportResult result = JobExport::writeJobs(jobs, fifoPath(), {});
        QVERIFY2(result.isOk(), qPrintable(result.message));
        const QByteArray csv = reader.readAll();
        QVERIFY(csv.startsWith("id,job_type,"));
        QCOMPARE(csv.count("\r\nbjb-"), 20);
        QVERIFY(isFifo(fifoPath())); // still the FIFO, not a file put in its place
        QCOMPARE(filesIn(m_directory), QStringList {QStringLiteral("jobs.fifo")});
        break;
    }
    case Destination::DevNull: {
        const ExportResult result = JobExport::writeJobs(jobs, devicePath(destination), {});
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(result.rowsWritten, 20);
        QVERIFY(isCharacterDevice(devicePath(destination)));
        break;
    }
    case Destination::DevFull: {
        const ExportResult result = JobExport::writeJobs(jobs, devicePath(destination), {});
        QCOMPARE(result.failure, ExportResult::Failure::Write);
        QVERIFY2(result.message.contains(u"No space left on device"), qPrintable(result.message));
        QVERIFY(!result.message.contains(u"Unknown error"));
        QVERIFY(isCharacterDevice(devicePath(destination)));
        break;
    }
    }
}

void TestExportOutput::exportToANonRegularFile_data()
{
    writeJobsToANonRegularFile_data();
}

void TestExportOutput::exportToANonRegularFile()
{
    QFETCH(Destination, destination);
    if (destination != Destination::Fifo && !m_devices.problem().isEmpty())
        QSKIP(qPrintable(m_devices.problem()));
    TestHttpServer server([](const TestRequest &request) {
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        return TestResponse::json(200, jobListJson(offset, std::min(10, 25 - offset), 25));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListJobsQuery query;
    query.limit = 10;
    JobExport exporter(&client, query, {});
    QSignalSpy finished(&exporter, &JobExport::finished);
    std::unique_ptr<FifoReader> reader;
    QString path;
    switch (destination) {
    case Destination::Fifo:
        QCOMPARE(::mkfifo(QFile::encodeName(fifoPath()).constData(), 0600), 0);
        reader = std::make_unique<FifoReader>(fifoPath());
        QVERIFY(reader->isOpen());
        path = fifoPath();
        break;
    case Destination::DevNull:
    case Destination::DevFull:
        path = devicePath(destination);
        break;
    }
    exporter.startToFile(path);
    QVERIFY(finished.wait(30'000));
    const ExportResult result = finished.first().first().value<ExportResult>();
    switch (destination) {
    case Destination::Fifo: {
        QVERIFY2(result.isOk(), qPrintable(result.message));
        const QByteArray csv = reader->readAll();
        QCOMPARE(csv.count("\r\nbjb-"), 25);
        QVERIFY(isFifo(fifoPath()));
        QCOMPARE(filesIn(m_directory), QStringList {QStringLiteral("jobs.fifo")});
        break;
    }
    case Destination::DevNull:
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(result.rowsWritten, 25);
        QVERIFY(isCharacterDevice(path));
        break;
    case Destination::DevFull:
        QCOMPARE(result.failure, ExportResult::Failure::Write);
        QVERIFY2(result.message.contains(u"No space left on device"), qPrintable(result.message));
        QVERIFY(isCharacterDevice(path));
        break;
    }
}

void TestExportOutput::symlinkToAFileKeepsTheLink_data()
{
    QTest::addColumn<bool>("targetExists");
    QTest::newRow("link to a file") << true;
    QTest::newRow("dangling link: its target is created") << false;
}

void TestExportOutput::symlinkToAFileKeepsTheLink()
{
    // As `> link` would: the file the link leads to gets the export, the link stays a link.
    QFETCH(bool, targetExists);
    const QString target = m_directory.filePath(QStringLiteral("target.csv"));
    const QString link = linkToTarget(targetExists);
    QVERIFY(!link.isEmpty());

    const ExportResult result = JobExport::writeJobs(sampleJobs(3), link, {});

    QVERIFY2(result.isOk(), qPrintable(result.message));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    const QByteArray csv = fileContent(target);
    QVERIFY(csv.startsWith("id,job_type,"));
    QCOMPARE(csv.count("\r\nbjb-"), 3);
    QCOMPARE(filesIn(m_directory),
             (QStringList {QStringLiteral("link.csv"), QStringLiteral("target.csv")}));
}

void TestExportOutput::symlinkFailingPartWayKeepsTheTarget_data()
{
    QTest::addColumn<bool>("targetExists");
    QTest::newRow("the target keeps its content") << true;
    QTest::newRow("a dangling link's target is not left behind") << false;
}

void TestExportOutput::symlinkFailingPartWayKeepsTheTarget()
{
    // Written atomically as any file is: a failure leaves the target as it was.
    QFETCH(bool, targetExists);
    const QString target = m_directory.filePath(QStringLiteral("target.csv"));
    const QString link = linkToTarget(targetExists);
    QVERIFY(!link.isEmpty());
    ExportResult result;
    {
        FileSizeLimit limit(64 * 1024);
        QVERIFY(limit.isActive());
        result = JobExport::writeJobs(sampleJobs(1000), link, {});
    }
    QCOMPARE(result.failure, ExportResult::Failure::Write);
    QVERIFY2(result.message.contains(u"File too large"), qPrintable(result.message));
    QVERIFY(QFileInfo(link).isSymLink());
    if (targetExists) {
        QCOMPARE(fileContent(target), QByteArray("previous\r\n"));
        QCOMPARE(filesIn(m_directory),
                 (QStringList {QStringLiteral("link.csv"), QStringLiteral("target.csv")}));
    } else {
        QCOMPARE(filesIn(m_directory), QStringList {QStringLiteral("link.csv")});
    }
}

void TestExportOutput::protectedSymlinkIsRefused()
{
    // Root, in a sticky world-writable folder (/tmp), following a link another user planted:
    // the kernel refuses open(2) when fs.protected_symlinks is 1, and so must the export, though
    // a rename over the link's target would succeed.
    if (::geteuid() != 0)
        QSKIP("needs root: only root can plant a link owned by another user");
    QFile setting(QStringLiteral("/proc/sys/fs/protected_symlinks"));
    if (!setting.open(QIODevice::ReadOnly) || setting.readAll().trimmed() != "1")
        QSKIP("fs.protected_symlinks is not 1 on this machine: the kernel's rule is off");
    QTemporaryDir shared;
    QVERIFY(shared.isValid());
    const QByteArray sharedName = QFile::encodeName(shared.path());
    QCOMPARE(::chmod(sharedName.constData(), 01777), 0);
    const QString victim = m_directory.filePath(QStringLiteral("victim.csv"));
    {
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious\r\n");
    }
    const QString link = shared.filePath(QStringLiteral("planted.csv"));
    QVERIFY(QFile::link(victim, link));
    constexpr uid_t Nobody = 65534;
    QCOMPARE(::lchown(QFile::encodeName(link).constData(), Nobody, Nobody), 0);

    const ExportResult result = JobExport::writeJobs(sampleJobs(3), link, {});

    QCOMPARE(result.failure, ExportResult::Failure::Write);
    QVERIFY2(result.message.contains(u"Permission denied"), qPrintable(result.message));
    QCOMPARE(fileContent(victim), QByteArray("precious\r\n"));
    QVERIFY(QFileInfo(link).isSymLink());
}

void TestExportOutput::pagedExportWritesFollowTheBytes_data()
{
    QTest::addColumn<OutputFormat>("format");
    QTest::newRow("CSV, 2,500 jobs in pages of 1,000") << OutputFormat::Csv;
    QTest::newRow("JSON Lines, 2,500 jobs in pages of 1,000") << OutputFormat::JsonLines;
}

void TestExportOutput::pagedExportWritesFollowTheBytes()
{
    // Written a row at a time, this is 2,500 writes; gathered, a write per 64 KiB and the rest of
    // each page, which is written before the export tells of the page.
    QFETCH(OutputFormat, format);
    static constexpr int Jobs = 2500;
    TestHttpServer server([](const TestRequest &request) {
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        return TestResponse::json(200, jobListJson(offset, std::min(1000, Jobs - offset), Jobs));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListJobsQuery query;
    query.limit = 1000;
    ExportOptions options;
    options.format = format;
    JobExport exporter(&client, query, options);
    RecordingDevice device;
    QList<qint64> rowsOnTheDevice;
    QList<qint64> rowsTold;
    connect(&exporter, &JobExport::progress, this, [&](qint64 rowsWritten) {
        rowsTold.append(rowsWritten);
        rowsOnTheDevice.append(device.data().count(rowStart(format)));
    });
    QSignalSpy finished(&exporter, &JobExport::finished);
    exporter.startToDevice(&device);
    QVERIFY(finished.wait(60'000));
    const ExportResult result = finished.first().first().value<ExportResult>();
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, Jobs);
    QCOMPARE(device.data().count(rowStart(format)), Jobs);
    QCOMPARE(rowsOnTheDevice, rowsTold);
    QCOMPARE(rowsTold.size(), result.pages);
    const qint64 bytes = device.data().size();
    QVERIFY2(device.writeCalls() <= bytes / BufferedOutput::ExportCapacity + result.pages + 1,
             qPrintable(QStringLiteral("%1 writes for %2 bytes in %3 pages")
                            .arg(device.writeCalls())
                            .arg(bytes)
                            .arg(result.pages)));
}

void TestExportOutput::stoppedExportKeepsThePreviousFile_data()
{
    QTest::addColumn<Stop>("stop");
    QTest::addColumn<bool>("previousFile");
    QTest::newRow("cancelled after the first page: the previous file stays")
        << Stop::Cancelled << true;
    QTest::newRow("cancelled after the first page: no file") << Stop::Cancelled << false;
    QTest::newRow("the server fails on the second page: the previous file stays")
        << Stop::ServerFails << true;
    QTest::newRow("the server fails on the second page: no file") << Stop::ServerFails << false;
    QTest::newRow("the file grows too large on the second page: the previous file stays")
        << Stop::FileTooLarge << true;
    QTest::newRow("the file grows too large on the second page: no file")
        << Stop::FileTooLarge << false;
}

void TestExportOutput::stoppedExportKeepsThePreviousFile()
{
    // Pages of 500 jobs, over 64 KiB each: part of the export is written before it stops.
    QFETCH(Stop, stop);
    QFETCH(bool, previousFile);
    const QString path = m_directory.filePath(QStringLiteral("jobs.csv"));
    const ExportResult onePage = JobExport::writeJobs(sampleJobs(500), path, {});
    QVERIFY2(onePage.isOk(), qPrintable(onePage.message));
    const qint64 pageBytes = QFileInfo(path).size();
    QVERIFY(pageBytes > BufferedOutput::ExportCapacity);
    QVERIFY(QFile::remove(path));
    if (previousFile) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("previous\r\n");
    }
    TestHttpServer server([stop](const TestRequest &request) {
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        if (offset > 0 && stop == Stop::Cancelled)
            return TestResponse::hang();
        if (offset > 0 && stop == Stop::ServerFails)
            return TestResponse::json(503, QByteArray(R"({"detail":"maintenance"})"));
        return TestResponse::json(200, jobListJson(offset, std::min(500, 1500 - offset), 1500));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    ListJobsQuery query;
    query.limit = 500;
    JobExport exporter(&client, query, {});
    QSignalSpy progress(&exporter, &JobExport::progress);
    QSignalSpy finished(&exporter, &JobExport::finished);
    {
        // The first page fits, the second does not.
        FileSizeLimit limit(stop == Stop::FileTooLarge ? pageBytes * 3 / 2 : RLIM_INFINITY);
        QVERIFY(limit.isActive());
        exporter.startToFile(path);
        if (stop == Stop::Cancelled) {
            QVERIFY(progress.wait(30'000));
            exporter.cancel();
        }
        QVERIFY(finished.size() == 1 || finished.wait(30'000));
    }
    const ExportResult result = finished.first().first().value<ExportResult>();
    QCOMPARE(progress.size(), 1);
    switch (stop) {
    case Stop::Cancelled:
        QCOMPARE(result.failure, ExportResult::Failure::Cancelled);
        break;
    case Stop::ServerFails:
        QCOMPARE(result.failure, ExportResult::Failure::Api);
        QVERIFY2(result.message.contains(u"maintenance"), qPrintable(result.message));
        break;
    case Stop::FileTooLarge:
        QCOMPARE(result.failure, ExportResult::Failure::Write);
        QVERIFY2(result.message.contains(u"File too large"), qPrintable(result.message));
        break;
    }
    if (previousFile) {
        QCOMPARE(fileContent(path), QByteArray("previous\r\n"));
        QCOMPARE(filesIn(m_directory), QStringList {QStringLiteral("jobs.csv")});
    } else {
        QCOMPARE(filesIn(m_directory), QStringList {}); // no partial file, no temporary left
    }
}

QTEST_GUILESS_MAIN(TestExportOutput)
#include "tst_exportoutput.moc"
