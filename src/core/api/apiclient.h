#pragma once

#include "apicall.h"
#include "batch.h"
#include "batchitem.h"
#include "batchjob.h"
#include "catalogtypes.h"
#include "clientsettings.h"
#include "jobcreaterequest.h"
#include "listbatchesquery.h"
#include "listjobsquery.h"
#include "processingresult.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace BatchDeck {

// The LlamaCloud batch-processing API over one shared QNetworkAccessManager.
// Each call delivers its result to `context` (never after the context is destroyed) and returns
// the ApiCall, which the caller may abort when a newer request makes it stale.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    template<typename Result>
    using Callback = std::function<void(const Result &, const ApiError &)>;

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setSettings(const ClientSettings &settings);
    const ClientSettings &settings() const { return m_settings; }

    // E1: one page of jobs. The page's invalid jobs are listed in JobPage::invalidJobs.
    ApiCall *listJobs(const ListJobsQuery &query, QObject *context, Callback<JobPage> callback);
    // A job's own calls take the scope of the list the job came from (JobFilter::scope()).
    // E3: a job and its progress.
    ApiCall *jobStatus(const QString &jobId, const JobScope &scope, QObject *context,
                       Callback<JobStatusResult> callback);
    // E4: one page of a job's items. The page's unreadable items are in ItemPage::invalidItems.
    ApiCall *listJobItems(const QString &jobId, const JobScope &scope, const ListItemsQuery &query,
                          QObject *context, Callback<ItemPage> callback);
    // E5: cancel a job. A 409 (the job has finished, say) is final and not retried.
    ApiCall *cancelJob(const QString &jobId, const JobScope &scope, const QString &reason,
                       QObject *context, Callback<CancelResult> callback);

    // The v2 Batches API (/api/v2/batches).
    // One page of batches; the first batch of the page is at position 0 of
    // BatchPage::invalidBatches (BatchPager numbers them across pages).
    ApiCall *listBatches(const ListBatchesQuery &query, QObject *context,
                         Callback<BatchPage> callback);
    // One batch; with expandResults, its per-file results too (expand=results).
    ApiCall *batch(const QString &batchId, const JobScope &scope, bool expandResults,
                   QObject *context, Callback<Batch> callback);
    // Cancel a batch. A 409 (the batch has finished, say) is final and not retried.
    ApiCall *cancelBatch(const QString &batchId, const JobScope &scope, QObject *context,
                         Callback<Batch> callback);

    // E6: every processing result of one item, optionally only those of `jobType` (a value the
    // API knows: parse, extract, classify). Unreadable results are in invalidResults.
    ApiCall *itemProcessingResults(const QString &itemId, const JobScope &scope,
                                   const std::optional<QString> &jobType, QObject *context,
                                   Callback<ItemProcessingResults> callback);
    // E2: creates a job (201 BatchJobResponse). Never asked twice once the request may have
    // reached the server: a duplicate job is worse than an error (see ApiCall::setIdempotent).
    ApiCall *createJob(const JobCreateRequest &request, const JobScope &scope, QObject *context,
                       Callback<BatchJob> callback);

    // Names for IDs. GET /projects: every project of the organization (or of the key's default
    // one when organizationId is unset), optionally only the one named projectName.
    ApiCall *listProjects(const std::optional<QString> &organizationId,
                          const std::optional<QString> &projectName, QObject *context,
                          Callback<ProjectList> callback);
    // GET /beta/directories: one page; DirectoryPage::nextPageToken leads to the next.
    ApiCall *listDirectories(const ListDirectoriesQuery &query, QObject *context,
                             Callback<DirectoryPage> callback);
    // GET /beta/directories/{id} in the scope of the job that names it.
    ApiCall *directory(const QString &directoryId, const JobScope &scope, QObject *context,
                       Callback<Directory> callback);

Q_SIGNALS:
    // setSettings() was called: the server or key may differ, so what was learnt from the old
    // one (names, say) may not hold.
    void settingsChanged();
    // Any call's start and end, for a "request in flight" indicator.
    void activeCallsChanged(int count);

private:
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query) const;
    ApiCall *send(ApiCall::Verb verb, const QString &path, const QUrlQuery &query,
                  const QByteArray &body, const QString &invalidArgument,
                  bool retryOnConflict = true, bool idempotent = true);
    QString jobPath(const QString &jobId, const QString &suffix = {}) const;
    QString batchPath(const QString &batchId, const QString &suffix = {}) const;

    QNetworkAccessManager *m_network;
    ClientSettings m_settings;
    int m_activeCalls = 0;
};

} // namespace BatchDeck
