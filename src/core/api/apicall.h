#pragma once

#include "core/api/apierror.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QFuture>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace BatchDeck {

struct ClientSettings;
class OneShotBody;

// One API request with its retries. It emits finished() exactly once, then deletes itself.
// ApiClient hands these out so that callers can abort a request a newer one made stale.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    enum class Verb { Get, Post };
    // Reads a successful answer's body on a worker thread, so that a page of a thousand rows
    // never holds up the caller's (GUI) thread. It may write only into state of its own: the
    // call, the caller's objects and anything else shared may be gone or in use meanwhile.
    using BodyParser = std::function<void(const QByteArray &body)>;

    // Ends the call now: finished() is emitted with an Aborted error. Safe to call at any time.
    void abort();
    int attempts() const { return m_attempts; }
    // For a call that must not happen twice: what may have happened when its connection closed
    // before any answer, for the message ("the job may have been created").
    void setPossibleEffect(const QString &effect) { m_possibleEffect = effect; }
    // Set by deliver(). A successful answer is then parsed on QThreadPool::globalInstance()
    // before finished() is emitted: the call stays in flight, and abortable, until the parse is
    // done. An abort meanwhile ends the call at once; the parse's result is then never read.
    void setBodyParser(BodyParser parser) { m_bodyParser = std::move(parser); }

Q_SIGNALS:
    void retryScheduled(int nextAttempt, int delayMs, const BatchDeck::ApiError &reason);
    // A successful answer arrived in full and its body parser has started (see setBodyParser):
    // the server is done with this call, which finishes once the parse is.
    void answerArrived();
    void finished(const QByteArray &body, const BatchDeck::ApiError &error);

private:
    friend class ApiClient;
    ApiCall(QNetworkAccessManager *network, const QNetworkRequest &request, Verb verb,
            const QByteArray &body, const ClientSettings &settings, QObject *parent);

    void start();
    // False for calls where a 409 Conflict is the answer, not a passing state (cancel).
    void setRetryOnConflict(bool retry) { m_retryOnConflict = retry; }
    // False for calls that must not happen twice (creating a job): once the request may have
    // reached the server, a failure is final; only a connection that was never made is retried.
    void setIdempotent(bool idempotent) { m_idempotent = idempotent; }
    void failBeforeSending(const ApiError &error);
    void sendAttempt();
    // True when this attempt must go out so that Qt cannot send it again on its own.
    bool sendsOnlyOnce() const;
    // The connection closed after the request was sent and before any answer, and the request
    // was not sent again (Qt's ContentReSendError on a body that refuses to be replayed).
    ApiError unansweredError() const;
    void onReplyMetaDataChanged();
    void onReplyReadyRead();
    void onReplyFinished();
    void onTimeout();
    // Moves what has arrived into m_received; false once the answer passed the size cap.
    bool readArrivedData(QNetworkReply *reply);
    // Ends the attempt early (timeout, answer too large) without reading the aborted reply.
    void abandonAttempt(const ApiError &error);
    // Success, a retry, or the final error.
    void concludeAttempt(const QByteArray &body, const ApiError &error, const QNetworkReply *reply);
    ApiError tooLargeError(const QNetworkReply *reply) const;
    bool shouldRetry(const ApiError &error, const QNetworkReply *reply) const;
    int retryDelayMs(const QNetworkReply *reply) const;
    // Runs m_bodyParser on a worker, then finishes with the answer.
    void parseThenFinish(const QByteArray &body, const ApiError &error);
    void finish(const QByteArray &body, ApiError error);

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    Verb m_verb;
    QByteArray m_body;
    QString m_apiKey;
    int m_maxRetries;
    int m_timeoutMs;
    int m_retryBaseDelayMs;
    int m_retryMaxDelayMs;
    bool m_retryOnConflict = true;
    bool m_idempotent = true;
    QString m_possibleEffect;
    qint64 m_maxAnswerBytes;

    QPointer<QNetworkReply> m_reply;
    QPointer<OneShotBody> m_oneShotBody; // the current attempt's body when sendsOnlyOnce()
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    // The current attempt's answer so far, as it arrived: pieces, not one growing array whose
    // reallocations would cost up to three times the cap.
    QByteArrayList m_received;
    qint64 m_receivedBytes = 0;
    int m_attempts = 0;
    bool m_finished = false;
    BodyParser m_bodyParser;
    QFuture<void> m_parse; // cancelled by abort(), so that a parse not yet begun is skipped
};

// Delay before retry number `retryIndex` (0-based) when the server gave no hint, in ms.
int backoffDelayMs(int retryIndex, int baseDelayMs, int maxDelayMs, double jitterFraction);
// The server's hint from retry-after-ms or retry-after (seconds or HTTP date), or -1.
int retryAfterHintMs(const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                     const QDateTime &now);

} // namespace BatchDeck
