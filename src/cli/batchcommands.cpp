#include "cli/batchcommands.h"

#include "cli/clioptions.h"
#include "core/api/logging.h"
#include "core/api/terminaltext.h"
#include "core/batches/batchesapi.h"
#include "core/export/jobrows.h"
#include "core/json/isotime.h"
#include "core/translations.h"

#include <QCoreApplication>

#include <cstdio>

namespace BatchDeck::Cli {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct BatchCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommands)
};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? toIsoUtc(time) : QStringLiteral("-");
}

// "12 files, 10 with a job, 2 failed", or "-" when the server listed none (results are null
// while a batch runs).
QString filesText(const Batch &batch)
{
    if (!batch.results)
        return QStringLiteral("-");
    qsizetype withJob = 0, failed = 0;
    for (const BatchResult &result : std::as_const(*batch.results)) {
        withJob += result.jobReference ? 1 : 0;
        failed += result.errorMessage.isNull() ? 0 : 1;
    }
    const qsizetype files = batch.results->size();
    return BatchCommandsText::tr("%1 files, %2 with a job, %3 failed", nullptr,
                                 pluralFormCount(files))
        .arg(files)
        .arg(withJob)
        .arg(failed);
}

} // namespace

QString checkBatchIdArgument(const QString &batchId)
{
    if (looksLikeAnId(batchId))
        return {};
    return BatchCommandsText::tr(
               "BATCH_ID must be a batch ID: a UUID, alone or after a short prefix, such as "
               "bat-123e4567-e89b-12d3-a456-426614174000 (got \"%1\").")
        .arg(batchId);
}

QString batchCallFailure(const QString &batchId, const ApiError &error)
{
    if (error.httpStatus != 404)
        return error.message;
    const QString detail =
        error.serverDetail.isEmpty() ? QString() : QStringLiteral(": ") + error.serverDetail;
    return BatchCommandsText::tr(
               "Batch %1 was not found (HTTP 404%2). Check the batch ID, and --project-id or "
               "--organization-id if the batch belongs to another project.")
        .arg(batchId, detail);
}

QString batchStatusWord(const QString &status)
{
    return knownBatchStatuses().contains(status) ? status.toLower() : status;
}

namespace {

IdKind batchIdKind()
{
    return {QStringLiteral("BATCH_ID"), checkBatchIdArgument, batchCallFailure};
}

} // namespace

BatchCommand::BatchCommand(QObject *parent)
    : CallCommand(batchIdKind(), parent)
{ }

void BatchCommand::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Shows one v2 batch: its status, configuration, files and the errors of those that "
           "failed."));
    addFormatOption(parser,
                    tr("one object, fields named as in the API, as export-batches --format json "
                       "writes them, with every file's result"));
}

QString BatchCommand::readOptions(const QCommandLineParser &parser)
{
    return readFormatOption(parser);
}

ApiCall *BatchCommand::send(ApiClient &client, const QString &batchId, const ProjectScope &scope)
{
    return BatchesApi(&client).batch(
        batchId, scope, true, this, [this, batchId](const Batch &batch, const ApiError &error) {
            if (endedByFailure(batchId, error))
                return;
            printAnswer([&batch](qint64 *masked) { return jsonObject(batch, masked); },
                        [&batch](qint64 *masked) { return textLines(batch, masked); });
            finish(Success);
        });
}

QStringList BatchCommand::textLines(const Batch &batch, qint64 *maskedValues)
{
    const auto orDash = [](const QString &text) {
        return text.isEmpty() ? QStringLiteral("-") : text;
    };
    QList<std::pair<QString, QString>> rows {
        {tr("ID"), batch.id},
        {tr("Status"), batchStatusWord(batch.status)},
        {tr("Job type"), orDash(batch.jobType)},
        {tr("Configuration"), orDash(batch.configurationId)},
        {tr("Source directory"), orDash(batch.sourceDirectoryId)},
        {tr("Project"), orDash(batch.projectId)},
        {tr("Files"), filesText(batch)},
        {tr("Created"), timeText(batch.createdAt)},
        {tr("Updated"), timeText(batch.updatedAt)},
    };
    int failedFiles = 0;
    for (const BatchResult &result : batch.results.value_or(QList<BatchResult>())) {
        if (result.errorMessage.isNull())
            continue;
        if (++failedFiles <= MaxErrorLines)
            rows.append(
                {tr("Error"),
                 result.sourceDirectoryFileId + QStringLiteral(": ") + result.errorMessage});
    }
    if (failedFiles > MaxErrorLines) {
        const int more = failedFiles - MaxErrorLines;
        rows.append(
            {tr("Error"),
             tr("… and %n more failed files (--format json lists every one)", nullptr, more)});
    }
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size() + 1);
    QStringList lines;
    for (const auto &[label, value] : rows) {
        QString shown = value;
        if (maskSecretsInPlace(shown) > 0)
            ++*maskedValues;
        // One field, one line: a line feed in a value must not start a line of its own.
        lines.append(QString(label + u':').leftJustified(width + 1)
                     + escapeForTerminal(shown, LineFeeds::Escape));
    }
    return lines;
}

QByteArray BatchCommand::jsonObject(const Batch &batch, qint64 *maskedValues)
{
    return JsonLinesWriter::encodeObject(batchApiFields(),
                                         RowWriter::maskedRow(batchApiRow(batch), maskedValues));
}

CancelBatchCommand::CancelBatchCommand(QObject *parent)
    : CallCommand(batchIdKind(), parent)
{ }

void CancelBatchCommand::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Asks the server to cancel a v2 batch, and prints its answer. A batch that has "
           "finished can no longer be cancelled (exit code 1). Files already processed keep "
           "their jobs."));
}

QString CancelBatchCommand::readOptions(const QCommandLineParser &)
{
    return {};
}

ApiCall *CancelBatchCommand::send(ApiClient &client, const QString &batchId,
                                  const ProjectScope &scope)
{
    return BatchesApi(&client).cancelBatch(
        batchId, scope, this, [this, batchId](const Batch &batch, const ApiError &error) {
            if (endedByRefusedCancel(batchId, error, tr("Batch %1 was not cancelled: %2"))
                || endedByFailure(batchId, error))
                return;
            const QString id = batch.id.isEmpty() ? batchId : batch.id;
            // Said once: "Batch … cancelled.", or the status a batch still winding down has.
            printAnswerLine(batch.knownStatus() == BatchStatus::Cancelled
                                ? tr("Batch %1 cancelled.").arg(id)
                                : tr("Batch %1 is being cancelled: it is now %2.")
                                      .arg(id, batchStatusWord(batch.status)));
            finish(Success);
        });
}

QString CancelBatchCommand::interruptedMessage() const
{
    return tr("Interrupted; the cancel request may already have reached the server: check with "
              "`batchdeck-cli batch BATCH_ID`.");
}

} // namespace BatchDeck::Cli
