#include "core/paging/offsetpager.h"

#include <algorithm>
#include <utility>

namespace BatchDeck {

OffsetPager::OffsetPager(qint64 startOffset, int pageLimit, const QString &rowsName,
                         const QString &noNewRowsError, QObject *parent)
    : Pager(parent)
    , m_rowsName(rowsName)
    , m_noNewRowsError(noNewRowsError)
    , m_pageLimit(pageLimit)
    , m_startOffset(startOffset)
    , m_offset(startOffset)
    , m_nextOffset(startOffset)
    , m_stride(pageLimit)
{
    m_summary.rowsBefore = startOffset;
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &OffsetPager::resumeAfterPause);
    m_deliveryTimer.setSingleShot(true);
    m_deliveryTimer.setInterval(0);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &OffsetPager::deliverInOrder);
}

int OffsetPager::requestsInFlight() const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [](const Request &request) { return !request.arrived; }));
}

void OffsetPager::requestFirstPage()
{
    // Slow start: one request, then one more with every answer, up to concurrency(), so a
    // server with a small quota refuses one request rather than a burst of them.
    m_limit = 1;
    requestMorePages();
}

void OffsetPager::abortRequests()
{
    m_resumeTimer.stop();
    m_deliveryTimer.stop();
    dropPlannedRequests();
}

bool OffsetPager::acceptAnswer(qint64 offset, const ApiError &error, qint64 *expectedRows)
{
    const auto request = m_requests.constFind(offset);
    if (isFinished() || request == m_requests.cend())
        return false; // dropped from the plan, or paging ended
    *expectedRows = request->expectedRows;
    m_requests.erase(request);
    if (error.isOk()) {
        growLimit();
        if (!m_resumeTimer.isActive())
            endThrottle();
    }
    return true;
}

void OffsetPager::deliveriesReleased()
{
    deliverNextLater();
}

void OffsetPager::deliverInOrder()
{
    if (deliveriesHeld())
        return; // deliveriesReleased() goes on
    if (!isFinished() && !m_answers.isEmpty() && m_answers.firstKey() == m_offset)
        m_answers.take(m_offset)();
    if (isFinished())
        return;
    requestMorePages();
    deliverNextLater();
}

void OffsetPager::deliverNextLater()
{
    // One page per pass of the event loop's timers, so a window that writes each page (an
    // export) lets its own timers and input in between: answers that arrive together, or ahead
    // of their turn, would otherwise all go out in one stretch.
    if (!m_deliveryTimer.isActive() && !deliveriesHeld() && !m_answers.isEmpty()
        && m_answers.firstKey() == m_offset)
        m_deliveryTimer.start();
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

void OffsetPager::pageDelivered(qint64 pageOffset, qint64 received, qint64 expectedRows)
{
    if (stopIfCancelled())
        return;
    if (rowLimitReached())
        finish({});
    else if (m_pagesWithoutNewRows >= MaxPagesWithoutNewRows)
        fail(m_noNewRowsError.arg(m_pagesWithoutNewRows).arg(m_offset));
    else if (!stopAtCeiling(m_offset - m_startOffset, m_rowsName))
        followThePages(pageOffset, received, expectedRows);
}

void OffsetPager::followThePages(qint64 pageOffset, qint64 received, qint64 expectedRows)
{
    if (received != expectedRows) {
        // A server that caps its pages, or ignores the limit, sends pages of its own size: plan
        // with it. A short page may also be the last: look ahead one page at a time again.
        m_stride = received;
        if (received < expectedRows)
            m_lookAhead = 1;
    } else if (totalSize() && pageOffset >= *totalSize()) {
        // Beyond the estimate the list goes on as long as pages come full.
        m_lookAhead = std::min(m_lookAhead * 2, concurrency());
    }
    if (m_nextOffset != m_offset && !m_requests.contains(m_offset) && !m_answers.contains(m_offset))
        dropPlannedRequests();
}

void OffsetPager::dropPlannedRequests()
{
    m_answers.clear();
    const QMap<qint64, Request> requests = std::exchange(m_requests, {});
    for (const Request &request : requests) {
        if (request.call)
            request.call->abort(); // its answer finds no request and is ignored
    }
    m_nextOffset = m_offset;
}

void OffsetPager::requestMorePages()
{
    if (!m_pausedUntil.hasExpired())
        return; // the server asked to wait; resumeAfterPause() goes on
    // Answers being parsed or waiting for their turn count too, so that a slow page holds at
    // most twice the pages in flight, whatever the length of the list.
    while (requestsInFlight() < m_limit
           && m_requests.size() + m_answers.size() < qsizetype(2) * concurrency()
           && worthRequesting(m_nextOffset))
        m_nextOffset += sendRequest(m_nextOffset);
}

bool OffsetPager::worthRequesting(qint64 offset) const
{
    if (const std::optional<qint64> room = rowsLeft(); room && offset >= m_offset + *room)
        return false; // the pages in flight hold enough rows for the row limit
    if (offset - m_startOffset >= sentRowsCeiling())
        return false; // paging stops at the ceiling when the page before it arrives
    // Without total_size, nothing would tell a page served before the one ahead of it while
    // jobs were created (rows missed without a repeat): one page after another.
    const std::optional<qint64> total = totalSize();
    if (!total)
        return m_requests.isEmpty() && m_answers.isEmpty();
    if (offset < *total)
        return true;
    // Beyond the end the list is expected to have, ask only for the look-ahead, answers that
    // wait for their turn included (an empty one there ends the list when its turn comes).
    const auto pastTheTotal = [total](qint64 at) { return at >= *total; };
    const auto beyond = std::count_if(m_requests.keyBegin(), m_requests.keyEnd(), pastTheTotal)
        + std::count_if(m_answers.keyBegin(), m_answers.keyEnd(), pastTheTotal);
    return beyond < m_lookAhead;
}

qint64 OffsetPager::sendRequest(qint64 offset)
{
    const std::optional<qint64> room = rowsLeft();
    const int limit =
        room ? int(std::min<qint64>(m_pageLimit, m_offset + *room - offset)) : m_pageLimit;
    // Where the next page starts, as planned: a page that reaches past total_size is expected
    // to end at it, so the look-ahead starts there; a plan the server breaks is made again.
    Request request;
    request.expectedRows = limit < m_pageLimit ? std::min<qint64>(limit, m_stride) : m_stride;
    if (const std::optional<qint64> total = totalSize(); total && offset < *total)
        request.expectedRows = std::min(request.expectedRows, *total - offset);
    const qint64 expectedRows = request.expectedRows;
    // Inserted before the request starts: a call that fails before sending answers at once.
    m_requests.insert(offset, request);
    ApiCall *call = requestPage(offset, limit);
    ++m_requestsSent;
    if (m_requests.contains(offset)) { // not answered already (a call refused before sending)
        m_requests[offset].call = call;
        connect(call, &ApiCall::retryScheduled, this,
                [this](int, int delayMs, const ApiError &reason) {
                    onRetryScheduled(delayMs, reason);
                });
        // While an answer is parsed, the server can already work on another page. Not one
        // page after another: there each request waits for the page before it to be read, as
        // it always did, so that it asks for exactly the pages that page says are left.
        if (concurrency() > 1)
            connect(call, &ApiCall::answerArrived, this, [this, offset] {
                if (const auto request = m_requests.find(offset); request != m_requests.end()) {
                    request->arrived = true;
                    requestMorePages();
                }
            });
    }
    return expectedRows;
}

bool OffsetPager::askAgainIfServedEarly(std::optional<qint64> totalSize)
{
    // Pages in flight together may be served in any order. A page whose total is below the one
    // before it may have been served before it, ahead of jobs created in between, which then
    // pushed rows past both pages unseen. Asked again now, after the page before, it shows them
    // (as repeats); a total still lower is the list's own change, told by summary().
    const std::optional<qint64> previousTotal = this->totalSize();
    const bool totalWentDown = totalSize && previousTotal && *totalSize < *previousTotal;
    if (concurrency() == 1 || !totalWentDown || m_askedAgainAt == m_offset)
        return false;
    m_askedAgainAt = m_offset;
    const qint64 nextOffset = m_nextOffset;
    sendRequest(m_offset);
    m_nextOffset = nextOffset;
    return true;
}

void OffsetPager::onRetryScheduled(int delayMs, const ApiError &reason)
{
    const bool rateLimited = reason.httpStatus == 429;
    if (!rateLimited && reason.httpStatus < 500)
        return; // a lost connection or a timeout says nothing about the server's load
    ++m_throttledAnswers;
    // Halve the requests in flight, counting those waiting for their retry: the answers of one
    // burst arrive together and each sees the same number, so one burst halves once.
    m_refusedLevel = requestsInFlight();
    m_limit = std::max(1, std::min(m_limit, requestsInFlight() / 2));
    m_answersSinceGrowth = 0;
    if (m_pausedUntil.remainingTime() < delayMs) {
        m_pausedUntil.setRemainingTime(delayMs);
        m_resumeTimer.start(delayMs);
    }
    m_throttle.reason =
        rateLimited ? PagingThrottle::Reason::RateLimited : PagingThrottle::Reason::ServerFailing;
    m_throttle.httpStatus = reason.httpStatus;
    m_throttle.waitMs = int(m_pausedUntil.remainingTime());
    m_throttle.requestsInFlight = requestsInFlight();
    m_throttle.concurrencyLimit = m_limit;
    Q_EMIT throttleChanged(m_throttle);
}

void OffsetPager::growLimit()
{
    if (m_limit >= concurrency())
        return;
    if (m_limit + 1 < m_refusedLevel || ++m_answersSinceGrowth >= AnswersBeforeProbing) {
        ++m_limit;
        m_answersSinceGrowth = 0;
    }
}

void OffsetPager::endThrottle()
{
    if (!m_throttle.isActive())
        return;
    m_throttle = {};
    Q_EMIT throttleChanged(m_throttle); // back to speed, and told
}

void OffsetPager::resumeAfterPause()
{
    m_pausedUntil = QDeadlineTimer(); // expired: a timer may fire a little before its deadline
    if (isFinished())
        return;
    endThrottle();
    requestMorePages();
}

} // namespace BatchDeck
