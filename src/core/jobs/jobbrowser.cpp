#include "core/jobs/jobbrowser.h"
#include "core/jobs/jobsapi.h"

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
    m_firstEmptyPage = -1;
    m_lastFullPage = -1;
    m_lastFullPageAnswer = {};
    request();
}

void JobBrowser::request()
{
    if (m_call)
        m_call->abort(); // its answer is stale now
    const quint64 generation = ++m_generation;
    m_call =
        JobsApi(m_client).listJobs(m_filter.toQuery(m_pageSize, firstRow()), this,
                                   [this, generation](const JobPage &page, const ApiError &error) {
                                       onAnswer(page, error, generation);
                                   });
}

void JobBrowser::onAnswer(const JobPage &page, const ApiError &error, quint64 generation)
{
    if (generation != m_generation || error.kind == ApiError::Kind::Aborted)
        return;
    m_call = nullptr;
    if (!error.isOk()) {
        Q_EMIT loadFailed(error);
        return;
    }
    if (!searchLastPage(page))
        accept(page);
}

bool JobBrowser::searchLastPage(const JobPage &page)
{
    const bool empty = page.itemCount() == 0;
    if (empty && m_page == 0)
        return false; // nothing matches: that is what page 1 says
    if (empty) {
        m_firstEmptyPage = m_firstEmptyPage < 0 ? m_page : std::min(m_firstEmptyPage, m_page);
    } else if (m_firstEmptyPage < 0 || page.totalSize || page.itemCount() < m_pageSize) {
        return false; // a page with jobs: the last one when short or when a total says so
    } else {
        m_lastFullPage = m_page; // a full page below an empty one: the last lies in between
        m_lastFullPageAnswer = page;
    }
    if (m_lastFullPage >= 0 && m_firstEmptyPage - m_lastFullPage == 1) {
        m_page = m_lastFullPage; // the last full page is the last page
        accept(JobPage(m_lastFullPageAnswer), true);
        return true;
    }
    int target = (m_lastFullPage + m_firstEmptyPage) / 2; // halves the pages left in doubt
    if (empty && page.totalSize) {
        const qint64 lastByTotal = std::max<qint64>(0, (*page.totalSize - 1) / m_pageSize);
        if (lastByTotal > m_lastFullPage && lastByTotal < m_firstEmptyPage)
            target = int(lastByTotal);
    }
    m_page = std::max(0, target);
    request();
    return true;
}

void JobBrowser::accept(const JobPage &page, bool knownToBeLast)
{
    m_firstEmptyPage = -1;
    m_lastFullPage = -1;
    m_lastFullPageAnswer = {};
    const ListJobsQuery query = m_filter.toQuery(m_pageSize, firstRow());
    m_jobs = page.jobs;
    m_rowsOutsideFilter =
        int(m_jobs.removeIf([&query](const Job &job) { return !query.matches(job); }));
    m_invalidJobs = page.invalidJobs;
    m_shownScope = m_filter.scope(); // an answer only counts while its filter is current
    m_totalSize = page.totalSize;
    m_lastPageWasFull = page.itemCount() >= m_pageSize && !knownToBeLast;
    m_lastRefreshed = QDateTime::currentDateTimeUtc();
    Q_EMIT pageLoaded();
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
    m_rowsOutsideFilter = 0;
    m_invalidJobs.clear();
    m_shownScope = {};
    m_firstEmptyPage = -1;
    m_lastFullPage = -1;
    m_lastFullPageAnswer = {};
    m_lastRefreshed = QDateTime();
}

} // namespace BatchDeck
