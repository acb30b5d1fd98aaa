#include "jobbrowser.h"

namespace BatchDeck {

JobBrowser::JobBrowser(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

std::optional<int> JobBrowser::pageCount() const
{
    if (!m_totalSize)
        return std::nullopt;
    return int(std::max<qint64>(1, (*m_totalSize + m_pageSize - 1) / m_pageSize));
}

bool JobBrowser::hasNextPage() const
{
    if (m_totalSize)
        return firstRow() + m_pageSize < *m_totalSize;
    return m_lastPageWasFull; // without a total, a full page may have a successor
}

void JobBrowser::show(const JobFilter &filter, int pageSize)
{
    m_filter = filter;
    m_pageSize = std::clamp(pageSize, ListJobsQuery::MinLimit, ListJobsQuery::MaxLimit);
    m_page = 0;
    load();
}

void JobBrowser::setFilter(const JobFilter &filter)
{
    show(filter, m_pageSize);
}

void JobBrowser::setPageSize(int pageSize)
{
    show(m_filter, pageSize);
}

void JobBrowser::setPage(int page)
{
    m_page = std::max(0, page);
    load();
}

void JobBrowser::refresh()
{
    load();
}

void JobBrowser::load()
{
    if (m_call)
        m_call->abort(); // its answer is stale now
    const quint64 generation = ++m_generation;
    m_call = m_client->listJobs(m_filter.toQuery(m_pageSize, firstRow()), this,
                                [this, generation](const JobPage &page, const ApiError &error) {
                                    onAnswer(page, error, generation);
                                });
}

void JobBrowser::onAnswer(const JobPage &page, const ApiError &error, quint64 generation)
{
    if (generation != m_generation || error.kind == ApiError::Kind::Aborted)
        return;
    m_call = nullptr;
    if (error.isOk()) {
        m_jobs = page.jobs;
        m_invalidJobs = page.invalidJobs;
        m_totalSize = page.totalSize;
        m_lastPageWasFull = page.itemCount() >= m_pageSize;
        m_lastRefreshed = QDateTime::currentDateTimeUtc();
    }
    if (error.isOk())
        Q_EMIT pageLoaded();
    else
        Q_EMIT loadFailed(error);
}

void JobBrowser::clear()
{
    if (m_call)
        m_call->abort();
    m_call = nullptr;
    ++m_generation;
    m_page = 0;
    m_totalSize.reset();
    m_lastPageWasFull = false;
    m_jobs.clear();
    m_invalidJobs.clear();
    m_lastRefreshed = QDateTime();
}

} // namespace BatchDeck
