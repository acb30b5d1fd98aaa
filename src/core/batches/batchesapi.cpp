#include "core/batches/batchesapi.h"

namespace BatchDeck {

namespace {

const QString BatchesPath = QStringLiteral("/api/v2/batches");

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

} // namespace BatchDeck
