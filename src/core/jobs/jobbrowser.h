#pragma once

#include "core/jobs/jobfilter.h"
#include "core/jobs/jobsapi.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace BatchDeck {

// The job list a window shows: a filter, a page of it, and whether more pages follow. Only the
// newest request counts: a request made stale by a newer one is aborted, and its answer ignored.
// A page found past the end (jobs left the filter, e.g. running jobs finished under
// auto-refresh) is never shown empty: the browser moves to the last page that exists.
class JobBrowser : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 50;

    explicit JobBrowser(ApiClient *client, QObject *parent = nullptr);

    JobFilter filter() const { return m_filter; }
    // The project and organization of the rows in jobs(): those of the filter whose page arrived
    // last, which differ from filter() while a newer filter's page is on its way.
    ProjectScope shownScope() const { return m_shownScope; }
    int pageSize() const { return m_pageSize; }
    int page() const { return m_page; } // 0-based
    std::optional<qint64> totalSize() const { return m_totalSize; }
    std::optional<int> pageCount() const;
    bool hasPreviousPage() const { return m_page > 0; }
    bool hasNextPage() const;
    qint64 firstRow() const { return qint64(m_page) * m_pageSize; } // 0-based offset

    const QList<Job> &jobs() const { return m_jobs; }
    const QList<InvalidJob> &invalidJobs() const { return m_invalidJobs; }
    // Jobs of the page shown that the server sent although they do not match the filter
    // (ListJobsQuery::matches): left out of jobs(), counted here for the window to say.
    int rowsOutsideFilter() const { return m_rowsOutsideFilter; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    bool isLoading() const { return m_call != nullptr; }

    // Each of these loads at once; the filter and page size go back to page 1.
    void show(const JobFilter &filter, int pageSize); // both at once: one request
    void setFilter(const JobFilter &filter);
    void setPageSize(int pageSize);
    void setPage(int page);
    void refresh();
    // Forgets the page and drops any answer on its way: the next server or key starts empty.
    void clear();

Q_SIGNALS:
    // A page arrived (jobs(), totalSize() and the paging state are current) ...
    void pageLoaded();
    // ... or the request failed; jobs() still holds the previous page.
    void loadFailed(const BatchDeck::ApiError &error);

private:
    void load(); // for a user's request: forgets any search for the last page
    void request();
    void onAnswer(const JobPage &page, const ApiError &error, quint64 generation);
    // Moves towards the last page that exists after `page` came back past the end, or after a
    // full page was found below the first empty one; returns false when there is nothing to do.
    bool searchLastPage(const JobPage &page);
    // Shows the page; `knownToBeLast` when the next page was seen empty.
    void accept(const JobPage &page, bool knownToBeLast = false);

    ApiClient *m_client;
    JobFilter m_filter;
    int m_pageSize = DefaultPageSize;
    int m_page = 0;
    std::optional<qint64> m_totalSize;
    bool m_lastPageWasFull = false;
    QList<Job> m_jobs;
    int m_rowsOutsideFilter = 0;
    QList<InvalidJob> m_invalidJobs;
    QDateTime m_lastRefreshed;
    QPointer<ApiCall> m_call;
    quint64 m_generation = 0;
    // While looking for the last page: the lowest page known to be empty (-1: not looking), the
    // highest known to hold jobs (-1: none yet) and its answer, shown if it turns out the last.
    ProjectScope m_shownScope;
    int m_firstEmptyPage = -1;
    int m_lastFullPage = -1;
    JobPage m_lastFullPageAnswer;
};

} // namespace BatchDeck
