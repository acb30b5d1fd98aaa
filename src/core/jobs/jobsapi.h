#pragma once

#include "core/api/apiclient.h"
#include "core/jobs/job.h"
#include "core/jobs/jobcreaterequest.h"
#include "core/jobs/jobitem.h"
#include "core/jobs/listjobsquery.h"
#include "core/jobs/processingresult.h"

#include <QCoreApplication>

namespace BatchDeck {

// The v1 batch-processing endpoints (/api/v1/beta/batch-processing) over the shared transport.
// Each call delivers its result to `context` (never after the context is destroyed) and returns
// the ApiCall, which the caller may abort when a newer request makes it stale. Cheap to make:
// it holds only the client.
class JobsApi
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::JobsApi)

public:
    explicit JobsApi(ApiClient *client);

    // one page of jobs. The page's invalid jobs are listed in JobPage::invalidJobs.
    ApiCall *listJobs(const ListJobsQuery &query, QObject *context, ApiCallback<JobPage> callback);
    // A job's own calls take the scope of the list the job came from (JobFilter::scope()).
    // a job and its progress.
    ApiCall *jobStatus(const QString &jobId, const ProjectScope &scope, QObject *context,
                       ApiCallback<JobStatusResult> callback);
    // one page of a job's items. The page's unreadable items are in ItemPage::invalidItems.
    ApiCall *listJobItems(const QString &jobId, const ProjectScope &scope,
                          const ListItemsQuery &query, QObject *context,
                          ApiCallback<ItemPage> callback);
    // cancel a job. A 409 (the job has finished, say) is final and not retried.
    ApiCall *cancelJob(const QString &jobId, const ProjectScope &scope, const QString &reason,
                       QObject *context, ApiCallback<CancelResult> callback);

    // every processing result of one item, optionally only those of `jobType` (a value the
    // API knows: parse, extract, classify). Unreadable results are in invalidResults.
    ApiCall *itemProcessingResults(const QString &itemId, const ProjectScope &scope,
                                   const std::optional<QString> &jobType, QObject *context,
                                   ApiCallback<ItemProcessingResults> callback);
    // creates a job (201 JobResponse). Never asked twice once the request may have
    // reached the server: a duplicate job is worse than an error (see ApiCall::setIdempotent).
    ApiCall *createJob(const JobCreateRequest &request, const ProjectScope &scope, QObject *context,
                       ApiCallback<Job> callback);

private:
    ApiClient *m_client;
};

} // namespace BatchDeck
