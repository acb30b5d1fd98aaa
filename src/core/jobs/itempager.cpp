#include "core/jobs/itempager.h"
#include "core/jobs/jobsapi.h"

#include <QHash>

namespace BatchDeck {

ItemPager::ItemPager(ApiClient *client, const QString &jobId, const ProjectScope &scope,
                     const ListItemsQuery &query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobId(jobId)
    , m_scope(scope)
    , m_query(query)
{
    if (!m_query.limit)
        m_query.limit = MaxLimit;
    m_startOffset = m_query.offset.value_or(0);
    m_offset = m_startOffset;
    m_summary.rowsBefore = m_startOffset;
}

void ItemPager::start()
{
    m_cancelled = false;
    requestNextPage();
}

void ItemPager::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->abort();
}

void ItemPager::requestNextPage()
{
    ListItemsQuery query = m_query;
    query.offset = m_offset;
    m_call = JobsApi(m_client).listJobItems(
        m_jobId, m_scope, query, this,
        [this](const ItemPage &page, const ApiError &error) { onPage(page, error); });
}

// See JobPager::isRepeatOfPreviousPage: a server that ignores offset sends one page forever.
bool ItemPager::isRepeatOfPreviousPage(const ItemPage &page)
{
    size_t fingerprint = qHash(page.invalidItems.size());
    for (const JobItem &item : page.items)
        fingerprint = qHashMulti(fingerprint, item.itemId);
    const bool totalGrew =
        page.totalSize && m_previousTotalSize && *page.totalSize > *m_previousTotalSize;
    const bool repeat = m_previousFingerprint == fingerprint && !totalGrew;
    m_previousFingerprint = fingerprint;
    m_previousTotalSize = page.totalSize;
    return repeat;
}

qint64 ItemPager::keepNewItems(ItemPage *page)
{
    qint64 newRows = page->invalidItems.size();
    QList<JobItem> items;
    items.reserve(page->items.size());
    for (JobItem &item : page->items) {
        if (m_recentIds.contains(item.itemId)) {
            ++m_summary.duplicates;
            continue;
        }
        ++newRows;
        m_recentIds.insert(item.itemId);
        m_recentIdsInOrder.push_back(item.itemId);
        if (m_recentIdsInOrder.size() > size_t(DuplicateWindowRows)) {
            m_recentIds.remove(m_recentIdsInOrder.front());
            m_recentIdsInOrder.pop_front();
        }
        if (!m_query.matches(item)) {
            ++m_summary.rowsOutsideFilter;
            continue;
        }
        items.append(std::move(item));
    }
    page->items = std::move(items);
    return newRows;
}

void ItemPager::fail(const QString &reason)
{
    Q_EMIT finished(ApiError::invalidResponse(reason));
}

void ItemPager::onPage(ItemPage page, const ApiError &error)
{
    m_call = nullptr;
    if (!error.isOk()) {
        Q_EMIT finished(error);
        return;
    }
    const qint64 received = page.itemCount();
    // total_size is an estimate: see JobPager::onPage.
    m_summary.addTotal(page.totalSize);
    if (page.totalSize)
        m_totalSize = page.totalSize;
    if (received == 0) { // the list's own end
        m_summary.reachedEnd = true;
        Q_EMIT finished({});
        return;
    }
    if (isRepeatOfPreviousPage(page)) {
        fail(tr("the server sent the same page of items again at offset %1, "
                "so paging stopped to avoid an endless loop")
                 .arg(m_offset));
        return;
    }
    // Every item of a page larger than asked is a real item at its offset: keep them all.
    m_offset += received;
    ++m_pages;
    const qint64 newRows = keepNewItems(&page);
    m_summary.rowsListed += newRows;
    m_pagesWithoutNewItems = newRows > 0 ? 0 : m_pagesWithoutNewItems + 1;
    Q_EMIT pageReceived(page);
    if (m_cancelled) { // cancelled by a receiver of the page: send nothing more
        Q_EMIT finished(ApiError::aborted());
        return;
    }

    if (m_pagesWithoutNewItems >= MaxPagesWithoutNewItems) {
        fail(tr("the server sent only items already received in %1 pages in a row, up to "
                "offset %2; try again later")
                 .arg(m_pagesWithoutNewItems)
                 .arg(m_offset));
    } else if (m_offset - m_startOffset >= m_rowCeiling) {
        m_rowCeilingReached = true;
        fail(tr("the server had sent %1 items without ending the list (%2), so paging stopped "
                "at the ceiling of %3 rows")
                 .arg(m_offset - m_startOffset)
                 .arg(m_totalSize ? tr("total_size %1").arg(*m_totalSize) : tr("no total_size"))
                 .arg(m_rowCeiling));
    } else {
        requestNextPage();
    }
}

} // namespace BatchDeck
