#include "core/api/clientsettings.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct ClientSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::ClientSettings)
};

const QUrl &usUrl()
{
    static const QUrl url(QStringLiteral("https://api.cloud.llamaindex.ai"));
    return url;
}

const QUrl &euUrl()
{
    static const QUrl url(QStringLiteral("https://api.cloud.eu.llamaindex.ai"));
    return url;
}

} // namespace

QUrl ClientSettings::defaultBaseUrl()
{
    return usUrl();
}

QUrl ClientSettings::baseUrlForRegion(const QString &region)
{
    if (region.compare(u"us", Qt::CaseInsensitive) == 0)
        return usUrl();
    if (region.compare(u"eu", Qt::CaseInsensitive) == 0)
        return euUrl();
    return {};
}

QString ClientSettings::validationError() const
{
    QString error;
    parseBaseUrl(baseUrl.toString(), &error);
    if (!error.isEmpty())
        return error;
    if (maxRetries < 0)
        return ClientSettingsText::tr("The number of retries must be 0 or more (got %1).")
            .arg(maxRetries);
    if (timeoutMs <= 0)
        return ClientSettingsText::tr("The timeout must be more than 0 seconds.");
    if (QString problem = apiKeyProblem(apiKey); !problem.isEmpty())
        return problem;
    if (sendsKeyInCleartext())
        return insecureHttpProblem(baseUrl);
    if (maxAnswerBytes <= 0)
        return ClientSettingsText::tr("The largest answer accepted must be more than 0 bytes.");
    return {};
}

bool ClientSettings::sendsKeyInCleartext() const
{
    return !allowInsecureHttp && baseUrl.scheme().compare(u"http", Qt::CaseInsensitive) == 0
        && !isLoopbackHost(baseUrl.host());
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    // QUrl::host() gives an IPv6 address without brackets. Only address literals count: a name
    // such as 127.0.0.1.nip.io is looked up in DNS, whose answer an attacker may control.
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

QString apiKeyProblem(const QString &key)
{
    const bool hasControlCharacter = std::any_of(key.begin(), key.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator;
    });
    if (hasControlCharacter)
        return ClientSettingsText::tr(
            "The API key contains a line break or another control character; copy the "
            "key again, without them.");
    return {};
}

QString insecureHttpProblem(const QUrl &url)
{
    return ClientSettingsText::tr(
               "%1 is a plain http address, which would send the API key unencrypted to %2. Use "
               "https, or allow insecure http explicitly if every network on the way is yours.")
        .arg(url.toString(), url.host());
}

QString ClientSettings::displayName() const
{
    if (baseUrl.adjusted(QUrl::StripTrailingSlash) == usUrl())
        return ClientSettingsText::tr("LlamaCloud US");
    if (baseUrl.adjusted(QUrl::StripTrailingSlash) == euUrl())
        return ClientSettingsText::tr("LlamaCloud EU");
    return baseUrl.port() > 0 ? baseUrl.host() + u':' + QString::number(baseUrl.port())
                              : baseUrl.host();
}

QString apiKeyFromEnvironment()
{
    QString key = qEnvironmentVariable("LLAMA_CLOUD_API_KEY").trimmed();
    if (key.isEmpty())
        key = qEnvironmentVariable("LLAMA_PARSE_API_KEY").trimmed();
    return key;
}

QUrl baseUrlFromEnvironment()
{
    const QString text = qEnvironmentVariable("LLAMA_CLOUD_BASE_URL").trimmed();
    if (text.isEmpty())
        return {};
    QString error;
    return parseBaseUrl(text, &error);
}

QUrl parseBaseUrl(const QString &text, QString *error)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"http" && url.scheme() != u"https")) {
        *error = ClientSettingsText::tr("The server address must be an http or https URL such as "
                                        "https://api.cloud.llamaindex.ai (got \"%1\").")
                     .arg(text);
        return {};
    }
    if (!url.userInfo().isEmpty()) {
        // Qt would send a password in the address as HTTP authentication, and it would show in
        // logs and messages: BatchDeck authenticates with the API key alone.
        *error = ClientSettingsText::tr(
                     "The server address must not contain a user name or password (got \"%1\"); "
                     "BatchDeck signs in with the API key only.")
                     .arg(url.toDisplayString(QUrl::RemoveUserInfo));
        return {};
    }
    if (url.hasQuery() || url.hasFragment()) {
        *error = ClientSettingsText::tr(
                     "The server address must not contain a query or fragment (got \"%1\").")
                     .arg(text);
        return {};
    }
    error->clear();
    return url.adjusted(QUrl::StripTrailingSlash);
}

} // namespace BatchDeck
