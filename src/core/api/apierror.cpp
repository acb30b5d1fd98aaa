#include "core/api/apierror.h"

#include "core/api/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QSslError>
#include <QStringList>
#include <QUrl>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::ApiError)
};

const char SslErrorsProperty[] = "batchdeck_sslErrors";

// "api.example.com", or "127.0.0.1:8080" when the port is given: what tells origins apart.
QString originText(const QUrl &url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

// "body.0.reason". Each part is simplified as the message is: the detail is shown on one line.
QString locationText(const QJsonArray &location)
{
    QStringList parts;
    for (const auto &part : location)
        parts << (part.isDouble() ? QString::number(part.toInteger())
                                  : part.toString().simplified());
    return parts.join(u'.');
}

// At most MaxDetailCharacters of `text`, then how much was left out: a server's detail is shown
// on one line, and a 5 MB line helps nobody. Never cuts a surrogate pair in two.
QString shortenDetail(const QString &text)
{
    if (text.size() <= ApiError::MaxDetailCharacters)
        return text;
    qsizetype kept = ApiError::MaxDetailCharacters;
    if (text.at(kept - 1).isHighSurrogate())
        --kept;
    const qsizetype more = text.size() - kept;
    return text.left(kept)
        // QLocale::c(): no group separators, as in the rest of this English-only detail.
        + ApiErrorText::tr("… and %1 more characters", nullptr, int(more))
              .arg(QLocale::c().toString(more));
}

// FastAPI sends {"detail": "text"} for most errors and {"detail": [{loc, msg, type}, ..]} for 422.
void readDetail(const QByteArray &body, ApiError &error)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        const QString text = QString::fromUtf8(body).simplified();
        if (!text.isEmpty() && !text.startsWith(u'<')) // not an HTML error page
            error.serverDetail = text;
        return;
    }
    const QJsonValue detail = document.object().value(u"detail");
    if (detail.isString()) {
        error.serverDetail = detail.toString().simplified();
    } else if (detail.isArray()) {
        QStringList lines;
        const QJsonArray entries = detail.toArray();
        for (const auto &entry : entries) {
            const QJsonObject object = entry.toObject();
            ValidationIssue issue {locationText(object.value(u"loc").toArray()),
                                   object.value(u"msg").toString().simplified()};
            if (issue.message.isEmpty())
                issue.message = ApiErrorText::tr("invalid value");
            lines << (issue.location.isEmpty() ? issue.message
                                               : issue.location + u": " + issue.message);
            error.validationIssues << issue;
        }
        error.serverDetail = lines.join(u"; ");
    } else if (!detail.isUndefined() && !detail.isNull()) {
        // Compact JSON escapes "\n" but writes U+2028 and U+0085 as they are: simplify to one line.
        error.serverDetail =
            QString::fromUtf8(QJsonDocument(document.object()).toJson(QJsonDocument::Compact))
                .simplified();
    } else if (document.object().value(u"message").isString()) {
        error.serverDetail = document.object().value(u"message").toString().simplified();
    }
}

} // namespace

ApiError ApiError::invalidArgument(const QString &message)
{
    ApiError error;
    error.kind = Kind::InvalidArgument;
    error.message = message;
    return error;
}

ApiError ApiError::transport(const QString &host, const QString &reason)
{
    ApiError error;
    error.kind = Kind::Transport;
    error.message =
        ApiErrorText::tr("Could not reach %1 (%2). Check your network connection and the server "
                         "address.")
            .arg(host, reason);
    return error;
}

ApiError ApiError::timeout(int milliseconds)
{
    ApiError error;
    error.kind = Kind::Timeout;
    const QString seconds = QLocale::c().toString(milliseconds / 1000.0, 'g', 4);
    error.message =
        (milliseconds == 1000 ? ApiErrorText::tr("The server did not answer within 1 second. Check "
                                                 "your network connection, or allow a longer "
                                                 "timeout.")
                              : ApiErrorText::tr("The server did not answer within %1 seconds. "
                                                 "Check your network connection, or allow a "
                                                 "longer timeout.")
                                    .arg(seconds));
    return error;
}

ApiError ApiError::invalidResponse(const QString &reason)
{
    ApiError error;
    error.kind = Kind::InvalidResponse;
    error.message =
        ApiErrorText::tr("The server's answer could not be read: %1. Check that the server address "
                         "points at the LlamaCloud API.")
            .arg(reason);
    return error;
}

ApiError ApiError::aborted()
{
    ApiError error;
    error.kind = Kind::Aborted;
    error.message = ApiErrorText::tr("The request was cancelled.");
    return error;
}

ApiError ApiError::incompleteAnswer(const QString &host, const QString &reason)
{
    ApiError error;
    error.kind = Kind::Transport;
    error.message =
        ApiErrorText::tr("The connection to %1 broke off before the whole answer arrived (%2). "
                         "Check your network connection and try again.")
            .arg(host, reason);
    return error;
}

ApiError ApiError::tooLarge(qint64 maxBytes, bool compressed)
{
    ApiError error;
    error.kind = Kind::TooLarge;
    const QString limit =
        QLocale::c().formattedDataSize(maxBytes, 0, QLocale::DataSizeTraditionalFormat);
    error.message = compressed
        ? ApiErrorText::tr(
              "The server's answer was larger than %1 once decompressed (it was sent "
              "compressed), so BatchDeck stopped reading it. Check that the server address "
              "points at the LlamaCloud API.")
              .arg(limit)
        : ApiErrorText::tr(
              "The server's answer was larger than %1, so BatchDeck stopped reading it. Check "
              "that the server address points at the LlamaCloud API.")
              .arg(limit);
    return error;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    readDetail(body, error);
    // Masked before it is cut, so that no part of the key survives at the cut.
    maskSecretsInPlace(error.serverDetail);
    error.serverDetail = shortenDetail(error.serverDetail);
    for (ValidationIssue &issue : error.validationIssues) {
        maskSecretsInPlace(issue.location);
        maskSecretsInPlace(issue.message);
        issue.location = shortenDetail(issue.location);
        issue.message = shortenDetail(issue.message);
    }
    const QString detail =
        error.serverDetail.isEmpty() ? QString() : QStringLiteral(": ") + error.serverDetail;
    const QString code = QString::number(status);
    if (status == 401) {
        error.message =
            ApiErrorText::tr("The server did not accept the API key (HTTP 401%1). Check the key "
                             "BatchDeck was given (or LLAMA_CLOUD_API_KEY) and its region.")
                .arg(detail);
    } else if (status == 403) {
        error.message =
            ApiErrorText::tr(
                "The API key is not allowed to do this (HTTP 403%1). Check that the key "
                "belongs to this project and organization.")
                .arg(detail);
    } else if (status == 404) {
        error.message =
            ApiErrorText::tr("The server has no such resource (HTTP 404%1). The job may have been "
                             "deleted, or the server address may be wrong.")
                .arg(detail);
    } else if (status == 409) {
        error.message =
            ApiErrorText::tr("The server reported a conflict (HTTP 409%1). Refresh and try again.")
                .arg(detail);
    } else if (status == 422) {
        error.message =
            ApiErrorText::tr("The server refused the request as invalid (HTTP 422%1). Correct the "
                             "named field and try again.")
                .arg(detail);
    } else if (status == 429) {
        error.message =
            ApiErrorText::tr("The server is limiting the request rate (HTTP 429%1). Wait a minute "
                             "and try again.")
                .arg(detail);
    } else if (status >= 500) {
        error.message =
            ApiErrorText::tr("The server failed with an internal error (HTTP %1%2). Try again "
                             "later.")
                .arg(code, detail);
    } else {
        error.message =
            ApiErrorText::tr("The server refused the request (HTTP %1%2).").arg(code, detail);
    }
    error.maskSecret({}); // the server may echo the key; this error may be logged before finish()
    return error;
}

ApiError ApiError::fromUnsafeReply(const QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::InsecureRedirectError: {
        // Qt does not say where the refused redirect pointed; the Location header does.
        const QUrl target = reply->url().resolved(
            QUrl::fromEncoded(reply->rawHeader("Location").trimmed(), QUrl::StrictMode));
        return redirectToOtherOrigin(reply->url(), target);
    }
    case QNetworkReply::TooManyRedirectsError:
        return redirectLoop(reply->url());
    case QNetworkReply::SslHandshakeFailedError: {
        const QList<QSslError> errors =
            reply->property(SslErrorsProperty).value<QList<QSslError>>();
        return certificateRejected(reply->url().host(), errors);
    }
    default:
        return {};
    }
}

ApiError ApiError::redirectToOtherOrigin(const QUrl &from, const QUrl &to)
{
    ApiError error;
    error.kind = Kind::Unsafe;
    error.message =
        ApiErrorText::tr("The server %1 redirected the request to another server, %2. BatchDeck "
                         "does not follow it, so that the API key is not sent there. Check the "
                         "server address.")
            .arg(from.scheme() + QStringLiteral("://") + originText(from),
                 to.isValid() && !to.host().isEmpty()
                     ? to.scheme() + QStringLiteral("://") + originText(to)
                     : ApiErrorText::tr("an address that could not be read"));
    return error;
}

ApiError ApiError::redirectLoop(const QUrl &url)
{
    ApiError error;
    error.kind = Kind::Unsafe;
    error.message =
        ApiErrorText::tr("The server %1 keeps redirecting the request (a redirect loop). Check the "
                         "server address.")
            .arg(originText(url));
    return error;
}

ApiError ApiError::certificateRejected(const QString &host, const QList<QSslError> &errors)
{
    QStringList problems;
    for (const QSslError &sslError : errors)
        if (!problems.contains(sslError.errorString()))
            problems << sslError.errorString();
    ApiError error;
    error.kind = Kind::Unsafe;
    error.message =
        ApiErrorText::tr("The secure connection to %1 was refused because its certificate failed "
                         "verification (%2). BatchDeck does not send the API key over such a "
                         "connection. Check the server address, or ask its administrator for a "
                         "valid certificate.")
            .arg(host,
                 problems.isEmpty() ? ApiErrorText::tr("the TLS handshake failed")
                                    : problems.join(QStringLiteral("; ")));
    return error;
}

void ApiError::maskSecret(const QString &apiKey)
{
    message = maskSecrets(message, apiKey);
    serverDetail = maskSecrets(serverDetail, apiKey);
    for (ValidationIssue &issue : validationIssues) {
        issue.location = maskSecrets(issue.location, apiKey);
        issue.message = maskSecrets(issue.message, apiKey);
    }
}

void collectSslErrors(QNetworkReply *reply)
{
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
            QList<QSslError> all = reply->property(SslErrorsProperty).value<QList<QSslError>>();
            all += errors;
            reply->setProperty(SslErrorsProperty, QVariant::fromValue(all));
        });
}

} // namespace BatchDeck
