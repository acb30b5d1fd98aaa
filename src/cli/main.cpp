// batchdeck-cli: headless export of LlamaCloud batch jobs, and the demo server.
#include "clioptions.h"
#include "exportcommand.h"
#include "servecommand.h"

#include "logging.h"

#include <QCoreApplication>

using namespace BatchDeck;

namespace {

const char Usage[] =
    "Usage: batchdeck-cli export [options]      write batch jobs as CSV (see export --help)\n"
    "       batchdeck-cli serve-demo [options]  run the demo API server (see serve-demo --help)\n"
    "       batchdeck-cli --version\n";

template<typename Command>
int run(QCoreApplication &app, const QStringList &arguments)
{
    Command command;
    const int immediate = command.start(arguments);
    return immediate >= 0 ? immediate : app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    installSecretMaskingMessageHandler(); // before anything could log the key
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("batchdeck-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATCHDECK_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    arguments.removeAt(std::min<qsizetype>(1, arguments.size() - 1));
    if (command == u"export")
        return run<Cli::ExportCommand>(app, arguments);
    if (command == u"serve-demo")
        return run<Cli::ServeCommand>(app, arguments);
    if (command == u"--version" || command == u"-v") {
        Cli::printLine(stdout, QStringLiteral("batchdeck-cli " BATCHDECK_VERSION));
        return Cli::Success;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        std::fputs(Usage, stdout);
        return Cli::Success;
    }
    Cli::printError(command.isEmpty() ? QStringLiteral("No command given.")
                                      : QStringLiteral("Unknown command \"%1\".").arg(command));
    std::fputs(Usage, stderr);
    return Cli::UsageError;
}
