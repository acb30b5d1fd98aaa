#pragma once

#include "core/paging/pager.h"

#include <QHash>

namespace BatchDeck {

// Walks every page of a list offset by offset, as the official SDKs do, and trusts nothing the
// server says about its pages. The list ends only by its own signal, the first empty page: a
// short page never ends it (a server may cap its pages; one more request is the price), and
// total_size, an estimate by the spec, feeds progress and summary() only. A page larger than
// asked is kept whole; a row delivered twice (the newest-first list shifts when rows are created
// meanwhile) is kept once and counted; a row outside the filter is left out and counted; the same
// page again, or a list that never ends, stops with an error.
//
// A front end (JobPager, ItemPager) asks for the pages, hands each answer to takePage() with the
// page's lists, and delivers the page with its own typed signal.
class OffsetPager : public Pager
{
    Q_OBJECT

protected:
    // `rowsName` names the rows in errors ("jobs"); `pageLimit` is the page size asked for.
    OffsetPager(qint64 startOffset, int pageLimit, const QString &rowsName, QObject *parent);

    // Asks for the page of at most `limit` rows at `offset`; its answer goes to takePage().
    virtual ApiCall *requestPage(qint64 offset, int limit) = 0;
    // The error when MaxPagesWithoutNewRows pages in a row up to `offset` brought no new row.
    virtual QString noNewRowsError(int pages, qint64 offset) const = 0;

    // Takes an answer; true when the page, with rows already delivered and rows outside the
    // filter left out and trimmed to the row limit, is to be delivered. Then, once delivered,
    // pageDelivered() goes on. False when paging ended (finished() was sent).
    template<typename Page, typename Row, typename Invalid, typename Filter>
    bool takePage(Page *page, const ApiError &error, QList<Row> Page::*rows,
                  QList<Invalid> Page::*invalid, QString Row::*idOf, const Filter &filter);
    void pageDelivered();

private:
    void requestFirstPage() override { requestNextPage(); }
    void requestNextPage();
    // A server that ignores offset sends the first page again and again: `fingerprint` is of
    // the page's rows.
    bool isRepeatOfPreviousPage(size_t fingerprint, std::optional<qint64> totalSize);
    void failOnRepeat();

    QString m_rowsName;
    int m_pageLimit;
    qint64 m_startOffset;
    qint64 m_offset;
    std::optional<size_t> m_previousFingerprint;
    std::optional<qint64> m_previousTotalSize;
};

template<typename Page, typename Row, typename Invalid, typename Filter>
bool OffsetPager::takePage(Page *page, const ApiError &error, QList<Row> Page::*rows,
                           QList<Invalid> Page::*invalid, QString Row::*idOf, const Filter &filter)
{
    if (!takeAnswer(error, page->totalSize))
        return false;
    const qint64 received = page->itemCount();
    if (received == 0) { // the list's own end
        endOfList();
        return false;
    }
    size_t fingerprint = qHash((page->*invalid).size());
    for (const Row &row : std::as_const(page->*rows))
        fingerprint = qHashMulti(fingerprint, row.*idOf);
    if (isRepeatOfPreviousPage(fingerprint, page->totalSize)) {
        failOnRepeat();
        return false;
    }
    // Every row of a page larger than asked is a real row at its offset: keep them all.
    const qint64 pageOffset = m_offset;
    m_offset += received;
    ++m_pages;
    keepNewRows(&(page->*rows), &(page->*invalid), pageOffset, idOf, filter);
    return true;
}

} // namespace BatchDeck
