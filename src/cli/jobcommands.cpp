#include "cli/jobcommands.h"

#include "cli/clioptions.h"
#include "core/api/logging.h"
#include "core/api/terminaltext.h"
#include "core/export/jobrows.h"
#include "core/jobs/jobsapi.h"
#include "core/json/isotime.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

namespace BatchDeck::Cli {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct JobCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(JobCommands)
};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? toIsoUtc(time) : QStringLiteral("-");
}

} // namespace

QString checkJobIdArgument(const QString &jobId)
{
    if (looksLikeAnId(jobId))
        return {};
    return JobCommandsText::tr(
               "JOB_ID must be a job ID: a UUID, alone or after a short prefix, such as "
               "bjb-123e4567-e89b-12d3-a456-426614174000 (got \"%1\").")
        .arg(jobId);
}

QString jobCallFailure(const QString &jobId, const ApiError &error)
{
    if (error.httpStatus != 404)
        return error.message;
    const QString detail =
        error.serverDetail.isEmpty() ? QString() : QStringLiteral(": ") + error.serverDetail;
    return JobCommandsText::tr(
               "Job %1 was not found (HTTP 404%2). Check the job ID, and --project-id or "
               "--organization-id if the job belongs to another project.")
        .arg(jobId, detail);
}

namespace {

IdKind jobIdKind()
{
    return {QStringLiteral("JOB_ID"), checkJobIdArgument, jobCallFailure};
}

} // namespace

JobCommand::JobCommand(QObject *parent)
    : CallCommand(jobIdKind(), parent)
{ }

void JobCommand::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Shows one batch job's status and progress."));
    addFormatOption(parser, tr("one object, fields named as in the API, plus progress_percentage"));
}

QString JobCommand::readOptions(const QCommandLineParser &parser)
{
    return readFormatOption(parser);
}

ApiCall *JobCommand::send(ApiClient &client, const QString &jobId, const ProjectScope &scope)
{
    return JobsApi(&client).jobStatus(
        jobId, scope, this, [this, jobId](const JobStatusResult &status, const ApiError &error) {
            if (endedByFailure(jobId, error))
                return;
            printAnswer([&status](qint64 *masked) { return jsonObject(status, masked); },
                        [&status](qint64 *masked) { return textLines(status, masked); });
            finish(Success);
        });
}

QStringList JobCommand::textLines(const JobStatusResult &status, qint64 *maskedValues)
{
    const Job &job = status.job;
    const auto orDash = [](const QString &text) {
        return text.isEmpty() ? QStringLiteral("-") : text;
    };
    QList<std::pair<QString, QString>> rows {
        {tr("ID"), job.id},
        {tr("Type"), job.jobType},
        {tr("Status"), job.status},
        {tr("Directory"), orDash(job.directoryId)},
        {tr("Items"),
         tr("%L1 processed, %L2 failed, %L3 skipped of %L4")
             .arg(job.processedItems)
             .arg(job.failedItems)
             .arg(job.skippedItems)
             .arg(job.totalItems)},
        {tr("Progress"), QLocale().toString(status.progressPercentage, 'f', 1) + u'%'},
        {tr("Created"), timeText(job.createdAt)},
        {tr("Started"), timeText(job.startedAt)},
        {tr("Completed"), timeText(job.completedAt)},
    };
    if (!job.errorMessage.isEmpty())
        rows.append({tr("Error"), job.errorMessage});
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

QByteArray JobCommand::jsonObject(const JobStatusResult &status, qint64 *maskedValues)
{
    return JsonLinesWriter::encodeObject(
        jobFields() + QStringList {QStringLiteral("progress_percentage")},
        RowWriter::maskedRow(jobRow(status.job)
                                 + Row {FieldValue::fromReal(status.progressPercentage)},
                             maskedValues));
}

CancelCommand::CancelCommand(QObject *parent)
    : CallCommand(jobIdKind(), parent)
{ }

void CancelCommand::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Asks the server to cancel a batch job, and prints its answer. A job that has "
           "finished can no longer be cancelled (exit code 1)."));
    parser.addOption({QStringLiteral("reason"), tr("Why the job is cancelled, sent along."),
                      QStringLiteral("TEXT")});
}

QString CancelCommand::readOptions(const QCommandLineParser &parser)
{
    m_reason = parser.value(QStringLiteral("reason"));
    return {};
}

ApiCall *CancelCommand::send(ApiClient &client, const QString &jobId, const ProjectScope &scope)
{
    return JobsApi(&client).cancelJob(
        jobId, scope, m_reason, this,
        [this, jobId](const CancelResult &result, const ApiError &error) {
            if (endedByRefusedCancel(jobId, error, tr("Job %1 was not cancelled: %2"))
                || endedByFailure(jobId, error))
                return;
            const QString message = result.message.simplified();
            printAnswerLine(tr("Job %1: %2, %L3 items processed.%4", nullptr,
                               pluralFormCount(result.processedItems))
                                .arg(result.jobId.isEmpty() ? jobId : result.jobId, result.status)
                                .arg(result.processedItems)
                                .arg(message.isEmpty() ? QString() : u' ' + message));
            finish(Success);
        });
}

QString CancelCommand::interruptedMessage() const
{
    return tr("Interrupted; the cancel request may already have reached the server: check with "
              "`batchdeck-cli job JOB_ID`.");
}

} // namespace BatchDeck::Cli
