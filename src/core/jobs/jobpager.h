#pragma once

#include "core/jobs/jobsapi.h"
#include "core/paging/pagingsummary.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>

namespace BatchDeck {

// Walks every page of jobs matching a query, offset by offset, as the official SDKs do.
// Trusts nothing the server says about its pages. The list ends only by its own signal, the
// first empty page: a short page never ends it (a server may cap its pages; one more request is
// the price), and total_size, an estimate by the spec, feeds progress and summary() only. A page
// larger than asked is kept whole; a job delivered twice (the newest-first list shifts when jobs
// are created meanwhile) is kept once and counted; a job outside the query's filter is left out
// and counted; the same page again, or a list that never ends, stops with an error.
class JobPager : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultRowCeiling = 10'000'000;
    // How many of the most recent jobs are remembered to recognise one delivered again. A shift
    // re-delivers only jobs just before the page boundary, as many as were created between two
    // requests (one round trip): five of the largest pages is far beyond that, and the IDs of
    // 5,000 jobs take about 1 MB, whatever the size of the export.
    static constexpr int DuplicateWindowRows = 5'000;
    // A page that brings no job not already received means the server repeats itself, or jobs
    // are created as fast as they are paged; a few in a row are not worth going on for.
    static constexpr int MaxPagesWithoutNewJobs = 3;

    JobPager(ApiClient *client, const ListJobsQuery &query, QObject *parent = nullptr);

    // 0 (the default) means every matching job.
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
    // Repeats, totals and rows outside the filter, for the end of an export.
    const PagingSummary &summary() const { return m_summary; }

Q_SIGNALS:
    // A page without the jobs already delivered, trimmed to the row limit. Unreadable jobs are
    // in page.invalidJobs.
    void pageReceived(const BatchDeck::JobPage &page);
    void finished(const BatchDeck::ApiError &error);

private:
    void requestNextPage();
    void onPage(JobPage page, const ApiError &error);
    int limitOfNextPage() const;
    bool isRepeatOfPreviousPage(const JobPage &page);
    // Leaves out jobs already delivered and jobs outside the filter, then trims the page to the
    // row limit. Returns how many rows the server listed for the first time.
    qint64 keepNewRows(JobPage *page, qint64 pageOffset);
    void fail(const QString &reason);

    ApiClient *m_client;
    ListJobsQuery m_query;
    qint64 m_maxRows = 0;
    qint64 m_rowCeiling = DefaultRowCeiling;
    qint64 m_startOffset = 0;
    qint64 m_offset = 0;
    qint64 m_rows = 0;
    int m_pages = 0;
    int m_pagesWithoutNewJobs = 0;
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
