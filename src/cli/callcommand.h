#pragma once

#include "cli/connection.h"
#include "cli/signalwatcher.h"

#include <QCommandLineParser>
#include <QObject>
#include <QPointer>

namespace BatchDeck::Cli {

// Whether `id` looks like the API's job and batch IDs: a UUID, alone or after a short prefix
// ("bjb-", "bat-").
bool looksLikeAnId(const QString &id);

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
    explicit CallCommand(QObject *parent = nullptr);

    // The positional argument as --help names it: "JOB_ID" or "BATCH_ID".
    virtual QString idName() const = 0;
    // Empty when `id` is usable; otherwise a sentence naming idName().
    virtual QString checkId(const QString &id) const = 0;
    // A failed call as one sentence (a 404 says what was not found and what to check).
    virtual QString failureText(const QString &id, const ApiError &error) const = 0;
    // The command's own description and options.
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Checks the command's own options; a problem is a sentence naming the flag.
    virtual QString readOptions(const QCommandLineParser &parser) = 0;
    virtual ApiCall *send(ApiClient &client, const QString &id, const ProjectScope &scope) = 0;
    // Said after an interrupt.
    virtual QString interruptedMessage() const = 0;

    // Ends the command: an interrupt wins over any answer.
    void finish(int exitCode);
    // Prints the failure of the call and ends with its exit code.
    void fail(const QString &id, const ApiError &error);
    bool wasInterrupted() const { return m_interrupted; }

private:
    Connection m_connection;
    SignalWatcher m_signals;
    QPointer<ApiCall> m_call;
    bool m_interrupted = false;
};

} // namespace BatchDeck::Cli
