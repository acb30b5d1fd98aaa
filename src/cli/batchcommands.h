#pragma once

#include "cli/callcommand.h"
#include "core/batches/batch.h"

namespace BatchDeck::Cli {

// BATCH_ID as the API's batch IDs look: a UUID, alone or after a short prefix ("bat-"). Empty
// when usable; otherwise a sentence naming BATCH_ID.
QString checkBatchIdArgument(const QString &batchId);
// A failed batch call as one sentence: a 404 says which batch was not found and what to check.
QString batchCallFailure(const QString &batchId, const ApiError &error);
// A batch's status as a word, as `job` shows a job's: "running" for RUNNING; a status this
// client does not know, as the server sent it.
QString batchStatusWord(const QString &status);

// `batchdeck-cli batch BATCH_ID`: a v2 batch's status, files and errors, as text or one JSON
// object; what `job` is for a v1 job.
class BatchCommand final : public CallCommand
{
    Q_OBJECT

public:
    explicit BatchCommand(QObject *parent = nullptr);

    // The aligned lines of --format text, one a field (and one a failed file, up to
    // MaxErrorLines): each value with the key masked (counted in *maskedValues) and escaped for
    // a terminal, line feeds included.
    static QStringList textLines(const Batch &batch, qint64 *maskedValues);
    // The object of --format json: the batch with the API's fields, as export-batches --format
    // json writes it, its per-file results included; the key masked in each value (counted in
    // *maskedValues).
    static QByteArray jsonObject(const Batch &batch, qint64 *maskedValues);

    static constexpr int MaxErrorLines = 10;

private:
    void addOptions(QCommandLineParser &parser) override;
    QString readOptions(const QCommandLineParser &parser) override;
    ApiCall *send(ApiClient &client, const QString &batchId, const ProjectScope &scope) override;
};

// `batchdeck-cli cancel-batch BATCH_ID`: asks the server to cancel a v2 batch and prints its
// answer, as `cancel` does for a job.
class CancelBatchCommand final : public CallCommand
{
    Q_OBJECT

public:
    explicit CancelBatchCommand(QObject *parent = nullptr);

private:
    void addOptions(QCommandLineParser &parser) override;
    QString readOptions(const QCommandLineParser &parser) override;
    ApiCall *send(ApiClient &client, const QString &batchId, const ProjectScope &scope) override;
    QString interruptedMessage() const override;
};

} // namespace BatchDeck::Cli
