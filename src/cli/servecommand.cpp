#include "cli/servecommand.h"

#include "cli/clioptions.h"

#include <QCoreApplication>
#include <QLocale>

namespace BatchDeck::Cli {

ServeCommand::ServeCommand(QObject *parent)
    : QObject(parent)
{
    connect(&m_signals, &SignalWatcher::interrupted, this, [] { QCoreApplication::exit(Success); });
}

int ServeCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs the built-in demo server on 127.0.0.1 until interrupted (Ctrl+C)."));
    parser.addOptions({
        {QStringLiteral("port"), tr("TCP port (default 8765; 0 picks a free one)."),
         QStringLiteral("N")},
        {QStringLiteral("jobs"), tr("Number of generated jobs (default 2500)."),
         QStringLiteral("N")},
        {QStringLiteral("seed"), tr("Seed of the generated data (default 1)."),
         QStringLiteral("N")},
        {QStringLiteral("no-total-size"),
         tr("Leave total_size out of list answers, as the live server may.")},
    });
    int exitCode = Success;
    if (!parseArguments(parser, arguments, &exitCode))
        return exitCode;

    QString error;
    DemoConfig config;
    const qint64 port =
        integerOption(parser, QStringLiteral("port"), 0, 65535, &error).value_or(8765);
    if (error.isEmpty())
        config.jobCount =
            int(integerOption(parser, QStringLiteral("jobs"), 0, DemoDataset::MaxJobs, &error)
                    .value_or(config.jobCount));
    if (error.isEmpty())
        config.seed = quint64(integerOption(parser, QStringLiteral("seed"), 0,
                                            std::numeric_limits<qint64>::max(), &error)
                                  .value_or(1));
    if (!error.isEmpty()) {
        printError(error);
        return UsageError;
    }
    config.reportTotals = !parser.isSet(QStringLiteral("no-total-size"));

    m_server = std::make_unique<DemoServer>(config);
    if (!m_server->listen(quint16(port))) {
        printError(m_server->errorString());
        return ApiFailure;
    }
    printLine(stdout,
              tr("Demo server with %1 jobs listening on %2")
                  .arg(QLocale().toString(m_server->dataset().jobCount()),
                       m_server->baseUrl().toString()));
    printLine(stdout,
              tr("API key: %1   Try: curl -H 'Authorization: Bearer %1' "
                 "'%2/api/v1/beta/batch-processing?limit=2'")
                  .arg(DemoServer::apiKey(), m_server->baseUrl().toString()));
    printLine(stdout, tr("Press Ctrl+C to stop."));
    return -1;
}

} // namespace BatchDeck::Cli
