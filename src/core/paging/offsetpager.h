#pragma once

#include "core/paging/pager.h"

#include <QDeadlineTimer>
#include <QMap>
#include <QTimer>

#include <functional>

namespace BatchDeck {

// Walks every page of a list offset by offset and trusts nothing the server says about its
// pages. The list ends only by its own signal, the first empty page: a short page never ends it
// (a server may cap its pages; one more request is the price), and total_size, an estimate by the
// spec, plans requests, progress and summary() only. A page larger than asked is kept whole; a
// row delivered twice (the newest-first list shifts when rows are created meanwhile) is kept once
// and counted; a row outside the filter is left out and counted; the same page again, or a list
// that never ends, stops with an error.
//
// Offset pages do not depend on each other, so up to concurrency() of them are asked for at once
// (the official SDKs ask for one after another): up to total_size freely, beyond it a look-ahead
// that starts at one page and doubles with every full page, until the first empty page. Pages
// served out of order while jobs are created could hide rows: a page whose total is below the
// one before it is asked for again, and a list without total_size is walked one page at a time.
// Answers may come in any order; pages go out in the list's order, one at a time, through the same
// rules as with one request in flight, so only the pages in flight are held. Requests planned on a
// grid the server broke (a short or oversized page) are dropped and asked for again from where the
// list really goes on. The requests in flight start at one and grow by one with every answer; a 429
// or 5xx (retried by ApiCall) halves them, holds new ones for as long as the server asks, and
// throttleChanged() says so; then the limit grows back one request at a time, slowly past the
// level that was refused.
//
// A front end (JobPager, ItemPager) asks for the pages and hands each answer to takePage() with
// the page's offset, lists and its own typed signal, which delivers the page.
class OffsetPager : public Pager
{
    Q_OBJECT

public:
    // After a throttle, the limit grows one request at a time up to just below the level the
    // server refused; past it, by one request after this many answers without a throttle.
    static constexpr int AnswersBeforeProbing = 32;

    // Requests the server has not answered yet (sent, or waiting for their retry).
    int requestsInFlight() const;
    // How many requests may be in flight now: concurrency(), or less after a throttle.
    int concurrencyLimit() const { return m_limit; }
    // Answers the server retried because it asked to slow down (429) or failed (5xx).
    int throttledAnswers() const { return m_throttledAnswers; }

protected:
    // `rowsName` names the rows in errors ("jobs"); `pageLimit` is the page size asked for.
    // `noNewRowsError` is the error when MaxPagesWithoutNewRows pages in a row brought no new
    // row: %1 is replaced by the pages, %2 by the offset reached.
    OffsetPager(qint64 startOffset, int pageLimit, const QString &rowsName,
                const QString &noNewRowsError, QObject *parent);

    // Asks for the page of at most `limit` rows at `offset`; its answer goes to takePage() with
    // that offset.
    virtual ApiCall *requestPage(qint64 offset, int limit) = 0;

    // The front end's query, asking for the page of at most `limit` rows at `offset`.
    template<typename Query>
    static Query pageQuery(Query query, qint64 offset, int limit)
    {
        query.offset = offset;
        query.limit = limit;
        return query;
    }

    // Takes the answer to the request for `offset`. In its turn, unless paging ended (finished()
    // was sent), the page, with rows already delivered and rows outside the filter left out and
    // trimmed to the row limit, goes out through the front end's `pageReceived` signal, and
    // paging goes on.
    template<typename FrontEnd, typename Page, typename Row, typename Invalid, typename Filter>
    void takePage(qint64 offset, Page page, const ApiError &error, QList<Row> Page::*rows,
                  QList<Invalid> Page::*invalid, QString Row::*idOf, const Filter &filter,
                  void (FrontEnd::*pageReceived)(const Page &));

private:
    struct Request
    {
        QPointer<ApiCall> call;
        qint64 expectedRows = 0; // where the next planned page starts, relative to this one
        bool arrived = false; // answered, and being parsed: no longer the server's load
    };

    void requestFirstPage() override;
    void deliveriesReleased() override;
    void abortRequests() override;
    // An answer arrived: false when its request was dropped or paging ended. Otherwise the
    // request is done and *expectedRows what the plan expected of it.
    bool acceptAnswer(qint64 offset, const ApiError &error, qint64 *expectedRows);
    // Delivers the answer whose turn has come, asks for more pages, and has the next answer in
    // turn delivered later (deliverNextLater).
    void deliverInOrder();
    void deliverNextLater();
    // A page in its turn, `received` rows (0: the list's end) at m_offset.
    template<typename EmitPage>
    void deliverAnswer(std::optional<qint64> totalSize, const ApiError &error, qint64 received,
                       size_t fingerprint, qint64 expectedRows, EmitPage emitPage);
    bool isRepeatOfPreviousPage(size_t fingerprint, std::optional<qint64> totalSize);
    void failOnRepeat();
    // After a page went out: a receiver may have cancelled, or the row limit may be reached.
    void pageDelivered(qint64 pageOffset, qint64 received, qint64 expectedRows);
    // Learns from a page the plan did not expect (the server's page size) and drops the
    // requests planned on the wrong grid.
    void followThePages(qint64 pageOffset, qint64 received, qint64 expectedRows);
    void dropPlannedRequests();
    void requestMorePages();
    bool worthRequesting(qint64 offset) const;
    // Returns the rows the page is expected to hold: where the next one starts.
    qint64 sendRequest(qint64 offset);
    // True when the page in turn is asked for again instead of delivered (see the class).
    bool askAgainIfServedEarly(std::optional<qint64> totalSize);
    void onRetryScheduled(int delayMs, const ApiError &reason);
    void growLimit();
    void resumeAfterPause();
    // Says the server no longer slows paging down, if it was said that it did.
    void endThrottle();

    QString m_rowsName;
    QString m_noNewRowsError;
    int m_pageLimit;
    qint64 m_startOffset;
    qint64 m_offset; // where the next page to deliver starts
    qint64 m_nextOffset; // where the next page to ask for starts
    qint64 m_stride; // the rows a page is expected to hold: the limit, or the server's page size
    int m_lookAhead = 1; // pages asked for at once beyond total_size, or without it
    int m_limit = DefaultConcurrency;
    int m_refusedLevel = std::numeric_limits<int>::max(); // requests in flight at the last throttle
    int m_answersSinceGrowth = 0;
    int m_throttledAnswers = 0;
    PagingThrottle m_throttle; // the one last told
    QDeadlineTimer m_pausedUntil;
    QTimer m_resumeTimer;
    QMap<qint64, Request> m_requests; // not yet taken (in flight or being parsed), by offset
    QMap<qint64, std::function<void()>> m_answers; // arrived before their turn, by offset
    qint64 m_askedAgainAt = -1; // the offset last asked for again, once each
    QTimer m_deliveryTimer; // the next page in turn, on the next pass of the event loop
    std::optional<size_t> m_previousFingerprint;
    std::optional<qint64> m_previousTotalSize;
};

template<typename FrontEnd, typename Page, typename Row, typename Invalid, typename Filter>
void OffsetPager::takePage(qint64 offset, Page page, const ApiError &error, QList<Row> Page::*rows,
                           QList<Invalid> Page::*invalid, QString Row::*idOf, const Filter &filter,
                           void (FrontEnd::*pageReceived)(const Page &))
{
    qint64 expectedRows = 0;
    if (!acceptAnswer(offset, error, &expectedRows))
        return;
    size_t fingerprint = qHash((page.*invalid).size());
    for (const Row &row : std::as_const(page.*rows))
        fingerprint = qHashMulti(fingerprint, row.*idOf);
    const qint64 received = page.itemCount();
    const std::optional<qint64> totalSize = page.totalSize;
    m_answers.insert(
        offset,
        [this, totalSize, error, received, fingerprint, expectedRows, rows, invalid, idOf,
         pageReceived, page = std::move(page), filter = &filter]() mutable {
            deliverAnswer(
                totalSize, error, received, fingerprint, expectedRows, [&](qint64 pageOffset) {
                    keepNewRows(&(page.*rows), &(page.*invalid), pageOffset, idOf, *filter);
                    Q_EMIT(static_cast<FrontEnd *>(this)->*pageReceived)(page);
                });
        });
    // Its place is free. One page after another asks for the next once this one is delivered,
    // from where it really ended.
    if (concurrency() > 1)
        requestMorePages();
    deliverNextLater();
}

template<typename EmitPage>
void OffsetPager::deliverAnswer(std::optional<qint64> totalSize, const ApiError &error,
                                qint64 received, size_t fingerprint, qint64 expectedRows,
                                EmitPage emitPage)
{
    if (error.isOk() && askAgainIfServedEarly(totalSize))
        return;
    if (!takeAnswer(error, totalSize))
        return;
    if (received == 0) { // the list's own end
        endOfList();
        return;
    }
    if (isRepeatOfPreviousPage(fingerprint, totalSize)) {
        failOnRepeat();
        return;
    }
    // Every row of a page larger than asked is a real row at its offset: keep them all.
    const qint64 pageOffset = m_offset;
    m_offset += received;
    ++m_pages;
    deliverPage([&] { emitPage(pageOffset); });
    pageDelivered(pageOffset, received, expectedRows);
}

} // namespace BatchDeck
