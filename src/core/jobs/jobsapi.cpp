#include "core/jobs/jobsapi.h"

#include "core/json/jsonfieldreader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace BatchDeck {

namespace {

constexpr QLatin1StringView JobsPath("/api/v1/beta/batch-processing");

QString checkJobId(const QString &jobId)
{
    return jobId.trimmed().isEmpty() ? JobsApi::tr("job_id must not be empty.") : QString();
}

// The first problem with a job call's arguments, or an empty string.
QString checkJobCall(const QString &jobId, const ProjectScope &scope)
{
    const QString problem = checkJobId(jobId);
    return problem.isEmpty() ? scope.validationError() : problem;
}

// A created job is new, so its ID cannot be compared; what the request fixed can be. It must have
// an ID to be followed; it belongs to the project asked for; and when the answer names a
// directory, it is the one asked for. Its job type is not compared: job_config does not name the
// BatchJobType in a documented way, and guessing would refuse a job the server made right.
QString checkCreatedJob(const JobCreateRequest &request, const ProjectScope &scope,
                        const Job &created)
{
    if (created.id.trimmed().isEmpty())
        return JobsApi::tr(
            "The server answered the job creation without a job ID, so the new job cannot "
            "be found from here.");
    if (scope.projectId && !sameId(*scope.projectId, created.projectId))
        return JobsApi::tr(
                   "Asked to create a job in project %1, but the server answered with job %2 of "
                   "project %3. The job may have been created: refresh before trying again.")
            .arg(*scope.projectId, shownId(created.id), shownId(created.projectId));
    if (request.directoryId && !created.directoryId.isNull()
        && !sameId(*request.directoryId, created.directoryId))
        return JobsApi::tr(
                   "Asked to create a job for directory %1, but the server answered with job %2 "
                   "for directory %3. The job may have been created: refresh before trying again.")
            .arg(*request.directoryId, shownId(created.id), shownId(created.directoryId));
    return {};
}

} // namespace

JobsApi::JobsApi(ApiClient *client)
    : m_client(client)
{ }

ApiCall *JobsApi::listJobs(const ListJobsQuery &query, QObject *context,
                           ApiCallback<JobPage> callback)
{
    const qint64 offset = query.offset.value_or(0);
    ApiCall *call = m_client->send(ApiCall::Verb::Get, JobsPath, query.toUrlQuery(), {},
                                   query.validationError());
    return deliver<JobPage>(call, context, std::move(callback),
                            [offset](const QByteArray &body, JobPage *page) {
                                return JobPage::fromJson(body, offset, page);
                            });
}

ApiCall *JobsApi::jobStatus(const QString &jobId, const ProjectScope &scope, QObject *context,
                            ApiCallback<JobStatusResult> callback)
{
    ApiCall *call = m_client->send(ApiCall::Verb::Get, pathWithId(JobsPath, jobId),
                                   scopedQuery(scope), {}, checkJobCall(jobId, scope));
    return deliver<JobStatusResult>(call, context, std::move(callback), &JobStatusResult::fromJson,
                                    [jobId](const JobStatusResult &answer) {
                                        return checkAnswerId(
                                            tr("Asked about job %1, but the server answered about "
                                               "job %2."),
                                            jobId, answer.job.id);
                                    });
}

ApiCall *JobsApi::listJobItems(const QString &jobId, const ProjectScope &scope,
                               const ListItemsQuery &query, QObject *context,
                               ApiCallback<ItemPage> callback)
{
    QString problem = checkJobCall(jobId, scope);
    if (problem.isEmpty())
        problem = query.validationError();
    const qint64 offset = query.offset.value_or(0);
    ApiCall *call =
        m_client->send(ApiCall::Verb::Get, pathWithId(JobsPath, jobId, QStringLiteral("/items")),
                       scopedQuery(scope, query.toUrlQuery()), {}, problem);
    return deliver<ItemPage>(call, context, std::move(callback),
                             [offset](const QByteArray &body, ItemPage *page) {
                                 return ItemPage::fromJson(body, offset, page);
                             });
}

ApiCall *JobsApi::cancelJob(const QString &jobId, const ProjectScope &scope, const QString &reason,
                            QObject *context, ApiCallback<CancelResult> callback)
{
    QJsonObject body;
    if (!reason.isEmpty())
        body.insert(u"reason", reason);
    // A 409 answers the cancel (the job finished or is already cancelled); asking again only
    // keeps the user waiting through the back-off for the same answer.
    ApiCall *call =
        m_client->send(ApiCall::Verb::Post, pathWithId(JobsPath, jobId, QStringLiteral("/cancel")),
                       scopedQuery(scope), QJsonDocument(body).toJson(QJsonDocument::Compact),
                       checkJobCall(jobId, scope), false);
    return deliver<CancelResult>(
        call, context, std::move(callback), &CancelResult::fromJson,
        [jobId](const CancelResult &answer) {
            return checkAnswerId(tr("Asked to cancel job %1, but the server answered about job %2, "
                                    "so whether job %1 was cancelled is not known."),
                                 jobId, answer.jobId);
        });
}

ApiCall *JobsApi::itemProcessingResults(const QString &itemId, const ProjectScope &scope,
                                        const std::optional<QString> &jobType, QObject *context,
                                        ApiCallback<ItemProcessingResults> callback)
{
    QString problem =
        itemId.trimmed().isEmpty() ? tr("item_id must not be empty.") : scope.validationError();
    if (problem.isEmpty())
        problem = QueryChecks::checkEnum("job_type", jobType, knownJobTypes());
    QUrlQuery query;
    if (jobType)
        query.addQueryItem(QStringLiteral("job_type"), *jobType);
    const QString path = JobsPath + QStringLiteral("/items/")
        + QString::fromLatin1(QUrl::toPercentEncoding(itemId))
        + QStringLiteral("/processing-results");
    ApiCall *call =
        m_client->send(ApiCall::Verb::Get, path, scopedQuery(scope, query), {}, problem);
    return deliver<ItemProcessingResults>(
        call, context, std::move(callback), &ItemProcessingResults::fromJson,
        [itemId](const ItemProcessingResults &answer) {
            // A re-run takes its configuration from these: another item's must not stand in.
            return checkAnswerId(tr("Asked for the processing results of item %1, but the server "
                                    "answered about item %2."),
                                 itemId, answer.itemId);
        });
}

ApiCall *JobsApi::createJob(const JobCreateRequest &request, const ProjectScope &scope,
                            QObject *context, ApiCallback<Job> callback)
{
    QString problem = request.validationError();
    if (problem.isEmpty())
        problem = scope.validationError();
    const QByteArray body = problem.isEmpty() ? request.toJson() : QByteArray();
    ApiCall *call = m_client->send(ApiCall::Verb::Post, JobsPath, scopedQuery(scope), body, problem,
                                   false, false);
    call->setPossibleEffect(tr("the job may have been created"));
    return deliver<Job>(
        call, context, std::move(callback),
        [](const QByteArray &answer, Job *job) {
            JsonSlice object;
            if (QString error = parseJsonObject(answer, &object); !error.isEmpty())
                return error;
            return Job::fromJson(object, job);
        },
        [request, scope](const Job &created) { return checkCreatedJob(request, scope, created); });
}

} // namespace BatchDeck
