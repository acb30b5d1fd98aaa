#pragma once

#include "cli/callcommand.h"
#include "core/jobs/jobsapi.h"

namespace BatchDeck::Cli {

// JOB_ID as the API's job IDs look: a UUID, alone or after a short prefix ("bjb-"). Empty when
// usable; otherwise a sentence naming JOB_ID.
QString checkJobIdArgument(const QString &jobId);
// A failed job call as one sentence: a 404 says which job was not found and what to check.
QString jobCallFailure(const QString &jobId, const ApiError &error);

// `batchdeck-cli job JOB_ID`: a job's status and progress, as text or one JSON object.
class JobCommand final : public CallCommand
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
};

// `batchdeck-cli cancel JOB_ID`: asks the server to cancel a job and prints its answer.
class CancelCommand final : public CallCommand
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
