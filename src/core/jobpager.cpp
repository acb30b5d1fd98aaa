#include "jobpager.h"

#include <QCoreApplication>
#include <QHash>

namespace BatchDeck {

JobPager::JobPager(ApiClient *client, const ListJobsQuery &query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_query(query)
{
    if (!m_query.limit)
        m_query.limit = ListJobsQuery::MaxLimit;
    m_offset = m_query.offset.value_or(0);
}

void JobPager::start()
{
    requestNextPage();
}

void JobPager::cancel()
{
    if (m_call)
        m_call->abort();
}

void JobPager::requestNextPage()
{
    ListJobsQuery query = m_query;
    query.offset = m_offset;
    query.limit = limitOfNextPage();
    m_call = m_client->listJobs(
        query, this, [this](const JobPage &page, const ApiError &error) { onPage(page, error); });
}

int JobPager::limitOfNextPage() const
{
    return m_maxRows > 0 ? int(std::min<qint64>(*m_query.limit, m_maxRows - m_rows))
                         : *m_query.limit;
}

bool JobPager::isRepeat(const JobPage &page)
{
    size_t fingerprint = qHash(page.invalidJobs.size());
    for (const BatchJob &job : page.jobs)
        fingerprint = qHashMulti(fingerprint, job.id);
    if (m_pageFingerprints.contains(fingerprint))
        return true;
    m_pageFingerprints.insert(fingerprint);
    return false;
}

void JobPager::onPage(JobPage page, const ApiError &error)
{
    m_call = nullptr;
    if (!error.isOk()) {
        Q_EMIT finished(error);
        return;
    }
    const qint64 received = page.itemCount();
    if (received == 0) {
        Q_EMIT finished({});
        return;
    }
    if (isRepeat(page)) {
        Q_EMIT finished(ApiError::invalidResponse(
            QCoreApplication::translate("BatchDeck::JobPager",
                                        "the server sent the same page of jobs again at offset %1, "
                                        "so paging stopped to avoid an endless loop")
                .arg(m_offset)));
        return;
    }
    const int requestedLimit = limitOfNextPage(); // nothing has moved since the request
    if (received > requestedLimit) { // a server ignoring limit: keep only what was asked for
        page.jobs.resize(std::min<qint64>(page.jobs.size(), requestedLimit));
    }
    if (page.totalSize)
        m_totalSize = page.totalSize;
    m_offset += received;
    m_rows += std::min<qint64>(received, requestedLimit);
    ++m_pages;
    Q_EMIT pageReceived(page);

    const bool shortPage = received < requestedLimit;
    const bool totalReached = m_totalSize && m_offset >= *m_totalSize;
    const bool limitReached = m_maxRows > 0 && m_rows >= m_maxRows;
    if (shortPage || totalReached || limitReached)
        Q_EMIT finished({});
    else
        requestNextPage();
}

} // namespace BatchDeck
