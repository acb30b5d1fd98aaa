#include "cli/exportcommand.h"

#include "cli/clioptions.h"
#include "core/export/jobexport.h"

#include <QCoreApplication>

namespace BatchDeck::Cli {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct ExportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(ExportCommandText::tr(
        "Writes every batch job matching the filters as CSV (RFC 4180, UTF-8) or JSON Lines. "
        "--project-id and --organization-id filter the jobs too."));
    addConnectionOptions(parser, ExportCommandText::tr("Export from the built-in demo server."));
    parser.addOptions({
        {QStringLiteral("job-type"),
         ExportCommandText::tr("Only jobs of this type: parse, extract, classify."),
         QStringLiteral("T")},
        {QStringLiteral("status"),
         ExportCommandText::tr(
             "Only jobs with this status: pending, running, dispatched, completed, failed, "
             "cancelled."),
         QStringLiteral("S")},
        {QStringLiteral("directory-id"), ExportCommandText::tr("Only jobs over this directory."),
         QStringLiteral("ID")},
        {QStringLiteral("page-size"),
         ExportCommandText::tr("Jobs per request, 1 to 1000 (default 1000)."), QStringLiteral("N")},
        {QStringLiteral("max-rows"), ExportCommandText::tr("Stop after N jobs."),
         QStringLiteral("N")},
        {QStringLiteral("row-ceiling"),
         ExportCommandText::tr(
             "Without --max-rows, fail when the server has sent N jobs and the list has not "
             "ended, a guard against a server that never stops (default 10000000)."),
         QStringLiteral("N")},
    });
    addOutputOptions(parser, ExportCommandText::tr("jobs"));
}

QString readQuery(const QCommandLineParser &parser, const ProjectScope &scope, ListJobsQuery *query,
                  ExportOptions *options)
{
    const auto text = [&](const char *flag) -> std::optional<QString> {
        const QString name = QString::fromLatin1(flag);
        return parser.isSet(name) ? std::optional(parser.value(name)) : std::nullopt;
    };
    query->jobType = text("job-type");
    query->status = text("status");
    query->directoryId = text("directory-id");
    query->projectId = scope.projectId;
    query->organizationId = scope.organizationId;

    using namespace QueryChecks;
    for (const QString &error : {checkEnum("--job-type", query->jobType, knownJobTypes()),
                                 checkEnum("--status", query->status, knownJobStatuses()),
                                 checkIdentifier("--directory-id", query->directoryId)}) {
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
{ }

int ExportCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    int exitCode = Success;
    if (!parseArguments(parser, arguments, &exitCode))
        return exitCode;

    ListJobsQuery query;
    ExportOptions options;
    QString outputPath;
    QString error = m_connection.read(parser);
    if (error.isEmpty())
        error = readQuery(parser, m_connection.scope(), &query, &options);
    if (error.isEmpty())
        error = readOutputOptions(parser, &options, &outputPath);
    if (!error.isEmpty()) {
        printError(error);
        return UsageError;
    }
    if (!m_connection.start())
        return ApiFailure;
    return m_run.start(std::make_unique<JobExport>(&m_connection.client(), query, options),
                       outputPath, options.format);
}

} // namespace BatchDeck::Cli
