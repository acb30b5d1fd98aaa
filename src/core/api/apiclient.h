#pragma once

#include "core/api/apicall.h"
#include "core/api/clientsettings.h"
#include "core/api/projectscope.h"

#include <QObject>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace BatchDeck {

// How an endpoint hands over its typed result: the result, or an empty one with the error.
template<typename Result>
using ApiCallback = std::function<void(const Result &, const ApiError &)>;

// The transport to the LlamaCloud API over one shared QNetworkAccessManager: the server and key,
// requests with their headers, retries (ApiCall) and the count of calls in flight. It knows no
// endpoint: each domain room has its own (JobsApi, BatchesApi, CatalogApi) over this one.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setSettings(const ClientSettings &settings);
    const ClientSettings &settings() const { return m_settings; }

    // Starts a request to `path` (percent-encoded, below the base URL) unless `invalidArgument`
    // or the settings name a problem, in which case the call fails with it before sending.
    // retryOnConflict: a 409 is retried as a passing state; idempotent: the request may be sent
    // again after it may have reached the server (see ApiCall::setIdempotent).
    ApiCall *send(ApiCall::Verb verb, const QString &path, const QUrlQuery &query,
                  const QByteArray &body, const QString &invalidArgument,
                  bool retryOnConflict = true, bool idempotent = true);

Q_SIGNALS:
    // setSettings() was called: the server or key may differ, so what was learnt from the old
    // one (names, say) may not hold.
    void settingsChanged();
    // Any call's start and end, for a "request in flight" indicator.
    void activeCallsChanged(int count);

private:
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query) const;

    QNetworkAccessManager *m_network;
    ClientSettings m_settings;
    int m_activeCalls = 0;
};

// What the endpoints share.
// `collectionPath` + "/" + the percent-encoded `id` + `suffix`.
QString pathWithId(const QString &collectionPath, const QString &id, const QString &suffix = {});
// `query` with the scope's project_id and organization_id added.
QUrlQuery scopedQuery(const ProjectScope &scope, QUrlQuery query = {});
// IDs are UUIDs, alone or after a short prefix: letter case carries no meaning in them.
bool sameId(const QString &asked, const QString &answered);
// An ID as shown in a mismatch sentence: empty shows as "", and a very long one is cut.
QString shownId(const QString &id);
// Empty when the answer names the ID asked about; otherwise `sentence` with %1 the ID asked
// about and %2 the one answered.
QString checkAnswerId(const QString &sentence, const QString &asked, const QString &answered);
// The error for an answer about another record than the one asked, naming `mismatch`.
ApiError refusedAnswer(const QString &mismatch, int attempts);

// Connects an ApiCall's raw result to a typed callback, parsing on the way, then asking
// `check` whether the answer is about what was asked: a non-empty sentence refuses it, and the
// caller gets an empty result with the error, so nothing can show or act on the other record.
// `parse(body, &result)` runs on a worker thread (see ApiCall::setBodyParser), so it must be
// thread-safe and capture only values; `check` and `callback` run on the context's thread.
template<typename Result, typename Parse, typename Check>
ApiCall *deliver(ApiCall *call, QObject *context, ApiCallback<Result> callback, Parse parse,
                 Check check)
{
    // The parse's own state, shared by the worker and the callback and by nothing else. The
    // worker writes it before the call finishes and the callback reads it after: the parse's
    // future orders the two. A result nobody reads (the call was aborted, the context deleted)
    // goes with the last of them.
    struct Parsed
    {
        Result result;
        QString problem;
    };
    const auto parsed = std::make_shared<Parsed>();
    call->setBodyParser([parsed, parse](const QByteArray &body) {
        parsed->problem = parse(body, &parsed->result);
    });
    QObject::connect(
        call, &ApiCall::finished, context,
        [callback = std::move(callback), parsed, check](const QByteArray &, const ApiError &error) {
            if (!error.isOk()) {
                callback(Result(), error);
                return;
            }
            const Result result = std::move(parsed->result);
            if (!parsed->problem.isEmpty()) {
                callback(result, ApiError::invalidResponse(parsed->problem));
                return;
            }
            if (const QString mismatch = check(result); !mismatch.isEmpty()) {
                callback(Result(), refusedAnswer(mismatch, error.attempts));
                return;
            }
            callback(result, error);
        });
    return call;
}

template<typename Result, typename Parse>
ApiCall *deliver(ApiCall *call, QObject *context, ApiCallback<Result> callback, Parse parse)
{
    return deliver<Result>(call, context, std::move(callback), parse,
                           [](const Result &) { return QString(); });
}

} // namespace BatchDeck
