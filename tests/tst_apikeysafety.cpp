// The API key against hostile servers and careless input: redirects, plain http, bad
// certificates, echoes in logs and messages, and keys that would inject request headers.
#include "clitesting.h"
#include "core/api/logging.h"
#include "core/batches/batchesapi.h"
#include "core/catalog/catalogapi.h"
#include "core/jobs/jobsapi.h"
#include "testhttpserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QString BatchPath = QStringLiteral("/api/v1/beta/batch-processing");

struct CallResult
{
    bool delivered = false;
    ApiError error;
};

struct CombinedCliRun
{
    int exitCode = -1;
    QByteArray output; // standard output and standard error
};

QString origin(const QUrl &url)
{
    return url.host() + u':' + QString::number(url.port());
}

} // namespace

class TestApiKeySafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void redirectToAnotherOriginKeepsTheKey_data();
    void redirectToAnotherOriginKeepsTheKey();
    void redirectWithinTheOriginIsFollowed_data();
    void redirectWithinTheOriginIsFollowed();
    void redirectLoopSaysItIsALoop();

    void baseUrlWithPasswordIsRefused_data();
    void baseUrlWithPasswordIsRefused();
    void plainHttpRule_data();
    void plainHttpRule();
    void apiClientRefusesPlainHttpElsewhere();
    void cliRefusesPlainHttpElsewhere_data();
    void cliRefusesPlainHttpElsewhere();

    void certificateErrorIsNeitherIgnoredNorRetried();

    void logsAndMessagesMaskTheKey();
    void messageHandlerMasksEveryLine();
    void maskingFindsEveryForm_data();
    void maskingFindsEveryForm();
    void maskingFindsKeysWhereverTheyStart_data();
    void maskingFindsKeysWhereverTheyStart();
    void keyIsMaskedBeforeTheDetailIsCut();
    void retryReasonsMaskTheKey();

    void keyWithControlCharacterIsRefused_data();
    void keyWithControlCharacterIsRefused();
    void cliRefusesKeyWithControlCharacter_data();
    void cliRefusesKeyWithControlCharacter();

private:
    CallResult listJobs(const ClientSettings &settings, QNetworkAccessManager *network = nullptr);
    CombinedCliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment);

    QString m_program;
    QNetworkAccessManager m_network;
};

void TestApiKeySafety::initTestCase()
{
    m_program = qEnvironmentVariable("BATCHDECK_CLI");
    QVERIFY2(QFile::exists(m_program), "BATCHDECK_CLI must name the built batchdeck-cli");
}

CallResult TestApiKeySafety::listJobs(const ClientSettings &settings,
                                      QNetworkAccessManager *network)
{
    ApiClient client(network ? network : &m_network);
    client.setSettings(settings);
    CallResult result;
    ListJobsQuery query;
    ApiCall *call =
        JobsApi(&client).listJobs(query, this, [&result](const JobPage &, const ApiError &error) {
            result.delivered = true;
            result.error = error;
        });
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(30'000))
        QTest::qFail("the call did not finish within 30 s", __FILE__, __LINE__);
    return result;
}

CombinedCliRun TestApiKeySafety::runCli(const QStringList &arguments,
                                        const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_program, arguments);
    // Waiting through the event loop lets a test server in this process answer the CLI.
    if (!finished.wait(60'000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), process.readAll()};
}

// ---------------------------------------------------------------------------------- redirects

void TestApiKeySafety::redirectToAnotherOriginKeepsTheKey_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301 Moved Permanently") << 301;
    QTest::newRow("302 Found") << 302;
    QTest::newRow("307 Temporary Redirect") << 307;
    QTest::newRow("308 Permanent Redirect") << 308;
}

void TestApiKeySafety::redirectToAnotherOriginKeepsTheKey()
{
    QFETCH(int, status);
    // Same host, another port: another origin, as another host would be.
    TestHttpServer other(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 1, 1)); });
    TestHttpServer server([&](const TestRequest &request) {
        return TestResponse::json(status, QByteArray("{}"))
            .withHeader("Location", other.baseUrl().toEncoded() + request.path.toLatin1())
            .withHeader("x-should-retry", "true"); // a hostile server insists
    });

    const CallResult result = listJobs(clientSettingsFor(server, 5));
    QVERIFY(result.delivered);
    QCOMPARE(other.requests().size(), 0);
    QCOMPARE(result.error.attempts, 1); // not retried
    QCOMPARE(result.error.kind, ApiError::Kind::Unsafe);
    QVERIFY2(result.error.message.contains(origin(server.baseUrl()))
                 && result.error.message.contains(origin(other.baseUrl())),
             qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(u"another server"), qPrintable(result.error.message));
}

void TestApiKeySafety::redirectWithinTheOriginIsFollowed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("absolute");
    QTest::newRow("301, relative Location") << 301 << false;
    QTest::newRow("302, absolute Location") << 302 << true;
    QTest::newRow("307, relative Location") << 307 << false;
    QTest::newRow("308, absolute Location") << 308 << true;
}

void TestApiKeySafety::redirectWithinTheOriginIsFollowed()
{
    QFETCH(int, status);
    QFETCH(bool, absolute);
    TestHttpServer server;
    server.setHandler([&](const TestRequest &request) {
        if (request.path.startsWith(u"/moved"))
            return TestResponse::json(200, jobListJson(0, 1, 1));
        const QByteArray target = "/moved" + request.path.toLatin1();
        return TestResponse::json(status, QByteArray("{}"))
            .withHeader("Location", absolute ? server.baseUrl().toEncoded() + target : target);
    });

    const CallResult result = listJobs(clientSettingsFor(server));
    QVERIFY(result.delivered);
    QVERIFY2(result.error.isOk(), qPrintable(result.error.message));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).path, u"/moved" + BatchPath);
    QCOMPARE(server.requests().at(1).headers.value("authorization"),
             QByteArray("Bearer sk-test-secret"));
}

void TestApiKeySafety::redirectLoopSaysItIsALoop()
{
    TestHttpServer server([](const TestRequest &request) {
        return TestResponse::json(302, QByteArray("{}"))
            .withHeader("Location", request.path.toLatin1());
    });

    const CallResult result = listJobs(clientSettingsFor(server, 5));
    QVERIFY(result.delivered);
    QCOMPARE(result.error.kind, ApiError::Kind::Unsafe);
    QVERIFY2(result.error.message.contains(u"redirect loop"), qPrintable(result.error.message));
    QVERIFY2(!result.error.message.contains(u"HTTP 302"), qPrintable(result.error.message));
    QCOMPARE(result.error.attempts, 1); // not retried
}

// --------------------------------------------------------------------------------- plain http

void TestApiKeySafety::baseUrlWithPasswordIsRefused_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("user and password") << "https://alice:s3cr3t-pw@api.example.com";
    QTest::newRow("user only") << "https://s3cr3t-pw@api.example.com";
    QTest::newRow("password on loopback http") << "http://u:s3cr3t-pw@127.0.0.1:8080";
}

void TestApiKeySafety::baseUrlWithPasswordIsRefused()
{
    // Qt would send it as HTTP authentication, and logs and messages would show it.
    QFETCH(QString, address);
    QString error;
    QVERIFY(parseBaseUrl(address, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("user name or password")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("s3cr3t-pw")), qPrintable(error));
}

void TestApiKeySafety::plainHttpRule_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("allowInsecureHttp");
    QTest::addColumn<bool>("refused");
    // Loopback: the key never leaves the machine.
    QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080" << false << false;
    QTest::newRow("127.0.0.2 (all of 127/8)") << "http://127.0.0.2" << false << false;
    QTest::newRow("127.255.255.254") << "http://127.255.255.254" << false << false;
    QTest::newRow("[::1]") << "http://[::1]:8080" << false << false;
    QTest::newRow("localhost") << "http://localhost:8080" << false << false;
    QTest::newRow("LOCALHOST") << "http://LOCALHOST" << false << false;
    // Names are looked up, and the answer may not be loopback: refused.
    QTest::newRow("localhost. (a DNS name)") << "http://localhost.:8080" << false << true;
    QTest::newRow("127.0.0.1.nip.io") << "http://127.0.0.1.nip.io" << false << true;
    QTest::newRow("localhost.example.com") << "http://localhost.example.com" << false << true;
    QTest::newRow("10.0.0.1") << "http://10.0.0.1" << false << true;
    QTest::newRow("0.0.0.0") << "http://0.0.0.0:8080" << false << true;
    QTest::newRow("[::ffff:10.0.0.1]") << "http://[::ffff:10.0.0.1]" << false << true;
    QTest::newRow("[fe80::1]") << "http://[fe80::1]" << false << true;
    QTest::newRow("example.com") << "http://example.com" << false << true;
    QTest::newRow("HTTP://EXAMPLE.COM") << "HTTP://EXAMPLE.COM" << false << true;
    // The user's explicit consent, and https, which needs none.
    QTest::newRow("example.com, allowed") << "http://example.com" << true << false;
    QTest::newRow("10.0.0.1, allowed") << "http://10.0.0.1:8080" << true << false;
    QTest::newRow("https://example.com") << "https://example.com" << false << false;
    QTest::newRow("https://10.0.0.1") << "https://10.0.0.1" << false << false;
}

void TestApiKeySafety::plainHttpRule()
{
    QFETCH(QString, baseUrl);
    QFETCH(bool, allowInsecureHttp);
    QFETCH(bool, refused);
    ClientSettings settings;
    QString parseError;
    settings.baseUrl = parseBaseUrl(baseUrl, &parseError);
    QVERIFY2(parseError.isEmpty(), qPrintable(parseError));
    settings.apiKey = QStringLiteral("sk-test-secret");
    settings.allowInsecureHttp = allowInsecureHttp;

    QCOMPARE(settings.sendsKeyInCleartext(), refused);
    const QString error = settings.validationError();
    QCOMPARE(!error.isEmpty(), refused);
    if (refused) {
        QVERIFY2(error.contains(u"plain http") && error.contains(settings.baseUrl.host()),
                 qPrintable(error));
    }
}

void TestApiKeySafety::apiClientRefusesPlainHttpElsewhere()
{
    // The test server acts as an HTTP proxy: a request for http://example.com reaches it on
    // 127.0.0.1 instead of the outside world, so a broken refusal would show here, not leak.
    TestHttpServer proxy(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 1, 1)); });
    QNetworkAccessManager proxiedNetwork;
    proxiedNetwork.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                                          quint16(proxy.baseUrl().port())));
    ClientSettings settings = clientSettingsFor(proxy);
    settings.baseUrl = QUrl(QStringLiteral("http://example.com"));

    const CallResult refused = listJobs(settings, &proxiedNetwork);
    QVERIFY(refused.delivered);
    QCOMPARE(refused.error.kind, ApiError::Kind::InvalidArgument);
    QVERIFY2(refused.error.message.contains(u"example.com"), qPrintable(refused.error.message));
    QCOMPARE(proxy.requests().size(), 0);

    // With the user's consent the same request goes out: the proxy does see it.
    settings.allowInsecureHttp = true;
    const CallResult allowed = listJobs(settings, &proxiedNetwork);
    QVERIFY2(allowed.error.isOk(), qPrintable(allowed.error.message));
    QCOMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.requests().first().headers.value("authorization"),
             QByteArray("Bearer sk-test-secret"));
}

void TestApiKeySafety::cliRefusesPlainHttpElsewhere_data()
{
    QTest::addColumn<bool>("fromEnvironment");
    QTest::addColumn<bool>("allowInsecureHttp");
    QTest::addColumn<QString>("expectedSource");
    QTest::newRow("--base-url") << false << false << "--base-url";
    QTest::newRow("LLAMA_CLOUD_BASE_URL") << true << false << "LLAMA_CLOUD_BASE_URL";
    QTest::newRow("--base-url with --allow-insecure-http") << false << true << QString();
    QTest::newRow("LLAMA_CLOUD_BASE_URL with --allow-insecure-http") << true << true << QString();
}

void TestApiKeySafety::cliRefusesPlainHttpElsewhere()
{
    QFETCH(bool, fromEnvironment);
    QFETCH(bool, allowInsecureHttp);
    QFETCH(QString, expectedSource);
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 0, 0)); });
    // 0.0.0.0 is not loopback by the rule, yet Linux delivers a connection to it on this
    // machine: if the refusal were broken, the key would reach the test server, nowhere else.
    const QString baseUrl = QStringLiteral("http://0.0.0.0:%1").arg(server.baseUrl().port());
    QProcessEnvironment environment = cleanCliEnvironment();
    QStringList arguments {QStringLiteral("export"), QStringLiteral("--api-key"),
                           QStringLiteral("sk-cli-secret")};
    if (fromEnvironment)
        environment.insert(QStringLiteral("LLAMA_CLOUD_BASE_URL"), baseUrl);
    else
        arguments << QStringLiteral("--base-url") << baseUrl;
    if (allowInsecureHttp)
        arguments << QStringLiteral("--allow-insecure-http");

    const CombinedCliRun result = runCli(arguments, environment);
    if (allowInsecureHttp) {
        QVERIFY2(result.exitCode == 0, result.output.constData());
        QCOMPARE(server.requests().size(), 1);
        return;
    }
    QVERIFY2(result.exitCode == 2, result.output.constData());
    QCOMPARE(server.requests().size(), 0);
    const QString output = QString::fromLocal8Bit(result.output);
    QVERIFY2(output.startsWith(u"batchdeck-cli: " + expectedSource + u':'), qPrintable(output));
    QVERIFY2(output.contains(u"--allow-insecure-http") && output.contains(u"unencrypted"),
             qPrintable(output));
}

// ------------------------------------------------------------------------------------------ TLS

void TestApiKeySafety::certificateErrorIsNeitherIgnoredNorRetried()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "the openssl command is needed (packaging/debian-packages.txt)");
    // A throwaway self-signed certificate, valid for 127.0.0.1 and made for this run only.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QProcess generate;
    generate.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy generated(&generate, &QProcess::finished);
    generate.start(openssl,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                    directory.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                    directory.filePath(QStringLiteral("cert.pem"))});
    QVERIFY(generated.wait(60'000));
    QVERIFY2(generate.exitCode() == 0, generate.readAll().constData());
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(directory.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(directory.filePath(QStringLiteral("key.pem")));
    QVERIFY(!certificates.isEmpty() && keyFile.open(QIODevice::ReadOnly));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificates.first());
    configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
    QVERIFY(!configuration.privateKey().isNull());
    QSslServer server;
    server.setSslConfiguration(configuration);
    QSignalSpy handshakes(&server, &QSslServer::startedEncryptionHandshake);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    ClientSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
    settings.apiKey = QStringLiteral("sk-test-secret");
    settings.maxRetries = 5;
    settings.retryBaseDelayMs = 1; // a retry, were there one, would come at once
    settings.retryMaxDelayMs = 4;
    // A network of its own, gone with its TLS connections when the test ends.
    auto network = std::make_unique<QNetworkAccessManager>();
    const CallResult result = listJobs(settings, network.get());
    network.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(result.delivered);
    QCOMPARE(handshakes.size(), 1);
    QCOMPARE(result.error.kind, ApiError::Kind::Unsafe);
    QCOMPARE(result.error.attempts, 1);
    QVERIFY2(result.error.message.contains(u"certificate")
                 && result.error.message.contains(u"self-signed"),
             qPrintable(result.error.message));
}

// ----------------------------------------------------------------------------------------- logs

void TestApiKeySafety::logsAndMessagesMaskTheKey()
{
    // Characters that percent-encoding changes, so that both forms are distinct.
    const QByteArray key = "llx-Safety/Key+With=Reserved~Chars";
    const QByteArray encodedKey = QUrl::toPercentEncoding(QString::fromLatin1(key));
    QVERIFY(encodedKey != key);
    QByteArray lowerHexKey = encodedKey; // "%2f": as valid as "%2F"
    for (qsizetype i = lowerHexKey.indexOf('%'); i >= 0; i = lowerHexKey.indexOf('%', i + 1))
        lowerHexKey.replace(i + 1, 2, lowerHexKey.mid(i + 1, 2).toLower());
    QVERIFY(lowerHexKey != encodedKey);
    // A server that echoes the key everywhere it can and makes the client retry.
    TestHttpServer server([&](const TestRequest &request) {
        const QByteArray authorization = request.headers.value("authorization");
        return TestResponse::json(500,
                                  QByteArray(R"({"detail":"bad key )") + authorization + " or "
                                      + encodedKey + " or " + lowerHexKey + "\"}")
            .withHeader("X-Echo", authorization)
            .withHeader("Location", "http://127.0.0.1/?key=" + encodedKey)
            .withHeader("retry-after-ms", "1");
    });
    QProcessEnvironment environment = cleanCliEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    environment.insert(QStringLiteral("LLAMA_CLOUD_API_KEY"), QString::fromLatin1(key));

    const CombinedCliRun result =
        runCli({QStringLiteral("export"), QStringLiteral("--base-url"), server.baseUrl().toString(),
                QStringLiteral("--max-retries"), QStringLiteral("2")},
               environment);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(server.requests().size(), 3);
    // The echo went through the retry log lines and the final message, masked.
    QVERIFY2(result.output.contains("retrying"), result.output.constData());
    QVERIFY2(result.output.contains("[API key]"), result.output.constData());
    QVERIFY2(!result.output.contains(key), result.output.constData());
    QVERIFY2(!result.output.contains(encodedKey), result.output.constData());
    QVERIFY2(!result.output.contains(lowerHexKey), result.output.constData());
}

namespace {
QStringList capturedLines;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLines << message;
}
} // namespace

void TestApiKeySafety::messageHandlerMasksEveryLine()
{
    // The masking handler passes each line on, masked, to the handler installed before it.
    const QtMessageHandler testlibHandler = qInstallMessageHandler(captureMessage);
    installSecretMaskingMessageHandler();
    const QString key = QStringLiteral("llx-Handler/Key+1");
    registerSecret(key);
    registerSecret(QStringLiteral("short")); // no real key: left alone, ordinary words intact
    capturedLines.clear();
    const QLoggingCategory category("qt.network.test");
    qCWarning(category) << "header" << key;
    qWarning("percent-encoded: %s and %s", "llx-Handler%2FKey%2B1", "llx-Handler%2fkey%2b1");
    qWarning("lower-case hex: llx-Handler%%2fKey%%2b1; a short word stays");
    // A log line may quote what a server sent; on a terminal it must not drive it.
    qWarning("server said: %s", "\x1b]0;title\x07 \x1b[2J\rStatus: completed");
    qInstallMessageHandler(testlibHandler); // the masking handler is gone with it; fine for a test

    QCOMPARE(capturedLines.size(), 4);
    QCOMPARE(capturedLines.at(0), u"header \"[API key]\"");
    QCOMPARE(capturedLines.at(1), u"percent-encoded: [API key] and [API key]");
    QCOMPARE(capturedLines.at(2), u"lower-case hex: [API key]; a short word stays");
    QCOMPARE(capturedLines.at(3), uR"(server said: \e]0;title\x07 \e[2J\rStatus: completed)");
}

void TestApiKeySafety::maskingFindsEveryForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::addColumn<int>("copies");
    // The key of these rows: letters of both cases and characters that percent-encoding changes.
    QTest::newRow("as sent") << "a llx-Ab/Cd+Ef=9 b"
                             << "a [API key] b" << 1;
    QTest::newRow("upper-case") << "LLX-AB/CD+EF=9"
                                << "[API key]" << 1;
    QTest::newRow("lower-case") << "llx-ab/cd+ef=9"
                                << "[API key]" << 1;
    QTest::newRow("reserved characters encoded, upper-case hex") << "llx-Ab%2FCd%2BEf%3D9"
                                                                 << "[API key]" << 1;
    QTest::newRow("reserved characters encoded, lower-case hex") << "llx-Ab%2fCd%2bEf%3d9"
                                                                 << "[API key]" << 1;
    QTest::newRow("fully encoded, upper-case hex") << "%6C%6C%78%2D%41%62%2F%43%64%2B%45%66%3D%39"
                                                   << "[API key]" << 1;
    QTest::newRow("fully encoded, lower-case hex") << "%6c%6c%78%2d%41%62%2f%43%64%2b%45%66%3d%39"
                                                   << "[API key]" << 1;
    QTest::newRow("fully encoded, letters of the other case") << "%4C%4C%58-%61%42/cD+eF=9"
                                                              << "[API key]" << 1;
    QTest::newRow("partly encoded, mixed case") << "lLx%2dAB%2fcd+%45f=%39"
                                                << "[API key]" << 1;
    QTest::newRow("twice, in two forms") << "llx-Ab/Cd+Ef=9 and LLX-AB%2FCD%2BEF%3D9"
                                         << "[API key] and [API key]" << 2;
    QTest::newRow("in a URL query") << "?page_token=llx-Ab%2FCd%2BEf%3D9&x=1"
                                    << "?page_token=[API key]&x=1" << 1;
    QTest::newRow("one character different stays") << "llx-Ab/Cd+Ef=8"
                                                   << "llx-Ab/Cd+Ef=8" << 0;
    QTest::newRow("a cut key stays (nothing to mask)") << "llx-Ab/Cd+Ef"
                                                       << "llx-Ab/Cd+Ef" << 0;
    QTest::newRow("a broken escape stays") << "llx-Ab%2GCd+Ef=9"
                                           << "llx-Ab%2GCd+Ef=9" << 0;
    QTest::newRow("empty") << ""
                           << "" << 0;
}

void TestApiKeySafety::maskingFindsEveryForm()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QFETCH(int, copies);
    const QString key = QStringLiteral("llx-Ab/Cd+Ef=9");
    QCOMPARE(maskSecrets(text, key), masked);
    // Registered keys are found the same way.
    registerSecret(key);
    QString inPlace = text;
    QCOMPARE(maskSecretsInPlace(inPlace), qsizetype(copies));
    QCOMPARE(inPlace, masked);
}

void TestApiKeySafety::maskingFindsKeysWhereverTheyStart_data()
{
    // Masking tries the keys only where one can start: these rows are about that test.
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::addColumn<int>("copies");
    const QString kKey = QStringLiteral("kvn-Zq8/Wm+3x");
    const QString sKey = QStringLiteral("sk-Tq4/Lm+9pR");
    const QString nonAsciiKey = QStringLiteral("Ünï-Wx7/Yz+2q");
    const QString outsideBmpKey =
        QStringLiteral("\U00010400dst-Qw5/Er+8"); // DESERET CAPITAL LONG I
    QTest::newRow("at the start") << QStringList {kKey} << "kvn-Zq8/Wm+3x, then text"
                                  << "[API key], then text" << 1;
    QTest::newRow("at the end, upper-case") << QStringList {kKey} << "ends with KVN-ZQ8/WM+3X"
                                            << "ends with [API key]" << 1;
    QTest::newRow("first character percent-encoded")
        << QStringList {kKey} << "token=%6Bvn-Zq8%2FWm%2B3x"
        << "token=[API key]" << 1;
    QTest::newRow("first character percent-encoded as the other case")
        << QStringList {kKey} << "%4Bvn-Zq8/Wm+3x"
        << "[API key]" << 1;
    QTest::newRow("KELVIN SIGN for the first letter (folds to k)")
        << QStringList {kKey} << QStringLiteral("\u212Avn-Zq8/Wm+3x") << "[API key]" << 1;
    QTest::newRow("LONG S for the first letter (folds to s)")
        << QStringList {sKey} << QStringLiteral("id \u017Fk-Tq4/Lm+9pR.") << "id [API key]." << 1;
    QTest::newRow("no character that can start a key")
        << QStringList {kKey} << "2026-01-01T01:37:16.557Z 7a3f0c55"
        << "2026-01-01T01:37:16.557Z 7a3f0c55" << 0;
    QTest::newRow("starts that are no key, then the key")
        << QStringList {kKey} << "kk%kvn-Zq8/Wm+3x"
        << "kk%[API key]" << 1;
    QTest::newRow("first character not ASCII, lower-case")
        << QStringList {nonAsciiKey} << QStringLiteral("ünï-wx7/yz+2q") << "[API key]" << 1;
    QTest::newRow("first character not ASCII, upper-case")
        << QStringList {nonAsciiKey} << QStringLiteral("a ÜNÏ-WX7/YZ+2Q") << "a [API key]" << 1;
    QTest::newRow("first character not ASCII, percent-encoded")
        << QStringList {nonAsciiKey} << QStringLiteral("%C3%9Cn%C3%AF-Wx7/Yz+2q") << "[API key]"
        << 1;
    QTest::newRow("two keys with different first letters")
        << QStringList {kKey, sKey} << "KVN-ZQ8/WM+3X and SK-TQ4/LM+9PR"
        << "[API key] and [API key]" << 2;
    // Last: a key outside the BMP is tried at every position from here on.
    QTest::newRow("first character outside the BMP, other case")
        << QStringList {outsideBmpKey} << QStringLiteral("x \U00010428DST-QW5/ER+8")
        << "x [API key]" << 1;
}

void TestApiKeySafety::maskingFindsKeysWhereverTheyStart()
{
    QFETCH(QStringList, keys);
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QFETCH(int, copies);
    if (keys.size() == 1) // as the extra key of one call, before it is registered
        QCOMPARE(maskSecrets(text, keys.front()), masked);
    for (const QString &key : keys)
        registerSecret(key);
    QString inPlace = text;
    QCOMPARE(maskSecretsInPlace(inPlace), qsizetype(copies));
    QCOMPARE(inPlace, masked);
}

void TestApiKeySafety::keyIsMaskedBeforeTheDetailIsCut()
{
    // The key straddles the point where a long detail is cut: masking must come first, or the
    // part before the cut would be shown.
    const QString key = QStringLiteral("llx-Straddling/Key+0123456789abcdef");
    registerSecret(key);
    const QString detail =
        QString(ApiError::MaxDetailCharacters - 10, u'x') + key.toUpper() + QString(5'000, u'y');
    const ApiError error = ApiError::fromHttp(
        500, QJsonDocument(QJsonObject {{QStringLiteral("detail"), detail}}).toJson());

    for (const QString &text : {error.serverDetail, error.message}) {
        QVERIFY2(!text.contains(key.left(10), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(text.contains(u"[API key]"), qPrintable(text));
        QVERIFY2(text.size() < ApiError::MaxDetailCharacters + 200, qPrintable(text.right(100)));
    }
    QVERIFY2(error.serverDetail.endsWith(u"… and 4,999 more characters")
                 || error.serverDetail.endsWith(u"… and 4999 more characters"),
             qPrintable(error.serverDetail.right(100)));
}

void TestApiKeySafety::retryReasonsMaskTheKey()
{
    // Receivers of retryScheduled (a status line, a log) see the reason before finish() runs.
    const QString key = QStringLiteral("llx-Retry/Reason+Key");
    const QByteArray encodedKey = QUrl::toPercentEncoding(key);
    TestHttpServer server([&](const TestRequest &request) {
        return TestResponse::json(503,
                                  QByteArray(R"({"detail":")")
                                      + request.headers.value("authorization") + " " + encodedKey
                                      + "\"}");
    });
    ClientSettings settings = clientSettingsFor(server, 2);
    settings.apiKey = key;
    ApiClient client(&m_network);
    client.setSettings(settings);
    ApiError finalError;
    ApiCall *call = JobsApi(&client).listJobs(
        ListJobsQuery {}, this,
        [&](const JobPage &, const ApiError &error) { finalError = error; });
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(retries.size(), 2);
    QList<ApiError> errors {finalError};
    for (const QList<QVariant> &retry : retries)
        errors << retry.at(2).value<ApiError>();
    for (const ApiError &error : errors) {
        for (const QString &text : {error.message, error.serverDetail}) {
            QVERIFY2(text.contains(u"[API key]"), qPrintable(text));
            QVERIFY2(!text.contains(key) && !text.contains(QString::fromLatin1(encodedKey)),
                     qPrintable(text));
        }
    }
}

// ------------------------------------------------------------------------- control characters

void TestApiKeySafety::keyWithControlCharacterIsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("line feed (header injection)") << "llx-abcdef\nX-Injected: yes";
    QTest::newRow("carriage return and line feed") << "llx-abcdef\r\nX-Injected: yes";
    QTest::newRow("carriage return") << "llx-abcdef\rmore";
    QTest::newRow("tab") << "llx-abc\tdef";
    QTest::newRow("NUL") << QStringLiteral("llx-abc") + QChar(0) + QStringLiteral("def");
    QTest::newRow("DEL") << "llx-abc\x7f"
                            "def";
    QTest::newRow("C1 next line") << QStringLiteral("llx-abc\u0085def");
    QTest::newRow("Unicode line separator") << QStringLiteral("llx-abc\u2028def");
}

void TestApiKeySafety::keyWithControlCharacterIsRefused()
{
    QFETCH(QString, key);
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 0, 0)); });
    ClientSettings settings = clientSettingsFor(server);
    settings.apiKey = key;
    QVERIFY2(settings.validationError().contains(u"API key"),
             qPrintable(settings.validationError()));

    const CallResult result = listJobs(settings);
    QVERIFY(result.delivered);
    QCOMPARE(result.error.kind, ApiError::Kind::InvalidArgument);
    QVERIFY2(result.error.message.contains(u"control character"), qPrintable(result.error.message));
    QCOMPARE(server.requests().size(), 0);
}

void TestApiKeySafety::cliRefusesKeyWithControlCharacter_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("--api-key") << "--api-key";
    QTest::newRow("LLAMA_CLOUD_API_KEY") << "LLAMA_CLOUD_API_KEY";
    QTest::newRow("LLAMA_PARSE_API_KEY") << "LLAMA_PARSE_API_KEY";
}

void TestApiKeySafety::cliRefusesKeyWithControlCharacter()
{
    QFETCH(QString, source);
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 0, 0)); });
    const QString key = QStringLiteral("llx-abcdef\r\nX-Injected: yes");
    QProcessEnvironment environment = cleanCliEnvironment();
    QStringList arguments {QStringLiteral("export"), QStringLiteral("--base-url"),
                           server.baseUrl().toString()};
    if (source.startsWith(u"--"))
        arguments << source << key;
    else
        environment.insert(source, key);

    const CombinedCliRun result = runCli(arguments, environment);
    QVERIFY2(result.exitCode == 2, result.output.constData());
    QCOMPARE(server.requests().size(), 0);
    const QString output = QString::fromLocal8Bit(result.output);
    QVERIFY2(output.startsWith(u"batchdeck-cli: " + source + u':'), qPrintable(output));
    QVERIFY2(output.contains(u"control character"), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestApiKeySafety)
#include "core/jobs/jobsapi.h"
#include "tst_apikeysafety.moc"
