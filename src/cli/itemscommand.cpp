#include "cli/itemscommand.h"

#include "cli/clioptions.h"
#include "cli/jobcommands.h"
#include "core/export/itemexport.h"

#include <QCoreApplication>

namespace BatchDeck::Cli {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct ItemsCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ItemsCommand)
};

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(ItemsCommandText::tr(
        "Writes every item (file) of a batch job as CSV (RFC 4180, UTF-8) or JSON Lines."));
    addConnectionOptions(parser, ItemsCommandText::tr("Read from the built-in demo server."));
    parser.addOptions({
        {QStringLiteral("status"),
         ItemsCommandText::tr(
             "Only items with this status: pending, processing, completed, failed, skipped, "
             "cancelled."),
         QStringLiteral("S")},
        {QStringLiteral("page-size"),
         ItemsCommandText::tr("Items per request, 1 to 1000 (default 1000)."), QStringLiteral("N")},
        {QStringLiteral("row-ceiling"),
         ItemsCommandText::tr(
             "Fail when the server has sent N items and the list has not ended, a guard "
             "against a server that never stops (default 10000000)."),
         QStringLiteral("N")},
    });
    addOutputOptions(parser, ItemsCommandText::tr("items"));
}

QString readQuery(const QCommandLineParser &parser, ListItemsQuery *query, ExportOptions *options)
{
    if (parser.isSet(QStringLiteral("status")))
        query->status = parser.value(QStringLiteral("status"));
    if (QString error = QueryChecks::checkEnum("--status", query->status, knownItemStatuses());
        !error.isEmpty())
        return error;
    QString error;
    query->limit =
        int(integerOption(parser, QStringLiteral("page-size"), 1, ItemPager::MaxLimit, &error)
                .value_or(ItemPager::MaxLimit));
    if (!error.isEmpty())
        return error;
    options->rowCeiling = integerOption(parser, QStringLiteral("row-ceiling"), 1,
                                        std::numeric_limits<qint64>::max() / 2, &error)
                              .value_or(ItemPager::DefaultRowCeiling);
    return error;
}

} // namespace

ItemsCommand::ItemsCommand(QObject *parent)
    : QObject(parent)
{ }

int ItemsCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    int exitCode = Success;
    if (!parseArguments(parser, arguments, &exitCode, {QStringLiteral("JOB_ID")}))
        return exitCode;
    const QString jobId = parser.positionalArguments().constFirst();

    ListItemsQuery query;
    ExportOptions options;
    QString outputPath;
    QString error = m_connection.read(parser);
    if (error.isEmpty())
        error = checkJobIdArgument(jobId);
    if (error.isEmpty())
        error = readQuery(parser, &query, &options);
    if (error.isEmpty())
        error = readOutputOptions(parser, &options, &outputPath);
    if (!error.isEmpty()) {
        printError(error);
        return UsageError;
    }
    if (!m_connection.start())
        return ApiFailure;
    m_run.setApiFailureText(
        [jobId](const ApiError &failure) { return jobCallFailure(jobId, failure); });
    return m_run.start(std::make_unique<ItemExport>(&m_connection.client(), jobId,
                                                    m_connection.scope(), query, options),
                       outputPath, options.format);
}

} // namespace BatchDeck::Cli
