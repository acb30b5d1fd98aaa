#include "cli/exportcommand.h"

#include "cli/clioptions.h"
#include "core/export/jobexport.h"
#include "core/jobs/jobenums.h"

#include <QCoreApplication>

namespace BatchDeck::Cli {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct ExportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

} // namespace

ExportCommand::ExportCommand(QObject *parent)
    : RowExportCommand(parent)
{ }

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(ExportCommandText::tr(
        "Writes every batch job matching the filters as CSV (RFC 4180, UTF-8) or JSON Lines. "
        "--project-id and --organization-id filter the jobs too."));
    addConnectionOptions(parser, ExportCommandText::tr("Export from the built-in demo server."));
    parser.addOptions({
        {QStringLiteral("job-type"),
         ExportCommandText::tr("Only jobs of this type, in any case: %1.")
             .arg(knownJobTypes().join(QStringLiteral(", "))),
         QStringLiteral("T")},
        {QStringLiteral("status"),
         ExportCommandText::tr("Only jobs with this status, in any case: %1.")
             .arg(knownJobStatuses().join(QStringLiteral(", "))),
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
    parser.addOption(concurrencyOption(ExportCommandText::tr("jobs")));
    addOutputOptions(parser, ExportCommandText::tr("jobs"));
}

QString ExportCommand::readOptions(const QCommandLineParser &parser, const ProjectScope &scope,
                                   ExportOptions *options)
{
    QString error;
    m_query.jobType = enumOption(parser, QStringLiteral("job-type"), knownJobTypes(), &error);
    if (!error.isEmpty())
        return error;
    m_query.status = enumOption(parser, QStringLiteral("status"), knownJobStatuses(), &error);
    if (!error.isEmpty())
        return error;
    m_query.directoryId = optionValue(parser, QStringLiteral("directory-id"));
    m_query.projectId = scope.projectId;
    m_query.organizationId = scope.organizationId;

    if (error = QueryChecks::checkIdentifier("--directory-id", m_query.directoryId);
        !error.isEmpty())
        return error;
    m_query.limit = int(integerOption(parser, QStringLiteral("page-size"), ListJobsQuery::MinLimit,
                                      ListJobsQuery::MaxLimit, &error)
                            .value_or(ListJobsQuery::MaxLimit));
    if (!error.isEmpty())
        return error;
    options->maxRows = rowCountOption(parser, QStringLiteral("max-rows"), &error).value_or(0);
    if (!error.isEmpty())
        return error;
    if (error = readConcurrencyOption(parser, options); !error.isEmpty())
        return error;
    options->rowCeiling = rowCountOption(parser, QStringLiteral("row-ceiling"), &error)
                              .value_or(JobPager::DefaultRowCeiling);
    return error;
}

std::unique_ptr<RowExport> ExportCommand::createExport(ApiClient &client, const ProjectScope &,
                                                       const ExportOptions &options)
{
    return std::make_unique<JobExport>(&client, m_query, options);
}

} // namespace BatchDeck::Cli
