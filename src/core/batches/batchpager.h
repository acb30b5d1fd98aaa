#pragma once

#include "core/batches/batchesapi.h"
#include "core/paging/pagingsummary.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>

namespace BatchDeck {

// Walks every page of batches matching a query by following next_page_token, and trusts no more
// of the server than JobPager does: the list ends only when the token is absent, null or empty,
// whatever total_size says (an estimate, for progress and summary() only); a token already sent
// is refused (the server would lead in a circle), and so is a token longer than MaxTokenLength;
// an empty page that still carries a token is followed, but a few pages in a row without a new
// batch are a failure; a batch delivered twice is kept once and counted; a batch outside the
// query's filter is left out and counted; a list that never ends stops at a ceiling.
class BatchPager : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultRowCeiling = 10'000'000;
    // As JobPager::DuplicateWindowRows: the most recent IDs remembered to spot a batch again.
    static constexpr int DuplicateWindowRows = 5'000;
    // Pages in a row that bring no new batch (empty, or only batches already received).
    static constexpr int MaxPagesWithoutNewBatches = 3;
    // The longest page token followed, in characters. Tokens sent are remembered as SHA-256
    // digests (32 bytes each) to spot a circle, so memory does not grow with a token's length;
    // the cap also bounds each request's URL. Real cursors are far shorter.
    static constexpr int MaxTokenLength = 4096;

    // query.pageToken, if set, is where paging starts. page_size is sent only if set: the spec
    // documents no maximum, and a guessed one could be refused.
    BatchPager(ApiClient *client, const ListBatchesQuery &query, QObject *parent = nullptr);

    // 0 (the default) means every matching batch.
    void setMaxRows(qint64 maxRows) { m_maxRows = maxRows; }
    // Without a row limit, paging fails once this many rows arrived and the list has not ended.
    void setRowCeiling(qint64 rows) { m_rowCeiling = std::max<qint64>(1, rows); }
    qint64 rowCeiling() const { return m_rowCeiling; }
    void start();
    // Aborts the request in flight, or stops paging when called while a page is delivered;
    // finished() follows with an Aborted error.
    void cancel();

    int pagesReceived() const { return m_pages; }
    qint64 rowsReceived() const { return m_rows; }
    qint64 duplicatesSkipped() const { return m_summary.duplicates; }
    bool rowCeilingReached() const { return m_rowCeilingReached; }
    std::optional<qint64> totalSize() const { return m_totalSize; }
    const PagingSummary &summary() const { return m_summary; }

Q_SIGNALS:
    // A page without the batches already delivered, trimmed to the row limit. Unreadable batches
    // are in page.invalidBatches, with positions counted across the whole listing.
    void pageReceived(const BatchDeck::BatchPage &page);
    void finished(const BatchDeck::ApiError &error);

private:
    void requestPage(const std::optional<QString> &token);
    void onPage(BatchPage page, const ApiError &error);
    // Leaves out batches already delivered and batches outside the filter, then trims the page
    // to the row limit. Returns how many rows the server listed for the first time.
    qint64 keepNewRows(BatchPage *page);
    // Remembers a token as sent; false when it was sent before.
    bool rememberToken(const QString &token);
    void fail(const QString &reason);

    ApiClient *m_client;
    ListBatchesQuery m_query;
    qint64 m_maxRows = 0;
    qint64 m_rowCeiling = DefaultRowCeiling;
    qint64 m_rows = 0; // delivered: new batches and unreadable ones
    qint64 m_received = 0; // as sent, duplicates included
    int m_pages = 0;
    int m_pagesWithoutNewBatches = 0;
    bool m_rowCeilingReached = false;
    std::optional<qint64> m_totalSize;
    PagingSummary m_summary;
    QSet<QByteArray> m_sentTokenDigests;
    QSet<QString> m_recentIds;
    std::deque<QString> m_recentIdsInOrder; // oldest first, to forget beyond the window
    QPointer<ApiCall> m_call;
    bool m_cancelled = false; // cancel() was called, perhaps while a page was delivered
};

} // namespace BatchDeck
