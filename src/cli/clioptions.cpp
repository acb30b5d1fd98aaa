#include "clioptions.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace BatchDeck::Cli {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void printError(const QString &message)
{
    printLine(stderr, QStringLiteral("batchdeck-cli: ") + message);
}

bool isTerminal(FILE *stream)
{
    return ::isatty(fileno(stream)) == 1;
}

std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name,
                                    qint64 minimum, qint64 maximum, QString *error)
{
    if (!parser.isSet(name))
        return std::nullopt;
    const QString text = parser.value(name);
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        *error = QCoreApplication::translate("Cli",
                                             "--%1 must be a whole number from %2 to %3 "
                                             "(got \"%4\").")
                     .arg(name)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(text);
        return std::nullopt;
    }
    return value;
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, int *exitCode,
                    const QStringList &positionalNames)
{
    for (const QString &name : positionalNames)
        parser.addPositionalArgument(name, {});
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText() + QStringLiteral(" (see --help)"));
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        printLine(stdout, parser.helpText());
        *exitCode = Success;
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > positionalNames.size()) {
        printError(QCoreApplication::translate("Cli", "Unexpected argument \"%1\" (see --help).")
                       .arg(positional.at(positionalNames.size())));
        *exitCode = UsageError;
        return false;
    }
    if (positional.size() < positionalNames.size()) {
        printError(QCoreApplication::translate("Cli", "Missing %1 (see --help).")
                       .arg(positionalNames.at(positional.size())));
        *exitCode = UsageError;
        return false;
    }
    return true;
}

} // namespace BatchDeck::Cli
