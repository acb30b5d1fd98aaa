#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

class QNetworkReply;
class QSslError;
class QUrl;

namespace BatchDeck {

// One entry of a FastAPI 422 body: where the server found the problem and what it said.
struct ValidationIssue
{
    QString location; // "query.limit"
    QString message; // "Input should be less than or equal to 1000"
    bool operator==(const ValidationIssue &other) const
    {
        return location == other.location && message == other.message;
    }
};

// What went wrong with a request, told apart so that callers can react (retry, ask for a key,
// show a banner) and always carrying a sentence a person can act on.
struct ApiError
{
    enum class Kind {
        None, // success
        InvalidArgument, // refused before any request was sent
        Transport, // no HTTP answer: refused, DNS, TLS, connection reset
        Timeout, // no complete answer within the timeout
        Http, // an HTTP status other than 2xx
        InvalidResponse, // a 2xx answer whose body could not be read
        Aborted, // cancelled by the caller
        Unsafe, // refused to protect the key: a redirect elsewhere, a certificate failure
        TooLarge, // an answer larger than ClientSettings::maxAnswerBytes; never retried
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    int attempts = 0;
    // A server's detail is cut to this many characters, then "… and N more characters".
    static constexpr qsizetype MaxDetailCharacters = 1000;

    // The body's "detail" as one line, when there was one, at most MaxDetailCharacters (and the
    // note of what was left out); the key masked.
    QString serverDetail;
    QList<ValidationIssue> validationIssues;
    QString message;

    bool isOk() const { return kind == Kind::None; }
    bool isAuthenticationFailure() const { return httpStatus == 401 || httpStatus == 403; }

    static ApiError invalidArgument(const QString &message);
    static ApiError transport(const QString &host, const QString &reason);
    static ApiError timeout(int milliseconds);
    static ApiError invalidResponse(const QString &reason);
    static ApiError aborted();
    // A 2xx answer whose transfer failed part way (connection dropped, body cut short).
    static ApiError incompleteAnswer(const QString &host, const QString &reason);
    // An answer over the size cap; `compressed` when it only grew that large when inflated.
    static ApiError tooLarge(qint64 maxBytes, bool compressed);
    // Maps a non-2xx answer to an error, reading FastAPI's {"detail": string | [..]} body.
    static ApiError fromHttp(int status, const QByteArray &body);
    // A redirect, certificate or redirect-loop failure of `reply` as a sentence; an error of Kind
    // None for any other outcome. These are never retried: they do not heal in a second.
    static ApiError fromUnsafeReply(const QNetworkReply *reply);
    static ApiError redirectToOtherOrigin(const QUrl &from, const QUrl &to);
    static ApiError redirectLoop(const QUrl &url);
    static ApiError certificateRejected(const QString &host, const QList<QSslError> &errors);
    // Replaces the key (as typed and percent-encoded) and any key registered for masking in
    // every text this error carries.
    void maskSecret(const QString &apiKey);
};

// Makes `reply` remember the TLS errors it meets, so that fromUnsafeReply() can name them.
void collectSslErrors(QNetworkReply *reply);

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::ApiError)
