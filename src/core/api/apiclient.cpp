#include "core/api/apiclient.h"

#include "core/api/logging.h"
#include "core/version.h"

#include <QNetworkAccessManager>

namespace BatchDeck {

// IDs are UUIDs, alone or after a short prefix ("bjb-", "bat-", "dir-"): letter case carries no
// meaning in them, the command line takes either, and the demo server answers in lower case.
bool sameId(const QString &asked, const QString &answered)
{
    return asked.compare(answered, Qt::CaseInsensitive) == 0;
}

// An ID as shown in a mismatch sentence: an empty one would vanish from it, and one a server
// made megabytes long is cut (the sentence is masked before it is shown).
QString shownId(const QString &id)
{
    constexpr qsizetype Longest = 100;
    if (id.isEmpty())
        return QStringLiteral("\"\"");
    return id.size() <= Longest ? id : id.left(Longest) + QStringLiteral("…");
}

// Empty when the answer names the ID asked about; otherwise a sentence naming both, built from
// `sentence` with %1 the ID asked about and %2 the one answered.
QString checkAnswerId(const QString &sentence, const QString &asked, const QString &answered)
{
    return sameId(asked, answered) ? QString() : sentence.arg(shownId(asked), shownId(answered));
}

ApiError refusedAnswer(const QString &mismatch, int attempts)
{
    ApiError refused;
    refused.kind = ApiError::Kind::InvalidResponse;
    refused.attempts = attempts;
    refused.message = mismatch + u' '
        + ApiClient::tr("The answer was not used. Check that the server address points at the "
                        "LlamaCloud API.");
    refused.maskSecret({}); // the answered ID is the server's text: it may echo the key
    return refused;
}

QString pathWithId(const QString &collectionPath, const QString &id, const QString &suffix)
{
    return collectionPath + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id)) + suffix;
}

QUrlQuery scopedQuery(const ProjectScope &scope, QUrlQuery query)
{
    scope.addTo(&query);
    return query;
}

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

void ApiClient::setSettings(const ClientSettings &settings)
{
    m_settings = settings;
    Q_EMIT settingsChanged();
}

QNetworkRequest ApiClient::makeRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_settings.baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode); // path holds a percent-encoded job id
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "batchdeck/" BATCHDECK_VERSION);
    if (!m_settings.apiKey.isEmpty()) {
        registerSecret(m_settings.apiKey); // masked in every log line from now on
        request.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    }
    // Qt keeps the Authorization header on redirects: follow them only within the origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    return request;
}

ApiCall *ApiClient::send(ApiCall::Verb verb, const QString &path, const QUrlQuery &query,
                         const QByteArray &body, const QString &invalidArgument,
                         bool retryOnConflict, bool idempotent)
{
    QNetworkRequest request = makeRequest(path, query);
    // Also without a body (v2 cancel): Qt would otherwise label it a form.
    if (verb == ApiCall::Verb::Post)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    auto *call = new ApiCall(m_network, request, verb, body, m_settings, this);
    call->setRetryOnConflict(retryOnConflict);
    call->setIdempotent(idempotent);
    ++m_activeCalls;
    Q_EMIT activeCallsChanged(m_activeCalls);
    connect(call, &ApiCall::finished, this, [this] {
        --m_activeCalls;
        Q_EMIT activeCallsChanged(m_activeCalls);
    });

    QString problem = invalidArgument;
    if (problem.isEmpty())
        problem = m_settings.validationError();
    if (!problem.isEmpty())
        call->failBeforeSending(ApiError::invalidArgument(problem));
    else
        call->start();
    return call;
}

} // namespace BatchDeck
