#include "core/jobs/jobpager.h"

namespace BatchDeck {

JobPager::JobPager(ApiClient *client, const ListJobsQuery &query, QObject *parent)
    : OffsetPager(query.offset.value_or(0), query.limit.value_or(ListJobsQuery::MaxLimit),
                  tr("jobs"), parent)
    , m_client(client)
    , m_query(query)
{ }

ApiCall *JobPager::requestPage(qint64 offset, int limit)
{
    ListJobsQuery query = m_query;
    query.offset = offset;
    query.limit = limit;
    return JobsApi(m_client).listJobs(
        query, this, [this](const JobPage &page, const ApiError &error) { onPage(page, error); });
}

QString JobPager::noNewRowsError(int pages, qint64 offset) const
{
    return tr("the server sent only jobs already received in %1 pages in a row, up to offset %2 "
              "(jobs may be created as fast as they are read); try again later")
        .arg(pages)
        .arg(offset);
}

void JobPager::onPage(JobPage page, const ApiError &error)
{
    if (!takePage(&page, error, &JobPage::jobs, &JobPage::invalidJobs, &Job::id, m_query))
        return;
    Q_EMIT pageReceived(page);
    pageDelivered();
}

} // namespace BatchDeck
