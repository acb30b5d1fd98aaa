#pragma once

#include "core/jobs/jobsapi.h"
#include "core/paging/pagingsummary.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>

namespace BatchDeck {

// Walks every page of one job's items, offset by offset, with JobPager's rules: nothing the
// server says about its pages is trusted. The list ends only at the first empty page (a short
// page never ends it); total_size feeds progress and summary() only. A page larger than asked is
// kept whole; an item delivered twice is kept once and counted; an item outside the status asked
// for is left out and counted; the same page sent again, or a list that never ends, stops with
// an error.
class ItemPager : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxLimit = 1000;
    static constexpr qint64 DefaultRowCeiling = 10'000'000;
    static constexpr int DuplicateWindowRows = 5'000;
    static constexpr int MaxPagesWithoutNewItems = 3;

    // query.offset is where paging starts; query.limit the page size (default MaxLimit).
    ItemPager(ApiClient *client, const QString &jobId, const ProjectScope &scope,
              const ListItemsQuery &query, QObject *parent = nullptr);

    void setRowCeiling(qint64 rows) { m_rowCeiling = std::max<qint64>(1, rows); }
    void start();
    // Aborts the request in flight, or stops paging when called while a page is delivered;
    // finished() follows with an Aborted error.
    void cancel();

    int pagesReceived() const { return m_pages; }
    qint64 duplicatesSkipped() const { return m_summary.duplicates; }
    bool rowCeilingReached() const { return m_rowCeilingReached; }
    std::optional<qint64> totalSize() const { return m_totalSize; }
    const PagingSummary &summary() const { return m_summary; }

Q_SIGNALS:
    // A page without the items already delivered. Unreadable items are in page.invalidItems.
    void pageReceived(const BatchDeck::ItemPage &page);
    void finished(const BatchDeck::ApiError &error);

private:
    void requestNextPage();
    void onPage(ItemPage page, const ApiError &error);
    bool isRepeatOfPreviousPage(const ItemPage &page);
    // Leaves out items already delivered and items outside the filter; returns how many rows
    // the server listed for the first time.
    qint64 keepNewItems(ItemPage *page);
    void fail(const QString &reason);

    ApiClient *m_client;
    QString m_jobId;
    ProjectScope m_scope;
    ListItemsQuery m_query;
    qint64 m_rowCeiling = DefaultRowCeiling;
    qint64 m_startOffset = 0;
    qint64 m_offset = 0;
    int m_pages = 0;
    int m_pagesWithoutNewItems = 0;
    bool m_rowCeilingReached = false;
    std::optional<qint64> m_totalSize;
    PagingSummary m_summary;
    std::optional<size_t> m_previousFingerprint;
    std::optional<qint64> m_previousTotalSize;
    QSet<QString> m_recentIds;
    std::deque<QString> m_recentIdsInOrder; // oldest first, to forget beyond the window
    QPointer<ApiCall> m_call;
    bool m_cancelled = false; // cancel() was called, perhaps while a page was delivered
};

} // namespace BatchDeck
