#pragma once

// What the demo server's route handlers share: the request as a worker thread sees it, FastAPI's
// 422 validation answers for the query string and the body, and opaque page tokens.

#include "demo/democatalog.h"
#include "demo/demodataset.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QUrlQuery>

#include <optional>

namespace BatchDeck::DemoHttp {

using Status = QHttpServerResponder::StatusCode;

// What a worker thread needs of a request; the request object itself stays on the server thread.
struct RequestData
{
    QHttpServerRequest::Method method;
    QUrlQuery query;
    QByteArray authorization;
    QByteArray body;
    int delayMs = 0;
    QString origin; // "http://127.0.0.1:port", as the client addressed the server
};

RequestData capture(const QHttpServerRequest &request);
// Whether the client asked to close the connection after this answer (RFC 9112, 9.6).
bool wantsClose(const QHttpServerRequest &request);
// Writes the answer, and closes the connection afterwards when `close`.
void respond(QHttpServerResponse &&response, QHttpServerResponder &&responder, bool close);
QHttpServerResponse detail(const QString &text, Status status);
// A rate limiter's 429 as FastAPI sends it, with the wait both in whole seconds (Retry-After,
// rounded up) and in milliseconds (retry-after-ms).
QHttpServerResponse tooManyRequests(int retryAfterMs);
// Whether `expand` names `field`: the parameter may repeat (expand=a&expand=b) or be a comma
// list; names the demo does not know are ignored, as the API does.
bool expands(const RequestData &request, const QString &field);
// FastAPI answers 401 with {"detail": ...} when the bearer token is missing or wrong.
std::optional<QHttpServerResponse> refuseUnauthenticated(const RequestData &request);

// The whole world a handler answers from.
struct DemoWorld
{
    DemoDataset &jobs;
    DemoCatalog &catalog;
};

// Collects FastAPI-shaped validation errors ({"detail":[{"type","loc","msg","input"}]}).
class Validator
{
public:
    explicit Validator(const QUrlQuery &query)
        : m_query(query)
    { }

    qint64 integer(const QString &name, qint64 defaultValue, qint64 minimum, qint64 maximum);
    QString choice(const QString &name, const QStringList &allowed);
    QStringList choices(const QString &name, const QStringList &allowed); // repeated parameter
    QString uuid(const QString &name);
    QDateTime dateTime(const QString &name); // invalid when absent or refused
    bool boolean(const QString &name, bool defaultValue);
    QString text(const QString &name) const
    {
        return m_query.queryItemValue(name, QUrl::FullyDecoded);
    }
    bool has(const QString &name) const { return m_query.hasQueryItem(name); }

    // An error anywhere: loc is the full location, such as ["body", "job_config"].
    void add(const QString &type, const QJsonArray &loc, const QString &message,
             const QJsonValue &input, const QJsonObject &context = {});

    bool hasErrors() const { return !m_errors.isEmpty(); }
    QHttpServerResponse response() const;

private:
    void addQuery(const QString &type, const QString &name, const QString &message,
                  const QString &input, const QJsonObject &context = {})
    {
        add(type, QJsonArray {QStringLiteral("query"), name}, message, input, context);
    }

    QUrlQuery m_query;
    QJsonArray m_errors;
};

// Cursor paging (page_size, page_token): the token carries the offset of the next page and a
// fingerprint of the filters it was made for, so a token from another query is refused.
struct Page
{
    qint64 offset = 0;
    int size = 0;
};
Page readPage(Validator &validator, const QString &fingerprint, int defaultSize);
// {items, next_page_token (absent on the last page), total_size} for one page of `all`.
QJsonObject pageBody(const QList<QJsonObject> &all, const Page &page, const QString &fingerprint);

} // namespace BatchDeck::DemoHttp
