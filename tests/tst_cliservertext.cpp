// Text a server sends, through batchdeck-cli: a server that echoes the API key (as sent, in
// another letter case, percent-encoded) into any field never gets it into the CSV, the JSON
// Lines, standard output or standard error, and a server that sends escape sequences never gets
// them to the terminal raw. Per-test servers on 127.0.0.1; a pseudo-terminal for "standard
// output is a terminal".
#include "batchsamples.h"
#include "clitesting.h"
#include "testhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QString Key = QStringLiteral("llx-EchoKey/Test+Secret=abcdefghijklmnopqrstuvwxyz0123456789");
const QString JobId = QStringLiteral("bjb-123e4567-e89b-12d3-a456-426614174000");
const QString JobsPath = QStringLiteral("/api/v1/beta/batch-processing");
const QString JobPath = JobsPath + u'/' + JobId;
const QString BatchesPath = QStringLiteral("/api/v2/batches");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Where a hostile server puts its text: the command that reads it, the record and its field.
enum class Place {
    JobText, // `job`: the job's field
    JobJson, // `job --format json`
    JobsCsv, // `export`: the one job's field
    JobsJson, // `export --format json`
    ItemsCsv, // `items`: the one item's field
    ItemsJson, // `items --format json`
    BatchesCsv, // `export-batches`: the one batch's field
    BatchesJson, // `export-batches --format json`
    PageToken, // `export-batches`: next_page_token, sent again so that paging stops quoting it
    ErrorDetail, // `job`: a 400 with {"detail": text}
    CancelAnswer, // `cancel`: the answer's field
};

QStringList commandFor(Place place)
{
    const QString json = QStringLiteral("json");
    switch (place) {
    case Place::JobText:
    case Place::ErrorDetail:
        return {QStringLiteral("job"), JobId};
    case Place::JobJson:
        return {QStringLiteral("job"), JobId, QStringLiteral("--format"), json};
    case Place::JobsCsv:
        return {QStringLiteral("export")};
    case Place::JobsJson:
        return {QStringLiteral("export"), QStringLiteral("--format"), json};
    case Place::ItemsCsv:
        return {QStringLiteral("items"), JobId};
    case Place::ItemsJson:
        return {QStringLiteral("items"), JobId, QStringLiteral("--format"), json};
    case Place::BatchesCsv:
    case Place::PageToken:
        return {QStringLiteral("export-batches")};
    case Place::BatchesJson:
        return {QStringLiteral("export-batches"), QStringLiteral("--format"), json};
    case Place::CancelAnswer:
        return {QStringLiteral("cancel"), JobId};
    }
    return {};
}

QJsonObject itemJson()
{
    return {{QStringLiteral("item_id"), QStringLiteral("itm-1")},
            {QStringLiteral("item_name"), QStringLiteral("file 1.pdf")},
            {QStringLiteral("status"), QStringLiteral("failed")},
            {QStringLiteral("started_at"), QStringLiteral("2026-01-02T03:04:05.250Z")},
            {QStringLiteral("error_message"), QStringLiteral("page 3 unreadable")}};
}

QJsonObject withField(QJsonObject object, const QString &field, const QString &text)
{
    if (!field.isEmpty())
        object.insert(field, text);
    return object;
}

// One job, its items and the v2 batches, with `text` in `field` of the record `place` reads.
TestHttpServer::Handler hostileApi(Place place, const QString &field, const QString &text)
{
    return [=](const TestRequest &request) {
        const auto fieldFor = [&](std::initializer_list<Place> places) {
            return std::find(places.begin(), places.end(), place) != places.end() ? field
                                                                                  : QString();
        };
        if (request.path == JobPath) {
            if (place == Place::ErrorDetail)
                // 400: refused at once, never retried.
                return TestResponse::json(400, QJsonObject {{QStringLiteral("detail"), text}});
            const QJsonObject job =
                withField(sampleJobJson(JobId), fieldFor({Place::JobText, Place::JobJson}), text);
            return TestResponse::json(200,
                                      QJsonObject {{QStringLiteral("job"), job},
                                                   {QStringLiteral("progress_percentage"), 70}});
        }
        if (request.path == JobPath + u"/cancel") {
            const QJsonObject answer {{QStringLiteral("job_id"), JobId},
                                      {QStringLiteral("status"), QStringLiteral("cancelled")},
                                      {QStringLiteral("processed_items"), 7},
                                      {QStringLiteral("message"), QStringLiteral("Cancelled.")}};
            return TestResponse::json(200, withField(answer, field, text));
        }
        if (request.path == JobsPath) {
            const bool first = request.query.queryItemValue(QStringLiteral("offset")).toInt() == 0;
            QJsonArray jobs;
            if (first) {
                jobs.append(withField(sampleJobJson(JobId),
                                      fieldFor({Place::JobsCsv, Place::JobsJson}), text));
            }
            return TestResponse::json(
                200,
                QJsonObject {{QStringLiteral("items"), jobs}, {QStringLiteral("total_size"), 1}});
        }
        if (request.path == JobPath + u"/items") {
            const bool first = request.query.queryItemValue(QStringLiteral("offset")).toInt() == 0;
            QJsonArray items;
            if (first)
                items.append(
                    withField(itemJson(), fieldFor({Place::ItemsCsv, Place::ItemsJson}), text));
            return TestResponse::json(
                200,
                QJsonObject {{QStringLiteral("items"), items}, {QStringLiteral("total_size"), 1}});
        }
        if (request.path == BatchesPath) {
            if (place == Place::PageToken) {
                // A new batch on every page, and always the same token: paging stops at the
                // repeat and says which token it was.
                const int page = request.query.hasQueryItem(QStringLiteral("page_token")) ? 2 : 1;
                return TestResponse::json(200, batchListJson(page, 1, text));
            }
            QJsonObject list = batchListJson(1, 1, std::nullopt);
            QJsonArray batches = list.value(u"items").toArray();
            batches[0] = withField(batches[0].toObject(),
                                   fieldFor({Place::BatchesCsv, Place::BatchesJson}), text);
            list.insert(u"items", batches);
            return TestResponse::json(200, list);
        }
        return TestResponse::json(
            404, QJsonObject {{QStringLiteral("detail"), QStringLiteral("Not Found")}});
    };
}

// The key in another form: a function of its characters, one at a time.
QString transformed(const QString &key, const std::function<QString(QChar, int)> &form)
{
    QString out;
    for (int index = 0; index < key.size(); ++index)
        out += form(key.at(index), index);
    return out;
}

QString percentEncoded(QChar c, bool lowerHex)
{
    const QString hex = QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    return lowerHex ? hex.toLower() : hex.toUpper();
}

// Whether `bytes` hold the key, or any 16 characters of it (what a cut would leave), in any
// form: percent-decoded (once, and so any mix of literal and encoded characters), compared
// without regard to case.
bool containsKey(const QByteArray &bytes)
{
    const QByteArray key = Key.toLower().toUtf8();
    const QByteArray literal = bytes.toLower();
    const QByteArray decoded = QByteArray::fromPercentEncoding(bytes).toLower();
    for (qsizetype start = 0; start + 16 <= key.size(); ++start) {
        const QByteArray part = key.mid(start, 16);
        if (literal.contains(part) || decoded.contains(part))
            return true;
    }
    return false;
}

// The first character in `bytes` (UTF-8) that would drive a terminal, described; empty when
// there is none. Tab and line feed are allowed.
QString terminalControlIn(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7F && u <= 0x9F)
            || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return QStringLiteral("U+%1").arg(u, 4, 16, QLatin1Char('0'));
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Place)

class TestCliServerText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void echoedKeyNeverReachesOutput_data();
    void echoedKeyNeverReachesOutput();
    void echoedKeyInAFileIsMasked_data();
    void echoedKeyInAFileIsMasked();

    void escapeSequencesAreShownEscaped_data();
    void escapeSequencesAreShownEscaped();
    void csvFileKeepsTheBytes();
    void csvToATerminalIsEscaped_data();
    void csvToATerminalIsEscaped();
    void longDetailIsCut();

private:
    // Runs batchdeck-cli against `server` with the key; standard output to `standardOutput` when
    // given (a file or a terminal), else captured.
    Run run(const TestHttpServer &server, const QStringList &arguments,
            const QString &standardOutput = {});

    QString m_program;
    QTemporaryDir m_directory;
};

void TestCliServerText::initTestCase()
{
    m_program = qEnvironmentVariable("BATCHDECK_CLI");
    QVERIFY2(QFile::exists(m_program), "BATCHDECK_CLI must name the built batchdeck-cli");
    QVERIFY(m_directory.isValid());
}

Run TestCliServerText::run(const TestHttpServer &server, const QStringList &arguments,
                           const QString &standardOutput)
{
    QProcess process;
    QProcessEnvironment environment = cleanCliEnvironment();
    environment.insert(QStringLiteral("LLAMA_CLOUD_API_KEY"), Key);
    process.setProcessEnvironment(environment);
    if (!standardOutput.isEmpty())
        process.setStandardOutputFile(standardOutput);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_program,
                  arguments
                      + QStringList {QStringLiteral("--base-url"), server.baseUrl().toString()});
    // Waiting through the event loop lets the test server in this process answer the CLI.
    if (!finished.wait(60'000)) {
        process.kill();
        process.waitForFinished();
        QTest::qFail("batchdeck-cli did not end within 60 s", __FILE__, __LINE__);
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// ------------------------------------------------------------------------------- the API key

void TestCliServerText::echoedKeyNeverReachesOutput_data()
{
    QTest::addColumn<Place>("place");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("echo");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("inData"); // written as data: masked, counted and said

    const QList<std::pair<const char *, QString>> forms {
        {"as sent", Key},
        {"upper-case", Key.toUpper()},
        {"fully percent-encoded",
         transformed(Key, [](QChar c, int) { return percentEncoded(c, false); })},
        {"mixed case and encoding",
         transformed(Key,
                     [](QChar c, int index) {
                         switch (index % 4) {
                         case 0:
                             return QString(c.toUpper());
                         case 1:
                             return percentEncoded(c, true);
                         case 2:
                             return QString(c.toLower());
                         default:
                             return percentEncoded(c, false);
                         }
                     })},
    };
    struct Where
    {
        const char *name;
        Place place;
        const char *field;
        int exitCode;
        bool inData;
    };
    const QList<Where> places {
        {"job error_message, job text", Place::JobText, "error_message", 0, true},
        {"job status, job text", Place::JobText, "status", 0, true},
        {"job error_message, job json", Place::JobJson, "error_message", 0, true},
        {"job error_message, export CSV", Place::JobsCsv, "error_message", 0, true},
        {"job status, export JSON Lines", Place::JobsJson, "status", 0, true},
        {"job date, export CSV (unreadable job)", Place::JobsCsv, "created_at", 1, false},
        {"item error, items CSV", Place::ItemsCsv, "error_message", 0, true},
        {"item name, items JSON Lines", Place::ItemsJson, "item_name", 0, true},
        {"item date, items CSV (unreadable item)", Place::ItemsCsv, "started_at", 1, false},
        {"batch status, export-batches CSV", Place::BatchesCsv, "status", 0, true},
        {"batch date, export-batches JSON Lines", Place::BatchesJson, "updated_at", 1, false},
        {"page token, export-batches", Place::PageToken, "", 1, false},
        {"error detail, job", Place::ErrorDetail, "", 1, false},
    };
    for (const Where &where : places) {
        for (const auto &[formName, echo] : forms) {
            QTest::addRow("%s: %s", formName, where.name)
                << where.place << QString::fromLatin1(where.field) << echo << where.exitCode
                << where.inData;
        }
    }
}

void TestCliServerText::echoedKeyNeverReachesOutput()
{
    QFETCH(Place, place);
    QFETCH(QString, field);
    QFETCH(QString, echo);
    QFETCH(int, exitCode);
    QFETCH(bool, inData);
    // The server's text holds the key between ordinary words, as an echo would.
    TestHttpServer server(hostileApi(place, field, u"token " + echo + u" was refused"));

    const Run result = run(server, commandFor(place));
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    QVERIFY2(!containsKey(result.out), result.out.constData());
    QVERIFY2(!containsKey(result.err), result.err.constData());
    if (inData) {
        QVERIFY2(result.out.contains("token [API key] was refused"), result.out.constData());
        QVERIFY2(result.err.contains("1 value contained the API key and was masked."),
                 result.err.constData());
    } else {
        QVERIFY2(result.err.contains("[API key]"), result.err.constData());
    }
}

void TestCliServerText::echoedKeyInAFileIsMasked_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("export CSV") << QStringList {QStringLiteral("export")};
    QTest::newRow("export JSON Lines") << QStringList {
        QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("items CSV") << QStringList {QStringLiteral("items"), JobId};
    QTest::newRow("export-batches JSON Lines") << QStringList {
        QStringLiteral("export-batches"), QStringLiteral("--format"), QStringLiteral("json")};
}

void TestCliServerText::echoedKeyInAFileIsMasked()
{
    QFETCH(QStringList, command);
    // The key upper-cased in two fields of the one row: two values masked.
    const QString echo = Key.toUpper();
    TestHttpServer server([&](const TestRequest &request) {
        if (request.path == JobsPath || request.path == JobPath + u"/items") {
            const bool first = request.query.queryItemValue(QStringLiteral("offset")).toInt() == 0;
            QJsonObject record = request.path == JobsPath ? sampleJobJson(JobId) : itemJson();
            record.insert(u"status", echo);
            record.insert(u"error_message", echo);
            return TestResponse::json(
                200,
                QJsonObject {{QStringLiteral("items"), first ? QJsonArray {record} : QJsonArray {}},
                             {QStringLiteral("total_size"), 1}});
        }
        QJsonObject list = batchListJson(1, 1, std::nullopt);
        QJsonObject batch = list.value(u"items").toArray().first().toObject();
        batch.insert(u"status", echo);
        batch.insert(u"project_id", echo);
        list.insert(u"items", QJsonArray {batch});
        return TestResponse::json(200, list);
    });
    const QString path =
        m_directory.filePath(QStringLiteral("out-%1").arg(QTest::currentDataTag()));

    const Run result = run(server, command + QStringList {QStringLiteral("--output"), path});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(!containsKey(written), written.constData());
    QCOMPARE(written.count("[API key]"), 2);
    QVERIFY2(!containsKey(result.err), result.err.constData());
    QVERIFY2(result.err.contains("2 values contained the API key and were masked."),
             result.err.constData());
}

// ------------------------------------------------------------------------- terminal controls

void TestCliServerText::escapeSequencesAreShownEscaped_data()
{
    QTest::addColumn<Place>("place");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("shown"); // what stdout or stderr shows instead

    struct Sequence
    {
        const char *name;
        QString sent;
        QString shownAsText; // on a terminal line
        QString shownAsJson; // in JSON
        QString shownInDetail; // an error detail is one line: white space is simplified first
    };
    const QList<Sequence> sequences {
        {"window title (ESC ]0; ... BEL)", QStringLiteral("\x1b]0;pwned\x07 done"),
         QStringLiteral(R"(\e]0;pwned\x07 done)"), QStringLiteral(R"(\u001b]0;pwned\u0007 done)"),
         QStringLiteral(R"(\e]0;pwned\x07 done)")},
        {"clear screen (ESC [2J)", QStringLiteral("\x1b[2Jall clear"),
         QStringLiteral(R"(\e[2Jall clear)"), QStringLiteral(R"(\u001b[2Jall clear)"),
         QStringLiteral(R"(\e[2Jall clear)")},
        {"carriage return rewriting the line", QStringLiteral("failed\rStatus: completed"),
         QStringLiteral(R"(failed\rStatus: completed)"),
         QStringLiteral(R"(failed\rStatus: completed)"),
         QStringLiteral("failed Status: completed")},
        {"C1 CSI (U+009B)", QStringLiteral("\u009b2Jgone"), QStringLiteral(R"(\x9b2Jgone)"),
         QStringLiteral(R"(\u009b2Jgone)"), QStringLiteral(R"(\x9b2Jgone)")},
        {"right-to-left override (U+202E)", QStringLiteral("report\u202Efdp.exe"),
         QStringLiteral(R"(report\u202efdp.exe)"), QStringLiteral(R"(report\u202efdp.exe)"),
         QStringLiteral(R"(report\u202efdp.exe)")},
    };
    struct Where
    {
        const char *name;
        Place place;
        const char *field;
        int shownAs; // 0 text, 1 JSON, 2 detail
    };
    const QList<Where> places {
        {"job error_message, job text", Place::JobText, "error_message", 0},
        {"job status, job text", Place::JobText, "status", 0},
        {"job error_message, job json", Place::JobJson, "error_message", 1},
        {"error detail, job", Place::ErrorDetail, "", 2},
        {"status, cancel", Place::CancelAnswer, "status", 0},
        {"item name, items JSON Lines", Place::ItemsJson, "item_name", 1},
        {"item status, items JSON Lines", Place::ItemsJson, "status", 1},
        {"job error_message, export JSON Lines", Place::JobsJson, "error_message", 1},
        {"batch status, export-batches JSON Lines", Place::BatchesJson, "status", 1},
    };
    for (const Where &where : places) {
        for (const Sequence &sequence : sequences) {
            // A detail is simplified to one line, which a carriage return never survived.
            if (where.shownAs == 2 && sequence.sent.contains(u'\r'))
                continue;
            const QString shown = where.shownAs == 0 ? sequence.shownAsText
                : where.shownAs == 1                 ? sequence.shownAsJson
                                                     : sequence.shownInDetail;
            QTest::addRow("%s: %s", sequence.name, where.name)
                << where.place << QString::fromLatin1(where.field) << sequence.sent << shown;
        }
    }
}

void TestCliServerText::escapeSequencesAreShownEscaped()
{
    QFETCH(Place, place);
    QFETCH(QString, field);
    QFETCH(QString, sent);
    QFETCH(QString, shown);
    TestHttpServer server(hostileApi(place, field, sent));

    const Run result = run(server, commandFor(place));
    const QByteArray &where = place == Place::ErrorDetail ? result.err : result.out;
    QVERIFY2(where.contains(shown.toUtf8()), where.constData());
    for (const QByteArray &output : {result.out, result.err}) {
        const QString control = terminalControlIn(output);
        QVERIFY2(control.isEmpty(), qPrintable(control + u": " + QString::fromUtf8(output)));
    }
}

void TestCliServerText::csvFileKeepsTheBytes()
{
    // A file is data: the bytes as the server sent them (formula guard aside).
    const QString sent = QStringLiteral("\x1b]0;t\x07 \u009b2J \u202E x");
    TestHttpServer server(hostileApi(Place::ItemsCsv, QStringLiteral("item_name"), sent));
    const QString path = m_directory.filePath(QStringLiteral("items.csv"));

    const Run result =
        run(server, {QStringLiteral("items"), JobId, QStringLiteral("--output"), path});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY2(csv.contains(sent.toUtf8()), csv.constData());
}

void TestCliServerText::csvToATerminalIsEscaped_data()
{
    QTest::addColumn<Place>("place");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("namedByOutput"); // --output names the terminal instead of stdout
    QTest::newRow("items: item name") << Place::ItemsCsv << "item_name" << false;
    QTest::newRow("export: job error_message") << Place::JobsCsv << "error_message" << false;
    QTest::newRow("export-batches: batch status") << Place::BatchesCsv << "status" << false;
    QTest::newRow("export: --output naming the terminal")
        << Place::JobsCsv << "error_message" << true;
}

void TestCliServerText::csvToATerminalIsEscaped()
{
    QFETCH(Place, place);
    QFETCH(QString, field);
    QFETCH(bool, namedByOutput);
    // Standard output is a terminal: a pseudo-terminal whose output this test reads back, in raw
    // mode so that what the CLI wrote arrives unchanged.
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    const auto closeMaster = qScopeGuard([master] { ::close(master); });
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QString terminal = QString::fromLocal8Bit(::ptsname(master));
    const int slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
    QVERIFY(slave >= 0);
    const auto closeSlave = qScopeGuard([slave] { ::close(slave); });
    termios mode = {};
    QVERIFY(::tcgetattr(slave, &mode) == 0);
    ::cfmakeraw(&mode);
    QVERIFY(::tcsetattr(slave, TCSANOW, &mode) == 0);

    const QString sent = QStringLiteral("\x1b]0;t\x07 \x1b[2J \u009b2J a\rb \u202Ex");
    TestHttpServer server(hostileApi(place, field, sent));
    const Run result = namedByOutput
        ? run(server, commandFor(place) + QStringList {QStringLiteral("--output"), terminal})
        : run(server, commandFor(place), terminal);
    QVERIFY2(result.exitCode == 0, result.err.constData());

    QByteArray shown;
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    char buffer[4096];
    for (ssize_t got = 0; (got = ::read(master, buffer, sizeof buffer)) > 0;)
        shown.append(buffer, got);
    QVERIFY2(shown.contains(R"(\e]0;t\x07 \e[2J \x9b2J a\rb \u202ex)"), shown.constData());
    // CRLF ends each CSV line; no other control.
    const QString control = terminalControlIn(QByteArray(shown).replace("\r\n", "\n"));
    QVERIFY2(control.isEmpty(), qPrintable(control + u": " + QString::fromUtf8(shown)));
}

void TestCliServerText::longDetailIsCut()
{
    // A 5 MB detail is one readable line, not 5 MB on standard error.
    const QString detail = QString(5'000'000, u'x');
    TestHttpServer server(hostileApi(Place::ErrorDetail, {}, detail));

    const Run result = run(server, commandFor(Place::ErrorDetail));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.size() < 2'000, result.err.left(2'000).constData());
    QVERIFY2(
        result.err.contains(QByteArray(QByteArray(1000, 'x') + "… and 4999000 more characters")),
        result.err.constData());
}

QTEST_GUILESS_MAIN(TestCliServerText)
#include "tst_cliservertext.moc"
