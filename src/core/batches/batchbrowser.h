#pragma once

#include "core/batches/batchesapi.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace BatchDeck {

// The v2 batch list a window shows: a query, one page of it at a time, and cursor paging. The
// server hands out a token for the next page only, so the browser remembers the token that led
// to each page seen: "previous" asks again with the token of the page before, "first" with none.
// Only the newest request counts: a request made stale by a newer one is aborted, and its answer
// ignored. A failed request leaves the page shown as it was.
class BatchBrowser : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 50;

    explicit BatchBrowser(ApiClient *client, QObject *parent = nullptr);

    // The filter part of the query; its page token and page size are the browser's.
    ListBatchesQuery query() const { return m_query; }
    // The project and organization of the rows in batches(): those of the query whose page
    // arrived last, which differ from query() while a newer query's page is on its way.
    ProjectScope shownScope() const { return m_shownScope; }
    int pageSize() const { return m_pageSize; }
    int page() const { return m_page; } // 0-based
    // Batches on the pages before this one, as they arrived: the first row's 0-based position.
    qint64 firstRow() const { return m_firstRow; }
    std::optional<qint64> totalSize() const { return m_totalSize; }
    bool hasPreviousPage() const { return m_page > 0; }
    bool hasNextPage() const { return m_nextToken.has_value(); }
    // Why the list cannot go on although the server sent a token (it led in a circle), or empty.
    QString pagingProblem() const { return m_pagingProblem; }

    const QList<Batch> &batches() const { return m_batches; }
    const QList<InvalidBatch> &invalidBatches() const { return m_invalidBatches; }
    // Batches of the page shown that the server sent although they do not match the query
    // (ListBatchesQuery::matches): left out of batches(), counted here for the window to say.
    int rowsOutsideFilter() const { return m_rowsOutsideFilter; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    bool isLoading() const { return m_call != nullptr; }
    // The last request's failure, cleared by the next page that arrives.
    const ApiError &lastError() const { return m_lastError; }
    bool hasError() const { return !m_lastError.isOk(); }

    // Each of these loads at once. A new query or page size starts again at page 1.
    void show(const ListBatchesQuery &query, int pageSize); // both at once: one request
    void setQuery(const ListBatchesQuery &query);
    void setPageSize(int pageSize);
    void firstPage();
    void previousPage(); // nothing when on page 1
    void nextPage(); // nothing when the server gave no next page
    void refresh(); // the page shown, asked again with the token that led to it
    // Forgets the pages and drops any answer on its way: the next server or key starts empty.
    void clear();

Q_SIGNALS:
    // A page arrived (batches(), totalSize() and the paging state are current) ...
    void pageLoaded();
    // ... or the request failed; batches() still holds the previous page.
    void loadFailed(const BatchDeck::ApiError &error);

private:
    // Asks for page `page`, reached with `token` (none for page 1).
    void request(int page, const std::optional<QString> &token);
    void onAnswer(const BatchPage &answer, const ApiError &error, quint64 generation, int page,
                  const std::optional<QString> &token);

    ApiClient *m_client;
    ListBatchesQuery m_query;
    int m_pageSize = DefaultPageSize;
    int m_page = 0;
    // m_tokens[i] led to page i (page 0: none); as many as the pages up to the one shown.
    QList<std::optional<QString>> m_tokens {std::nullopt};
    // m_firstRows[i]: batches on the pages before page i.
    QList<qint64> m_firstRows {0};
    qint64 m_firstRow = 0;
    std::optional<QString> m_nextToken;
    std::optional<qint64> m_totalSize;
    QString m_pagingProblem;
    QList<Batch> m_batches;
    int m_rowsOutsideFilter = 0;
    QList<InvalidBatch> m_invalidBatches;
    QDateTime m_lastRefreshed;
    ApiError m_lastError;
    ProjectScope m_shownScope;
    QPointer<ApiCall> m_call;
    quint64 m_generation = 0;
};

} // namespace BatchDeck
