#include "core/paging/offsetpager.h"

namespace BatchDeck {

OffsetPager::OffsetPager(qint64 startOffset, int pageLimit, const QString &rowsName,
                         const QString &noNewRowsError, QObject *parent)
    : Pager(parent)
    , m_rowsName(rowsName)
    , m_noNewRowsError(noNewRowsError)
    , m_pageLimit(pageLimit)
    , m_startOffset(startOffset)
    , m_offset(startOffset)
{
    m_summary.rowsBefore = startOffset;
}

void OffsetPager::requestNextPage()
{
    const std::optional<qint64> room = rowsLeft();
    setCall(requestPage(m_offset, room ? int(std::min<qint64>(m_pageLimit, *room)) : m_pageLimit));
}

// The same page can also come back when exactly a page of rows was created between two requests,
// but then total_size grew with them: only a repeat under an unchanged (or unknown) total is
// refused.
bool OffsetPager::isRepeatOfPreviousPage(size_t fingerprint, std::optional<qint64> totalSize)
{
    const bool totalGrew = totalSize && m_previousTotalSize && *totalSize > *m_previousTotalSize;
    const bool repeat = m_previousFingerprint == fingerprint && !totalGrew;
    m_previousFingerprint = fingerprint;
    m_previousTotalSize = totalSize;
    return repeat;
}

void OffsetPager::failOnRepeat()
{
    fail(tr("the server sent the same page of %1 again at offset %2, so paging stopped to avoid "
            "an endless loop")
             .arg(m_rowsName)
             .arg(m_offset));
}

void OffsetPager::pageDelivered()
{
    if (stopIfCancelled())
        return;
    if (rowLimitReached())
        Q_EMIT finished({});
    else if (m_pagesWithoutNewRows >= MaxPagesWithoutNewRows)
        fail(m_noNewRowsError.arg(m_pagesWithoutNewRows).arg(m_offset));
    else if (!stopAtCeiling(m_offset - m_startOffset, m_rowsName))
        requestNextPage();
}

} // namespace BatchDeck
