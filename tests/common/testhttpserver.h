#pragma once

#include "core/api/clientsettings.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

namespace BatchDeck::Testing {

struct TestRequest
{
    QByteArray method;
    QString path; // percent-encoded, as sent
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

struct TestResponse
{
    // CloseConnection and ResetConnection read the whole request, body included, then leave
    // without a byte of answer: CloseConnection closes the connection (FIN), ResetConnection
    // resets it (RST), as a crashing server or a proxy in between may.
    enum class Action { Respond, Hang, CloseConnection, ResetConnection };
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Action action = Action::Respond;
    int delayMs = 0; // answer this much later, without blocking other requests
    // Hostile behaviours, all off by default.
    qint64 announcedLength = -1; // the Content-Length sent; -1: the body's size
    bool sendContentLength = true;
    QList<QByteArray> rawHeaderLines {}; // sent as they are, for headers withHeader cannot express
    int pieceBytes = 0; // > 0: the body goes out in pieces of this size, one per interval
    int pieceIntervalMs = 0;
    bool endless = false; // the body repeats until the client leaves (within a safety bound)
    bool keepOpen = false; // after the body, the connection stays open instead of closing

    static TestResponse json(int status, const QByteArray &body);
    static TestResponse json(int status, const QJsonObject &body);
    static TestResponse hang() { return {0, {}, {}, Action::Hang, 0}; }
    static TestResponse closeConnection() { return {0, {}, {}, Action::CloseConnection, 0}; }
    static TestResponse resetConnection() { return {0, {}, {}, Action::ResetConnection, 0}; }
    TestResponse &delayedBy(int milliseconds)
    {
        delayMs = milliseconds;
        return *this;
    }
    TestResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
        return *this;
    }
    TestResponse &withRawHeaderLine(const QByteArray &line)
    {
        rawHeaderLines.append(line);
        return *this;
    }
    // Announces `bytes` whatever the body holds: more than the body and the answer is cut off
    // when the connection closes; a huge number tests a client's size check.
    TestResponse &announcingLength(qint64 bytes)
    {
        announcedLength = bytes;
        return *this;
    }
    // No Content-Length: the body ends when the connection closes (or never, if endless).
    TestResponse &withoutContentLength()
    {
        sendContentLength = false;
        return *this;
    }
    // Writes the body `bytes` at a time, one piece every `intervalMs` (QTimer-driven).
    TestResponse &inPieces(int bytes, int intervalMs)
    {
        pieceBytes = bytes;
        pieceIntervalMs = intervalMs;
        return *this;
    }
    // Repeats the body until the client disconnects, without a Content-Length. The server
    // stops on its own after MaxEndlessPieces pieces or MaxEndlessMs, so a test cannot hang.
    TestResponse &repeatedEndlessly()
    {
        endless = true;
        sendContentLength = false;
        return *this;
    }
    TestResponse &leavingConnectionOpen()
    {
        keepOpen = true;
        return *this;
    }
    static constexpr int MaxEndlessPieces = 200'000;
    static constexpr int MaxEndlessMs = 120'000;
};

// A real HTTP/1.1 server on 127.0.0.1 whose answers each test scripts: statuses, headers,
// bodies that are not JSON, answers that never come, connections that drop.
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<TestResponse(const TestRequest &)>;

    explicit TestHttpServer(Handler handler = {}, QObject *parent = nullptr);
    ~TestHttpServer() override;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QUrl baseUrl() const;
    const QList<TestRequest> &requests() const { return m_requests; }
    int responsesSent() const { return m_responsesSent; }

Q_SIGNALS:
    void requestReceived();

private:
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const TestResponse &response);
    void writeBodyInPieces(QTcpSocket *socket, const TestResponse &response);
    void endResponse(QTcpSocket *socket, const TestResponse &response);

    QTcpServer m_server;
    Handler m_handler;
    QList<TestRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_responsesSent = 0;
};

// Settings for a client of `server`: a test key, no retries unless asked, quick backoff.
ClientSettings clientSettingsFor(const TestHttpServer &server, int maxRetries = 0);

// A job as the API sends it, with every field set; tests change or remove fields from it.
QJsonObject sampleJobJson(const QString &id = QStringLiteral("bjb-0001"));
// A list answer of `count` sample jobs with ids prefixed by `prefix`, numbered from `first`.
QJsonObject jobListJson(int first, int count, std::optional<qint64> totalSize,
                        const QString &prefix = QStringLiteral("bjb-"));

} // namespace BatchDeck::Testing
