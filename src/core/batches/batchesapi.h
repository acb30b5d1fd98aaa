#pragma once

#include "core/api/apiclient.h"
#include "core/batches/batch.h"
#include "core/batches/listbatchesquery.h"
#include "core/batches/referencedjob.h"

#include <QCoreApplication>

namespace BatchDeck {

// The v2 Batches endpoints (/api/v2/batches) over the shared transport; see JobsApi.
class BatchesApi
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::BatchesApi)

public:
    explicit BatchesApi(ApiClient *client);

    // One page of batches; the first batch of the page is at position 0 of
    // BatchPage::invalidBatches (BatchPager numbers them across pages).
    ApiCall *listBatches(const ListBatchesQuery &query, QObject *context,
                         ApiCallback<BatchPage> callback);
    // One batch; with expandResults, its per-file results too (expand=results).
    ApiCall *batch(const QString &batchId, const ProjectScope &scope, bool expandResults,
                   QObject *context, ApiCallback<Batch> callback);
    // Cancel a batch. A 409 (the batch has finished, say) is final and not retried.
    ApiCall *cancelBatch(const QString &batchId, const ProjectScope &scope, QObject *context,
                         ApiCallback<Batch> callback);
    // The status of the job a batch result refers to: GET /api/v2/parse/{id} for parse_v2,
    // GET /api/v2/extract/{id} for extract_v2. A reference of another type is refused with a
    // sentence before anything is sent: its endpoint is not known.
    ApiCall *referencedJob(const BatchJobReference &reference, const ProjectScope &scope,
                           QObject *context, ApiCallback<ReferencedJobStatus> callback);

private:
    ApiClient *m_client;
};

} // namespace BatchDeck
