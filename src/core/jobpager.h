#pragma once

#include "apiclient.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace BatchDeck {

// Walks every page of jobs matching a query, offset by offset, as the official SDKs do.
// It stops on an empty page, a short page, a reached total_size or the row limit, works when the
// server gives no total, and refuses to go round forever when the server repeats a page.
class JobPager : public QObject
{
    Q_OBJECT

public:
    JobPager(ApiClient *client, const ListJobsQuery &query, QObject *parent = nullptr);

    // 0 (the default) means every matching job.
    void setMaxRows(qint64 maxRows) { m_maxRows = maxRows; }
    void start();
    // Aborts the request in flight; finished() follows with an Aborted error.
    void cancel();

    int pagesReceived() const { return m_pages; }
    qint64 rowsReceived() const { return m_rows; }
    std::optional<qint64> totalSize() const { return m_totalSize; }

Q_SIGNALS:
    // A page, trimmed to the row limit. Unreadable jobs are in page.invalidJobs.
    void pageReceived(const BatchDeck::JobPage &page);
    void finished(const BatchDeck::ApiError &error);

private:
    void requestNextPage();
    void onPage(JobPage page, const ApiError &error);
    int limitOfNextPage() const;
    bool isRepeat(const JobPage &page);

    ApiClient *m_client;
    ListJobsQuery m_query;
    qint64 m_maxRows = 0;
    qint64 m_offset = 0;
    qint64 m_rows = 0;
    int m_pages = 0;
    std::optional<qint64> m_totalSize;
    QSet<size_t> m_pageFingerprints;
    QPointer<ApiCall> m_call;
};

} // namespace BatchDeck
