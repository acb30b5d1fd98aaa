#pragma once

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace BatchDeck::Cli {

enum ExitCode {
    Success = 0,
    ApiFailure = 1,
    UsageError = 2,
    AuthenticationFailure = 3,
    // Finished with every row served, but the list changed while it was read (rows may be
    // missing), or, with --strict-total, ended at a count other than the server's total.
    ListChanged = 4,
    Interrupted = 130,
};

// Human-readable output. Both mask the API key (logging.h) and escape what would drive a
// terminal (terminaltext.h), whatever the stream is: the text may quote what a server sent.
// Prints "batchdeck-cli: <message>" on standard error, as one line (a line feed is shown as \n).
void printError(const QString &message);
// Prints `text` and a line end; line feeds in `text` stay.
void printLine(FILE *stream, const QString &text);
bool isTerminal(FILE *stream);
// Whether `path` names a terminal (--output /dev/tty, /dev/pts/N, /dev/stdout on a terminal).
bool namesATerminal(const QString &path);

// The value of an option, or nothing when it was not given (an empty value is still a value).
std::optional<QString> optionValue(const QCommandLineParser &parser, const QString &name);

// Reads an integer option within [minimum, maximum]; on a bad value sets *error naming the flag.
std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name,
                                    qint64 minimum, qint64 maximum, QString *error);
// Reads a count of rows (--max-rows, --row-ceiling): a whole number from 1 to half the largest
// qint64, the one range every such option takes.
std::optional<qint64> rowCountOption(const QCommandLineParser &parser, const QString &name,
                                     QString *error);

// An option naming one of `allowed` (a status, a job type), taken in any case: the value as
// `allowed` spells it, or nothing when the option was not given. Any other value sets *error,
// a sentence naming the flag and listing the values allowed.
std::optional<QString> enumOption(const QCommandLineParser &parser, const QString &name,
                                  const QStringList &allowed, QString *error);
// Every value of such an option given again for several, each as `allowed` spells it.
QStringList enumOptionValues(const QCommandLineParser &parser, const QString &name,
                             const QStringList &allowed, QString *error);

// The edit distance of two names, in any case: an insertion, a deletion, a substitution and a
// swap of neighbours count one each (optimal string alignment).
int editDistance(const QString &a, const QString &b);
// The candidate closest to `typed` when it is near enough to be a slip: the same but for case
// for a name of one or two characters, one edit up to seven ("import" is not "export"), two
// beyond. Empty when none is; the first of equally close ones.
QString closestName(const QString &typed, const QStringList &candidates);

// Parses arguments, which must hold exactly the positional arguments named (such as "JOB_ID").
// arguments[0] names the command as a person types it ("batchdeck-cli job"), for --help and the
// messages. An unknown option is named with the closest known one, when one is close. Returns
// false after printing the problem (or the help, with *exitCode 0): --help shows the command's
// own options, --help-all Qt's too.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, int *exitCode,
                    const QStringList &positionalNames = {});

} // namespace BatchDeck::Cli
