#include "core/api/apicall.h"

#include "core/api/clientsettings.h"
#include "core/api/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QIODevice>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace BatchDeck {

namespace {

// Retry-After values the official Python SDK honours; beyond this the hint is ignored.
constexpr int MaxRetryAfterHintMs = 60'000;

// An HTTP-date in any of the three forms RFC 9110 (5.6.7) says a recipient must accept.
// Qt's RFC2822Date parser refuses the "GMT" they all end in, so each is read by its format,
// without the weekday (Qt would check it against RFC 850's two-digit year read as 19yy).
QDateTime parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).simplified();
    const qsizetype comma = text.indexOf(u',');
    const QString withoutWeekday =
        comma >= 0 ? text.mid(comma + 1).trimmed() : text.section(u' ', 1); // asctime
    const QStringList formats = comma >= 0
        ? QStringList {QStringLiteral("dd MMM yyyy hh:mm:ss 'GMT'"), // IMF-fixdate
                       QStringLiteral("dd-MMM-yy hh:mm:ss 'GMT'")} // RFC 850
        : QStringList {QStringLiteral("MMM d hh:mm:ss yyyy")}; // asctime
    for (const QString &format : formats) {
        QDateTime date = QLocale::c().toDateTime(withoutWeekday, format);
        if (!date.isValid())
            continue;
        date.setTimeSpec(Qt::UTC);
        if (date.date().year() < 1970) // RFC 850's two-digit year
            date = date.addYears(100);
        return date;
    }
    return {};
}

// True when the attempt failed before a connection existed: nothing of the request left.
bool wasNeverSent(const QNetworkReply *reply)
{
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        return false;
    return reply->error() == QNetworkReply::ConnectionRefusedError
        || reply->error() == QNetworkReply::HostNotFoundError;
}

} // namespace

// A request body that Qt sends once and never replays on its own. Qt 6.4's HTTP/1 channel sends a
// request again, POST included, when its connection closes before any answer (reconnectAttempts
// in qhttpnetworkconnectionchannel.cpp: handleUnexpectedEOF, _q_error RemoteHostClosedError).
// Every such resend first resets the body (QHttpNetworkConnectionChannel::resetUploadData), and a
// body that cannot be reset fails the reply with ContentReSendError instead. So this body allows a
// reset only when it cannot repeat anything: while nothing of it has been read (a non-empty
// body leaves with the request's headers, Qt writes them together), or once for each 307/308 the
// server answered, which asks for the same request at another address (permitOneReplay()).
// Sequential and unbuffered, with DoNotBufferUploadDataAttribute and a Content-Length, so that
// Qt reads it as it is instead of copying it into a buffer it could replay.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(const QByteArray &body, QObject *parent)
        : QIODevice(parent)
        , m_body(body)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_position + QIODevice::bytesAvailable();
    }
    bool reset() override
    {
        const bool nothingLeft = !m_readFrom && !m_body.isEmpty();
        if (!nothingLeft && !m_replayPermitted)
            return false;
        m_replayPermitted = false;
        m_readFrom = false;
        m_position = 0;
        return true;
    }
    void permitOneReplay() { m_replayPermitted = true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        m_readFrom = true;
        const qint64 count = std::min(maxSize, qint64(m_body.size()) - m_position);
        if (count <= 0)
            return -1; // the end, as Qt reads a sequential device
        std::memcpy(data, m_body.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_body;
    qint64 m_position = 0;
    bool m_readFrom = false;
    bool m_replayPermitted = false;
};

int backoffDelayMs(int retryIndex, int baseDelayMs, int maxDelayMs, double jitterFraction)
{
    const double exponential = baseDelayMs * std::pow(2.0, std::min(retryIndex, 30));
    const double capped = std::min(exponential, double(maxDelayMs));
    return int(std::lround(capped * (1.0 - 0.25 * std::clamp(jitterFraction, 0.0, 1.0))));
}

int retryAfterHintMs(const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                     const QDateTime &now)
{
    bool ok = false;
    const double milliseconds = retryAfterMs.trimmed().toDouble(&ok);
    if (ok && milliseconds > 0 && milliseconds <= MaxRetryAfterHintMs)
        return int(std::lround(milliseconds));

    const double seconds = retryAfter.trimmed().toDouble(&ok);
    if (ok) {
        return seconds > 0 && seconds * 1000 <= MaxRetryAfterHintMs
            ? int(std::lround(seconds * 1000))
            : -1;
    }
    const QDateTime date = parseHttpDate(retryAfter);
    if (date.isValid()) {
        const qint64 delay = now.msecsTo(date);
        return delay > 0 && delay <= MaxRetryAfterHintMs ? int(delay) : -1;
    }
    return -1;
}

ApiCall::ApiCall(QNetworkAccessManager *network, const QNetworkRequest &request, Verb verb,
                 const QByteArray &body, const ClientSettings &settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(request)
    , m_verb(verb)
    , m_body(body)
    , m_apiKey(settings.apiKey)
    , m_maxRetries(settings.maxRetries)
    , m_timeoutMs(settings.timeoutMs)
    , m_retryBaseDelayMs(settings.retryBaseDelayMs)
    , m_retryMaxDelayMs(settings.retryMaxDelayMs)
    , m_maxAnswerBytes(settings.maxAnswerBytes)
{
    m_timeoutTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // Our own cap bounds what an inflated answer may cost. Qt's ratio check (from 10 MB on)
    // ends a gzip bomb with a network error that reads as a dropped connection and is retried,
    // or (against a streaming bomb, Qt 6.4) stalls until the timeout; it would also refuse
    // well-compressed answers the cap allows.
    m_request.setDecompressedSafetyCheckThreshold(-1);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ApiCall::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

void ApiCall::start()
{
    sendAttempt();
}

void ApiCall::failBeforeSending(const ApiError &error)
{
    // Deliver asynchronously, as every other outcome is, so callers need no special case.
    QTimer::singleShot(0, this, [this, error] { finish({}, error); });
}

void ApiCall::abort()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    m_timeoutTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_parse.cancel(); // a parse under way runs to its end on its own state, unread
    finish({}, ApiError::aborted());
}

void ApiCall::sendAttempt()
{
    ++m_attempts;
    m_received.clear();
    m_receivedBytes = 0;
    qCDebug(lcApi) << (m_verb == Verb::Post ? "POST" : "GET") << m_request.url().toString()
                   << "attempt" << m_attempts;
    if (sendsOnlyOnce()) {
        QNetworkRequest request = m_request;
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, qint64(m_body.size()));
        auto *body = new OneShotBody(m_body, this);
        // A GET carries an empty body (Content-Length: 0): without one Qt has nothing to reset
        // and replays it unasked.
        m_reply = m_verb == Verb::Post ? m_network->post(request, body)
                                       : m_network->sendCustomRequest(request, "GET", body);
        body->setParent(m_reply); // read until the reply finishes, deleted with it
        m_oneShotBody = body;
    } else {
        m_oneShotBody = nullptr;
        m_reply = m_network->get(m_request);
    }
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onReplyMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReplyReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    collectSslErrors(m_reply); // [security] for the message of a refused certificate
    // One deadline for the whole attempt: a body that drips in slowly does not extend it.
    m_timeoutTimer.start(m_timeoutMs);
}

void ApiCall::onReplyMetaDataChanged()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // The server asks for the same request at another address: Qt resets the body for it, and
    // does so after this signal (both reach this thread in order from Qt's HTTP thread).
    if ((status == 307 || status == 308) && m_oneShotBody)
        m_oneShotBody->permitOneReplay();
    if (status >= 300 && status < 400)
        return; // a redirect Qt follows; its body is not the answer
    // Qt drops Content-Length when it inflates a compressed body; the reading checks that.
    const QVariant announced = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && announced.toLongLong() > m_maxAnswerBytes)
        abandonAttempt(tooLargeError(m_reply));
}

void ApiCall::onReplyReadyRead()
{
    if (m_reply && !readArrivedData(m_reply))
        abandonAttempt(tooLargeError(m_reply));
}

bool ApiCall::readArrivedData(QNetworkReply *reply)
{
    // Never more than one byte past the cap: enough to know it was passed.
    for (int chunk = 0; chunk < 1000 && reply->bytesAvailable() > 0; ++chunk) {
        const qint64 room = m_maxAnswerBytes + 1 - m_receivedBytes;
        m_received.append(reply->read(std::min(reply->bytesAvailable(), room)));
        m_receivedBytes += m_received.constLast().size();
        if (m_receivedBytes > m_maxAnswerBytes)
            return false;
    }
    return true;
}

ApiError ApiCall::tooLargeError(const QNetworkReply *reply) const
{
    return ApiError::tooLarge(m_maxAnswerBytes, reply->hasRawHeader("content-encoding"));
}

void ApiCall::onTimeout()
{
    if (m_reply)
        abandonAttempt(ApiError::timeout(m_timeoutMs));
}

void ApiCall::abandonAttempt(const ApiError &error)
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_timeoutTimer.stop();
    m_received.clear();
    // Disconnected first: an aborted reply is closed and must not be read again.
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    concludeAttempt({}, error, reply);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    m_timeoutTimer.stop();

    if (reply->isOpen() && !readArrivedData(reply)) {
        m_received.clear();
        concludeAttempt({}, tooLargeError(reply), reply);
        return;
    }
    const QByteArray body = m_received.join(); // one allocation of the final size
    m_received.clear();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    ApiError error = ApiError::fromUnsafeReply(reply); // [security] redirects elsewhere, TLS
    if (!error.isOk()) {
        // reported as is: neither an HTTP status nor a transport failure
    } else if (reply->error() == QNetworkReply::ContentReSendError) {
        // Before the status: after a followed redirect, the status is still the redirect's.
        error = unansweredError();
    } else if (!statusAttribute.isValid()) {
        error = ApiError::transport(m_request.url().host(), reply->errorString());
    } else if (const int status = statusAttribute.toInt(); status < 200 || status >= 300) {
        error = ApiError::fromHttp(status, body);
    } else if (reply->error() != QNetworkReply::NoError) {
        // A 2xx whose transfer failed is no answer (Qt's QRestReply::isSuccess() rule).
        error = ApiError::incompleteAnswer(m_request.url().host(), reply->errorString());
    } else if (const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
               announced.isValid() && body.size() < announced.toLongLong()) {
        // Qt 6.4 now and then reports a body cut off by a closing connection as complete (seen
        // under load in tst_rerun); the length the server announced says otherwise. Qt drops
        // the header when it inflates a compressed body, so this compares like with like.
        error = ApiError::incompleteAnswer(
            m_request.url().host(),
            QCoreApplication::translate("BatchDeck::ApiCall",
                                        "the answer ended after %1 of the %2 bytes announced")
                .arg(body.size())
                .arg(announced.toLongLong()));
    }
    concludeAttempt(body, error, reply);
}

void ApiCall::concludeAttempt(const QByteArray &body, const ApiError &error,
                              const QNetworkReply *reply)
{
    if (error.isOk()) {
        if (m_bodyParser)
            parseThenFinish(body, error);
        else
            finish(body, error);
        return;
    }
    if (shouldRetry(error, reply) && m_attempts <= m_maxRetries) {
        const int delay = retryDelayMs(reply);
        qCDebug(lcApi) << "retrying in" << delay << "ms after:" << error.message;
        Q_EMIT retryScheduled(m_attempts + 1, delay, error);
        if (!m_finished) // a receiver may have aborted
            m_retryTimer.start(delay);
        return;
    }
    finish({}, error);
}

bool ApiCall::sendsOnlyOnce() const
{
    // Every POST, so that only this class repeats one, counted and announced; a GET when the user
    // asked for no retries. A GET that may be retried keeps Qt's plain form.
    return m_verb == Verb::Post || !m_idempotent || m_maxRetries == 0;
}

ApiError ApiCall::unansweredError() const
{
    const QString host = m_request.url().host();
    ApiError error;
    error.kind = ApiError::Kind::Transport;
    if (!m_idempotent) {
        const QString effect = m_possibleEffect.isEmpty()
            ? QCoreApplication::translate("BatchDeck::ApiCall", "the request may have taken effect")
            : m_possibleEffect;
        error.message = QCoreApplication::translate(
                            "BatchDeck::ApiCall",
                            "The connection to %1 closed after the request was sent, before any "
                            "answer; %2. It was not sent again: refresh before trying again.")
                            .arg(host, effect);
    } else if (m_maxRetries == 0) {
        error.message = QCoreApplication::translate(
                            "BatchDeck::ApiCall",
                            "The connection to %1 closed after the request was sent, before any "
                            "answer. It was not sent again because retries are off; try again.")
                            .arg(host);
    } else {
        error.message = QCoreApplication::translate(
                            "BatchDeck::ApiCall",
                            "The connection to %1 closed after the request was sent, before any "
                            "answer. Check your network connection and try again.")
                            .arg(host);
    }
    return error;
}

bool ApiCall::shouldRetry(const ApiError &error, const QNetworkReply *reply) const
{
    // Neither gets better by asking again, whatever x-should-retry says: a refused redirect or
    // certificate [security], and an answer over the cap, which will not get smaller.
    if (error.kind == ApiError::Kind::Unsafe || error.kind == ApiError::Kind::TooLarge)
        return false;
    // A call that must not run twice is asked again only when no connection was made, so the
    // server cannot have seen it. Anything later (a 502 from a proxy, a cut-off answer, a
    // timeout) may come after the server acted, and a duplicate is worse than an error; not even
    // x-should-retry overrides this, since a proxy may add it.
    if (!m_idempotent)
        return wasNeverSent(reply);
    const QByteArray serverSays = reply->rawHeader("x-should-retry").trimmed().toLower();
    if (serverSays == "true")
        return true;
    if (serverSays == "false")
        return false;
    switch (error.kind) {
    case ApiError::Kind::Transport:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus == 408 || (error.httpStatus == 409 && m_retryOnConflict)
            || error.httpStatus == 429 || error.httpStatus >= 500;
    default:
        return false;
    }
}

int ApiCall::retryDelayMs(const QNetworkReply *reply) const
{
    const int hint =
        retryAfterHintMs(reply->rawHeader("retry-after-ms"), reply->rawHeader("retry-after"),
                         QDateTime::currentDateTimeUtc());
    if (hint >= 0)
        return hint;
    return backoffDelayMs(m_attempts - 1, m_retryBaseDelayMs, m_retryMaxDelayMs,
                          QRandomGenerator::global()->generateDouble());
}

void ApiCall::parseThenFinish(const QByteArray &body, const ApiError &error)
{
    // The worker holds the promise, the parser and a copy of the body, never this call: the
    // call may be aborted or deleted while it runs. The watcher, a child of the call, brings
    // the end back to this thread, and is deleted with the call, so a late end reaches nobody.
    auto promise = std::make_shared<QPromise<void>>();
    m_parse = promise->future();
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, body, error] {
        // Cancelled without abort(): the pool dropped the parse unrun, so there is no answer.
        if (m_parse.isCanceled())
            finish({}, ApiError::aborted());
        else
            finish(body, error);
    });
    watcher->setFuture(m_parse);
    QThreadPool::globalInstance()->start([promise, parser = std::move(m_bodyParser), body] {
        promise->start();
        if (!promise->isCanceled())
            parser(body);
        promise->finish();
    });
    m_bodyParser = nullptr;
    Q_EMIT answerArrived(); // a receiver may abort: the parse is then cancelled, unread
}

void ApiCall::finish(const QByteArray &body, ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    error.attempts = m_attempts;
    if (m_attempts > 1 && !error.isOk() && error.kind != ApiError::Kind::Aborted) {
        error.message += u' '
            + QCoreApplication::translate("BatchDeck::ApiCall", "(Gave up after %n attempts.)",
                                          nullptr, m_attempts);
    }
    // Whatever the server echoed back, the key never reaches a message. (A key of a few
    // characters is no real key, and replacing it would garble ordinary words.)
    error.maskSecret(m_apiKey);
    Q_EMIT finished(body, error);
    deleteLater();
}

} // namespace BatchDeck
