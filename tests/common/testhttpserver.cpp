#include "testhttpserver.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace BatchDeck::Testing {

TestResponse TestResponse::json(int status, const QByteArray &body)
{
    TestResponse response {status, body, {}, Action::Respond};
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

TestResponse TestResponse::json(int status, const QJsonObject &body)
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

TestHttpServer::TestHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    m_server.listen(QHostAddress::LocalHost);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

TestHttpServer::~TestHttpServer()
{
    // The sockets are the server's children and outlive m_buffers otherwise.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

QUrl TestHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void TestHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    TestRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    request.path = QString::fromLatin1(question < 0 ? target : target.left(question));
    if (question >= 0)
        request.query.setQuery(QString::fromLatin1(target.mid(question + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    m_requests.append(request);
    Q_EMIT requestReceived();

    const TestResponse response = m_handler
        ? m_handler(request)
        : TestResponse::json(404, QByteArray(R"({"detail":"Not Found"})"));
    switch (response.action) {
    case TestResponse::Action::Hang:
        return;
    case TestResponse::Action::CloseConnection:
        socket->abort();
        return;
    case TestResponse::Action::ResetConnection: {
        // A zero linger time makes close() send RST instead of FIN.
        const linger resetAtOnce {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &resetAtOnce,
                     sizeof resetAtOnce);
        socket->abort();
        return;
    }
    case TestResponse::Action::Respond:
        break;
    }
    const QPointer<QTcpSocket> client = socket;
    QTimer::singleShot(response.delayMs, this, [this, client, response] {
        if (!client || client->state() != QAbstractSocket::ConnectedState)
            return; // the client gave up on it
        respond(client, response);
    });
}

void TestHttpServer::respond(QTcpSocket *socket, const TestResponse &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    for (const QByteArray &line : response.rawHeaderLines)
        head += line + "\r\n";
    if (response.sendContentLength) {
        const qint64 length =
            response.announcedLength >= 0 ? response.announcedLength : response.body.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    if (response.pieceBytes > 0 || response.endless) {
        writeBodyInPieces(socket, response);
        return;
    }
    socket->write(response.body);
    endResponse(socket, response);
}

void TestHttpServer::writeBodyInPieces(QTcpSocket *socket, const TestResponse &response)
{
    // Parented to the socket: it stops when the client leaves and the socket is deleted.
    auto *timer = new QTimer(socket);
    const int pieceBytes = response.pieceBytes > 0 ? response.pieceBytes : 64 * 1024;
    const qint64 bodySize = response.body.size();
    const QDeadlineTimer deadline(TestResponse::MaxEndlessMs);
    connect(timer, &QTimer::timeout, socket, [=, written = qint64(0), pieces = 0]() mutable {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        if (socket->bytesToWrite() > 1024 * 1024)
            return; // the client is not reading: wait rather than buffer without end
        const bool bounded = ++pieces > TestResponse::MaxEndlessPieces || deadline.hasExpired();
        if (bodySize == 0 || (!response.endless && written >= bodySize) || bounded) {
            timer->stop();
            endResponse(socket, response);
            return;
        }
        QByteArray piece;
        while (piece.size() < pieceBytes && (response.endless || written < bodySize)) {
            const qint64 at = written % bodySize;
            const QByteArray part = response.body.mid(at, pieceBytes - piece.size());
            piece += part;
            written += part.size();
        }
        socket->write(piece);
    });
    timer->start(response.pieceIntervalMs);
}

void TestHttpServer::endResponse(QTcpSocket *socket, const TestResponse &response)
{
    ++m_responsesSent;
    if (!response.keepOpen)
        socket->disconnectFromHost();
}

ClientSettings clientSettingsFor(const TestHttpServer &server, int maxRetries)
{
    ClientSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.apiKey = QStringLiteral("sk-test-secret");
    settings.maxRetries = maxRetries;
    settings.retryBaseDelayMs = 1; // keep the suite quick; the schedule itself is tested
    settings.retryMaxDelayMs = 4;
    settings.timeoutMs = 10'000;
    return settings;
}

QJsonObject sampleJobJson(const QString &id)
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("project_id"), QStringLiteral("proj-1")},
        {QStringLiteral("job_type"), QStringLiteral("parse")},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("total_items"), 10},
        {QStringLiteral("processed_items"), 7},
        {QStringLiteral("failed_items"), 2},
        {QStringLiteral("skipped_items"), 1},
        {QStringLiteral("created_at"), QStringLiteral("2026-01-01T01:00:00.000Z")},
        {QStringLiteral("started_at"), QStringLiteral("2026-01-01T01:00:05.250Z")},
        {QStringLiteral("completed_at"), QStringLiteral("2026-01-01T01:37:16.557Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T01:37:16.557Z")},
        {QStringLiteral("effective_at"), QStringLiteral("2026-01-01T01:37:16.557Z")},
        {QStringLiteral("directory_id"), QStringLiteral("dir-1")},
        {QStringLiteral("error_message"), QStringLiteral("2 files failed")},
        {QStringLiteral("job_record_id"), QStringLiteral("jr-1")},
        {QStringLiteral("workflow_id"), QStringLiteral("wf-1")},
    };
}

QJsonObject jobListJson(int first, int count, std::optional<qint64> totalSize,
                        const QString &prefix)
{
    QJsonArray items;
    for (int i = first; i < first + count; ++i)
        items.append(sampleJobJson(prefix + QString::number(i)));
    QJsonObject body {{QStringLiteral("items"), items}};
    if (totalSize)
        body.insert(u"total_size", *totalSize);
    return body;
}

} // namespace BatchDeck::Testing
