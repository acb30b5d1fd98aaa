#include "core/batches/batchpager.h"

#include "core/api/logging.h"
#include "core/batches/batchesapi.h"

#include <QLocale>

#include <utility>

namespace BatchDeck {

namespace {

// A token is the server's own text, possibly long: enough of it to recognise in a message.
// Masked before it is cut: a cut would leave a part of an echoed key that masking cannot see.
QString shortToken(const QString &rawToken)
{
    const QString token = maskSecrets(rawToken);
    return token.size() <= 40 ? token : token.left(40) + QStringLiteral("...");
}

} // namespace

BatchPager::BatchPager(ApiClient *client, const ListBatchesQuery &query, QObject *parent)
    : Pager(parent)
    , m_client(client)
    , m_query(query)
{ }

void BatchPager::requestFirstPage()
{
    if (m_query.pageToken)
        m_sentTokens.remember(*m_query.pageToken);
    requestPage(m_query.pageToken);
}

void BatchPager::requestPage(const std::optional<QString> &token)
{
    ListBatchesQuery query = m_query;
    query.pageToken = token;
    setCall(BatchesApi(m_client).listBatches(
        query, this,
        [this](const BatchPage &page, const ApiError &error) { onPage(page, error); }));
}

void BatchPager::onPage(BatchPage page, const ApiError &error)
{
    if (!takeAnswer(error, page.totalSize))
        return;
    const qint64 received = page.itemCount();
    ++m_pages;
    // Positions of unreadable batches: shifted from the page to the whole listing.
    for (InvalidBatch &invalid : page.invalidBatches)
        invalid.position += m_received;
    keepNewRows(&page.batches, &page.invalidBatches, m_received, &Batch::id, m_query);
    m_received += received;
    if (received > 0)
        deliverPage([&] { Q_EMIT pageReceived(page); });
    if (stopIfCancelled())
        return;

    if (rowLimitReached()) {
        finish({});
        return;
    }
    if (!page.hasNextPage()) { // the list's own end, whatever total_size says
        endOfList();
        return;
    }
    const QString token = *page.nextPageToken;
    if (token.size() > MaxTokenLength) {
        fail(tr("the server sent a page token of %1 characters, longer than the limit of %2 "
                "characters for a token, so paging stopped at page %3")
                 .arg(QLocale().toString(token.size()), QLocale().toString(MaxTokenLength))
                 .arg(m_pages));
        return;
    }
    if (!m_sentTokens.remember(token)) {
        fail(tr("the server repeated a page token (\"%1\") it had already given on an earlier "
                "page, so paging stopped after %2 pages instead of going round in a circle")
                 .arg(shortToken(token))
                 .arg(m_pages));
        return;
    }
    if (m_pagesWithoutNewRows >= MaxPagesWithoutNewBatches) {
        fail(tr("the server sent %1 pages in a row without a new batch (empty, or only batches "
                "already received) and still offered another page, after %2 batches; try "
                "again later")
                 .arg(m_pagesWithoutNewRows)
                 .arg(rowsReceived()));
        return;
    }
    if (stopAtCeiling(m_received, tr("batches")))
        return;
    if (deliveriesHeld())
        m_heldToken = token; // one page at a time: the receiver is still with this one
    else
        requestPage(token);
}

void BatchPager::deliveriesReleased()
{
    if (std::optional<QString> token = std::exchange(m_heldToken, std::nullopt))
        requestPage(token);
}

} // namespace BatchDeck
