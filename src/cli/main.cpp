// batchdeck-cli: headless export and inspection of LlamaCloud batch jobs, and the demo server.
#include "cli/batchcommands.h"
#include "cli/clioptions.h"
#include "cli/exportbatchescommand.h"
#include "cli/exportcommand.h"
#include "cli/failureitemscommand.h"
#include "cli/indexcommands.h"
#include "cli/itemscommand.h"
#include "cli/jobcommands.h"
#include "cli/servecommand.h"

#include "core/api/logging.h"
#include "core/translations.h"
#include "core/version.h"

#include <QCoreApplication>

#include <functional>

using namespace BatchDeck;

namespace {

// The translation context of this file's words, where lupdate can see it.
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

template<typename Command>
int run(QCoreApplication &app, const QStringList &arguments)
{
    Command command;
    const int immediate = command.start(arguments);
    return immediate >= 0 ? immediate : app.exec();
}

using Runner = std::function<int(QCoreApplication &, const QStringList &)>;

// A command as the top-level help lists it: how it is typed, and what it does.
struct Command
{
    QString name;
    const char *synopsis; // its arguments, after the name
    const char *summary;
    Runner runner;
};

const QList<Command> &commands()
{
    static const QList<Command> list {
        {QStringLiteral("export"), "",
         QT_TRANSLATE_NOOP("Cli", "write v1 batch jobs as CSV or JSON Lines"),
         run<Cli::ExportCommand>},
        {QStringLiteral("export-batches"), "",
         QT_TRANSLATE_NOOP("Cli", "write v2 batches as CSV or JSON Lines"),
         run<Cli::ExportBatchesCommand>},
        {QStringLiteral("job"), "JOB_ID",
         QT_TRANSLATE_NOOP("Cli", "show a job's status and progress"), run<Cli::JobCommand>},
        {QStringLiteral("items"), "JOB_ID",
         QT_TRANSLATE_NOOP("Cli", "write a job's items as CSV or JSON Lines"),
         run<Cli::ItemsCommand>},
        {QStringLiteral("cancel"), "JOB_ID", QT_TRANSLATE_NOOP("Cli", "cancel a job"),
         run<Cli::CancelCommand>},
        {QStringLiteral("batch"), "BATCH_ID",
         QT_TRANSLATE_NOOP("Cli", "show a v2 batch's status, files and errors"),
         run<Cli::BatchCommand>},
        {QStringLiteral("cancel-batch"), "BATCH_ID", QT_TRANSLATE_NOOP("Cli", "cancel a v2 batch"),
         run<Cli::CancelBatchCommand>},
        {QStringLiteral("sync"), "", QT_TRANSLATE_NOOP("Cli", "build or update the local index"),
         run<Cli::SyncCommand>},
        {QStringLiteral("failures"), "",
         QT_TRANSLATE_NOOP("Cli", "failed jobs grouped by error, from the index"),
         [](QCoreApplication &app, const QStringList &arguments) {
             return arguments.contains(QStringLiteral("--items"))
                 ? run<Cli::FailureItemsCommand>(app, arguments)
                 : Cli::FailuresCommand().start(arguments);
         }},
        {QStringLiteral("failures"),
         "--items",
         QT_TRANSLATE_NOOP("Cli", "failed items and files grouped by error"),
         {}},
        {QStringLiteral("stuck"), "",
         QT_TRANSLATE_NOOP("Cli", "work that has stopped moving, from the index"),
         [](QCoreApplication &, const QStringList &arguments) {
             return Cli::StuckCommand().start(arguments);
         }},
        {QStringLiteral("search"), "TEXT",
         QT_TRANSLATE_NOOP("Cli", "jobs by error words or ID, from the index"),
         [](QCoreApplication &, const QStringList &arguments) {
             return Cli::SearchCommand().start(arguments);
         }},
        {QStringLiteral("serve-demo"), "", QT_TRANSLATE_NOOP("Cli", "run the demo API server"),
         run<Cli::ServeCommand>},
        {QStringLiteral("--version"), "", QT_TRANSLATE_NOOP("Cli", "print the version"), {}},
    };
    return list;
}

// The commands in two aligned columns (as typed, what each does), then where to read on and the
// exit codes.
QString usage()
{
    QStringList typed;
    qsizetype width = 0;
    for (const Command &command : commands()) {
        const QString line = command.name + u' ' + QString::fromLatin1(command.synopsis);
        typed.append(line.trimmed());
        width = std::max(width, typed.constLast().size());
    }
    QString text = MainText::tr("Usage: batchdeck-cli COMMAND [ARGUMENT] [options]\n\n"
                                "Commands:\n");
    for (qsizetype i = 0; i < typed.size(); ++i) {
        text += QStringLiteral("  ") + typed.at(i).leftJustified(width + 2)
            + QCoreApplication::translate("Cli", commands().at(i).summary) + u'\n';
    }
    text += MainText::tr("\nEach command explains its options with --help (e.g. batchdeck-cli "
                         "items --help).\n"
                         "Exit codes: 0 done, 1 failed, 2 usage error, 3 API key refused, 130 "
                         "interrupted.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    installSecretMaskingMessageHandler(); // before anything could log the key
    QCoreApplication app(argc, argv);
    installTranslations();
    QCoreApplication::setApplicationName(QStringLiteral("batchdeck-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATCHDECK_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    arguments.removeAt(std::min<qsizetype>(1, arguments.size() - 1));
    if (!arguments.isEmpty()) // the program as a person types the command, for its messages
        arguments.first() = QStringLiteral("batchdeck-cli ") + command;
    QStringList names;
    for (const Command &known : commands()) {
        if (known.name == command && known.runner)
            return known.runner(app, arguments);
        if (known.runner)
            names.append(known.name);
    }
    if (command == u"--version" || command == u"-v") {
        Cli::printLine(stdout, QStringLiteral("batchdeck-cli " BATCHDECK_VERSION));
        return Cli::Success;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        std::fputs(usage().toLocal8Bit().constData(), stdout);
        return Cli::Success;
    }
    if (command.isEmpty()) {
        Cli::printError(MainText::tr("No command given."));
    } else if (const QString closest = Cli::closestName(command, names); !closest.isEmpty()) {
        Cli::printError(
            MainText::tr("Unknown command \"%1\". Did you mean %2?").arg(command, closest));
    } else {
        Cli::printError(MainText::tr("Unknown command \"%1\".").arg(command));
    }
    std::fputs(usage().toLocal8Bit().constData(), stderr);
    return Cli::UsageError;
}
