// One request's transport against servers that misbehave: answers cut off, too large, endless,
// compressed to inflate, dripping; the retry hints; the CLI's --timeout.
#include "core/batches/batchesapi.h"
#include "core/catalog/catalogapi.h"
#include "core/jobs/jobsapi.h"
#include "testhttpserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(BatchDeck::Testing::TestResponse)

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

struct Outcome
{
    JobPage page;
    ApiError error;
    int calls = 0;
};

constexpr qint64 SmallCap = 64 * 1024;

// A list answer of `jobs` jobs, padded with spaces (still valid JSON) to at least `size` bytes.
QByteArray listBody(int jobs, qint64 size = 0)
{
    QByteArray body = QJsonDocument(jobListJson(0, jobs, jobs)).toJson(QJsonDocument::Compact);
    if (body.size() < size)
        body.append(QByteArray(size - body.size(), ' '));
    return body;
}

// What Content-Encoding: deflate means in practice: the zlib format (RFC 1950).
QByteArray deflateBody(const QByteArray &data)
{
    return qCompress(data).mid(4); // qCompress puts the length in front of the zlib stream
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendLittleEndian32(QByteArray &out, quint32 value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.append(char((value >> shift) & 0xFF));
}

// The gzip format (RFC 1952): a header, the raw deflate data, CRC-32 and size.
QByteArray gzipBody(const QByteArray &data)
{
    const QByteArray zlib = deflateBody(data);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += zlib.mid(2, zlib.size() - 6); // without zlib's 2-byte header and Adler-32 trailer
    appendLittleEndian32(out, crc32(data));
    appendLittleEndian32(out, quint32(data.size()));
    return out;
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cutOffSuccessIsRetried_data();
    void cutOffSuccessIsRetried();
    void cutOffThenCompleteAnswerSucceeds();
    void serverCanAskForRetry_data();
    void serverCanAskForRetry();
    void retryAfterHttpDate_data();
    void retryAfterHttpDate();
    void retryAfterHttpDateIsHonoured();
    void answerOverTheCapIsRefused_data();
    void answerOverTheCapIsRefused();
    void answerWithinTheCapIsRead_data();
    void answerWithinTheCapIsRead();
    void hugeAnnouncedLengthIsRefusedAtOnce();
    void compressedAnswer_data();
    void compressedAnswer();
    void drippingBodyCannotOutlastTheTimeout();
    void timeoutIsRetriedWithoutReadingTheAbortedReply();
    void cliRefusesNonsenseTimeouts_data();
    void cliRefusesNonsenseTimeouts();
    void cliTimeoutSaysOneThing();
    void cliRefusesAnEndlessAnswer();

private:
    Outcome list(const ClientSettings &settings);
    QProcess *startCli(const QStringList &arguments);

    QNetworkAccessManager m_network;
    QString m_cli;
    std::unique_ptr<QProcess> m_process;
};

Outcome TestTransport::list(const ClientSettings &settings)
{
    ApiClient client(&m_network);
    client.setSettings(settings);
    Outcome outcome;
    QObject context;
    JobsApi(&client).listJobs({}, &context, [&](const JobPage &page, const ApiError &error) {
        outcome.page = page;
        outcome.error = error;
        ++outcome.calls;
    });
    if (!QTest::qWaitFor([&] { return outcome.calls > 0; }, 60'000))
        QTest::qFail("the call did not finish within 60 s", __FILE__, __LINE__);
    return outcome;
}

QProcess *TestTransport::startCli(const QStringList &arguments)
{
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LLAMA_CLOUD_API_KEY", "LLAMA_PARSE_API_KEY", "LLAMA_CLOUD_BASE_URL"})
        environment.remove(QString::fromLatin1(name));
    m_process->setProcessEnvironment(environment);
    m_process->start(m_cli, arguments);
    return m_process.get();
}

void TestTransport::initTestCase()
{
    m_cli = qEnvironmentVariable("BATCHDECK_CLI");
    QVERIFY2(QFile::exists(m_cli), "BATCHDECK_CLI must name the built batchdeck-cli");
}

void TestTransport::init()
{
    m_network.clearConnectionCache();
    // What every timeout printed when the aborted reply was read: no path may print it.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
}

void TestTransport::cutOffSuccessIsRetried_data()
{
    QTest::addColumn<TestResponse>("response");
    const QByteArray body = listBody(3);
    QTest::newRow("body shorter than Content-Length")
        << TestResponse::json(200, body.left(body.size() / 2)).announcingLength(body.size());
    QTest::newRow("connection dropped while the body trickles in")
        << TestResponse::json(200, body.left(body.size() / 2))
               .announcingLength(body.size())
               .inPieces(64, 5);
    QTest::newRow("chunked body without its last chunk")
        << TestResponse::json(200,
                              QByteArray::number(body.size() / 2, 16) + "\r\n"
                                  + body.left(body.size() / 2) + "\r\n")
               .withoutContentLength()
               .withRawHeaderLine("Transfer-Encoding: chunked");
}

void TestTransport::cutOffSuccessIsRetried()
{
    QFETCH(TestResponse, response);
    TestHttpServer server([&](const TestRequest &) { return response; });
    const Outcome outcome = list(clientSettingsFor(server, 2));
    QCOMPARE(outcome.calls, 1);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Transport);
    QCOMPARE(outcome.error.attempts, 3);
    QCOMPARE(server.requests().size(), 3);
    QVERIFY2(outcome.error.message.contains(u"broke off before the whole answer arrived"),
             qPrintable(outcome.error.message));
    QVERIFY2(outcome.error.message.contains(u"Gave up after 3 attempts"),
             qPrintable(outcome.error.message));
    QVERIFY(outcome.page.jobs.isEmpty()); // nothing half-read is passed on as a page
}

void TestTransport::cutOffThenCompleteAnswerSucceeds()
{
    const QByteArray body = listBody(3);
    int answered = 0;
    TestHttpServer server([&](const TestRequest &) {
        return ++answered == 1
            ? TestResponse::json(200, body.left(10)).announcingLength(body.size())
            : TestResponse::json(200, body);
    });
    const Outcome outcome = list(clientSettingsFor(server, 2));
    QVERIFY2(outcome.error.isOk(), qPrintable(outcome.error.message));
    QCOMPARE(outcome.page.jobs.size(), 3);
    QCOMPARE(server.requests().size(), 2);
}

void TestTransport::serverCanAskForRetry_data()
{
    QTest::addColumn<int>("status");
    for (int status : {400, 404, 422})
        QTest::addRow("x-should-retry: true on %d", status) << status;
}

void TestTransport::serverCanAskForRetry()
{
    QFETCH(int, status);
    TestHttpServer server([&](const TestRequest &) {
        return TestResponse::json(status, QByteArray(R"({"detail":"try again"})"))
            .withHeader("x-should-retry", "true");
    });
    const Outcome outcome = list(clientSettingsFor(server, 2));
    QCOMPARE(outcome.error.httpStatus, status);
    QCOMPARE(outcome.error.attempts, 3);
    QCOMPARE(server.requests().size(), 3);
}

void TestTransport::retryAfterHttpDate_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("expectedMs");
    const QDateTime now(QDate(2026, 10, 21), QTime(7, 28), Qt::UTC);
    QTest::newRow("5 s ahead") << QByteArray("Wed, 21 Oct 2026 07:28:05 GMT") << now << 5000;
    QTest::newRow("5 s ahead, RFC 850 form")
        << QByteArray("Wednesday, 21-Oct-26 07:28:05 GMT") << now << 5000;
    QTest::newRow("5 s ahead, asctime form")
        << QByteArray("Wed Oct 21 07:28:05 2026") << now << 5000;
    QTest::newRow("asctime form with a space-padded day")
        << QByteArray("Sun Nov  1 00:00:02 2026")
        << QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC) << 2000;
    QTest::newRow("60 s ahead, the most honoured")
        << QByteArray("Wed, 21 Oct 2026 07:29:00 GMT") << now << 60'000;
    QTest::newRow("61 s ahead is ignored")
        << QByteArray("Wed, 21 Oct 2026 07:29:01 GMT") << now << -1;
    QTest::newRow("in the past is ignored")
        << QByteArray("Wed, 21 Oct 2026 07:27:00 GMT") << now << -1;
    QTest::newRow("now is ignored") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << now << -1;
    QTest::newRow("not a date is ignored") << QByteArray("tomorrow") << now << -1;
}

void TestTransport::retryAfterHttpDate()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QDateTime, now);
    QFETCH(int, expectedMs);
    QCOMPARE(retryAfterHintMs({}, retryAfter, now), expectedMs);
}

void TestTransport::retryAfterHttpDateIsHonoured()
{
    QElapsedTimer sinceFirstAnswer;
    qint64 secondRequestAfterMs = -1;
    TestHttpServer server([&](const TestRequest &) {
        if (sinceFirstAnswer.isValid()) {
            secondRequestAfterMs = sinceFirstAnswer.elapsed();
            return TestResponse::json(200, listBody(1));
        }
        sinceFirstAnswer.start();
        // Whole seconds only, so the wait is between 2 and 3 s from now.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return TestResponse::json(503, QByteArray(R"({"detail":"busy"})"))
            .withHeader("Retry-After", httpDate(now.addSecs(3)));
    });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, 1));
    QObject context;
    Outcome outcome;
    ApiCall *call =
        JobsApi(&client).listJobs({}, &context, [&](const JobPage &page, const ApiError &error) {
            outcome.page = page;
            outcome.error = error;
            ++outcome.calls;
        });
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 30'000);
    QVERIFY2(outcome.error.isOk(), qPrintable(outcome.error.message));
    QCOMPARE(retries.size(), 1);
    const int delay = retries.first().at(1).toInt();
    QVERIFY2(delay > 1000 && delay <= 3000, qPrintable(QString::number(delay)));
    // Coarse timers may fire up to 5% early; under load they only fire later.
    QVERIFY2(secondRequestAfterMs >= delay * 0.9,
             qPrintable(QString::number(secondRequestAfterMs)));
}

void TestTransport::answerOverTheCapIsRefused_data()
{
    QTest::addColumn<TestResponse>("response");
    QTest::newRow("announced over the cap") << TestResponse::json(200, listBody(3, SmallCap + 1));
    QTest::newRow("no Content-Length, over the cap")
        << TestResponse::json(200, listBody(3, 4 * SmallCap)).withoutContentLength();
    QTest::newRow("endless body")
        << TestResponse::json(200, listBody(3, 16 * 1024)).repeatedEndlessly();
    QTest::newRow("endless chunked body")
        << TestResponse::json(200, "4000\r\n" + QByteArray(0x4000, ' ') + "\r\n")
               .repeatedEndlessly()
               .withRawHeaderLine("Transfer-Encoding: chunked");
    QTest::newRow("endless error body is not retried as a 500 would be")
        << TestResponse::json(500, QByteArray(8 * 1024, 'x')).repeatedEndlessly();
    QTest::newRow("x-should-retry: true does not make it smaller")
        << TestResponse::json(200, QByteArray(8 * 1024, 'x'))
               .repeatedEndlessly()
               .withHeader("x-should-retry", "true");
}

void TestTransport::answerOverTheCapIsRefused()
{
    QFETCH(TestResponse, response);
    TestHttpServer server([&](const TestRequest &) { return response; });
    ClientSettings settings = clientSettingsFor(server, 3);
    settings.maxAnswerBytes = SmallCap;
    const Outcome outcome = list(settings);
    QCOMPARE(outcome.calls, 1);
    QCOMPARE(outcome.error.kind, ApiError::Kind::TooLarge);
    QVERIFY2(outcome.error.message.startsWith(u"The server's answer was larger than 64 kB,"),
             qPrintable(outcome.error.message));
    QVERIFY(!outcome.error.message.contains(u"compressed"));
    QCOMPARE(outcome.error.attempts, 1);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(outcome.page.jobs.isEmpty());
}

void TestTransport::answerWithinTheCapIsRead_data()
{
    QTest::addColumn<TestResponse>("response");
    QTest::addColumn<qint64>("cap");
    QTest::newRow("exactly the cap, in pieces")
        << TestResponse::json(200, listBody(3, SmallCap)).inPieces(4096, 0) << SmallCap;
    // A server that sends faster than the client reads must not stall the transfer.
    QTest::newRow("24 MB at once under the default cap")
        << TestResponse::json(200, listBody(3, 24 * 1024 * 1024))
        << ClientSettings::DefaultMaxAnswerBytes;
}

void TestTransport::answerWithinTheCapIsRead()
{
    QFETCH(TestResponse, response);
    QFETCH(qint64, cap);
    TestHttpServer server([&](const TestRequest &) { return response; });
    ClientSettings settings = clientSettingsFor(server);
    settings.maxAnswerBytes = cap;
    settings.timeoutMs = 50'000;
    const Outcome outcome = list(settings);
    QVERIFY2(outcome.error.isOk(), qPrintable(outcome.error.message));
    QCOMPARE(outcome.page.jobs.size(), 3);
}

void TestTransport::hugeAnnouncedLengthIsRefusedAtOnce()
{
    // 10 GB announced, a little sent, the connection left open: only the header can end this.
    TestHttpServer server([](const TestRequest &) {
        return TestResponse::json(200, listBody(1))
            .announcingLength(Q_INT64_C(10) * 1024 * 1024 * 1024)
            .leavingConnectionOpen();
    });
    ClientSettings settings = clientSettingsFor(server, 3);
    settings.timeoutMs = 20'000;
    const Outcome outcome = list(settings);
    QCOMPARE(outcome.error.kind, ApiError::Kind::TooLarge);
    QVERIFY2(outcome.error.message.contains(u"larger than 64 MB"),
             qPrintable(outcome.error.message));
    QCOMPARE(server.requests().size(), 1);
}

void TestTransport::compressedAnswer_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<qint64>("cap");
    const QByteArray small = listBody(3, SmallCap / 2);
    const QByteArray large = listBody(3, 16 * SmallCap); // about 1 MB of mostly spaces
    QTest::newRow("gzip under the cap is read")
        << QByteArray("gzip") << gzipBody(small) << true << SmallCap;
    QTest::newRow("deflate under the cap is read")
        << QByteArray("deflate") << deflateBody(small) << true << SmallCap;
    QTest::newRow("gzip inflating past the cap")
        << QByteArray("gzip") << gzipBody(large) << false << SmallCap;
    QTest::newRow("deflate inflating past the cap")
        << QByteArray("deflate") << deflateBody(large) << false << SmallCap;
    // Past the 10 MB from which Qt's own ratio check would act (it stalled instead of failing).
    QTest::newRow("gzip bomb past 10 MB")
        << QByteArray("gzip") << gzipBody(listBody(3, 40 * 1024 * 1024)) << false
        << qint64(16 * 1024 * 1024);
}

void TestTransport::compressedAnswer()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, body);
    QFETCH(bool, fits);
    QFETCH(qint64, cap);
    QVERIFY(body.size() < SmallCap); // it is the inflated size that passes the cap
    TestHttpServer server([&](const TestRequest &) {
        return TestResponse::json(200, body).withHeader("Content-Encoding", encoding);
    });
    ClientSettings settings = clientSettingsFor(server, 3);
    settings.maxAnswerBytes = cap;
    settings.timeoutMs = 50'000;
    const Outcome outcome = list(settings);
    if (fits) {
        QVERIFY2(outcome.error.isOk(), qPrintable(outcome.error.message));
        QCOMPARE(outcome.page.jobs.size(), 3);
        return;
    }
    QCOMPARE(outcome.error.kind, ApiError::Kind::TooLarge);
    QVERIFY2(outcome.error.message.contains(u" once decompressed (it was sent compressed)"),
             qPrintable(outcome.error.message));
    QCOMPARE(server.requests().size(), 1);
}

void TestTransport::drippingBodyCannotOutlastTheTimeout()
{
    // One byte every 50 ms: the whole body would take about a minute; the timeout is 1 s.
    TestHttpServer server([](const TestRequest &) {
        return TestResponse::json(200, listBody(3, 1200)).inPieces(1, 50);
    });
    ClientSettings settings = clientSettingsFor(server);
    settings.timeoutMs = 1000;
    QElapsedTimer elapsed;
    elapsed.start();
    const Outcome outcome = list(settings);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
    QVERIFY2(outcome.error.message.contains(u"did not answer within 1 second"),
             qPrintable(outcome.error.message));
    QVERIFY(outcome.page.jobs.isEmpty());
    QVERIFY2(elapsed.elapsed() < 30'000, "the drip, not the timeout, ended the call");
}

void TestTransport::timeoutIsRetriedWithoutReadingTheAbortedReply()
{
    TestHttpServer server([](const TestRequest &) { return TestResponse::hang(); });
    ClientSettings settings = clientSettingsFor(server, 1);
    settings.timeoutMs = 200;
    const Outcome outcome = list(settings); // init() fails the test on "device not open"
    QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(outcome.error.attempts, 2);
    QCOMPARE(server.requests().size(), 2);
}

void TestTransport::cliRefusesNonsenseTimeouts_data()
{
    QTest::addColumn<QString>("timeout");
    for (const char *value :
         {"nan", "NaN", "inf", "-inf", "infinity", "0", "-1", "0.0009", "1e-9", "3601", "soon", ""})
        QTest::addRow("--timeout \"%s\"", value) << QString::fromLatin1(value);
}

void TestTransport::cliRefusesNonsenseTimeouts()
{
    QFETCH(QString, timeout);
    QProcess *cli =
        startCli({QStringLiteral("export"), QStringLiteral("--demo"), QStringLiteral("--timeout"),
                  timeout, QStringLiteral("--output"), QStringLiteral("/nonexistent/out.csv")});
    QSignalSpy finished(cli, &QProcess::finished);
    QVERIFY(finished.wait(60'000));
    const QString err = QString::fromLocal8Bit(cli->readAllStandardError());
    QCOMPARE(cli->exitCode(), 2);
    QVERIFY2(err.startsWith(u"batchdeck-cli: --timeout"), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
}

void TestTransport::cliTimeoutSaysOneThing()
{
    // 1 ms is the shortest timeout allowed; every attempt times out, and says so once.
    TestHttpServer server([](const TestRequest &) { return TestResponse::hang(); });
    QProcess *cli = startCli(
        {QStringLiteral("export"), QStringLiteral("--base-url"), server.baseUrl().toString(),
         QStringLiteral("--api-key"), QStringLiteral("k"), QStringLiteral("--timeout"),
         QStringLiteral("0.001"), QStringLiteral("--max-retries"), QStringLiteral("2")});
    QSignalSpy finished(cli, &QProcess::finished);
    QVERIFY(finished.wait(60'000));
    const QString err = QString::fromLocal8Bit(cli->readAllStandardError());
    QCOMPARE(cli->exitCode(), 1);
    QVERIFY2(err.contains(u"did not answer within 0.001 seconds"), qPrintable(err));
    QVERIFY2(!err.contains(u"device not open"), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
}

void TestTransport::cliRefusesAnEndlessAnswer()
{
    TestHttpServer server([](const TestRequest &) {
        return TestResponse::json(200, QByteArray(64 * 1024, ' ')).repeatedEndlessly();
    });
    QTemporaryDir directory;
    const QString output = directory.filePath(QStringLiteral("jobs.csv"));
    QProcess *cli = startCli({QStringLiteral("export"), QStringLiteral("--base-url"),
                              server.baseUrl().toString(), QStringLiteral("--api-key"),
                              QStringLiteral("k"), QStringLiteral("--max-retries"),
                              QStringLiteral("3"), QStringLiteral("--output"), output});
    QSignalSpy finished(cli, &QProcess::finished);
    QVERIFY(finished.wait(120'000));
    const QString err = QString::fromLocal8Bit(cli->readAllStandardError());
    QCOMPARE(cli->exitCode(), 1);
    QVERIFY2(err.contains(u"The server's answer was larger than 64 MB"), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(!QFile::exists(output));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "core/jobs/jobsapi.h"
#include "tst_transport.moc"
