#pragma once

#include "core/jobs/jobsapi.h"
#include "core/paging/offsetpager.h"

namespace BatchDeck {

// Walks every page of jobs matching a query, offset by offset, with OffsetPager's rules: a job
// delivered twice (the newest-first list shifts when jobs are created meanwhile) is kept once and
// counted, and a job outside the query's filter is left out and counted.
class JobPager : public OffsetPager
{
    Q_OBJECT

public:
    static constexpr int MaxPagesWithoutNewJobs = MaxPagesWithoutNewRows;

    JobPager(ApiClient *client, const ListJobsQuery &query, QObject *parent = nullptr);

Q_SIGNALS:
    // A page without the jobs already delivered, trimmed to the row limit. Unreadable jobs are
    // in page.invalidJobs.
    void pageReceived(const BatchDeck::JobPage &page);

private:
    ApiCall *requestPage(qint64 offset, int limit) override;

    ApiClient *m_client;
    ListJobsQuery m_query;
};

} // namespace BatchDeck
