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
// A front end (JobPager, ItemPager) asks for the pages and hands each answer to takePage() with
// the page's lists and its own typed signal, which delivers the page.
class OffsetPager : public Pager
{
    Q_OBJECT

protected:
    // `rowsName` names the rows in errors ("jobs"); `pageLimit` is the page size asked for.
    // `noNewRowsError` is the error when MaxPagesWithoutNewRows pages in a row brought no new
    // row: %1 is replaced by the pages, %2 by the offset reached.
    OffsetPager(qint64 startOffset, int pageLimit, const QString &rowsName,
                const QString &noNewRowsError, QObject *parent);

    // Asks for the page of at most `limit` rows at `offset`; its answer goes to takePage().
    virtual ApiCall *requestPage(qint64 offset, int limit) = 0;

    // The front end's query, asking for the page of at most `limit` rows at `offset`.
    template<typename Query>
    static Query pageQuery(Query query, qint64 offset, int limit)
    {
        query.offset = offset;
        query.limit = limit;
        return query;
    }

    // Takes an answer. Unless paging ended (finished() was sent), the page, with rows already
    // delivered and rows outside the filter left out and trimmed to the row limit, goes out
    // through the front end's `pageReceived` signal, and paging goes on.
    template<typename FrontEnd, typename Page, typename Row, typename Invalid, typename Filter>
    void takePage(Page page, const ApiError &error, QList<Row> Page::*rows,
                  QList<Invalid> Page::*invalid, QString Row::*idOf, const Filter &filter,
                  void (FrontEnd::*pageReceived)(const Page &));

private:
    void requestFirstPage() override { requestNextPage(); }
    void requestNextPage();
    // A server that ignores offset sends the first page again and again: `fingerprint` is of
    // the page's rows.
    bool isRepeatOfPreviousPage(size_t fingerprint, std::optional<qint64> totalSize);
    void failOnRepeat();
    // After a page went out: a receiver may have cancelled, or the row limit may be reached.
    void pageDelivered();

    QString m_rowsName;
    QString m_noNewRowsError;
    int m_pageLimit;
    qint64 m_startOffset;
    qint64 m_offset;
    std::optional<size_t> m_previousFingerprint;
    std::optional<qint64> m_previousTotalSize;
};

template<typename FrontEnd, typename Page, typename Row, typename Invalid, typename Filter>
void OffsetPager::takePage(Page page, const ApiError &error, QList<Row> Page::*rows,
                           QList<Invalid> Page::*invalid, QString Row::*idOf, const Filter &filter,
                           void (FrontEnd::*pageReceived)(const Page &))
{
    if (!takeAnswer(error, page.totalSize))
        return;
    const qint64 received = page.itemCount();
    if (received == 0) { // the list's own end
        endOfList();
        return;
    }
    size_t fingerprint = qHash((page.*invalid).size());
    for (const Row &row : std::as_const(page.*rows))
        fingerprint = qHashMulti(fingerprint, row.*idOf);
    if (isRepeatOfPreviousPage(fingerprint, page.totalSize)) {
        failOnRepeat();
        return;
    }
    // Every row of a page larger than asked is a real row at its offset: keep them all.
    const qint64 pageOffset = m_offset;
    m_offset += received;
    ++m_pages;
    keepNewRows(&(page.*rows), &(page.*invalid), pageOffset, idOf, filter);
    Q_EMIT(static_cast<FrontEnd *>(this)->*pageReceived)(page);
    pageDelivered();
}

} // namespace BatchDeck
