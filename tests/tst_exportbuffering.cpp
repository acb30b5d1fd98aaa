// Rows reach the output in large writes (BufferedOutput) with every guarantee of writing them
// one by one: the same bytes, all of them through short writes, a failure told with the device's
// reason as a failed row told it, and each page shown to a reader as it comes.
#include "clitesting.h"
#include "core/export/bufferedoutput.h"
#include "core/export/exportfile.h"
#include "core/export/rowwriter.h"
#include "testdevices.h"
#include "testhttpserver.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QStringList Fields = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note"),
                            QStringLiteral("missing"), QStringLiteral("config")};

// Rows of varied length with what CSV quotes and JSON escapes: commas, quotes, line breaks,
// non-ASCII text, a formula, an absent value and a nested object.
QList<Row> sampleRows(int count)
{
    QList<Row> rows;
    rows.reserve(count);
    for (int index = 0; index < count; ++index) {
        rows.append({FieldValue::fromNumber(index),
                     FieldValue::fromText(
                         QStringLiteral("Report, \"draft\" %1\nsecond line é ✓ 🙂 ").arg(index)
                         + QString(index % 97, u'x')),
                     FieldValue::fromText(QStringLiteral("=SUM(A1:A%1)").arg(index)),
                     FieldValue {},
                     {FieldValue::Kind::Json, QStringLiteral("{\"pages\":[1,2],\"ok\":true}")}});
    }
    return rows;
}

CsvOptions csvOptions(bool byteOrderMark)
{
    CsvOptions options;
    options.byteOrderMark = byteOrderMark;
    return options;
}

// The header, then every row, then flush(); false at the first call that fails.
bool writeAll(RowWriter &writer, const QList<Row> &rows)
{
    if (!writer.writeHeader(Fields))
        return false;
    for (const Row &row : rows) {
        if (!writer.writeRow(row))
            return false;
    }
    return writer.flush();
}

// What a writer without a buffer writes, a row at a time: the bytes to compare with.
QByteArray rowByRow(OutputFormat format, bool byteOrderMark, const QList<Row> &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const std::unique_ptr<RowWriter> writer =
        makeRowWriter(&buffer, format, csvOptions(byteOrderMark));
    return writeAll(*writer, rows) ? buffer.data() : QByteArray("<failed>");
}

// How a file is opened for BufferedOutput::flush() to push through.
enum class FileKind { Unbuffered, Buffered, CStream };

} // namespace

Q_DECLARE_METATYPE(BatchDeck::OutputFormat)
Q_DECLARE_METATYPE(FileKind)

class TestExportBuffering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesFollowTheBytesNotTheRows_data();
    void writesFollowTheBytesNotTheRows();
    void bytesAreTheSameAsRowByRow_data();
    void bytesAreTheSameAsRowByRow();
    void shortWritesDeliverEveryByte_data();
    void shortWritesDeliverEveryByte();
    void failureTellsTheDeviceReason_data();
    void failureTellsTheDeviceReason();
    void fullDeviceSaysNoSpace_data();
    void fullDeviceSaysNoSpace();
    void flushReachesTheFile_data();
    void flushReachesTheFile();
    void pipeReaderSeesEachPage_data();
    void pipeReaderSeesEachPage();
    void failedExportKeepsWhatStandardOutputGot_data();
    void failedExportKeepsWhatStandardOutputGot();

private:
    static void addFormatRows();
    static QStringList exportFrom(const TestHttpServer &server, const QStringList &extra)
    {
        return exportArguments(server.baseUrl(), extra);
    }

    CliRunner m_cli;
};

void TestExportBuffering::addFormatRows()
{
    QTest::addColumn<OutputFormat>("format");
    QTest::newRow("CSV") << OutputFormat::Csv;
    QTest::newRow("JSON Lines") << OutputFormat::JsonLines;
}

void TestExportBuffering::writesFollowTheBytesNotTheRows_data()
{
    QTest::addColumn<OutputFormat>("format");
    QTest::addColumn<bool>("byteOrderMark");
    QTest::addColumn<int>("rowCount");
    QTest::newRow("CSV, 5,000 rows") << OutputFormat::Csv << false << 5000;
    QTest::newRow("CSV with a byte-order mark, 2,000 rows") << OutputFormat::Csv << true << 2000;
    QTest::newRow("JSON Lines, 5,000 rows") << OutputFormat::JsonLines << false << 5000;
    QTest::newRow("JSON Lines, 1 row: one write") << OutputFormat::JsonLines << false << 1;
    QTest::newRow("CSV, no rows: the header in one write") << OutputFormat::Csv << false << 0;
}

void TestExportBuffering::writesFollowTheBytesNotTheRows()
{
    QFETCH(OutputFormat, format);
    QFETCH(bool, byteOrderMark);
    QFETCH(int, rowCount);
    const QList<Row> rows = sampleRows(rowCount);

    RecordingDevice rowByRowDevice;
    const std::unique_ptr<RowWriter> unbuffered =
        makeRowWriter(&rowByRowDevice, format, csvOptions(byteOrderMark));
    QVERIFY(writeAll(*unbuffered, rows));
    // Row by row: a write per row, and for CSV the header's and the byte-order mark's.
    const int lineWrites = format == OutputFormat::Csv ? 1 + int(byteOrderMark) : 0;
    QCOMPARE(rowByRowDevice.writeCalls(), rowCount + lineWrites);

    RecordingDevice device;
    const std::unique_ptr<RowWriter> writer =
        makeRowWriter(&device, format, csvOptions(byteOrderMark), BufferedOutput::ExportCapacity);
    QVERIFY(writeAll(*writer, rows));
    const qint64 bytes = device.data().size();
    QVERIFY2(
        device.writeCalls() <= bytes / BufferedOutput::ExportCapacity + 1,
        qPrintable(QStringLiteral("%1 writes for %2 bytes").arg(device.writeCalls()).arg(bytes)));
}

void TestExportBuffering::bytesAreTheSameAsRowByRow_data()
{
    writesFollowTheBytesNotTheRows_data();
}

void TestExportBuffering::bytesAreTheSameAsRowByRow()
{
    QFETCH(OutputFormat, format);
    QFETCH(bool, byteOrderMark);
    QFETCH(int, rowCount);
    const QList<Row> rows = sampleRows(rowCount);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const std::unique_ptr<RowWriter> writer =
        makeRowWriter(&buffer, format, csvOptions(byteOrderMark), BufferedOutput::ExportCapacity);
    QVERIFY(writeAll(*writer, rows));
    QCOMPARE(buffer.data(), rowByRow(format, byteOrderMark, rows));
}

void TestExportBuffering::shortWritesDeliverEveryByte_data()
{
    QTest::addColumn<OutputFormat>("format");
    QTest::addColumn<qint64>("maxPerWrite");
    QTest::addColumn<int>("rowCount");
    QTest::newRow("CSV, 1 byte a write") << OutputFormat::Csv << qint64(1) << 30;
    QTest::newRow("CSV, 1,000 bytes a write") << OutputFormat::Csv << qint64(1000) << 2000;
    QTest::newRow("JSON Lines, 1 byte a write") << OutputFormat::JsonLines << qint64(1) << 30;
    QTest::newRow("JSON Lines, 4,097 bytes a write")
        << OutputFormat::JsonLines << qint64(4097) << 2000;
}

void TestExportBuffering::shortWritesDeliverEveryByte()
{
    QFETCH(OutputFormat, format);
    QFETCH(qint64, maxPerWrite);
    QFETCH(int, rowCount);
    const QList<Row> rows = sampleRows(rowCount);
    RecordingDevice device(maxPerWrite);
    const std::unique_ptr<RowWriter> writer =
        makeRowWriter(&device, format, {}, BufferedOutput::ExportCapacity);
    QVERIFY2(writeAll(*writer, rows), qPrintable(writer->errorString()));
    QCOMPARE(device.data(), rowByRow(format, false, rows));
}

void TestExportBuffering::failureTellsTheDeviceReason_data()
{
    QTest::addColumn<OutputFormat>("format");
    QTest::addColumn<qint64>("capacity");
    QTest::newRow("CSV, a full device") << OutputFormat::Csv << qint64(0);
    QTest::newRow("CSV, full part-way through the second large write")
        << OutputFormat::Csv << qint64(100'000);
    QTest::newRow("JSON Lines, a full device") << OutputFormat::JsonLines << qint64(0);
    QTest::newRow("JSON Lines, full part-way through the third large write")
        << OutputFormat::JsonLines << qint64(150'000);
}

void TestExportBuffering::failureTellsTheDeviceReason()
{
    // As before the buffer: the same sentence, the bytes before the failure in order, and no
    // more writing once a write failed.
    QFETCH(OutputFormat, format);
    QFETCH(qint64, capacity);
    const QList<Row> rows = sampleRows(2000);

    RecordingDevice rowByRowDevice(0, capacity);
    const std::unique_ptr<RowWriter> unbuffered = makeRowWriter(&rowByRowDevice, format, {});
    QVERIFY(!writeAll(*unbuffered, rows));

    RecordingDevice device(0, capacity);
    const std::unique_ptr<RowWriter> writer =
        makeRowWriter(&device, format, {}, BufferedOutput::ExportCapacity);
    QVERIFY(!writeAll(*writer, rows));
    QVERIFY2(writer->errorString().contains(u"No space left on device"),
             qPrintable(writer->errorString()));
    QCOMPARE(writer->errorString(), unbuffered->errorString());
    QCOMPARE(device.data(), rowByRow(format, false, rows).left(capacity));
    const int writeCalls = device.writeCalls();
    QVERIFY(!writer->writeRow(rows.first()));
    QVERIFY(!writer->flush());
    QCOMPARE(device.writeCalls(), writeCalls);
}

void TestExportBuffering::fullDeviceSaysNoSpace_data()
{
    addFormatRows();
}

void TestExportBuffering::fullDeviceSaysNoSpace()
{
    // A few rows fit the buffer: the device's refusal comes with the flush, with its reason.
    QFETCH(OutputFormat, format);
    const TestDevices devices;
    if (!devices.problem().isEmpty())
        QSKIP(qPrintable(devices.problem()));
    const std::unique_ptr<QFileDevice> file = makeExportOutput(devices.full());
    QVERIFY(openExportOutput(file.get()));
    const std::unique_ptr<RowWriter> writer =
        makeRowWriter(file.get(), format, {}, BufferedOutput::ExportCapacity);
    QVERIFY(writer->writeHeader(Fields));
    for (const Row &row : sampleRows(10))
        QVERIFY(writer->writeRow(row));
    QVERIFY(!writer->flush());
    QVERIFY2(writer->errorString().contains(u"No space left on device"),
             qPrintable(writer->errorString()));
    QVERIFY(!writer->errorString().contains(u"Unknown error"));
    discardExportOutput(file.get());
}

void TestExportBuffering::flushReachesTheFile_data()
{
    QTest::addColumn<FileKind>("kind");
    QTest::newRow("an unbuffered QFile, as export files and standard output are")
        << FileKind::Unbuffered;
    QTest::newRow("a buffered QFile") << FileKind::Buffered;
    QTest::newRow("a QFile on a C stream") << FileKind::CStream;
}

void TestExportBuffering::flushReachesTheFile()
{
    QFETCH(FileKind, kind);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("rows.txt"));
    QFile file(path);
    FILE *stream = nullptr;
    switch (kind) {
    case FileKind::Unbuffered:
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        break;
    case FileKind::Buffered:
        QVERIFY(file.open(QIODevice::WriteOnly));
        break;
    case FileKind::CStream:
        stream = std::fopen(QFile::encodeName(path).constData(), "w");
        QVERIFY(stream);
        QVERIFY(file.open(stream, QIODevice::WriteOnly));
        break;
    }
    const auto onDisk = [&path] {
        QFile reader(path);
        return reader.open(QIODevice::ReadOnly) ? reader.readAll() : QByteArray("<missing>");
    };
    BufferedOutput output(&file, BufferedOutput::ExportCapacity);
    QVERIFY(output.write("first row\n"));
    QCOMPARE(onDisk(), QByteArray()); // gathered
    QVERIFY(output.flush());
    QCOMPARE(onDisk(), QByteArray("first row\n"));
    QVERIFY(output.write("second row\n"));
    QVERIFY(output.flush());
    QCOMPARE(onDisk(), QByteArray("first row\nsecond row\n"));
    file.close();
    if (stream)
        std::fclose(stream);
}

void TestExportBuffering::pipeReaderSeesEachPage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("rowStart");
    QTest::newRow("standard output, CSV") << QStringList {} << QByteArray("\r\nbjb-");
    QTest::newRow("standard output, JSON Lines")
        << QStringList {QStringLiteral("--format"), QStringLiteral("json")}
        << QByteArray("{\"id\":\"bjb-");
    QTest::newRow("--output /dev/stdout, a pipe opened by name")
        << QStringList {QStringLiteral("--output"), QStringLiteral("/dev/stdout")}
        << QByteArray("\r\nbjb-");
}

void TestExportBuffering::pipeReaderSeesEachPage()
{
    // A first page far smaller than the buffer, then a page that never comes: the reader has the
    // first page's rows while waiting, and keeps them when the export is interrupted.
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, rowStart);
    QVERIFY2(m_cli.isReady(), "BATCHDECK_CLI must name the built batchdeck-cli");
    TestHttpServer server([](const TestRequest &request) {
        if (request.query.queryItemValue(QStringLiteral("offset")) != u"0")
            return TestResponse::hang();
        return TestResponse::json(200, jobListJson(0, 10, std::nullopt));
    });
    QProcess *process = m_cli.start(exportFrom(server, arguments));
    QSignalSpy finished(process, &QProcess::finished);
    QString why;
    QVERIFY2(m_cli.waitWhileRunning([&] { return server.requests().size() == 2; }, &why),
             qPrintable(why)); // the second page hangs
    QByteArray output;
    QTRY_COMPARE_WITH_TIMEOUT((output += process->readAllStandardOutput()).count(rowStart), 10,
                              30'000);
    ::kill(pid_t(process->processId()), SIGINT);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(process->exitCode(), 130);
    output += process->readAllStandardOutput();
    QCOMPARE(output.count(rowStart), 10);
}

void TestExportBuffering::failedExportKeepsWhatStandardOutputGot_data()
{
    QTest::addColumn<int>("failingOffset");
    QTest::addColumn<int>("rowsKept");
    QTest::newRow("the first page fails: the header alone") << 0 << 0;
    QTest::newRow("the third page fails: the header and two pages") << 20 << 20;
}

void TestExportBuffering::failedExportKeepsWhatStandardOutputGot()
{
    // As when every row was written at once: what was written before the failure is there.
    QFETCH(int, failingOffset);
    QFETCH(int, rowsKept);
    QVERIFY2(m_cli.isReady(), "BATCHDECK_CLI must name the built batchdeck-cli");
    TestHttpServer server([failingOffset](const TestRequest &request) {
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        if (offset == failingOffset)
            return TestResponse::json(404, QByteArray(R"({"detail":"gone"})"));
        return TestResponse::json(200, jobListJson(offset, 10, std::nullopt));
    });
    const CliRun run = m_cli.run(exportFrom(server, {}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"gone"), qPrintable(run.err));
    QVERIFY2(run.out.startsWith("id,job_type,"), run.out.left(100).constData());
    QCOMPARE(run.out.count("\r\nbjb-"), rowsKept);
}

QTEST_GUILESS_MAIN(TestExportBuffering)
#include "tst_exportbuffering.moc"
