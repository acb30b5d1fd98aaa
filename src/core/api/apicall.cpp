#include "apicall.h"

#include "clientsettings.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

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
    finish({}, ApiError::aborted());
}

void ApiCall::sendAttempt()
{
    ++m_attempts;
    m_received.clear();
    m_receivedBytes = 0;
    qCDebug(lcApi) << (m_verb == Verb::Post ? "POST" : "GET") << m_request.url().toString()
                   << "attempt" << m_attempts;
    m_reply = m_verb == Verb::Post ? m_network->post(m_request, m_body) : m_network->get(m_request);
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

void ApiCall::finish(const QByteArray &body, ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    error.attempts = m_attempts;
    if (m_attempts > 1 && !error.isOk() && error.kind != ApiError::Kind::Aborted) {
        error.message += u' '
            + QCoreApplication::translate("BatchDeck::ApiCall", "(Gave up after %1 attempts.)")
                  .arg(m_attempts);
    }
    // Whatever the server echoed back, the key never reaches a message. (A key of a few
    // characters is no real key, and replacing it would garble ordinary words.)
    error.maskSecret(m_apiKey);
    Q_EMIT finished(body, error);
    deleteLater();
}

} // namespace BatchDeck
