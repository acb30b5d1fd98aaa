#include "apiclient.h"

#include "logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace BatchDeck {

namespace {

const QString BatchPath = QStringLiteral("/api/v1/beta/batch-processing");
const QString BatchesV2Path = QStringLiteral("/api/v2/batches");
const QString ProjectsPath = QStringLiteral("/api/v1/projects");
const QString DirectoriesPath = QStringLiteral("/api/v1/beta/directories");

QString tr(const char *text)
{
    return QCoreApplication::translate("BatchDeck::ApiClient", text);
}

// Connects an ApiCall's raw result to a typed callback, parsing on the way, then asking
// `check` whether the answer is about what was asked: a non-empty sentence refuses it, and the
// caller gets an empty result with the error, so nothing can show or act on the other record.
template<typename Result, typename Parse, typename Check>
ApiCall *deliver(ApiCall *call, QObject *context, ApiClient::Callback<Result> callback, Parse parse,
                 Check check)
{
    QObject::connect(
        call, &ApiCall::finished, context,
        [callback = std::move(callback), parse, check](const QByteArray &body,
                                                       const ApiError &error) {
            Result result;
            if (!error.isOk()) {
                callback(result, error);
                return;
            }
            if (const QString problem = parse(body, &result); !problem.isEmpty()) {
                callback(result, ApiError::invalidResponse(problem));
                return;
            }
            if (const QString mismatch = check(result); !mismatch.isEmpty()) {
                ApiError refused;
                refused.kind = ApiError::Kind::InvalidResponse;
                refused.attempts = error.attempts;
                refused.message = mismatch + u' '
                    + tr("The answer was not used. Check that the server address points at "
                         "the LlamaCloud API.");
                refused.maskSecret({}); // the answered ID is the server's text: it may echo the key
                callback(Result(), refused);
                return;
            }
            callback(result, error);
        });
    return call;
}

template<typename Result, typename Parse>
ApiCall *deliver(ApiCall *call, QObject *context, ApiClient::Callback<Result> callback, Parse parse)
{
    return deliver<Result>(call, context, std::move(callback), parse,
                           [](const Result &) { return QString(); });
}

// IDs are UUIDs, alone or after a short prefix ("bjb-", "bat-", "dir-"): letter case carries no
// meaning in them, the command line takes either, and the demo server answers in lower case.
bool sameId(const QString &asked, const QString &answered)
{
    return asked.compare(answered, Qt::CaseInsensitive) == 0;
}

// An ID as shown in a mismatch sentence: an empty one would vanish from it, and one a server
// made megabytes long is cut (the sentence is masked before it is shown).
QString shownId(const QString &id)
{
    constexpr qsizetype Longest = 100;
    if (id.isEmpty())
        return QStringLiteral("\"\"");
    return id.size() <= Longest ? id : id.left(Longest) + QStringLiteral("…");
}

// Empty when the answer names the ID asked about; otherwise a sentence naming both, built from
// `sentence` with %1 the ID asked about and %2 the one answered.
QString checkAnswerId(const QString &sentence, const QString &asked, const QString &answered)
{
    return sameId(asked, answered) ? QString() : sentence.arg(shownId(asked), shownId(answered));
}

QString checkJobId(const QString &jobId)
{
    return jobId.trimmed().isEmpty() ? tr("job_id must not be empty.") : QString();
}

// The first problem with a job call's arguments, or an empty string.
QString checkJobCall(const QString &jobId, const JobScope &scope)
{
    const QString problem = checkJobId(jobId);
    return problem.isEmpty() ? scope.validationError() : problem;
}

QString checkBatchCall(const QString &batchId, const JobScope &scope)
{
    if (batchId.trimmed().isEmpty())
        return tr("batch_id must not be empty.");
    return scope.validationError();
}

// A created job is new, so its ID cannot be compared; what the request fixed can be. It must have
// an ID to be followed; it belongs to the project asked for; and when the answer names a
// directory, it is the one asked for. Its job type is not compared: job_config does not name the
// BatchJobType in a documented way, and guessing would refuse a job the server made right.
QString checkCreatedJob(const JobCreateRequest &request, const JobScope &scope,
                        const BatchJob &created)
{
    if (created.id.trimmed().isEmpty())
        return tr("The server answered the job creation without a job ID, so the new job cannot "
                  "be found from here.");
    if (scope.projectId && !sameId(*scope.projectId, created.projectId))
        return tr("Asked to create a job in project %1, but the server answered with job %2 of "
                  "project %3. The job may have been created: refresh before trying again.")
            .arg(*scope.projectId, shownId(created.id), shownId(created.projectId));
    if (request.directoryId && !created.directoryId.isNull()
        && !sameId(*request.directoryId, created.directoryId))
        return tr("Asked to create a job for directory %1, but the server answered with job %2 "
                  "for directory %3. The job may have been created: refresh before trying again.")
            .arg(*request.directoryId, shownId(created.id), shownId(created.directoryId));
    return {};
}

QUrlQuery scopedQuery(const JobScope &scope, QUrlQuery query = {})
{
    scope.addTo(&query);
    return query;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

void ApiClient::setSettings(const ClientSettings &settings)
{
    m_settings = settings;
    Q_EMIT settingsChanged();
}

QNetworkRequest ApiClient::makeRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_settings.baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode); // path holds a percent-encoded job id
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "batchdeck/" BATCHDECK_VERSION);
    if (!m_settings.apiKey.isEmpty()) {
        registerSecret(m_settings.apiKey); // masked in every log line from now on
        request.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    }
    // Qt keeps the Authorization header on redirects: follow them only within the origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    return request;
}

ApiCall *ApiClient::send(ApiCall::Verb verb, const QString &path, const QUrlQuery &query,
                         const QByteArray &body, const QString &invalidArgument,
                         bool retryOnConflict, bool idempotent)
{
    QNetworkRequest request = makeRequest(path, query);
    // Also without a body (v2 cancel): Qt would otherwise label it a form.
    if (verb == ApiCall::Verb::Post)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    auto *call = new ApiCall(m_network, request, verb, body, m_settings, this);
    call->setRetryOnConflict(retryOnConflict);
    call->setIdempotent(idempotent);
    ++m_activeCalls;
    Q_EMIT activeCallsChanged(m_activeCalls);
    connect(call, &ApiCall::finished, this, [this] {
        --m_activeCalls;
        Q_EMIT activeCallsChanged(m_activeCalls);
    });

    QString problem = invalidArgument;
    if (problem.isEmpty())
        problem = m_settings.validationError();
    if (!problem.isEmpty())
        call->failBeforeSending(ApiError::invalidArgument(problem));
    else
        call->start();
    return call;
}

QString ApiClient::jobPath(const QString &jobId, const QString &suffix) const
{
    return BatchPath + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(jobId)) + suffix;
}

QString ApiClient::batchPath(const QString &batchId, const QString &suffix) const
{
    return BatchesV2Path + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(batchId)) + suffix;
}

ApiCall *ApiClient::listJobs(const ListJobsQuery &query, QObject *context,
                             Callback<JobPage> callback)
{
    const qint64 offset = query.offset.value_or(0);
    ApiCall *call =
        send(ApiCall::Verb::Get, BatchPath, query.toUrlQuery(), {}, query.validationError());
    return deliver<JobPage>(call, context, std::move(callback),
                            [offset](const QByteArray &body, JobPage *page) {
                                return JobPage::fromJson(body, offset, page);
                            });
}

ApiCall *ApiClient::jobStatus(const QString &jobId, const JobScope &scope, QObject *context,
                              Callback<JobStatusResult> callback)
{
    ApiCall *call = send(ApiCall::Verb::Get, jobPath(jobId), scopedQuery(scope), {},
                         checkJobCall(jobId, scope));
    return deliver<JobStatusResult>(call, context, std::move(callback), &JobStatusResult::fromJson,
                                    [jobId](const JobStatusResult &answer) {
                                        return checkAnswerId(
                                            tr("Asked about job %1, but the server answered about "
                                               "job %2."),
                                            jobId, answer.job.id);
                                    });
}

ApiCall *ApiClient::listJobItems(const QString &jobId, const JobScope &scope,
                                 const ListItemsQuery &query, QObject *context,
                                 Callback<ItemPage> callback)
{
    QString problem = checkJobCall(jobId, scope);
    if (problem.isEmpty())
        problem = query.validationError();
    const qint64 offset = query.offset.value_or(0);
    ApiCall *call = send(ApiCall::Verb::Get, jobPath(jobId, QStringLiteral("/items")),
                         scopedQuery(scope, query.toUrlQuery()), {}, problem);
    return deliver<ItemPage>(call, context, std::move(callback),
                             [offset](const QByteArray &body, ItemPage *page) {
                                 return ItemPage::fromJson(body, offset, page);
                             });
}

ApiCall *ApiClient::cancelJob(const QString &jobId, const JobScope &scope, const QString &reason,
                              QObject *context, Callback<CancelResult> callback)
{
    QJsonObject body;
    if (!reason.isEmpty())
        body.insert(u"reason", reason);
    // A 409 answers the cancel (the job finished or is already cancelled); asking again only
    // keeps the user waiting through the back-off for the same answer.
    ApiCall *call =
        send(ApiCall::Verb::Post, jobPath(jobId, QStringLiteral("/cancel")), scopedQuery(scope),
             QJsonDocument(body).toJson(QJsonDocument::Compact), checkJobCall(jobId, scope), false);
    return deliver<CancelResult>(
        call, context, std::move(callback), &CancelResult::fromJson,
        [jobId](const CancelResult &answer) {
            return checkAnswerId(tr("Asked to cancel job %1, but the server answered about job %2, "
                                    "so whether job %1 was cancelled is not known."),
                                 jobId, answer.jobId);
        });
}

ApiCall *ApiClient::listBatches(const ListBatchesQuery &query, QObject *context,
                                Callback<BatchPage> callback)
{
    ApiCall *call =
        send(ApiCall::Verb::Get, BatchesV2Path, query.toUrlQuery(), {}, query.validationError());
    return deliver<BatchPage>(
        call, context, std::move(callback),
        [](const QByteArray &body, BatchPage *page) { return BatchPage::fromJson(body, 0, page); });
}

ApiCall *ApiClient::batch(const QString &batchId, const JobScope &scope, bool expandResults,
                          QObject *context, Callback<Batch> callback)
{
    QUrlQuery query;
    if (expandResults)
        query.addQueryItem(QStringLiteral("expand"), QStringLiteral("results"));
    ApiCall *call = send(ApiCall::Verb::Get, batchPath(batchId), scopedQuery(scope, query), {},
                         checkBatchCall(batchId, scope));
    return deliver<Batch>(
        call, context, std::move(callback),
        [](const QByteArray &body, Batch *batch) { return Batch::fromJson(body, batch); },
        [batchId](const Batch &answer) {
            return checkAnswerId(
                tr("Asked about batch %1, but the server answered about batch %2."), batchId,
                answer.id);
        });
}

ApiCall *ApiClient::cancelBatch(const QString &batchId, const JobScope &scope, QObject *context,
                                Callback<Batch> callback)
{
    // As for cancelJob: a 409 is the answer (the batch has finished), not a passing state.
    ApiCall *call = send(ApiCall::Verb::Post, batchPath(batchId, QStringLiteral("/cancel")),
                         scopedQuery(scope), {}, checkBatchCall(batchId, scope), false);
    return deliver<Batch>(
        call, context, std::move(callback),
        [](const QByteArray &body, Batch *batch) { return Batch::fromJson(body, batch); },
        [batchId](const Batch &answer) {
            return checkAnswerId(tr("Asked to cancel batch %1, but the server answered about batch "
                                    "%2, so whether batch %1 was cancelled is not known."),
                                 batchId, answer.id);
        });
}

ApiCall *ApiClient::itemProcessingResults(const QString &itemId, const JobScope &scope,
                                          const std::optional<QString> &jobType, QObject *context,
                                          Callback<ItemProcessingResults> callback)
{
    QString problem =
        itemId.trimmed().isEmpty() ? tr("item_id must not be empty.") : scope.validationError();
    if (problem.isEmpty())
        problem = QueryChecks::checkEnum("job_type", jobType, knownJobTypes());
    QUrlQuery query;
    if (jobType)
        query.addQueryItem(QStringLiteral("job_type"), *jobType);
    const QString path = BatchPath + QStringLiteral("/items/")
        + QString::fromLatin1(QUrl::toPercentEncoding(itemId))
        + QStringLiteral("/processing-results");
    ApiCall *call = send(ApiCall::Verb::Get, path, scopedQuery(scope, query), {}, problem);
    return deliver<ItemProcessingResults>(
        call, context, std::move(callback), &ItemProcessingResults::fromJson,
        [itemId](const ItemProcessingResults &answer) {
            // A re-run takes its configuration from these: another item's must not stand in.
            return checkAnswerId(tr("Asked for the processing results of item %1, but the server "
                                    "answered about item %2."),
                                 itemId, answer.itemId);
        });
}

ApiCall *ApiClient::createJob(const JobCreateRequest &request, const JobScope &scope,
                              QObject *context, Callback<BatchJob> callback)
{
    QString problem = request.validationError();
    if (problem.isEmpty())
        problem = scope.validationError();
    const QByteArray body = problem.isEmpty() ? request.toJson() : QByteArray();
    ApiCall *call =
        send(ApiCall::Verb::Post, BatchPath, scopedQuery(scope), body, problem, false, false);
    call->setPossibleEffect(tr("the job may have been created"));
    return deliver<BatchJob>(
        call, context, std::move(callback),
        [](const QByteArray &answer, BatchJob *job) {
            JsonSlice object;
            if (QString error = parseJsonObject(answer, &object); !error.isEmpty())
                return error;
            return BatchJob::fromJson(object, job);
        },
        [request, scope](const BatchJob &created) {
            return checkCreatedJob(request, scope, created);
        });
}

ApiCall *ApiClient::listProjects(const std::optional<QString> &organizationId,
                                 const std::optional<QString> &projectName, QObject *context,
                                 Callback<ProjectList> callback)
{
    QUrlQuery query;
    QString problem = QueryChecks::checkUuid("organization_id", organizationId);
    if (organizationId)
        query.addQueryItem(QStringLiteral("organization_id"), *organizationId);
    if (projectName) {
        if (problem.isEmpty() && projectName->trimmed().isEmpty())
            problem = tr("project_name must not be empty.");
        // Encoded here: QUrlQuery sends "+" as it is, which the server reads as a space.
        query.addQueryItem(QStringLiteral("project_name"),
                           QString::fromLatin1(QUrl::toPercentEncoding(*projectName)));
    }
    ApiCall *call = send(ApiCall::Verb::Get, ProjectsPath, query, {}, problem);
    return deliver<ProjectList>(call, context, std::move(callback), &ProjectList::fromJson);
}

ApiCall *ApiClient::listDirectories(const ListDirectoriesQuery &query, QObject *context,
                                    Callback<DirectoryPage> callback)
{
    ApiCall *call =
        send(ApiCall::Verb::Get, DirectoriesPath, query.toUrlQuery(), {}, query.validationError());
    return deliver<DirectoryPage>(call, context, std::move(callback), &DirectoryPage::fromJson);
}

ApiCall *ApiClient::directory(const QString &directoryId, const JobScope &scope, QObject *context,
                              Callback<Directory> callback)
{
    QString problem = directoryId.trimmed().isEmpty() ? tr("directory_id must not be empty.")
                                                      : scope.validationError();
    const QString path =
        DirectoriesPath + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(directoryId));
    ApiCall *call = send(ApiCall::Verb::Get, path, scopedQuery(scope), {}, problem);
    return deliver<Directory>(call, context, std::move(callback), &Directory::fromBody,
                              [directoryId](const Directory &answer) {
                                  return checkAnswerId(
                                      tr("Asked about directory %1, but the server "
                                         "answered about directory %2."),
                                      directoryId, answer.id);
                              });
}

} // namespace BatchDeck
