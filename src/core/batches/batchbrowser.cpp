#include "core/batches/batchbrowser.h"
#include "core/batches/batchesapi.h"

#include <QCoreApplication>

namespace BatchDeck {

BatchBrowser::BatchBrowser(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void BatchBrowser::show(const ListBatchesQuery &query, int pageSize)
{
    m_query = query;
    // Paging is the browser's: a token from another listing would mean nothing here.
    m_query.pageToken.reset();
    m_query.pageSize.reset();
    m_pageSize = std::clamp(pageSize, ListBatchesQuery::MinPageSize, ListBatchesQuery::MaxPageSize);
    request(0, std::nullopt);
}

void BatchBrowser::setQuery(const ListBatchesQuery &query)
{
    show(query, m_pageSize);
}

void BatchBrowser::setPageSize(int pageSize)
{
    show(m_query, pageSize);
}

void BatchBrowser::firstPage()
{
    request(0, std::nullopt);
}

void BatchBrowser::previousPage()
{
    if (m_page > 0)
        request(m_page - 1, m_tokens.value(m_page - 1));
}

void BatchBrowser::nextPage()
{
    if (m_nextToken)
        request(m_page + 1, m_nextToken);
}

void BatchBrowser::refresh()
{
    request(m_page, m_tokens.value(m_page));
}

void BatchBrowser::request(int page, const std::optional<QString> &token)
{
    if (m_call)
        m_call->abort(); // its answer is stale now
    const quint64 generation = ++m_generation;
    ListBatchesQuery query = m_query;
    query.pageSize = m_pageSize;
    query.pageToken = token;
    m_call = BatchesApi(m_client).listBatches(
        query, this,
        [this, generation, page, token](const BatchPage &answer, const ApiError &error) {
            onAnswer(answer, error, generation, page, token);
        });
}

void BatchBrowser::onAnswer(const BatchPage &answer, const ApiError &error, quint64 generation,
                            int page, const std::optional<QString> &token)
{
    if (generation != m_generation || error.kind == ApiError::Kind::Aborted)
        return;
    m_call = nullptr;
    if (!error.isOk()) {
        m_lastError = error;
        Q_EMIT loadFailed(error);
        return;
    }
    // The rows before this page: known for a page seen before, else those up to the one shown.
    const qint64 firstRow = page == 0 ? 0
        : page < m_firstRows.size()
        ? m_firstRows.at(page)
        : m_firstRow + m_batches.size() + m_invalidBatches.size() + m_rowsOutsideFilter;
    m_tokens.resize(page);
    m_tokens.append(token);
    m_firstRows.resize(page);
    m_firstRows.append(firstRow);
    m_page = page;
    m_firstRow = firstRow;
    m_pagingProblem.clear();
    m_nextToken.reset();
    if (answer.hasNextPage()) {
        // A token that led to a page already on the way here would lead in a circle.
        if (m_tokens.contains(answer.nextPageToken)) {
            m_pagingProblem = QCoreApplication::translate(
                "BatchDeck::BatchBrowser",
                "The server sent a next-page token that leads back to a page already shown, so "
                "the list stops here; refresh or narrow the filter to see other batches.");
        } else {
            m_nextToken = answer.nextPageToken;
        }
    }
    m_batches = answer.batches;
    m_rowsOutsideFilter =
        int(m_batches.removeIf([this](const Batch &batch) { return !m_query.matches(batch); }));
    m_invalidBatches = answer.invalidBatches;
    for (InvalidBatch &invalid : m_invalidBatches)
        invalid.position += firstRow;
    m_totalSize = answer.totalSize;
    m_shownScope = m_query.scope(); // an answer only counts while its query is current
    m_lastError = {};
    m_lastRefreshed = QDateTime::currentDateTimeUtc();
    Q_EMIT pageLoaded();
}

void BatchBrowser::clear()
{
    if (m_call)
        m_call->abort();
    m_call = nullptr;
    ++m_generation;
    m_page = 0;
    m_tokens = {std::nullopt};
    m_firstRows = {0};
    m_firstRow = 0;
    m_nextToken.reset();
    m_totalSize.reset();
    m_pagingProblem.clear();
    m_batches.clear();
    m_rowsOutsideFilter = 0;
    m_invalidBatches.clear();
    m_lastError = {};
    m_shownScope = {};
    m_lastRefreshed = QDateTime();
}

} // namespace BatchDeck
