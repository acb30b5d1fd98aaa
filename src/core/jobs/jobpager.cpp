#include "core/jobs/jobpager.h"
#include "core/jobs/jobsapi.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace BatchDeck {

JobPager::JobPager(ApiClient *client, const ListJobsQuery &query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_query(query)
{
    if (!m_query.limit)
        m_query.limit = ListJobsQuery::MaxLimit;
    m_startOffset = m_query.offset.value_or(0);
    m_offset = m_startOffset;
    m_summary.rowsBefore = m_startOffset;
}

void JobPager::start()
{
    m_cancelled = false;
    requestNextPage();
}

void JobPager::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->abort();
}

void JobPager::requestNextPage()
{
    ListJobsQuery query = m_query;
    query.offset = m_offset;
    query.limit = limitOfNextPage();
    m_call = JobsApi(m_client).listJobs(
        query, this, [this](const JobPage &page, const ApiError &error) { onPage(page, error); });
}

int JobPager::limitOfNextPage() const
{
    return m_maxRows > 0 ? int(std::min<qint64>(*m_query.limit, m_maxRows - m_rows))
                         : *m_query.limit;
}

// A server that ignores offset sends the first page again and again. The same page can also
// come back when exactly a page of jobs was created between two requests, but then total_size
// grew with them: only a repeat under an unchanged (or unknown) total is refused.
bool JobPager::isRepeatOfPreviousPage(const JobPage &page)
{
    size_t fingerprint = qHash(page.invalidJobs.size());
    for (const Job &job : page.jobs)
        fingerprint = qHashMulti(fingerprint, job.id);
    const bool totalGrew =
        page.totalSize && m_previousTotalSize && *page.totalSize > *m_previousTotalSize;
    const bool repeat = m_previousFingerprint == fingerprint && !totalGrew;
    m_previousFingerprint = fingerprint;
    m_previousTotalSize = page.totalSize;
    return repeat;
}

namespace {

// The place in the page of each readable job: the unreadable ones, which carry their position,
// hold the other places.
QList<qint64> placesOfJobs(const JobPage &page, qint64 pageOffset)
{
    QList<qint64> places;
    places.reserve(page.jobs.size());
    qsizetype nextInvalid = 0;
    for (qint64 place = 0; places.size() < page.jobs.size(); ++place) {
        if (nextInvalid < page.invalidJobs.size()
            && page.invalidJobs.at(nextInvalid).position == pageOffset + place)
            ++nextInvalid;
        else
            places.append(place);
    }
    return places;
}

} // namespace

qint64 JobPager::keepNewRows(JobPage *page, qint64 pageOffset)
{
    qint64 newRows = page->invalidJobs.size();
    const QList<qint64> places = placesOfJobs(*page, pageOffset);
    QList<Job> jobs;
    QList<qint64> placesKept;
    jobs.reserve(page->jobs.size());
    for (qsizetype index = 0; index < page->jobs.size(); ++index) {
        Job &job = page->jobs[index];
        if (m_recentIds.contains(job.id)) {
            ++m_summary.duplicates;
            continue;
        }
        ++newRows;
        m_recentIds.insert(job.id);
        m_recentIdsInOrder.push_back(job.id);
        if (m_recentIdsInOrder.size() > size_t(DuplicateWindowRows)) {
            m_recentIds.remove(m_recentIdsInOrder.front());
            m_recentIdsInOrder.pop_front();
        }
        if (!m_query.matches(job)) {
            ++m_summary.rowsOutsideFilter;
            continue;
        }
        jobs.append(std::move(job));
        placesKept.append(places.at(index));
    }
    page->jobs = std::move(jobs);

    // At the row limit, keep the first rows in the order the server sent them.
    const qint64 room = m_maxRows > 0 ? m_maxRows - m_rows : page->itemCount();
    if (page->itemCount() <= room)
        return newRows;
    QList<qint64> rowPlaces = placesKept;
    for (const InvalidJob &invalid : std::as_const(page->invalidJobs))
        rowPlaces.append(invalid.position - pageOffset);
    std::sort(rowPlaces.begin(), rowPlaces.end());
    const qint64 lastPlace = room > 0 ? rowPlaces.at(room - 1) : -1;
    qsizetype jobsKept = 0;
    while (jobsKept < placesKept.size() && placesKept.at(jobsKept) <= lastPlace)
        ++jobsKept;
    page->jobs.resize(jobsKept);
    page->invalidJobs.removeIf(
        [&](const InvalidJob &invalid) { return invalid.position - pageOffset > lastPlace; });
    return newRows;
}

void JobPager::fail(const QString &reason)
{
    Q_EMIT finished(ApiError::invalidResponse(reason));
}

void JobPager::onPage(JobPage page, const ApiError &error)
{
    m_call = nullptr;
    if (!error.isOk()) {
        Q_EMIT finished(error);
        return;
    }
    const qint64 pageOffset = m_offset;
    const qint64 received = page.itemCount();
    // total_size is an estimate: it never ends or fails paging. A total that went down (jobs
    // left the filter and pulled later jobs onto pages already read) is recorded and told at
    // the end with the file kept.
    m_summary.addTotal(page.totalSize);
    if (page.totalSize)
        m_totalSize = page.totalSize;
    if (received == 0) { // the list's own end
        m_summary.reachedEnd = true;
        Q_EMIT finished({});
        return;
    }
    if (isRepeatOfPreviousPage(page)) {
        fail(tr("the server sent the same page of jobs again at offset %1, "
                "so paging stopped to avoid an endless loop")
                 .arg(m_offset));
        return;
    }
    // Every job of a page larger than asked is a real job at its offset: keep them all.
    m_offset += received;
    ++m_pages;
    const qint64 newRows = keepNewRows(&page, pageOffset);
    m_summary.rowsListed += newRows;
    m_rows += page.itemCount();
    m_pagesWithoutNewJobs = newRows > 0 ? 0 : m_pagesWithoutNewJobs + 1;
    Q_EMIT pageReceived(page);
    if (m_cancelled) { // cancelled by a receiver of the page: send nothing more
        Q_EMIT finished(ApiError::aborted());
        return;
    }

    if (m_maxRows > 0 && m_rows >= m_maxRows) {
        Q_EMIT finished({});
    } else if (m_pagesWithoutNewJobs >= MaxPagesWithoutNewJobs) {
        fail(tr("the server sent only jobs already received in %1 pages in a row, up to offset "
                "%2 (jobs may be created as fast as they are read); try again later")
                 .arg(m_pagesWithoutNewJobs)
                 .arg(m_offset));
    } else if (m_offset - m_startOffset >= std::max(m_rowCeiling, m_maxRows)) {
        // Rows outside the filter do not count towards --max-rows, so the ceiling on rows
        // sent holds with a row limit too (raised to the limit, which is a bound of its own).
        m_rowCeilingReached = true;
        fail(tr("the server had sent %1 jobs without ending the list (%2), so paging stopped "
                "at the ceiling of %3 rows")
                 .arg(m_offset - m_startOffset)
                 .arg(m_totalSize ? tr("total_size %1").arg(*m_totalSize) : tr("no total_size"))
                 .arg(m_rowCeiling));
    } else {
        requestNextPage();
    }
}

} // namespace BatchDeck
