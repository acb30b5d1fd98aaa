#pragma once

#include "core/api/apicall.h"
#include "core/api/apierror.h"
#include "core/paging/duplicatewindow.h"
#include "core/paging/pagingsummary.h"
#include "core/paging/pagingthrottle.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <algorithm>
#include <optional>

namespace BatchDeck {

// What every pager shares, whatever leads it from page to page (offsets or cursor tokens): the
// row limit and the row ceiling, rows delivered twice kept once, rows outside the filter left
// out, the total_size estimate and the summary, and cancelling, even from a receiver of a page.
// The way from page to page, and where the list ends, is the subclass's.
class Pager : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultRowCeiling = 10'000'000;
    // How many of the most recent rows are remembered to recognise one delivered again. A shift
    // re-delivers only rows just before the page boundary, as many as were created between two
    // requests (one round trip): five of the largest pages is far beyond that, and the IDs of
    // 5,000 rows take about 1 MB, whatever the size of the export.
    static constexpr int DuplicateWindowRows = 5'000;
    // A page that brings no row not already received means the server repeats itself, or rows
    // are created as fast as they are paged; a few in a row are not worth going on for.
    static constexpr int MaxPagesWithoutNewRows = 3;
    // Page requests in flight at once, for pagers whose pages are independent (offsets): about
    // what a browser opens to one host, and what Qt opens over HTTP/1.1 (6 connections per host;
    // more requests wait for one, over HTTP/2 they share one).
    static constexpr int DefaultConcurrency = 6;
    static constexpr int MaxConcurrency = 16;

    // 0 (the default) means every matching row.
    void setMaxRows(qint64 maxRows) { m_maxRows = maxRows; }
    // Without a row limit, paging fails once this many rows arrived and the list has not ended.
    void setRowCeiling(qint64 rows) { m_rowCeiling = std::max<qint64>(1, rows); }
    qint64 rowCeiling() const { return m_rowCeiling; }
    // Page requests in flight at once, 1 (the default: one page after another) to
    // MaxConcurrency. A pager that needs each page's answer to ask for the next (cursor tokens)
    // ignores it.
    void setConcurrency(int requests) { m_concurrency = std::clamp(requests, 1, MaxConcurrency); }
    int concurrency() const { return m_concurrency; }
    void start();
    // Aborts the requests in flight and sends finished() with an Aborted error; called while a
    // page is delivered, paging stops once the receivers are done with it.
    void cancel();
    // While held, no page is delivered and no request made for more than the pages the pager
    // already holds: a receiver that writes a page over several passes of the event loop keeps
    // memory bounded by holding the pager until it is done. Pages go on when released.
    void holdDeliveries(bool held);
    bool deliveriesHeld() const { return m_deliveriesHeld; }

    int pagesReceived() const { return m_pages; }
    // Page requests sent (a retry of one is not another), those dropped or aborted included.
    int requestsSent() const { return m_requestsSent; }
    qint64 rowsReceived() const { return m_rows; }
    qint64 duplicatesSkipped() const { return m_summary.duplicates; }
    bool rowCeilingReached() const { return m_rowCeilingReached; }
    std::optional<qint64> totalSize() const { return m_totalSize; }
    // Repeats, totals and rows outside the filter, for the end of an export.
    const PagingSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void finished(const BatchDeck::ApiError &error);
    // The server asked to slow down (429) or is failing (5xx), so fewer requests go out for a
    // while; an inactive throttle says paging is back to speed.
    void throttleChanged(const BatchDeck::PagingThrottle &throttle);

protected:
    explicit Pager(QObject *parent);

    virtual void requestFirstPage() = 0;
    // holdDeliveries(false): what waited for the release goes on.
    virtual void deliveriesReleased() = 0;
    // Ends every request in flight without a word (finished() is sent by the caller). The
    // default aborts the one setCall() named.
    virtual void abortRequests();
    void setCall(ApiCall *call) { m_call = call; }
    // An answer arrived. Records its total_size (an estimate, says the spec: the latest one
    // counts); false, with finished() sent, when the answer is an error.
    bool takeAnswer(const ApiError &error, std::optional<qint64> totalSize);
    // Sends a page to the receivers through `emitPage`; a cancel() from one of them takes effect
    // after it (see stopIfCancelled).
    template<typename EmitPage>
    void deliverPage(EmitPage emitPage)
    {
        m_delivering = true;
        emitPage();
        m_delivering = false;
    }
    // Leaves out rows already delivered and rows outside the filter, then trims the page to the
    // row limit, keeping the first rows in the order the server sent them. `firstPosition` is
    // the position of the page's first row, the one unreadable rows' positions count from.
    // Returns how many rows the server listed for the first time.
    template<typename Row, typename Invalid, typename Filter>
    qint64 keepNewRows(QList<Row> *rows, QList<Invalid> *invalid, qint64 firstPosition,
                       QString Row::*idOf, const Filter &filter);
    // After a page was delivered: true, with finished() sent, when cancel() was called.
    bool stopIfCancelled();
    bool rowLimitReached() const { return m_maxRows > 0 && m_rows >= m_maxRows; }
    // Rows the row limit leaves room for; nothing without a limit.
    std::optional<qint64> rowsLeft() const
    {
        return m_maxRows > 0 ? std::optional<qint64>(m_maxRows - m_rows) : std::nullopt;
    }
    // Rows outside the filter do not count towards --max-rows, so the ceiling on rows sent
    // holds with a row limit too (raised to the limit, which is a bound of its own). True, with
    // finished() sent, when `rowsSent` reached it; `rowsName` names them ("jobs").
    bool stopAtCeiling(qint64 rowsSent, const QString &rowsName);
    // The rows sent at which stopAtCeiling() stops.
    qint64 sentRowsCeiling() const { return std::max(m_rowCeiling, m_maxRows); }
    void endOfList();
    void fail(const QString &reason);
    // The end of paging, once: the requests still in flight are aborted, then finished().
    void finish(const ApiError &error);
    bool isFinished() const { return m_finished; }

    int m_pages = 0;
    int m_requestsSent = 0;
    int m_pagesWithoutNewRows = 0;
    PagingSummary m_summary;

private:
    // Where the row limit cuts a page: the place in the page as sent of the last row kept (-1
    // for none) and how many of the readable rows kept stay. `keptIndices` are the indices of
    // the readable rows kept among the `readableSent`; unreadable rows hold `invalidPlaces`.
    struct Cut
    {
        qint64 lastPlace = -1;
        qsizetype rowsKept = 0;
    };
    static Cut cutAt(qint64 room, qsizetype readableSent, const QList<qsizetype> &keptIndices,
                     const QList<qint64> &invalidPlaces);

    qint64 m_maxRows = 0;
    qint64 m_rowCeiling = DefaultRowCeiling;
    qint64 m_rows = 0; // delivered: new rows inside the filter and unreadable ones
    bool m_rowCeilingReached = false;
    std::optional<qint64> m_totalSize;
    DuplicateWindow m_recentIds {DuplicateWindowRows};
    QPointer<ApiCall> m_call;
    int m_concurrency = 1;
    bool m_started = false;
    bool m_delivering = false; // a page is with its receivers
    bool m_deliveriesHeld = false;
    bool m_cancelled = false; // cancel() was called, perhaps while a page was delivered
    bool m_finished = false; // finished() was sent
};

template<typename Row, typename Invalid, typename Filter>
qint64 Pager::keepNewRows(QList<Row> *rows, QList<Invalid> *invalid, qint64 firstPosition,
                          QString Row::*idOf, const Filter &filter)
{
    qint64 newRows = invalid->size();
    const qsizetype readableSent = rows->size();
    QList<Row> kept;
    QList<qsizetype> keptIndices;
    kept.reserve(rows->size());
    for (qsizetype index = 0; index < rows->size(); ++index) {
        Row &row = (*rows)[index];
        if (!m_recentIds.remember(row.*idOf)) {
            ++m_summary.duplicates;
            continue;
        }
        ++newRows;
        if (!filter.matches(row)) {
            ++m_summary.rowsOutsideFilter;
            continue;
        }
        kept.append(std::move(row));
        keptIndices.append(index);
    }
    *rows = std::move(kept);

    const qint64 room = rowsLeft().value_or(rows->size() + invalid->size());
    if (rows->size() + invalid->size() > room) {
        QList<qint64> invalidPlaces;
        invalidPlaces.reserve(invalid->size());
        for (const Invalid &row : std::as_const(*invalid))
            invalidPlaces.append(row.position - firstPosition);
        const Cut cut = cutAt(room, readableSent, keptIndices, invalidPlaces);
        rows->resize(cut.rowsKept);
        invalid->removeIf(
            [&](const Invalid &row) { return row.position - firstPosition > cut.lastPlace; });
    }
    m_summary.rowsListed += newRows;
    m_rows += rows->size() + invalid->size();
    m_pagesWithoutNewRows = newRows > 0 ? 0 : m_pagesWithoutNewRows + 1;
    return newRows;
}

} // namespace BatchDeck
