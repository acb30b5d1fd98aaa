#pragma once

#include "core/batches/batchesapi.h"
#include "core/paging/cursorpager.h"

namespace BatchDeck {

// Walks every page of batches matching a query by following next_page_token (see CursorPager),
// leaving out batches outside the query's filter.
class BatchPager : public CursorPager
{
    Q_OBJECT

public:
    // Pages in a row that bring no new batch (empty, or only batches already received).
    static constexpr int MaxPagesWithoutNewBatches = MaxPagesWithoutNewRows;

    // query.pageToken, if set, is where paging starts. page_size is sent only if set: the spec
    // documents no maximum, and a guessed one could be refused.
    BatchPager(ApiClient *client, const ListBatchesQuery &query, QObject *parent = nullptr);

Q_SIGNALS:
    // A page without the batches already delivered, trimmed to the row limit. Unreadable batches
    // are in page.invalidBatches, with positions counted across the whole listing.
    void pageReceived(const BatchDeck::BatchPage &page);

private:
    ApiCall *requestPage(const std::optional<QString> &token) override;

    ApiClient *m_client;
    ListBatchesQuery m_query;
};

} // namespace BatchDeck
