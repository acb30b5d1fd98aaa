#include "cli/servecommand.h"

#include "cli/clioptions.h"

#include <QCoreApplication>
#include <QLocale>

#include <climits>

namespace BatchDeck::Cli {

namespace {

constexpr qint64 MaxLatencyMs = 60'000;
constexpr qint64 MaxInFlight = 100'000;
constexpr qint64 MaxRetryAfterMs = 3'600'000; // an hour

} // namespace

ServeCommand::ServeCommand(QObject *parent)
    : QObject(parent)
{
    connect(&m_signals, &SignalWatcher::interrupted, this, [this] {
        // One line on standard error, for a benchmark script to read.
        if (m_server) {
            const DemoServer::Counters counters = m_server->counters();
            printLine(stderr,
                      tr("Answered %n request(s) (%1 refused with 429), at most %2 at once.",
                         nullptr, int(std::min<qint64>(counters.answered, INT_MAX)))
                          .arg(counters.refused)
                          .arg(counters.peakInFlight));
        }
        QCoreApplication::exit(Success);
    });
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
        {QStringLiteral("latency-ms"),
         tr("Send every answer N ms after its request arrived, as over a slow network "
            "(default 0, up to 60000)."),
         QStringLiteral("N")},
        {QStringLiteral("max-in-flight"),
         tr("Answer a request that arrives while N are being answered with 429 Too Many "
            "Requests, as a rate-limiting service does (default 0: no limit)."),
         QStringLiteral("N")},
        {QStringLiteral("running"),
         tr("Make the newest N jobs running, each moving on with every request, so that a "
            "sync finds that many changed (default: the newest few are unfinished)."),
         QStringLiteral("N")},
        {QStringLiteral("retry-after-ms"),
         tr("The wait a 429 asks for, in its Retry-After and retry-after-ms headers "
            "(default 1000)."),
         QStringLiteral("N")},
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
    const auto readInto = [&](const QString &name, qint64 maximum, int *value) {
        if (error.isEmpty())
            *value = int(integerOption(parser, name, 0, maximum, &error).value_or(*value));
    };
    readInto(QStringLiteral("latency-ms"), MaxLatencyMs, &config.latencyMs);
    readInto(QStringLiteral("max-in-flight"), MaxInFlight, &config.maxInFlight);
    readInto(QStringLiteral("retry-after-ms"), MaxRetryAfterMs, &config.retryAfterMs);
    readInto(QStringLiteral("running"), DemoDataset::MaxJobs, &config.runningJobs);
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
    printLine(
        stdout,
        tr("Demo server with %1 jobs listening on %2", nullptr, m_server->dataset().jobCount())
            .arg(QLocale().toString(m_server->dataset().jobCount()),
                 m_server->baseUrl().toString()));
    if (config.latencyMs > 0)
        printLine(
            stdout,
            tr("Every answer is sent %1 ms after its request arrived.").arg(config.latencyMs));
    if (config.maxInFlight > 0)
        printLine(stdout,
                  tr("At most %n request(s) are answered at once; more are refused with 429 "
                     "(retry after %1 ms).",
                     nullptr, config.maxInFlight)
                      .arg(config.retryAfterMs));
    printLine(stdout,
              tr("API key: %1   Try: curl -H 'Authorization: Bearer %1' "
                 "'%2/api/v1/beta/batch-processing?limit=2'")
                  .arg(DemoServer::apiKey(), m_server->baseUrl().toString()));
    printLine(stdout, tr("Press Ctrl+C to stop."));
    return -1;
}

} // namespace BatchDeck::Cli
