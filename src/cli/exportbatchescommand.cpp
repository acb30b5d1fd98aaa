#include "cli/exportbatchescommand.h"

#include "cli/clioptions.h"
#include "core/batches/batch.h"
#include "core/export/batchexport.h"

#include <QCoreApplication>

namespace BatchDeck::Cli {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct ExportBatchesCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ExportBatchesCommand)
};

} // namespace

ExportBatchesCommand::ExportBatchesCommand(QObject *parent)
    : RowExportCommand(parent)
{ }

void ExportBatchesCommand::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(ExportBatchesCommandText::tr(
        "Writes every v2 batch matching the filters as CSV (RFC 4180, UTF-8; one row a batch: "
        "id,status,job_type,configuration_id,source_directory_id,project_id,created_at,"
        "updated_at) or JSON Lines (each batch with the API's fields). --project-id and "
        "--organization-id filter the batches too."));
    addConnectionOptions(parser,
                         ExportBatchesCommandText::tr("Export from the built-in demo server."));
    parser.addOptions({
        {QStringLiteral("status"),
         ExportBatchesCommandText::tr("Only batches with this status, in any case: %1.")
             .arg(knownBatchStatuses().join(QStringLiteral(", ")).toLower()),
         QStringLiteral("S")},
        {QStringLiteral("created-after"),
         ExportBatchesCommandText::tr(
             "Only batches created at or after T: an ISO 8601 date (2026-11-01, from 00:00 UTC) "
             "or a date-time with a zone (2026-11-01T08:30:00Z, 2026-11-01T08:30:00+02:00)."),
         QStringLiteral("T")},
        {QStringLiteral("created-before"),
         ExportBatchesCommandText::tr(
             "Only batches created at or before T: a date (up to 23:59:59.999 UTC that day) or a "
             "date-time with a zone."),
         QStringLiteral("T")},
        {QStringLiteral("source-directory-id"),
         ExportBatchesCommandText::tr("Only batches over this directory."), QStringLiteral("ID")},
        {QStringLiteral("page-size"),
         ExportBatchesCommandText::tr("Batches per request, %1 to %2 (default: the server's).")
             .arg(ListBatchesQuery::MinPageSize)
             .arg(ListBatchesQuery::MaxPageSize),
         QStringLiteral("N")},
        {QStringLiteral("max-rows"), ExportBatchesCommandText::tr("Stop after N batches."),
         QStringLiteral("N")},
        {QStringLiteral("row-ceiling"),
         ExportBatchesCommandText::tr(
             "Without --max-rows, fail when the server has sent N batches and the list has not "
             "ended, a guard against a server that never stops (default 10000000)."),
         QStringLiteral("N")},
    });
    addOutputOptions(parser, ExportBatchesCommandText::tr("batches"));
}

QString ExportBatchesCommand::readOptions(const QCommandLineParser &parser,
                                          const ProjectScope &scope, ExportOptions *options)
{
    QString error;
    m_query.status = enumOption(parser, QStringLiteral("status"), knownBatchStatuses(), &error);
    if (!error.isEmpty())
        return error;
    m_query.createdAtOnOrAfter = optionValue(parser, QStringLiteral("created-after"));
    m_query.createdAtOnOrBefore = optionValue(parser, QStringLiteral("created-before"));
    m_query.sourceDirectoryId = optionValue(parser, QStringLiteral("source-directory-id"));
    m_query.projectId = scope.projectId;
    m_query.organizationId = scope.organizationId;

    using namespace BatchQueryChecks;
    QDateTime after, before;
    if (m_query.createdAtOnOrAfter) {
        after = parseDateBound("--created-after", *m_query.createdAtOnOrAfter, DateBound::OnOrAfter,
                               &error);
        if (!error.isEmpty())
            return error;
    }
    if (m_query.createdAtOnOrBefore) {
        before = parseDateBound("--created-before", *m_query.createdAtOnOrBefore,
                                DateBound::OnOrBefore, &error);
        if (!error.isEmpty())
            return error;
    }
    if (after.isValid() && before.isValid() && after > before) {
        return ExportBatchesCommandText::tr(
                   "--created-after (%1) must not be later than --created-before (%2).")
            .arg(formatDateBound(after), formatDateBound(before));
    }
    if (error = QueryChecks::checkIdentifier("--source-directory-id", m_query.sourceDirectoryId);
        !error.isEmpty())
        return error;
    if (const auto pageSize =
            integerOption(parser, QStringLiteral("page-size"), ListBatchesQuery::MinPageSize,
                          ListBatchesQuery::MaxPageSize, &error))
        m_query.pageSize = int(*pageSize);
    if (!error.isEmpty())
        return error;
    options->maxRows = rowCountOption(parser, QStringLiteral("max-rows"), &error).value_or(0);
    if (!error.isEmpty())
        return error;
    options->rowCeiling = rowCountOption(parser, QStringLiteral("row-ceiling"), &error)
                              .value_or(BatchPager::DefaultRowCeiling);
    if (!error.isEmpty())
        return error;
    // Whatever is left for the query's own checks, named as the API names it.
    return m_query.validationError();
}

std::unique_ptr<RowExport> ExportBatchesCommand::createExport(ApiClient &client,
                                                              const ProjectScope &,
                                                              const ExportOptions &options)
{
    return std::make_unique<BatchExport>(&client, m_query, options);
}

} // namespace BatchDeck::Cli
