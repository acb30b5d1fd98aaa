#include "cli/clioptions.h"

#include "core/api/logging.h"
#include "core/api/terminaltext.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

namespace BatchDeck::Cli {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void writeLine(FILE *stream, const QString &text, LineFeeds lineFeeds)
{
    // The last gate before the terminal: no key and nothing that drives it, whatever the text
    // quotes (a server's detail, a job's error, a file name).
    const QByteArray bytes = escapeForTerminal(maskSecrets(text), lineFeeds).toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printLine(FILE *stream, const QString &text)
{
    writeLine(stream, text, LineFeeds::Keep);
}

void printError(const QString &message)
{
    writeLine(stderr, QStringLiteral("batchdeck-cli: ") + message, LineFeeds::Escape);
}

bool isTerminal(FILE *stream)
{
    return ::isatty(fileno(stream)) == 1;
}

bool namesATerminal(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat info
    {
    };
    if (::stat(name.constData(), &info) != 0 || !S_ISCHR(info.st_mode))
        return false;
    // Opened only to ask: never as the controlling terminal, never waiting.
    const int descriptor = ::open(name.constData(), O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    const bool terminal = ::isatty(descriptor) == 1;
    ::close(descriptor);
    return terminal;
}

std::optional<QString> optionValue(const QCommandLineParser &parser, const QString &name)
{
    return parser.isSet(name) ? std::optional(parser.value(name)) : std::nullopt;
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
        *error = CliText::tr("--%1 must be a whole number from %2 to %3 (got \"%4\").")
                     .arg(name)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(text);
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> rowCountOption(const QCommandLineParser &parser, const QString &name,
                                     QString *error)
{
    return integerOption(parser, name, 1, std::numeric_limits<qint64>::max() / 2, error);
}

std::optional<QString> enumOption(const QCommandLineParser &parser, const QString &name,
                                  const QStringList &allowed, QString *error)
{
    if (!parser.isSet(name))
        return std::nullopt;
    const QStringList values = enumOptionValues(parser, name, allowed, error);
    if (!error->isEmpty())
        return std::nullopt;
    return values.constLast(); // as QCommandLineParser::value() takes the last one given
}

QStringList enumOptionValues(const QCommandLineParser &parser, const QString &name,
                             const QStringList &allowed, QString *error)
{
    QStringList values;
    for (const QString &given : parser.values(name)) {
        const auto known = std::find_if(allowed.cbegin(), allowed.cend(), [&](const QString &a) {
            return a.compare(given.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (known == allowed.cend()) {
            // Listed in lower case whatever the API's spelling: any case is taken.
            *error = CliText::tr("--%1 must be one of %2, in any case (got \"%3\").")
                         .arg(name, allowed.join(QStringLiteral(", ")).toLower(), given);
            return {};
        }
        values.append(*known);
    }
    return values;
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
