#include "cli/clioptions.h"

#include "core/api/logging.h"
#include "core/api/terminaltext.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <limits>
#include <numeric>
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

int editDistance(const QString &a, const QString &b)
{
    const QString s = a.toCaseFolded();
    const QString t = b.toCaseFolded();
    // Three rows of the table: the one before the last, the last and this one.
    QList<int> twoBack(t.size() + 1), last(t.size() + 1), row(t.size() + 1);
    std::iota(last.begin(), last.end(), 0);
    for (qsizetype i = 1; i <= s.size(); ++i) {
        row[0] = int(i);
        for (qsizetype j = 1; j <= t.size(); ++j) {
            const int substitution = s.at(i - 1) == t.at(j - 1) ? 0 : 1;
            row[j] = std::min({last[j] + 1, row[j - 1] + 1, last[j - 1] + substitution});
            if (i > 1 && j > 1 && s.at(i - 1) == t.at(j - 2) && s.at(i - 2) == t.at(j - 1))
                row[j] = std::min(row[j], twoBack[j - 2] + 1);
        }
        std::swap(twoBack, last);
        std::swap(last, row);
    }
    return last[t.size()];
}

QString closestName(const QString &typed, const QStringList &candidates)
{
    const int allowed = typed.size() <= 2 ? 0 : typed.size() <= 7 ? 1 : 2;
    QString closest;
    int best = allowed + 1;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(typed, candidate);
        if (distance < best) {
            best = distance;
            closest = candidate;
        }
    }
    return closest;
}

namespace {

// The option names --help lists, from Qt's layout of it: a line of the options starts with two
// spaces and a dash ("  -h, --help", "  --format <FORMAT>"); a description's next lines start
// further in.
QStringList optionNamesIn(const QString &helpText)
{
    static const QRegularExpression name(
        QStringLiteral(R"((?:^  |, )--?([A-Za-z0-9?][A-Za-z0-9_-]*))"));
    QStringList names;
    for (const QString &line : helpText.split(u'\n')) {
        if (!line.startsWith(u"  -"))
            continue;
        const QString options = line.section(QStringLiteral("  "), 1, 1); // before the text
        for (auto match = name.globalMatch(QStringLiteral("  ") + options); match.hasNext();)
            names.append(match.next().captured(1));
    }
    return names;
}

QString dashed(const QString &optionName)
{
    return (optionName.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + optionName;
}

QString parseFailure(const QCommandLineParser &parser, const QString &program)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty()) // a missing or unexpected value: Qt's words name the option
        return parser.errorText() + QStringLiteral(" (see %1 --help)").arg(program);
    const QString &typed = unknown.constFirst();
    const QString closest = closestName(typed, optionNamesIn(parser.helpText()));
    if (closest.isEmpty())
        return CliText::tr("Unknown option '%1' (see %2 --help).").arg(typed, program);
    return CliText::tr("Unknown option '%1'. Did you mean %2?").arg(typed, dashed(closest));
}

// Qt's help, told as the command is typed: "Usage: batchdeck-cli job [options] JOB_ID" rather
// than the path of the program, and Qt's own options (--help-all) only when asked for them.
QString commandHelp(const QCommandLineParser &parser, const QString &program, bool withQtOptions)
{
    QStringList lines = parser.helpText().split(u'\n');
    const QString path = QCoreApplication::arguments().value(0);
    if (!lines.isEmpty() && !path.isEmpty()) {
        const qsizetype at = lines.first().indexOf(path);
        if (at >= 0)
            lines.first().replace(at, path.size(), program);
    }
    if (!withQtOptions) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines.at(i).startsWith(u"  --help-all"))
                continue;
            qsizetype end = i + 1; // and the lines its description wraps onto
            while (end < lines.size() && lines.at(end).startsWith(u"   "))
                ++end;
            lines.remove(i, end - i);
            break;
        }
    }
    return lines.join(u'\n');
}

} // namespace

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, int *exitCode,
                    const QStringList &positionalNames)
{
    const QString program = arguments.value(0, QStringLiteral("batchdeck-cli"));
    for (const QString &name : positionalNames)
        parser.addPositionalArgument(name, {});
    const QCommandLineOption help = parser.addHelpOption(); // and --help-all
    if (!parser.parse(arguments)) {
        printError(parseFailure(parser, program));
        *exitCode = UsageError;
        return false;
    }
    const bool helpAll = parser.isSet(QStringLiteral("help-all"));
    if (parser.isSet(help) || helpAll) {
        printLine(stdout, commandHelp(parser, program, helpAll));
        *exitCode = Success;
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > positionalNames.size()) {
        printError(CliText::tr("Unexpected argument \"%1\" (see %2 --help).")
                       .arg(positional.at(positionalNames.size()), program));
        *exitCode = UsageError;
        return false;
    }
    if (positional.size() < positionalNames.size()) {
        printError(CliText::tr("Missing %1 (see %2 --help).")
                       .arg(positionalNames.at(positional.size()), program));
        *exitCode = UsageError;
        return false;
    }
    return true;
}

} // namespace BatchDeck::Cli
