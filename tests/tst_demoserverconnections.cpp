// The demo server at the TCP level, with raw sockets on 127.0.0.1: it closes a connection when
// the client asks to, keeps it open otherwise, and keeps answering under many clients, garbage,
// huge headers and slow or vanishing clients.
#include "demo/demoserver.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <sys/resource.h>

#include <memory>

using namespace BatchDeck;

namespace {

constexpr int AnswerTimeoutMs = 30'000; // generous: the suite runs with both cores busy

const QByteArray JobsPath = QByteArrayLiteral("/api/v1/beta/batch-processing?limit=1");

QByteArray request(const QByteArray &path, const QByteArray &extraHeaders = {},
                   const QByteArray &key = "llx-batchdeck-demo")
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key + "\r\n"
        + extraHeaders + "\r\n";
}

// One raw client that collects everything the server sends.
class RawClient
{
public:
    explicit RawClient(quint16 port)
        : m_disconnected(&m_socket, &QTcpSocket::disconnected)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead,
                         [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool waitForConnected()
    {
        return QTest::qWaitFor([this] { return isConnected(); }, AnswerTimeoutMs);
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    void leave() { m_socket.abort(); }

    // The first complete answer (status line, headers, Content-Length body), taken out of what
    // was received; empty if none is complete yet.
    QByteArray takeAnswer()
    {
        const qsizetype headerEnd = m_received.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return {};
        qsizetype length = 0;
        for (const QByteArray &line : m_received.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        const qsizetype end = headerEnd + 4 + length;
        if (m_received.size() < end)
            return {};
        const QByteArray answer = m_received.left(end);
        m_received.remove(0, end);
        return answer;
    }
    bool waitForAnswer(QByteArray *answer)
    {
        return QTest::qWaitFor([&] { return !(*answer = takeAnswer()).isEmpty(); },
                               AnswerTimeoutMs);
    }
    bool waitForClose()
    {
        return !m_disconnected.isEmpty() || m_disconnected.wait(AnswerTimeoutMs);
    }
    bool wasClosed() const { return !m_disconnected.isEmpty(); }
    QByteArray received() const { return m_received; }

private:
    QTcpSocket m_socket;
    QSignalSpy m_disconnected;
    QByteArray m_received;
};

int statusOf(const QByteArray &answer)
{
    // "HTTP/1.1 200 OK"
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

bool hasHeader(const QByteArray &answer, const QByteArray &name, const QByteArray &value)
{
    const QByteArray head = answer.left(answer.indexOf("\r\n\r\n")).toLower();
    return head.contains(QByteArray("\r\n" + name.toLower() + ": " + value.toLower()));
}

} // namespace

class TestDemoServerConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void closesTheConnectionWhenAsked_data();
    void closesTheConnectionWhenAsked();
    void keepsTheConnectionOpenOtherwise_data();
    void keepsTheConnectionOpenOtherwise();
    void answersFiveHundredConcurrentClients();
    void survivesHostileBytes_data();
    void survivesHostileBytes();
    void slowAndVanishingClientsHoldUpNoOne();

private:
    // A normal request on a fresh connection gets its 200.
    bool stillAnswers();

    std::unique_ptr<DemoServer> m_server;
};

void TestDemoServerConnections::initTestCase()
{
    // 500 clients and the server's 500 ends of them are all in this process.
    rlimit files {};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &files), 0);
    files.rlim_cur = files.rlim_max;
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &files), 0);
    QVERIFY2(files.rlim_cur >= 1200, "the test needs at least 1200 open files (ulimit -n)");

    DemoConfig config;
    config.jobCount = 200;
    m_server = std::make_unique<DemoServer>(config);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
}

bool TestDemoServerConnections::stillAnswers()
{
    RawClient client(m_server->port());
    if (!client.waitForConnected())
        return false;
    client.send(request(JobsPath));
    QByteArray answer;
    return client.waitForAnswer(&answer) && statusOf(answer) == 200;
}

void TestDemoServerConnections::closesTheConnectionWhenAsked_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("status");
    QTest::newRow("a page of jobs") << JobsPath << QByteArray("Connection: close\r\n")
                                    << QByteArray("llx-batchdeck-demo") << 200;
    QTest::newRow("header name and value in other case")
        << JobsPath << QByteArray("connection: CLOSE\r\n") << QByteArray("llx-batchdeck-demo")
        << 200;
    QTest::newRow("close among other options")
        << JobsPath << QByteArray("Connection: TE, close\r\nTE: trailers\r\n")
        << QByteArray("llx-batchdeck-demo") << 200;
    QTest::newRow("a wrong key (401)")
        << JobsPath << QByteArray("Connection: close\r\n") << QByteArray("wrong") << 401;
    QTest::newRow("an unknown path (404)")
        << QByteArray("/nowhere") << QByteArray("Connection: close\r\n")
        << QByteArray("llx-batchdeck-demo") << 404;
    QTest::newRow("a late answer")
        << JobsPath << QByteArray("X-Demo-Delay-Ms: 300\r\nConnection: close\r\n")
        << QByteArray("llx-batchdeck-demo") << 200;
}

void TestDemoServerConnections::closesTheConnectionWhenAsked()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, key);
    QFETCH(int, status);
    RawClient client(m_server->port());
    QVERIFY(client.waitForConnected());
    client.send(request(path, headers, key));
    QVERIFY2(client.waitForClose(), "the server kept the connection open after Connection: close");
    // The whole answer came before the close.
    QByteArray answer;
    QVERIFY2(client.waitForAnswer(&answer), client.received().constData());
    QCOMPARE(statusOf(answer), status);
    QVERIFY2(hasHeader(answer, "Connection", "close"), answer.constData());
    QVERIFY(answer.endsWith('}')); // the JSON body, complete
    QVERIFY(client.received().isEmpty());
}

void TestDemoServerConnections::keepsTheConnectionOpenOtherwise_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::newRow("no Connection header") << QByteArray();
    QTest::newRow("Connection: keep-alive") << QByteArray("Connection: keep-alive\r\n");
}

void TestDemoServerConnections::keepsTheConnectionOpenOtherwise()
{
    QFETCH(QByteArray, headers);
    RawClient client(m_server->port());
    QVERIFY(client.waitForConnected());
    for (int round = 0; round < 3; ++round) {
        client.send(request(JobsPath, headers));
        QByteArray answer;
        QVERIFY(client.waitForAnswer(&answer));
        QCOMPARE(statusOf(answer), 200);
        QVERIFY(!hasHeader(answer, "Connection", "close"));
    }
    QVERIFY(client.isConnected());
    QVERIFY(!client.wasClosed());
}

void TestDemoServerConnections::answersFiveHundredConcurrentClients()
{
    constexpr int Clients = 500;
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < Clients; ++i)
        clients.push_back(std::make_unique<RawClient>(m_server->port()));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(clients.cbegin(), clients.cend(),
                               [](const auto &client) { return client->isConnected(); });
        },
        AnswerTimeoutMs));
    for (const auto &client : clients)
        client->send(request(JobsPath, "Connection: close\r\n"));
    int answered = 0;
    for (const auto &client : clients) {
        QByteArray answer;
        QVERIFY(client->waitForAnswer(&answer));
        QCOMPARE(statusOf(answer), 200);
        QVERIFY(client->waitForClose());
        ++answered;
    }
    QCOMPARE(answered, Clients);
    QVERIFY(stillAnswers());
}

void TestDemoServerConnections::survivesHostileBytes_data()
{
    // What Qt HttpServer 6.4 does with each: it closes on what it cannot parse, answers what is
    // a request however large, and waits for the rest of a line that has not ended.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status"); // the answer expected; -1 a closed connection; 0 none yet
    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &byte : random)
        byte = char(generator.bounded(256));
    QTest::newRow("64 KB of random bytes") << random << -1;
    QTest::newRow("not HTTP") << QByteArray("HELLO THERE\r\n\r\n") << -1;
    QTest::newRow("a bad request line") << QByteArray("GET\r\n\r\n") << -1;
    QTest::newRow("NUL bytes") << QByteArray(4096, '\0') << 0;
    QTest::newRow("a 1 MB request line")
        << QByteArray("GET /" + QByteArray(1024 * 1024, 'a') + " HTTP/1.1\r\n\r\n") << 404;
    // Past its size limits Qt's header parser keeps no header at all, the key included.
    QTest::newRow("a 1 MB header")
        << request(JobsPath, "X-Huge: " + QByteArray(1024 * 1024, 'h') + "\r\n") << 401;
    QByteArray manyHeaders;
    for (int i = 0; i < 20'000; ++i)
        manyHeaders += "X-Header-" + QByteArray::number(i) + ": value\r\n";
    QTest::newRow("20,000 headers") << request(JobsPath, manyHeaders) << 401;
    QTest::newRow("a negative Content-Length")
        << QByteArray("POST /api/v1/beta/batch-processing/x/cancel HTTP/1.1\r\n"
                      "Content-Length: -5\r\n\r\n{}")
        << 401;
}

void TestDemoServerConnections::survivesHostileBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    RawClient client(m_server->port());
    QVERIFY(client.waitForConnected());
    client.send(bytes);
    if (status == -1) {
        QVERIFY(client.waitForClose());
    } else if (status > 0) {
        QByteArray answer;
        QVERIFY(client.waitForAnswer(&answer));
        QCOMPARE(statusOf(answer), status);
    }
    // Others are answered meanwhile.
    QVERIFY(stillAnswers());
}

void TestDemoServerConnections::slowAndVanishingClientsHoldUpNoOne()
{
    // Clients that stop halfway through a request, one that drips it a byte at a time, and
    // clients that leave before their (late) answer is ready.
    std::vector<std::unique_ptr<RawClient>> stalled;
    for (int i = 0; i < 50; ++i) {
        stalled.push_back(std::make_unique<RawClient>(m_server->port()));
        QVERIFY(stalled.back()->waitForConnected());
        stalled.back()->send("GET /api/v1/beta/batch-processing?li");
    }
    RawClient dripping(m_server->port());
    QVERIFY(dripping.waitForConnected());
    const QByteArray dripped = request(JobsPath);
    for (int i = 0; i < 40; ++i)
        dripping.send(dripped.mid(i, 1));
    std::vector<std::unique_ptr<RawClient>> leaving;
    for (int i = 0; i < 20; ++i) {
        leaving.push_back(std::make_unique<RawClient>(m_server->port()));
        QVERIFY(leaving.back()->waitForConnected());
        leaving.back()->send(request(JobsPath, "X-Demo-Delay-Ms: 1000\r\n"));
    }

    // Answered while all of those wait; and by now the server has read the leaving requests.
    QVERIFY(stillAnswers());
    for (const auto &client : leaving)
        client->leave();
    dripping.send(dripped.mid(40));
    QByteArray answer;
    QVERIFY(dripping.waitForAnswer(&answer));
    QCOMPARE(statusOf(answer), 200);
    // A request as late as the leaving ones, queued after them: when it is answered, theirs were
    // ready too, for clients that are gone.
    RawClient late(m_server->port());
    QVERIFY(late.waitForConnected());
    late.send(request(JobsPath, "X-Demo-Delay-Ms: 1000\r\n"));
    QVERIFY(late.waitForAnswer(&answer));
    QCOMPARE(statusOf(answer), 200);
    QVERIFY(stillAnswers());
}

QTEST_MAIN(TestDemoServerConnections)
#include "tst_demoserverconnections.moc"
