// errorShape(): the pattern the Failures view groups failed jobs, items and files by, and shows.
// Every message the demo server sends has a row here, so that its group reads sensibly.
#include "index/failures/errorshape.h"

#include <QTest>

using namespace BatchDeck;

namespace {

const QString FirstUuid = QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6");
const QString SecondUuid = QStringLiteral("0b8e2f1c-9d4a-4e7b-8c21-5f6a7b8c9d0e");

} // namespace

class TestErrorShape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data();
    void shapes();
    void demoMessages_data();
    void demoMessages();
    void sameGroup_data();
    void sameGroup();
    void differentGroup_data();
    void differentGroup();
    void longMessageIsCutAtTheLimit();
    void cutKeepsSurrogatePairsWhole();
};

void TestErrorShape::shapes_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("shape");

    QTest::newRow("null message") << QString() << QString();
    QTest::newRow("empty message") << QStringLiteral("") << QString();
    QTest::newRow("only whitespace") << QStringLiteral(" \n\t ") << QString();
    QTest::newRow("nothing varies, kept as written")
        << QStringLiteral("Corrupt PDF: xref table not found")
        << QStringLiteral("Corrupt PDF: xref table not found");
    QTest::newRow("whitespace collapsed and trimmed")
        << QStringLiteral("  Parse   failed\n\tfor\r\nreport  ")
        << QStringLiteral("Parse failed for report");

    QTest::newRow("file too large with size and quoted name")
        << QStringLiteral("File too large: \"a.pdf\" is 412 MB (limit 300 MB)")
        << QStringLiteral("File too large: \"<file>\" is <size> (limit <size>)");
    QTest::newRow("size glued to its number")
        << QStringLiteral("Upload of 412MB refused") << QStringLiteral("Upload of <size> refused");
    QTest::newRow("decimal size in binary units")
        << QStringLiteral("Page image is 1.5 GiB") << QStringLiteral("Page image is <size>");
    QTest::newRow("size in bytes with thousands separators")
        << QStringLiteral("Read 1,048,576 bytes") << QStringLiteral("Read <size>");
    QTest::newRow("negative number") << QStringLiteral("-1 pages in the document")
                                     << QStringLiteral("<number> pages in the document");
    QTest::newRow("decimal numbers")
        << QStringLiteral("Confidence 0.42 below threshold 0.5")
        << QStringLiteral("Confidence <number> below threshold <number>");
    QTest::newRow("number before sentence punctuation")
        << QStringLiteral("Gave up after 5. Next try in 10, maybe")
        << QStringLiteral("Gave up after <number>. Next try in <number>, maybe");
    QTest::newRow("duration unit glued stays") << QStringLiteral("Retry in 30s or 2h")
                                               << QStringLiteral("Retry in <number>s or <number>h");
    QTest::newRow("percent") << QStringLiteral("Only 45% of pages parsed")
                             << QStringLiteral("Only <number>% of pages parsed");
    QTest::newRow("range and fraction")
        << QStringLiteral("Pages 3-7 unreadable (page 1/2)")
        << QStringLiteral("Pages <number>-<number> unreadable (page <number>/<number>)");
    QTest::newRow("number after punctuation")
        << QStringLiteral("Row #12 failed: id=42")
        << QStringLiteral("Row #<number> failed: id=<number>");

    QTest::newRow("number inside a word is kept")
        << QStringLiteral("OCR2 engine v2 failed on x86_64 (utf8)")
        << QStringLiteral("OCR2 engine v2 failed on x86_64 (utf8)");
    QTest::newRow("number after a hyphen inside a word is kept")
        << QStringLiteral("Encoding utf-8 and ISO-8859-1 unsupported by gpt-4o-mini")
        << QStringLiteral("Encoding utf-8 and ISO-8859-1 unsupported by gpt-4o-mini");
    QTest::newRow("ordinal is kept") << QStringLiteral("Failed on the 2nd attempt")
                                     << QStringLiteral("Failed on the 2nd attempt");
    QTest::newRow("version is kept") << QStringLiteral("Requires parser 3.5.1 or later")
                                     << QStringLiteral("Requires parser 3.5.1 or later");
    QTest::newRow("file type is kept") << QStringLiteral("Unsupported file type: .heic")
                                       << QStringLiteral("Unsupported file type: .heic");

    QTest::newRow("http status is kept")
        << QStringLiteral("HTTP 503 from upstream") << QStringLiteral("HTTP 503 from upstream");
    QTest::newRow("http status after a status line is kept")
        << QStringLiteral("Got HTTP/1.1 404 Not Found")
        << QStringLiteral("Got HTTP/1.1 404 Not Found");
    QTest::newRow("status code after a colon is kept")
        << QStringLiteral("Request failed with status code: 429")
        << QStringLiteral("Request failed with status code: 429");
    QTest::newRow("number after status that is no http status")
        << QStringLiteral("status 7 of 9") << QStringLiteral("status <number> of <number>");
    QTest::newRow("bare status in parentheses is a number")
        << QStringLiteral("Upstream service unavailable (503)")
        << QStringLiteral("Upstream service unavailable (<number>)");

    QTest::newRow("uuid in the middle")
        << u"Job " + FirstUuid + u" was cancelled" << QStringLiteral("Job <id> was cancelled");
    QTest::newRow("uuid in upper case in braces")
        << u"{" + FirstUuid.toUpper() + u"}" << QStringLiteral("{<id>}");
    QTest::newRow("uuid with only digits in its first groups")
        << QStringLiteral("Item 12345678-1234-4234-8234-123456789012 lost")
        << QStringLiteral("Item <id> lost");
    QTest::newRow("prefixed ids") << u"Batch bat-" + FirstUuid + u": item itm-" + SecondUuid
            + u" of directory dir-" + FirstUuid + u" failed (job bjb-" + SecondUuid
            + u")." << QStringLiteral("Batch <id>: item <id> of directory <id> failed (job <id>).");
    QTest::newRow("job run id after an equals sign")
        << u"run=jr-" + FirstUuid + u";" << QStringLiteral("run=<id>;");
    QTest::newRow("prefixed hex id") << QStringLiteral("Subscription csub-3fa9b2c1d4e5 expired")
                                     << QStringLiteral("Subscription <id> expired");
    QTest::newRow("bare hex id") << QStringLiteral("Request a1b2c3d4e5f6 rejected")
                                 << QStringLiteral("Request <id> rejected");
    QTest::newRow("mixed-case word of hex letters and digits is kept")
        << QStringLiteral("Model DeadBeef42 not found")
        << QStringLiteral("Model DeadBeef42 not found");
    QTest::newRow("prefixed name without digits is kept")
        << QStringLiteral("Preset cfg-PARSE_AGENTIC is not available")
        << QStringLiteral("Preset cfg-PARSE_AGENTIC is not available");
    QTest::newRow("id in an api route")
        << u"No such job: jobs/bjb-" + FirstUuid << QStringLiteral("No such job: jobs/<id>");

    QTest::newRow("number in an api route")
        << QStringLiteral("Not found: pages/12") << QStringLiteral("Not found: pages/<number>");
    QTest::newRow("url with query")
        << QStringLiteral("GET https://api.example.com/v1/jobs?page_token=abc&limit=50 failed")
        << QStringLiteral("GET <url> failed");
    QTest::newRow("url before sentence punctuation")
        << QStringLiteral("See https://docs.example.com/errors#quota.")
        << QStringLiteral("See <url>.");
    QTest::newRow("storage url") << QStringLiteral("Cannot read s3://bucket/in/a.pdf (denied)")
                                 << QStringLiteral("Cannot read <url> (denied)");
    QTest::newRow("unix path") << QStringLiteral("Cannot open /var/lib/batchdeck/in/a.pdf: denied")
                               << QStringLiteral("Cannot open <path>: denied");
    QTest::newRow("home path") << QStringLiteral("Missing ~/scans")
                               << QStringLiteral("Missing <path>");
    QTest::newRow("windows path") << QStringLiteral("Cannot read C:\\Users\\ana\\scans\\a.pdf")
                                  << QStringLiteral("Cannot read <path>");
    QTest::newRow("windows share") << QStringLiteral("Cannot read \\\\server\\share\\a.pdf.")
                                   << QStringLiteral("Cannot read <path>.");
    QTest::newRow("relative path")
        << QStringLiteral("Missing in/scans/a.pdf") << QStringLiteral("Missing <path>");
    QTest::newRow("words joined by a slash are kept")
        << QStringLiteral("Read/write error at 5 KB/s")
        << QStringLiteral("Read/write error at <size>/s");

    QTest::newRow("unquoted file name") << QStringLiteral("report.docx: password protected")
                                        << QStringLiteral("<file>: password protected");
    QTest::newRow("unquoted file name starting with a year")
        << QStringLiteral("Skipped 2023-report.pdf") << QStringLiteral("Skipped <file>");
    QTest::newRow("double quoted text") << QStringLiteral("Field \"invoice_total\" is required")
                                        << QStringLiteral("Field \"<text>\" is required");
    QTest::newRow("single quoted file name with spaces")
        << QStringLiteral("Cannot parse 'scan, part 2.pdf' now")
        << QStringLiteral("Cannot parse '<file>' now");
    QTest::newRow("quoted path") << QStringLiteral("Cannot open \"/in/My Scans/a.pdf\"")
                                 << QStringLiteral("Cannot open \"<path>\"");
    QTest::newRow("quoted number") << QStringLiteral("Expected a date, got '42'")
                                   << QStringLiteral("Expected a date, got '<number>'");
    QTest::newRow("typographic double quotes")
        << QStringLiteral("Datei “Rechnung März.pdf” ist zu groß")
        << QStringLiteral("Datei “<file>” ist zu groß");
    QTest::newRow("typographic single quotes") << QStringLiteral("Field ‘total’ is missing")
                                               << QStringLiteral("Field ‘<text>’ is missing");
    QTest::newRow("apostrophe is not a quote")
        << QStringLiteral("Can't open the user's file 'it's here.pdf'")
        << QStringLiteral("Can't open the user's file '<file>'");
    QTest::newRow("apostrophe after a word is not a quote")
        << QStringLiteral("The users' files: 3") << QStringLiteral("The users' files: <number>");
    QTest::newRow("unclosed quote is kept") << QStringLiteral("Unexpected \" in header 12")
                                            << QStringLiteral("Unexpected \" in header <number>");
    QTest::newRow("empty quotes are kept")
        << QStringLiteral("Name '' is empty") << QStringLiteral("Name '' is empty");
    QTest::newRow("non-ascii letters and apostrophe are kept")
        << QStringLiteral("Échec de l’analyse : 3 pages illisibles")
        << QStringLiteral("Échec de l’analyse : <number> pages illisibles");

    QTest::newRow("iso timestamp") << QStringLiteral("Expired at 2024-05-01T12:30:00.123Z, retry")
                                   << QStringLiteral("Expired at <time>, retry");
    QTest::newRow("timestamp with a space and an offset")
        << QStringLiteral("Since 2024-05-01 12:30:00+02:00 down")
        << QStringLiteral("Since <time> down");
    QTest::newRow("date only") << QStringLiteral("Plan ends 2024-05-01.")
                               << QStringLiteral("Plan ends <time>.");
    QTest::newRow("clock time with seconds")
        << QStringLiteral("Started 09:15:00 UTC") << QStringLiteral("Started <time> UTC");
    QTest::newRow("line and column are numbers")
        << QStringLiteral("JSON error at 12:34")
        << QStringLiteral("JSON error at <number>:<number>");
}

void TestErrorShape::shapes()
{
    QFETCH(QString, message);
    QFETCH(QString, shape);

    QCOMPARE(errorShape(message), shape);
}

void TestErrorShape::demoMessages_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("shape");

    // v1 jobs' error_message (src/demo/demodataset.cpp).
    QTest::newRow("job: files could not be parsed")
        << QStringLiteral("Parse job failed: 37 of 120 files could not be parsed (unsupported "
                          "file type: .heic)")
        << QStringLiteral("Parse job failed: <number> of <number> files could not be parsed "
                          "(unsupported file type: .heic)");
    QTest::newRow("job: schema field")
        << QStringLiteral("Extraction schema validation failed: field 'invoice_total' expected "
                          "number, got string")
        << QStringLiteral("Extraction schema validation failed: field '<text>' expected number, "
                          "got string");
    QTest::newRow("job: rate limit")
        << QStringLiteral("Rate limit exceeded while calling the parsing service; retries "
                          "exhausted after 5 attempts")
        << QStringLiteral("Rate limit exceeded while calling the parsing service; retries "
                          "exhausted after <number> attempts");
    QTest::newRow("job: worker timed out")
        << QStringLiteral("Worker timed out after 3600 s while processing "
                          "'annual-report-2023.pdf'")
        << QStringLiteral("Worker timed out after <number> s while processing '<file>'");
    QTest::newRow("job: no classification match")
        << QStringLiteral("Classification rules produced no match for 14 files; job aborted")
        << QStringLiteral("Classification rules produced no match for <number> files; job aborted");
    QTest::newRow("job: upstream unavailable")
        << QStringLiteral("Upstream service unavailable (503) from the parsing service, please "
                          "retry")
        << QStringLiteral("Upstream service unavailable (<number>) from the parsing service, "
                          "please retry");
    QTest::newRow("job: workflow terminated")
        << QStringLiteral("Temporal workflow terminated: continue-as-new limit reached")
        << QStringLiteral("Temporal workflow terminated: continue-as-new limit reached");
    QTest::newRow("job: file too large")
        << QStringLiteral("File too large: \"scan_batch_07.pdf\" is 412 MB (limit 300 MB)")
        << QStringLiteral("File too large: \"<file>\" is <size> (limit <size>)");
    QTest::newRow("job: invalid configuration")
        << QStringLiteral("Invalid job configuration: parameters.premium_mode requires a paid plan")
        << QStringLiteral(
               "Invalid job configuration: parameters.premium_mode requires a paid plan");
    QTest::newRow("job: negative page count")
        << QStringLiteral("-1 pages returned by the OCR engine for \"scan, part 2.pdf\"")
        << QStringLiteral("<number> pages returned by the OCR engine for \"<file>\"");
    QTest::newRow("job: several lines")
        << QStringLiteral("Parse failed for 3 files:\nreport.docx: password protected\nscan.tiff: "
                          "corrupt image data")
        << QStringLiteral("Parse failed for <number> files: <file>: password protected <file>: "
                          "corrupt image data");
    QTest::newRow("job: cancelled")
        << QStringLiteral("Cancelled by user") << QStringLiteral("Cancelled by user");

    // Items of v1 jobs (src/demo/demotables.h).
    QTest::newRow("item: password protected") << QStringLiteral("Document is password protected")
                                              << QStringLiteral("Document is password protected");
    QTest::newRow("item: no text")
        << QStringLiteral("OCR produced no text (blank or unreadable scan)")
        << QStringLiteral("OCR produced no text (blank or unreadable scan)");
    QTest::newRow("item: schema")
        << QStringLiteral("Extraction result failed schema validation: 'total' is not a number")
        << QStringLiteral("Extraction result failed schema validation: '<text>' is not a number");
    QTest::newRow("item: timed out")
        << QStringLiteral("Timed out after 900 s") << QStringLiteral("Timed out after <number> s");
    QTest::newRow("item: corrupt pdf") << QStringLiteral("Corrupt PDF: xref table not found")
                                       << QStringLiteral("Corrupt PDF: xref table not found");

    // Files of v2 batches (src/demo/democatalogbatches.cpp).
    QTest::newRow("file: empty")
        << QStringLiteral("Could not create a parse job: the file is empty")
        << QStringLiteral("Could not create a parse job: the file is empty");
    QTest::newRow("file: unsupported type") << QStringLiteral("Unsupported file type: .heic")
                                            << QStringLiteral("Unsupported file type: .heic");
    QTest::newRow("file: spreadsheets")
        << QStringLiteral("Configuration does not accept spreadsheets")
        << QStringLiteral("Configuration does not accept spreadsheets");
    QTest::newRow("file: deleted")
        << QStringLiteral("File was deleted from the directory before its job was created")
        << QStringLiteral("File was deleted from the directory before its job was created");
}

void TestErrorShape::demoMessages()
{
    QFETCH(QString, message);
    QFETCH(QString, shape);

    QCOMPARE(errorShape(message), shape);
}

void TestErrorShape::sameGroup_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");

    QTest::newRow("files too large")
        << QStringLiteral("File too large: \"a.pdf\" is 412 MB (limit 300 MB)")
        << QStringLiteral("File too large: \"scan_batch_07.pdf\" is 1.2 GB (limit 300 MB)");
    QTest::newRow("negative and positive counts")
        << QStringLiteral("-1 pages returned") << QStringLiteral("12 pages returned");
    QTest::newRow("counts with and without thousands separators")
        << QStringLiteral("1,234 files skipped") << QStringLiteral("7 files skipped");
    QTest::newRow("different job ids")
        << u"Job bjb-" + FirstUuid + u" timed out" << u"Job bjb-" + SecondUuid + u" timed out";
    QTest::newRow("different kinds of id")
        << u"Job bjb-" + FirstUuid + u" timed out" << QStringLiteral("Job 9f3c2a1b77 timed out");
    QTest::newRow("different timestamps")
        << QStringLiteral("Expired at 2024-05-01T12:30:00Z")
        << QStringLiteral("Expired at 2025-01-31T08:00:59.5+01:00");
    QTest::newRow("different urls") << QStringLiteral("GET https://a.example/x?y=1 failed")
                                    << QStringLiteral("GET http://b.example:8080/ failed");
    QTest::newRow("different paths") << QStringLiteral("Cannot open /in/a.pdf")
                                     << QStringLiteral("Cannot open /data/scans/2024/b.tiff");
    QTest::newRow("different quoted fields")
        << QStringLiteral("field 'invoice_total' expected number")
        << QStringLiteral("field 'due_date' expected number");
    QTest::newRow("different whitespace") << QStringLiteral("Parse failed:\n  report.docx")
                                          << QStringLiteral("Parse  failed: a.pdf ");
    QTest::newRow("long messages differing after the limit")
        << u"Row 1: " + QString(ErrorShapeInputLimit, u'a') + u" first"
        << u"Row 2: " + QString(ErrorShapeInputLimit, u'a') + u" second";
}

void TestErrorShape::sameGroup()
{
    QFETCH(QString, first);
    QFETCH(QString, second);

    QCOMPARE(errorShape(first), errorShape(second));
}

void TestErrorShape::differentGroup_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");

    QTest::newRow("different wording")
        << QStringLiteral("Timed out after 900 s") << QStringLiteral("Stopped after 900 s");
    QTest::newRow("letter case is kept")
        << QStringLiteral("Timed out after 900 s") << QStringLiteral("timed out after 900 s");
    QTest::newRow("different http statuses")
        << QStringLiteral("HTTP 503 from upstream") << QStringLiteral("HTTP 404 from upstream");
    QTest::newRow("different digits inside words")
        << QStringLiteral("OCR2 engine failed") << QStringLiteral("OCR3 engine failed");
    QTest::newRow("different file types") << QStringLiteral("Unsupported file type: .heic")
                                          << QStringLiteral("Unsupported file type: .tiff");
    QTest::newRow("size and count")
        << QStringLiteral("Limit is 412 MB") << QStringLiteral("Limit is 412 pages");
    QTest::newRow("quoted file and quoted field")
        << QStringLiteral("Bad value in \"a.pdf\"") << QStringLiteral("Bad value in \"total\"");
    QTest::newRow("id and number")
        << u"Job " + FirstUuid + u" failed" << QStringLiteral("Job 42 failed");
    QTest::newRow("long messages differing before the limit")
        << u"Row 1: first " + QString(ErrorShapeInputLimit, u'a')
        << u"Row 2: second " + QString(ErrorShapeInputLimit, u'a');
}

void TestErrorShape::differentGroup()
{
    QFETCH(QString, first);
    QFETCH(QString, second);

    QVERIFY2(errorShape(first) != errorShape(second), qPrintable(errorShape(first)));
}

void TestErrorShape::longMessageIsCutAtTheLimit()
{
    // A megabyte of text: only the start is read, and the shape says it was cut.
    const QString message = u"Row 12: " + QString(1024 * 1024, u'x');
    const QString shape = errorShape(message);

    QCOMPARE(shape, u"Row <number>: " + QString(ErrorShapeInputLimit - 8, u'x') + u"…");
}

void TestErrorShape::cutKeepsSurrogatePairsWhole()
{
    const QString emoji = QStringLiteral("😀"); // two UTF-16 units
    const QString message = QString(ErrorShapeInputLimit - 1, u'a') + emoji + emoji;
    const QString shape = errorShape(message);

    QCOMPARE(shape, QString(ErrorShapeInputLimit - 1, u'a') + u"…");
}

QTEST_APPLESS_MAIN(TestErrorShape)

#include "tst_errorshape.moc"
