#include "exportcommand.h"

#include "clioptions.h"
#include "demoserver.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace BatchDeck::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Writes every batch job matching the filters as CSV (RFC 4180, UTF-8)."));
    parser.addOptions({
        {QStringLiteral("base-url"),
         tr("API server, e.g. https://api.cloud.llamaindex.ai "
            "(default: LLAMA_CLOUD_BASE_URL, else US)."),
         QStringLiteral("URL")},
        {QStringLiteral("allow-insecure-http"),
         tr("Send the API key over plain http to a server that is not this machine "
            "(unencrypted: anyone on the network can read it).")},
        {QStringLiteral("region"), tr("LlamaCloud region: us or eu."), QStringLiteral("REGION")},
        {QStringLiteral("api-key"), tr("API key (default: LLAMA_CLOUD_API_KEY)."),
         QStringLiteral("KEY")},
        {QStringLiteral("job-type"), tr("Only jobs of this type: parse, extract, classify."),
         QStringLiteral("T")},
        {QStringLiteral("status"),
         tr("Only jobs with this status: pending, running, dispatched, completed, failed, "
            "cancelled."),
         QStringLiteral("S")},
        {QStringLiteral("directory-id"), tr("Only jobs over this directory."),
         QStringLiteral("ID")},
        {QStringLiteral("project-id"), tr("Only jobs of this project (UUID)."),
         QStringLiteral("ID")},
        {QStringLiteral("organization-id"), tr("Only jobs of this organization (UUID)."),
         QStringLiteral("ID")},
        {QStringLiteral("page-size"), tr("Jobs per request, 1 to 1000 (default 1000)."),
         QStringLiteral("N")},
        {QStringLiteral("max-rows"), tr("Stop after N jobs."), QStringLiteral("N")},
        {QStringLiteral("row-ceiling"),
         tr("Without --max-rows, fail when the server has sent N jobs and the list has not "
            "ended, a guard against a server that never stops (default 10000000)."),
         QStringLiteral("N")},
        {QStringLiteral("output"),
         tr("CSV file to write, or - for standard output (default). A file is replaced only "
            "when the export succeeds; a FIFO or device (e.g. /dev/null) is written directly."),
         QStringLiteral("FILE")},
        {QStringLiteral("bom"), tr("Start the file with a UTF-8 byte-order mark (for Excel).")},
        {QStringLiteral("no-formula-guard"),
         tr("Do not prefix cells starting with = + - @ with a quote.")},
        {QStringLiteral("skip-invalid"),
         tr("Skip jobs the server sent incomplete, with a warning, instead of failing.")},
        {QStringLiteral("max-retries"), tr("Retries after a failed request (default 5)."),
         QStringLiteral("N")},
        {QStringLiteral("timeout"),
         tr("Seconds one attempt may take, from sending to the last byte "
            "(0.001 to 3600, default 60)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("demo"), tr("Export from the built-in demo server.")},
    });
}

// Every check of the command line, each naming the flag it is about.
QString readSettings(const QCommandLineParser &parser, ClientSettings *settings)
{
    const bool demo = parser.isSet(QStringLiteral("demo"));
    if (demo
        && (parser.isSet(QStringLiteral("base-url")) || parser.isSet(QStringLiteral("region"))))
        return tr("--demo cannot be combined with --base-url or --region.");
    if (parser.isSet(QStringLiteral("base-url")) && parser.isSet(QStringLiteral("region")))
        return tr("Use either --base-url or --region, not both.");

    QString error;
    if (parser.isSet(QStringLiteral("base-url"))) {
        settings->baseUrl = parseBaseUrl(parser.value(QStringLiteral("base-url")), &error);
        if (!error.isEmpty())
            return QStringLiteral("--base-url: ") + error;
    } else if (parser.isSet(QStringLiteral("region"))) {
        settings->baseUrl =
            ClientSettings::baseUrlForRegion(parser.value(QStringLiteral("region")));
        if (settings->baseUrl.isEmpty())
            return tr("--region must be us or eu (got \"%1\").")
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
        return tr("No API key: pass --api-key KEY or set LLAMA_CLOUD_API_KEY (or try --demo).");

    if (auto retries = integerOption(parser, QStringLiteral("max-retries"), 0, 100, &error))
        settings->maxRetries = int(*retries);
    if (!error.isEmpty())
        return error;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        // Written so that nan fails it too; under 1 ms would round to no timeout at all.
        if (!ok || !(seconds >= 0.001 && seconds <= 3600))
            return tr("--timeout must be a number of seconds from 0.001 to 3600 (got \"%1\").")
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
        return tr("%1: %2 is a plain http address, which would send the API key unencrypted to "
                  "%3. Use https, or pass --allow-insecure-http if every network on the way is "
                  "yours.")
            .arg(source, settings->baseUrl.toString(), settings->baseUrl.host());
    }
    return {};
}

QString readQuery(const QCommandLineParser &parser, ListJobsQuery *query, ExportOptions *options)
{
    const auto text = [&](const char *flag) -> std::optional<QString> {
        const QString name = QString::fromLatin1(flag);
        return parser.isSet(name) ? std::optional(parser.value(name)) : std::nullopt;
    };
    query->jobType = text("job-type");
    query->status = text("status");
    query->directoryId = text("directory-id");
    query->projectId = text("project-id");
    query->organizationId = text("organization-id");

    using namespace QueryChecks;
    for (const QString &error : {checkEnum("--job-type", query->jobType, knownJobTypes()),
                                 checkEnum("--status", query->status, knownJobStatuses()),
                                 checkIdentifier("--directory-id", query->directoryId),
                                 checkUuid("--project-id", query->projectId),
                                 checkUuid("--organization-id", query->organizationId)}) {
        if (!error.isEmpty())
            return error;
    }
    QString error;
    query->limit = int(integerOption(parser, QStringLiteral("page-size"), ListJobsQuery::MinLimit,
                                     ListJobsQuery::MaxLimit, &error)
                           .value_or(ListJobsQuery::MaxLimit));
    if (!error.isEmpty())
        return error;
    options->maxRows = integerOption(parser, QStringLiteral("max-rows"), 1,
                                     std::numeric_limits<qint64>::max() / 2, &error)
                           .value_or(0);
    if (!error.isEmpty())
        return error;
    options->rowCeiling = integerOption(parser, QStringLiteral("row-ceiling"), 1,
                                        std::numeric_limits<qint64>::max() / 2, &error)
                              .value_or(JobPager::DefaultRowCeiling);
    return error;
}

} // namespace

ExportCommand::ExportCommand(QObject *parent)
    : QObject(parent)
    , m_client(&m_network)
{
    connect(&m_signals, &SignalWatcher::interrupted, this, [this] {
        m_interrupted = true;
        if (m_export)
            m_export->cancel();
    });
}

ExportCommand::~ExportCommand() = default;

int ExportCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    int exitCode = Success;
    if (!parseArguments(parser, arguments, &exitCode))
        return exitCode;

    ClientSettings settings;
    ListJobsQuery query;
    ExportOptions options;
    QString error = readSettings(parser, &settings);
    if (error.isEmpty())
        error = checkKeySafety(parser, &settings);
    registerSecret(settings.apiKey); // masked in every log line, even one about a usage error
    if (error.isEmpty())
        error = readQuery(parser, &query, &options);
    m_outputPath = parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output"))
                                                          : QStringLiteral("-");
    if (error.isEmpty() && m_outputPath.isEmpty())
        error = tr("--output must name a file, or - for standard output.");
    if (!error.isEmpty()) {
        printError(error);
        return UsageError;
    }
    options.csv.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    options.csv.formulaGuard = !parser.isSet(QStringLiteral("no-formula-guard"));
    options.skipInvalidJobs = parser.isSet(QStringLiteral("skip-invalid"));

    if (parser.isSet(QStringLiteral("demo"))) {
        m_demoServer = std::make_unique<DemoServer>(DemoConfig {});
        if (!m_demoServer->listen()) {
            printError(m_demoServer->errorString());
            return ApiFailure;
        }
        settings.baseUrl = m_demoServer->baseUrl();
        settings.apiKey = DemoServer::apiKey();
    }
    m_client.setSettings(settings);

    m_export = std::make_unique<JobCsvExport>(&m_client, query, options);
    m_showProgress = isTerminal(stderr);
    connect(m_export.get(), &JobCsvExport::progress, this, &ExportCommand::onProgress);
    connect(m_export.get(), &JobCsvExport::invalidJobSkipped, this,
            [](const QString &message) { printError(message); });
    connect(m_export.get(), &JobCsvExport::finished, this, &ExportCommand::onFinished);
    if (m_outputPath == u"-") {
        if (!m_standardOutput.open(stdout, QIODevice::WriteOnly)) {
            printError(tr("Could not write to standard output."));
            return ApiFailure;
        }
        m_export->startToDevice(&m_standardOutput);
    } else {
        const QFileInfo output(m_outputPath);
        m_output = !output.exists() ? Output::NewFile
            : output.isFile()       ? Output::ExistingFile
                                    : Output::Device;
        m_export->startToFile(m_outputPath);
    }
    return -1;
}

void ExportCommand::onProgress(qint64 rows, int pages, std::optional<qint64> total)
{
    if (!m_showProgress)
        return;
    const QLocale locale;
    QString line = tr("\rExported %1 jobs (%2 pages)").arg(locale.toString(rows)).arg(pages);
    if (total)
        line += tr(" of about %1").arg(locale.toString(*total));
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

QString ExportCommand::interruptedMessage() const
{
    const QString path = QDir::toNativeSeparators(m_outputPath);
    switch (m_output) {
    case Output::StandardOutput:
        return tr("Interrupted; the CSV written to standard output is incomplete.");
    case Output::NewFile:
        return tr("Interrupted; %1 was not created.").arg(path);
    case Output::ExistingFile:
        return tr("Interrupted; %1 was left as it was before the export.").arg(path);
    case Output::Device:
        return tr("Interrupted; the CSV written to %1 is incomplete.").arg(path);
    }
    return {};
}

void ExportCommand::onFinished(const ExportResult &finished)
{
    ExportResult result = finished;
    if (m_showProgress && result.pages > 0)
        std::fputs("\n", stderr);
    if (m_standardOutput.isOpen() && !m_standardOutput.flush() && result.isOk()) {
        result.failure = ExportResult::Failure::Write;
        result.message =
            tr("Could not write to standard output: %1.").arg(m_standardOutput.errorString());
    }
    int exitCode = Success;
    if (m_interrupted) {
        printError(interruptedMessage());
        exitCode = Interrupted;
    } else if (!result.isOk()) {
        printError(result.rowCeilingReached ? result.message
                           + tr(" If there really are that many jobs, raise it with "
                                "--row-ceiling.")
                                            : result.message);
        if (result.apiError.isAuthenticationFailure())
            exitCode = AuthenticationFailure;
        else if (result.apiError.kind == ApiError::Kind::InvalidArgument)
            exitCode = UsageError;
        else
            exitCode = ApiFailure;
    } else {
        if (result.duplicatesSkipped > 0)
            printError(result.duplicatesNote());
        if (m_showProgress && m_outputPath != u"-") {
            printLine(stderr,
                      tr("Wrote %1 jobs to %2.")
                          .arg(QLocale().toString(result.rowsWritten),
                               QDir::toNativeSeparators(m_outputPath)));
        }
    }
    QCoreApplication::exit(exitCode);
}

} // namespace BatchDeck::Cli
