#pragma once

#include "cli/connection.h"
#include "cli/signalwatcher.h"
#include "core/jobs/jobsapi.h"

#include <QCommandLineParser>
#include <QObject>
#include <QPointer>

namespace BatchDeck::Cli {

// JOB_ID as the API's job IDs look: a UUID, alone or after a short prefix ("bjb-"). Empty when
// usable; otherwise a sentence naming JOB_ID.
QString checkJobIdArgument(const QString &jobId);
// A failed job call as one sentence: a 404 says which job was not found and what to check.
QString jobCallFailure(const QString &jobId, const ApiError &error);

// What `job` and `cancel` share: the connection options, JOB_ID, one call that an interrupt
// aborts (exit code 130), and the exit code of its answer.
class JobCallCommand : public QObject
{
    Q_OBJECT

public:
    // Returns an exit code when done at once (usage error, help), or -1 when the call runs and
    // will end the event loop with its exit code.
    int start(const QStringList &arguments);

protected:
    explicit JobCallCommand(QObject *parent = nullptr);

    // The command's own description and options.
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Checks the command's own options; a problem is a sentence naming the flag.
    virtual QString readOptions(const QCommandLineParser &parser) = 0;
    virtual ApiCall *send(ApiClient &client, const QString &jobId, const ProjectScope &scope) = 0;
    // Said after an interrupt.
    virtual QString interruptedMessage() const = 0;

    // Ends the command: an interrupt wins over any answer.
    void finish(int exitCode);
    // Prints the failure of the call and ends with its exit code.
    void fail(const QString &jobId, const ApiError &error);
    bool wasInterrupted() const { return m_interrupted; }

private:
    Connection m_connection;
    SignalWatcher m_signals;
    QPointer<ApiCall> m_call;
    bool m_interrupted = false;
};

// `batchdeck-cli job JOB_ID`: a job's status and progress, as text or one JSON object.
class JobCommand final : public JobCallCommand
{
    Q_OBJECT

public:
    explicit JobCommand(QObject *parent = nullptr);

    // The aligned lines of --format text, one a field: each value with the key masked (counted
    // in *maskedValues) and escaped for a terminal, line feeds included.
    static QStringList textLines(const JobStatusResult &status, qint64 *maskedValues);
    // The object of --format json: the job's fields as the API names them, then
    // progress_percentage; the key masked in each (counted in *maskedValues).
    static QByteArray jsonObject(const JobStatusResult &status, qint64 *maskedValues);

private:
    void addOptions(QCommandLineParser &parser) override;
    QString readOptions(const QCommandLineParser &parser) override;
    ApiCall *send(ApiClient &client, const QString &jobId, const ProjectScope &scope) override;
    QString interruptedMessage() const override;
    // The answer on standard output, and on standard error how many values were masked.
    void printStatus(const JobStatusResult &status) const;

    bool m_json = false;
};

// `batchdeck-cli cancel JOB_ID`: asks the server to cancel a job and prints its answer.
class CancelCommand final : public JobCallCommand
{
    Q_OBJECT

public:
    explicit CancelCommand(QObject *parent = nullptr);

private:
    void addOptions(QCommandLineParser &parser) override;
    QString readOptions(const QCommandLineParser &parser) override;
    ApiCall *send(ApiClient &client, const QString &jobId, const ProjectScope &scope) override;
    QString interruptedMessage() const override;

    QString m_reason;
};

} // namespace BatchDeck::Cli
