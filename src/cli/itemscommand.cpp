#include "cli/itemscommand.h"

#include "cli/clioptions.h"
#include "cli/jobcommands.h"
#include "core/export/itemexport.h"
#include "core/jobs/jobenums.h"

#include <QCoreApplication>

namespace BatchDeck::Cli {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct ItemsCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ItemsCommand)
};

} // namespace

ItemsCommand::ItemsCommand(QObject *parent)
    : RowExportCommand(parent)
{ }

void ItemsCommand::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(ItemsCommandText::tr(
        "Writes every item (file) of a batch job as CSV (RFC 4180, UTF-8) or JSON Lines."));
    addConnectionOptions(parser, ItemsCommandText::tr("Read from the built-in demo server."));
    parser.addOptions({
        {QStringLiteral("status"),
         ItemsCommandText::tr("Only items with this status, in any case: %1.")
             .arg(knownItemStatuses().join(QStringLiteral(", "))),
         QStringLiteral("S")},
        {QStringLiteral("page-size"),
         ItemsCommandText::tr("Items per request, 1 to 1000 (default 1000)."), QStringLiteral("N")},
        {QStringLiteral("row-ceiling"),
         ItemsCommandText::tr(
             "Fail when the server has sent N items and the list has not ended, a guard "
             "against a server that never stops (default 10000000)."),
         QStringLiteral("N")},
    });
    parser.addOption(concurrencyOption(ItemsCommandText::tr("items")));
    addOutputOptions(parser, ItemsCommandText::tr("items"));
}

QStringList ItemsCommand::positionalNames() const
{
    return {QStringLiteral("JOB_ID")};
}

QString ItemsCommand::readOptions(const QCommandLineParser &parser, const ProjectScope &,
                                  ExportOptions *options)
{
    m_jobId = parser.positionalArguments().constFirst();
    if (QString error = checkJobIdArgument(m_jobId); !error.isEmpty())
        return error;
    QString error;
    m_query.status = enumOption(parser, QStringLiteral("status"), knownItemStatuses(), &error);
    if (!error.isEmpty())
        return error;
    m_query.limit =
        int(integerOption(parser, QStringLiteral("page-size"), 1, ItemPager::MaxLimit, &error)
                .value_or(ItemPager::MaxLimit));
    if (!error.isEmpty())
        return error;
    if (error = readConcurrencyOption(parser, options); !error.isEmpty())
        return error;
    options->rowCeiling = rowCountOption(parser, QStringLiteral("row-ceiling"), &error)
                              .value_or(ItemPager::DefaultRowCeiling);
    return error;
}

std::unique_ptr<RowExport> ItemsCommand::createExport(ApiClient &client, const ProjectScope &scope,
                                                      const ExportOptions &options)
{
    run().setApiFailureText(
        [jobId = m_jobId](const ApiError &failure) { return jobCallFailure(jobId, failure); });
    return std::make_unique<ItemExport>(&client, m_jobId, scope, m_query, options);
}

} // namespace BatchDeck::Cli
