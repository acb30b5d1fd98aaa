#include "apicall.h"

#include "clientsettings.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace BatchDeck {

namespace {

// Retry-After values the official Python SDK honours; beyond this the hint is ignored.
constexpr int MaxRetryAfterHintMs = 60'000;

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
    const QDateTime date =
        QDateTime::fromString(QString::fromLatin1(retryAfter.trimmed()), Qt::RFC2822Date);
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
{
    m_timeoutTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
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
    m_timedOut = false;
    qCDebug(lcApi) << (m_verb == Verb::Post ? "POST" : "GET") << m_request.url().toString()
                   << "attempt" << m_attempts;
    m_reply = m_verb == Verb::Post ? m_network->post(m_request, m_body) : m_network->get(m_request);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    collectSslErrors(m_reply); // [security] for the message of a refused certificate
    m_timeoutTimer.start(m_timeoutMs);
}

void ApiCall::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows and reports the timeout
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    m_timeoutTimer.stop();

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->readAll();
    ApiError error = ApiError::fromUnsafeReply(reply); // [security] redirects elsewhere, TLS
    if (!error.isOk()) {
        // reported as is: neither an HTTP status nor a transport failure
    } else if (m_timedOut) {
        error = ApiError::timeout(m_timeoutMs);
    } else if (!statusAttribute.isValid()) {
        error = ApiError::transport(m_request.url().host(), reply->errorString());
    } else if (const int status = statusAttribute.toInt(); status < 200 || status >= 300) {
        error = ApiError::fromHttp(status, body);
    } else {
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
    if (error.kind == ApiError::Kind::Unsafe) // [security] whatever x-should-retry says
        return false;
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
