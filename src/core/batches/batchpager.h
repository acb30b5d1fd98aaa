#pragma once

#include "core/batches/batchesapi.h"
#include "core/paging/pager.h"
#include "core/paging/sentpagetokens.h"

namespace BatchDeck {

// Walks every page of batches matching a query by following next_page_token, and trusts no more
// of the server than JobPager does: the list ends only when the token is absent, null or empty,
// whatever total_size says (an estimate, for progress and summary() only); a token already sent
// is refused (the server would lead in a circle), and so is a token longer than MaxTokenLength;
// an empty page that still carries a token is followed, but a few pages in a row without a new
// batch are a failure; a batch delivered twice is kept once and counted; a batch outside the
// query's filter is left out and counted; a list that never ends stops at a ceiling.
class BatchPager : public Pager
{
    Q_OBJECT

public:
    // Pages in a row that bring no new batch (empty, or only batches already received).
    static constexpr int MaxPagesWithoutNewBatches = MaxPagesWithoutNewRows;
    // The longest page token followed, in characters. Tokens sent are remembered as SHA-256
    // digests (32 bytes each) to spot a circle, so memory does not grow with a token's length;
    // the cap also bounds each request's URL. Real cursors are far shorter.
    static constexpr int MaxTokenLength = 4096;

    // query.pageToken, if set, is where paging starts. page_size is sent only if set: the spec
    // documents no maximum, and a guessed one could be refused.
    BatchPager(ApiClient *client, const ListBatchesQuery &query, QObject *parent = nullptr);

Q_SIGNALS:
    // A page without the batches already delivered, trimmed to the row limit. Unreadable batches
    // are in page.invalidBatches, with positions counted across the whole listing.
    void pageReceived(const BatchDeck::BatchPage &page);

private:
    void requestFirstPage() override;
    void deliveriesReleased() override;
    void requestPage(const std::optional<QString> &token);
    void onPage(BatchPage page, const ApiError &error);

    ApiClient *m_client;
    ListBatchesQuery m_query;
    qint64 m_received = 0; // as sent, duplicates included
    SentPageTokens m_sentTokens;
    std::optional<QString> m_heldToken; // the next page's, asked for once deliveries go on
};

} // namespace BatchDeck
