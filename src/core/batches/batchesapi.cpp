#include "core/batches/batchesapi.h"

namespace BatchDeck {

namespace {

constexpr QLatin1StringView BatchesPath("/api/v2/batches");
constexpr QLatin1StringView ParseJobsPath("/api/v2/parse");
constexpr QLatin1StringView ExtractJobsPath("/api/v2/extract");

QString checkBatchCall(const QString &batchId, const ProjectScope &scope)
{
    if (batchId.trimmed().isEmpty())
        return BatchesApi::tr("batch_id must not be empty.");
    return scope.validationError();
}

} // namespace

BatchesApi::BatchesApi(ApiClient *client)
    : m_client(client)
{ }

ApiCall *BatchesApi::listBatches(const ListBatchesQuery &query, QObject *context,
                                 ApiCallback<BatchPage> callback)
{
    ApiCall *call = m_client->send(ApiCall::Verb::Get, BatchesPath, query.toUrlQuery(), {},
                                   query.validationError());
    return deliver<BatchPage>(
        call, context, std::move(callback),
        [](const QByteArray &body, BatchPage *page) { return BatchPage::fromJson(body, 0, page); });
}

ApiCall *BatchesApi::batch(const QString &batchId, const ProjectScope &scope, bool expandResults,
                           QObject *context, ApiCallback<Batch> callback)
{
    QUrlQuery query;
    if (expandResults)
        query.addQueryItem(QStringLiteral("expand"), QStringLiteral("results"));
    ApiCall *call = m_client->send(ApiCall::Verb::Get, pathWithId(BatchesPath, batchId),
                                   scopedQuery(scope, query), {}, checkBatchCall(batchId, scope));
    return deliver<Batch>(
        call, context, std::move(callback),
        [](const QByteArray &body, Batch *batch) { return Batch::fromJson(body, batch); },
        [batchId](const Batch &answer) {
            return checkAnswerId(
                tr("Asked about batch %1, but the server answered about batch %2."), batchId,
                answer.id);
        });
}

ApiCall *BatchesApi::cancelBatch(const QString &batchId, const ProjectScope &scope,
                                 QObject *context, ApiCallback<Batch> callback)
{
    // As for cancelJob: a 409 is the answer (the batch has finished), not a passing state.
    ApiCall *call = m_client->send(ApiCall::Verb::Post,
                                   pathWithId(BatchesPath, batchId, QStringLiteral("/cancel")),
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

ApiCall *BatchesApi::referencedJob(const BatchJobReference &reference, const ProjectScope &scope,
                                   QObject *context, ApiCallback<ReferencedJobStatus> callback)
{
    const bool parse = reference.type == u"parse_v2";
    const bool extract = reference.type == u"extract_v2";
    QString problem;
    if (!parse && !extract)
        problem = tr("BatchDeck cannot show a job of type \"%1\": it knows only %2.")
                      .arg(reference.type.left(80), knownJobReferenceTypes().join(tr(" and ")));
    else if (reference.id.trimmed().isEmpty())
        problem = tr("job_id must not be empty.");
    else
        problem = scope.validationError();
    // A refused call is never sent, so its path only has to be a path.
    const QString path = pathWithId(extract ? ExtractJobsPath : ParseJobsPath, reference.id);
    ApiCall *call = m_client->send(ApiCall::Verb::Get, path, scopedQuery(scope), {}, problem);
    const auto parseBody =
        extract ? &ReferencedJobStatus::fromExtractBody : &ReferencedJobStatus::fromParseBody;
    const QString id = reference.id;
    return deliver<ReferencedJobStatus>(
        call, context, std::move(callback), parseBody, [id](const ReferencedJobStatus &answer) {
            return checkAnswerId(tr("Asked about job %1, but the server answered about job %2."),
                                 id, answer.id);
        });
}

} // namespace BatchDeck
