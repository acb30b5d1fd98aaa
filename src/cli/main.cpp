// batchdeck-cli: headless export and inspection of LlamaCloud batch jobs, and the demo server.
#include "cli/clioptions.h"
#include "cli/exportbatchescommand.h"
#include "cli/exportcommand.h"
#include "cli/failureitemscommand.h"
#include "cli/indexcommands.h"
#include "cli/itemscommand.h"
#include "cli/jobcommands.h"
#include "cli/servecommand.h"

#include "core/api/logging.h"
#include "core/englishplurals.h"
#include "core/version.h"

#include <QCoreApplication>

using namespace BatchDeck;

namespace {

const char Usage[] =
    "Usage: batchdeck-cli export [options]        write batch jobs as CSV or JSON Lines\n"
    "       batchdeck-cli export-batches [options] write v2 batches as CSV or JSON Lines\n"
    "       batchdeck-cli job JOB_ID [options]    show a job's status and progress\n"
    "       batchdeck-cli items JOB_ID [options]  write a job's items as CSV or JSON Lines\n"
    "       batchdeck-cli cancel JOB_ID [options] cancel a job\n"
    "       batchdeck-cli sync [options]          build or update the local index\n"
    "       batchdeck-cli failures [options]      failed jobs grouped by error, from the index\n"
    "       batchdeck-cli failures --items [options]  failed items and files grouped by error\n"
    "       batchdeck-cli stuck [options]         work that has stopped moving, from the index\n"
    "       batchdeck-cli search TEXT [options]   jobs by error words or ID, from the index\n"
    "       batchdeck-cli serve-demo [options]    run the demo API server\n"
    "       batchdeck-cli --version\n"
    "Each command explains its options with --help (e.g. batchdeck-cli items --help).\n"
    "Exit codes: 0 done, 1 failed, 2 usage error, 3 API key refused, 130 interrupted.\n";

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
    installEnglishPlurals();
    QCoreApplication::setApplicationName(QStringLiteral("batchdeck-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATCHDECK_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    arguments.removeAt(std::min<qsizetype>(1, arguments.size() - 1));
    if (command == u"export")
        return run<Cli::ExportCommand>(app, arguments);
    if (command == u"export-batches")
        return run<Cli::ExportBatchesCommand>(app, arguments);
    if (command == u"job")
        return run<Cli::JobCommand>(app, arguments);
    if (command == u"items")
        return run<Cli::ItemsCommand>(app, arguments);
    if (command == u"cancel")
        return run<Cli::CancelCommand>(app, arguments);
    if (command == u"sync")
        return run<Cli::SyncCommand>(app, arguments);
    if (command == u"failures")
        return arguments.contains(QStringLiteral("--items"))
            ? run<Cli::FailureItemsCommand>(app, arguments)
            : Cli::FailuresCommand().start(arguments);
    if (command == u"stuck")
        return Cli::StuckCommand().start(arguments);
    if (command == u"search")
        return Cli::SearchCommand().start(arguments);
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
