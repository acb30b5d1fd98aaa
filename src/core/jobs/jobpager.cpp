#include "core/jobs/jobpager.h"

namespace BatchDeck {

JobPager::JobPager(ApiClient *client, const ListJobsQuery &query, QObject *parent)
    : OffsetPager(query.offset.value_or(0), query.limit.value_or(ListJobsQuery::MaxLimit),
                  tr("jobs"),
                  tr("the server sent only jobs already received in %1 pages in a row, up to "
                     "offset %2 (jobs may be created as fast as they are read); try again later"),
                  parent)
    , m_client(client)
    , m_query(query)
{ }

ApiCall *JobPager::requestPage(qint64 offset, int limit)
{
    return JobsApi(m_client).listJobs(pageQuery(m_query, offset, limit), this,
                                      [this, offset](const JobPage &page, const ApiError &error) {
                                          takePage(offset, page, error, &JobPage::jobs,
                                                   &JobPage::invalidJobs, &Job::id, m_query,
                                                   &JobPager::pageReceived);
                                      });
}

} // namespace BatchDeck
