#pragma once

#include "cli/connection.h"
#include "cli/signalwatcher.h"

#include <QCommandLineParser>
#include <QObject>
#include <QPointer>

#include <functional>

namespace BatchDeck::Cli {

// Whether `id` looks like the API's job and batch IDs: a UUID, alone or after a short prefix
// ("bjb-", "bat-").
bool looksLikeAnId(const QString &id);

// The kind of thing a command's ID names (a job, a batch): the argument as --help shows it, its
// check, and a failed call as one sentence.
struct IdKind
{
    QString argumentName; // "JOB_ID", "BATCH_ID"
    // Empty when the ID is usable; otherwise a sentence naming the argument.
    QString (*check)(const QString &id);
    // A 404 says what was not found and what to check.
    QString (*failure)(const QString &id, const ApiError &error);
};

// What `job`, `cancel`, `batch` and `cancel-batch` share: the connection options, one ID (of a
// job or a batch), one call that an interrupt aborts (exit code 130), and the exit code of its
// answer.
class CallCommand : public QObject
{
    Q_OBJECT

public:
    // Returns an exit code when done at once (usage error, help), or -1 when the call runs and
    // will end the event loop with its exit code.
    int start(const QStringList &arguments);

protected:
    CallCommand(IdKind kind, QObject *parent);

    // The command's own description and options.
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Checks the command's own options; a problem is a sentence naming the flag.
    virtual QString readOptions(const QCommandLineParser &parser) = 0;
    virtual ApiCall *send(ApiClient &client, const QString &id, const ProjectScope &scope) = 0;
    // Said after an interrupt; by default, that the server had not answered.
    virtual QString interruptedMessage() const;

    // --format text|json, for a command that shows what it read.
    void addFormatOption(QCommandLineParser &parser, const QString &jsonDescription);
    QString readFormatOption(const QCommandLineParser &parser);
    // The answer on standard output, as --format asked (one JSON object a line, UTF-8 whatever
    // the locale), each value with the key masked; on standard error, how many were masked.
    void printAnswer(const std::function<QByteArray(qint64 *)> &asJson,
                     const std::function<QStringList(qint64 *)> &asText) const;
    // A server's one-line answer (to a cancel), the key masked and escaped for a terminal.
    static void printAnswerLine(QString line);

    // True when the call failed or was interrupted, which ends the command with its exit code.
    bool endedByFailure(const QString &id, const ApiError &error);
    // True when the server refused a cancel (409: the job or batch has finished): says so in
    // `refused` (with %1 the ID and %2 the server's words) and ends with exit code 1.
    bool endedByRefusedCancel(const QString &id, const ApiError &error, const QString &refused);
    // Ends the command: an interrupt wins over any answer.
    void finish(int exitCode);

private:
    // Prints the failure of the call and ends with its exit code.
    void fail(const QString &id, const ApiError &error);

    IdKind m_kind;
    Connection m_connection;
    SignalWatcher m_signals;
    QPointer<ApiCall> m_call;
    bool m_interrupted = false;
    bool m_json = false;
};

} // namespace BatchDeck::Cli
