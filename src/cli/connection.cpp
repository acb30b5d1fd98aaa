#include "cli/connection.h"

#include "cli/clioptions.h"
#include "core/api/logging.h"
#include "demo/demoserver.h"

#include <QCoreApplication>

#include <cmath>

namespace BatchDeck::Cli {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
};

std::optional<QString> textOption(const QCommandLineParser &parser, const char *flag)
{
    const QString name = QString::fromLatin1(flag);
    return parser.isSet(name) ? std::optional(parser.value(name)) : std::nullopt;
}

// Where and how: every check of the connection flags, each naming the flag it is about.
QString readSettings(const QCommandLineParser &parser, ClientSettings *settings)
{
    const bool demo = parser.isSet(QStringLiteral("demo"));
    if (demo
        && (parser.isSet(QStringLiteral("base-url")) || parser.isSet(QStringLiteral("region"))))
        return ConnectionText::tr("--demo cannot be combined with --base-url or --region.");
    if (parser.isSet(QStringLiteral("base-url")) && parser.isSet(QStringLiteral("region")))
        return ConnectionText::tr("Use either --base-url or --region, not both.");

    QString error;
    if (parser.isSet(QStringLiteral("base-url"))) {
        settings->baseUrl = parseBaseUrl(parser.value(QStringLiteral("base-url")), &error);
        if (!error.isEmpty())
            return QStringLiteral("--base-url: ") + error;
    } else if (parser.isSet(QStringLiteral("region"))) {
        settings->baseUrl =
            ClientSettings::baseUrlForRegion(parser.value(QStringLiteral("region")));
        if (settings->baseUrl.isEmpty())
            return ConnectionText::tr("--region must be us or eu (got \"%1\").")
                .arg(parser.value(QStringLiteral("region")));
    } else if (!qEnvironmentVariableIsEmpty("LLAMA_CLOUD_BASE_URL") && !demo) {
        settings->baseUrl = parseBaseUrl(qEnvironmentVariable("LLAMA_CLOUD_BASE_URL"), &error);
        if (!error.isEmpty())
            return QStringLiteral("LLAMA_CLOUD_BASE_URL: ") + error;
    }

    settings->apiKey = parser.isSet(QStringLiteral("api-key"))
        ? parser.value(QStringLiteral("api-key")).trimmed()
        : apiKeyFromEnvironment();
    if (settings->apiKey.isEmpty() && !demo)
        return ConnectionText::tr(
            "No API key: pass --api-key KEY or set LLAMA_CLOUD_API_KEY (or try --demo).");

    if (auto retries = integerOption(parser, QStringLiteral("max-retries"), 0, 100, &error))
        settings->maxRetries = int(*retries);
    if (!error.isEmpty())
        return error;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        // Written so that nan fails it too; under 1 ms would round to no timeout at all.
        if (!ok || !(seconds >= 0.001 && seconds <= 3600))
            return ConnectionText::tr(
                       "--timeout must be a number of seconds from 0.001 to 3600 (got \"%1\").")
                .arg(parser.value(QStringLiteral("timeout")));
        settings->timeoutMs = int(std::lround(seconds * 1000));
    }
    return {};
}

// The checks that keep the key safe, each naming where the bad value came from.
QString checkKeySafety(const QCommandLineParser &parser, ClientSettings *settings)
{
    const auto keySource = [&parser] {
        if (parser.isSet(QStringLiteral("api-key")))
            return QStringLiteral("--api-key");
        return qEnvironmentVariable("LLAMA_CLOUD_API_KEY").trimmed().isEmpty()
            ? QStringLiteral("LLAMA_PARSE_API_KEY")
            : QStringLiteral("LLAMA_CLOUD_API_KEY");
    };
    if (const QString problem = apiKeyProblem(settings->apiKey); !problem.isEmpty())
        return keySource() + QStringLiteral(": ") + problem;

    settings->allowInsecureHttp = parser.isSet(QStringLiteral("allow-insecure-http"));
    if (settings->sendsKeyInCleartext()) {
        const QString source = parser.isSet(QStringLiteral("base-url"))
            ? QStringLiteral("--base-url")
            : QStringLiteral("LLAMA_CLOUD_BASE_URL");
        return ConnectionText::tr(
                   "%1: %2 is a plain http address, which would send the API key unencrypted to "
                   "%3. Use https, or pass --allow-insecure-http if every network on the way is "
                   "yours.")
            .arg(source, settings->baseUrl.toString(), settings->baseUrl.host());
    }
    return {};
}

} // namespace

void addConnectionOptions(QCommandLineParser &parser, const QString &demoDescription)
{
    parser.addOptions({
        {QStringLiteral("base-url"),
         ConnectionText::tr("API server, e.g. https://api.cloud.llamaindex.ai "
                            "(default: LLAMA_CLOUD_BASE_URL, else US)."),
         QStringLiteral("URL")},
        {QStringLiteral("allow-insecure-http"),
         ConnectionText::tr("Send the API key over plain http to a server that is not this machine "
                            "(unencrypted: anyone on the network can read it).")},
        {QStringLiteral("region"), ConnectionText::tr("LlamaCloud region: us or eu."),
         QStringLiteral("REGION")},
        {QStringLiteral("api-key"), ConnectionText::tr("API key (default: LLAMA_CLOUD_API_KEY)."),
         QStringLiteral("KEY")},
        {QStringLiteral("project-id"),
         ConnectionText::tr("The project (UUID), sent with every request."), QStringLiteral("ID")},
        {QStringLiteral("organization-id"),
         ConnectionText::tr("The organization (UUID), sent with every request."),
         QStringLiteral("ID")},
        {QStringLiteral("max-retries"),
         ConnectionText::tr("Retries after a failed request (default 5)."), QStringLiteral("N")},
        {QStringLiteral("timeout"),
         ConnectionText::tr("Seconds one attempt may take, from sending to the last byte "
                            "(0.001 to 3600, default 60)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("demo"), demoDescription},
    });
}

Connection::Connection()
    : m_client(&m_network)
{ }

Connection::~Connection() = default;

QString Connection::read(const QCommandLineParser &parser)
{
    QString error = readSettings(parser, &m_settings);
    if (error.isEmpty())
        error = checkKeySafety(parser, &m_settings);
    registerSecret(m_settings.apiKey); // masked in every log line, even one about a usage error
    if (!error.isEmpty())
        return error;
    m_scope.projectId = textOption(parser, "project-id");
    m_scope.organizationId = textOption(parser, "organization-id");
    using namespace QueryChecks;
    for (const QString &problem : {checkUuid("--project-id", m_scope.projectId),
                                   checkUuid("--organization-id", m_scope.organizationId)}) {
        if (!problem.isEmpty())
            return problem;
    }
    m_demo = parser.isSet(QStringLiteral("demo"));
    return {};
}

bool Connection::start()
{
    if (m_demo) {
        m_demoServer = std::make_unique<DemoServer>(DemoConfig {});
        if (!m_demoServer->listen()) {
            printError(m_demoServer->errorString());
            return false;
        }
        m_settings.baseUrl = m_demoServer->baseUrl();
        m_settings.apiKey = DemoServer::apiKey();
    }
    m_client.setSettings(m_settings);
    return true;
}

int exitCodeFor(const ApiError &error)
{
    if (error.isAuthenticationFailure())
        return AuthenticationFailure;
    if (error.kind == ApiError::Kind::InvalidArgument)
        return UsageError;
    return ApiFailure;
}

} // namespace BatchDeck::Cli
