#include "core/export/csvwriter.h"
#include "core/jobs/job.h"
#include "testhttpserver.h"

#include <QBuffer>
#include <QTest>

using namespace BatchDeck;

namespace {

Job sampleJob()
{
    Job job;
    Job::fromJson(Testing::sampleJobJson(QStringLiteral("bjb-1")), &job);
    return job;
}

// A device that refuses to write, like a full disk.
class FullDevice : public QIODevice
{
public:
    FullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(QStringLiteral("No space left on device"));
        return -1;
    }
};

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesCells_data();
    void encodesCells();
    void formulaGuard_data();
    void formulaGuard();
    void headerIsTheApiFieldNames();
    void writesAJobRow();
    void nullsAreEmptyCells();
    void byteOrderMark_data();
    void byteOrderMark();
    void reportsWriteFailure();
};

void TestCsvWriter::encodesCells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("plain") << "parse"
                           << "parse";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma is quoted") << "a,b"
                                     << "\"a,b\"";
    QTest::newRow("quotes are doubled") << "say \"hi\""
                                        << "\"say \"\"hi\"\"\"";
    QTest::newRow("LF kept inside quotes") << "line 1\nline 2"
                                           << "\"line 1\nline 2\"";
    QTest::newRow("CRLF kept inside quotes") << "line 1\r\nline 2"
                                             << "\"line 1\r\nline 2\"";
    QTest::newRow("unicode untouched") << "Größe 日本語 ✓"
                                       << "Größe 日本語 ✓";
    QTest::newRow("leading space kept") << "  x"
                                        << "  x";
    QTest::newRow("semicolon not quoted") << "a;b"
                                          << "a;b";
}

void TestCsvWriter::encodesCells()
{
    QFETCH(QString, text);
    QFETCH(QString, encoded);
    QCOMPARE(CsvWriter::encodeCell({text, false}, true), encoded);
}

void TestCsvWriter::formulaGuard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("numeric");
    QTest::addColumn<QString>("guarded");
    QTest::newRow("equals") << "=1+1" << false << "'=1+1";
    QTest::newRow("plus") << "+1" << false << "'+1";
    QTest::newRow("minus") << "-1 pages" << false << "'-1 pages";
    QTest::newRow("at") << "@SUM(A1)" << false << "'@SUM(A1)";
    QTest::newRow("tab") << "\tx" << false << "'\tx";
    QTest::newRow("carriage return") << "\rx" << false << "\"'\rx\"";
    QTest::newRow("line feed") << "\nx" << false << "\"'\nx\"";
    QTest::newRow("formula with comma is guarded and quoted")
        << "=HYPERLINK(\"a\",\"b\")" << false << "\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\"";
    QTest::newRow("equals inside is harmless") << "a=b" << false << "a=b";
    QTest::newRow("negative number untouched") << "-5" << true << "-5";
    QTest::newRow("plain number untouched") << "12" << true << "12";
}

void TestCsvWriter::formulaGuard()
{
    QFETCH(QString, text);
    QFETCH(bool, numeric);
    QFETCH(QString, guarded);
    QCOMPARE(CsvWriter::encodeCell({text, numeric}, true), guarded);
    const QString unguarded = CsvWriter::encodeCell({text, numeric}, false);
    QVERIFY(!unguarded.startsWith(u'\'') && !unguarded.startsWith(QStringLiteral("\"'")));
}

void TestCsvWriter::headerIsTheApiFieldNames()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JobCsvWriter writer(&buffer, {});
    QVERIFY(writer.writeHeader());
    QCOMPARE(buffer.data(),
             QByteArray("id,job_type,status,project_id,directory_id,total_items,"
                        "processed_items,failed_items,skipped_items,created_at,"
                        "started_at,completed_at,updated_at,effective_at,"
                        "error_message,job_record_id,workflow_id\r\n"));
}

void TestCsvWriter::writesAJobRow()
{
    Job job = sampleJob();
    job.errorMessage = QStringLiteral("=cmd|' /C calc'!A0, then\n\"more\"");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JobCsvWriter writer(&buffer, {});
    QVERIFY(writer.writeJob(job));
    QCOMPARE(buffer.data(),
             QByteArray("bjb-1,parse,completed,proj-1,dir-1,10,7,2,1,"
                        "2026-01-01T01:00:00.000Z,2026-01-01T01:00:05.250Z,"
                        "2026-01-01T01:37:16.557Z,2026-01-01T01:37:16.557Z,"
                        "2026-01-01T01:37:16.557Z,"
                        "\"'=cmd|' /C calc'!A0, then\n\"\"more\"\"\",jr-1,wf-1\r\n"));
}

void TestCsvWriter::nullsAreEmptyCells()
{
    Job job;
    job.id = QStringLiteral("j");
    job.projectId = QStringLiteral("p");
    job.jobType = QStringLiteral("extract");
    job.status = QStringLiteral("pending");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JobCsvWriter writer(&buffer, {});
    QVERIFY(writer.writeJob(job));
    QCOMPARE(buffer.data(), QByteArray("j,extract,pending,p,,0,0,0,0,,,,,,,,\r\n"));
}

void TestCsvWriter::byteOrderMark_data()
{
    QTest::addColumn<bool>("bom");
    QTest::newRow("with byte-order mark") << true;
    QTest::newRow("without byte-order mark") << false;
}

void TestCsvWriter::byteOrderMark()
{
    QFETCH(bool, bom);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvOptions options;
    options.byteOrderMark = bom;
    JobCsvWriter writer(&buffer, options);
    QVERIFY(writer.writeHeader());
    QVERIFY(writer.writeJob(sampleJob()));
    QCOMPARE(buffer.data().startsWith("\xEF\xBB\xBFid,"), bom);
    QCOMPARE(buffer.data().count("\xEF\xBB\xBF"), bom ? 1 : 0); // once, not per row
}

void TestCsvWriter::reportsWriteFailure()
{
    FullDevice device;
    JobCsvWriter writer(&device, {});
    QVERIFY(!writer.writeHeader());
    QVERIFY(writer.errorString().contains(u"No space left on device"));
    QVERIFY(!writer.writeJob(sampleJob())); // stays failed
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
