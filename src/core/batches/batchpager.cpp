#include "core/batches/batchpager.h"

#include "core/api/logging.h"
#include "core/batches/batchesapi.h"

#include <QCryptographicHash>
#include <QLocale>

#include <algorithm>

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
    : QObject(parent)
    , m_client(client)
    , m_query(query)
{ }

void BatchPager::start()
{
    m_cancelled = false;
    if (m_query.pageToken)
        rememberToken(*m_query.pageToken);
    requestPage(m_query.pageToken);
}

void BatchPager::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->abort();
}

void BatchPager::requestPage(const std::optional<QString> &token)
{
    ListBatchesQuery query = m_query;
    query.pageToken = token;
    m_call = BatchesApi(m_client).listBatches(
        query, this, [this](const BatchPage &page, const ApiError &error) { onPage(page, error); });
}

bool BatchPager::rememberToken(const QString &token)
{
    const QByteArray digest = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
    if (m_sentTokenDigests.contains(digest))
        return false;
    m_sentTokenDigests.insert(digest);
    return true;
}

qint64 BatchPager::keepNewRows(BatchPage *page)
{
    qint64 newRows = page->invalidBatches.size();
    // Positions of unreadable batches: shifted from the page to the whole listing.
    for (InvalidBatch &invalid : page->invalidBatches)
        invalid.position += m_received;

    // The place of each readable batch in the page, to keep the server's order at the limit.
    QList<qint64> places;
    places.reserve(page->batches.size());
    qsizetype nextInvalid = 0;
    for (qint64 place = 0; places.size() < page->batches.size(); ++place) {
        if (nextInvalid < page->invalidBatches.size()
            && page->invalidBatches.at(nextInvalid).position == m_received + place)
            ++nextInvalid;
        else
            places.append(place);
    }

    QList<Batch> batches;
    QList<qint64> placesKept;
    batches.reserve(page->batches.size());
    for (qsizetype index = 0; index < page->batches.size(); ++index) {
        Batch &batch = page->batches[index];
        if (m_recentIds.contains(batch.id)) {
            ++m_summary.duplicates;
            continue;
        }
        ++newRows;
        m_recentIds.insert(batch.id);
        m_recentIdsInOrder.push_back(batch.id);
        if (m_recentIdsInOrder.size() > size_t(DuplicateWindowRows)) {
            m_recentIds.remove(m_recentIdsInOrder.front());
            m_recentIdsInOrder.pop_front();
        }
        if (!m_query.matches(batch)) {
            ++m_summary.rowsOutsideFilter;
            continue;
        }
        batches.append(std::move(batch));
        placesKept.append(places.at(index));
    }
    page->batches = std::move(batches);

    const qint64 room = m_maxRows > 0 ? m_maxRows - m_rows : page->itemCount();
    if (page->itemCount() <= room)
        return newRows;
    QList<qint64> rowPlaces = placesKept;
    for (const InvalidBatch &invalid : std::as_const(page->invalidBatches))
        rowPlaces.append(invalid.position - m_received);
    std::sort(rowPlaces.begin(), rowPlaces.end());
    const qint64 lastPlace = room > 0 ? rowPlaces.at(room - 1) : -1;
    qsizetype batchesKept = 0;
    while (batchesKept < placesKept.size() && placesKept.at(batchesKept) <= lastPlace)
        ++batchesKept;
    page->batches.resize(batchesKept);
    const qint64 received = m_received;
    page->invalidBatches.removeIf(
        [&](const InvalidBatch &invalid) { return invalid.position - received > lastPlace; });
    return newRows;
}

void BatchPager::fail(const QString &reason)
{
    Q_EMIT finished(ApiError::invalidResponse(reason));
}

void BatchPager::onPage(BatchPage page, const ApiError &error)
{
    m_call = nullptr;
    if (!error.isOk()) {
        Q_EMIT finished(error);
        return;
    }
    m_summary.addTotal(page.totalSize);
    if (page.totalSize)
        m_totalSize = page.totalSize; // an estimate, says the spec: the latest one counts
    const qint64 received = page.itemCount();
    ++m_pages;
    const qint64 newRows = keepNewRows(&page);
    m_summary.rowsListed += newRows;
    m_received += received;
    m_rows += page.itemCount();
    if (received > 0)
        Q_EMIT pageReceived(page);
    if (m_cancelled) { // cancelled by a receiver of the page: send nothing more
        Q_EMIT finished(ApiError::aborted());
        return;
    }
    m_pagesWithoutNewBatches = newRows > 0 ? 0 : m_pagesWithoutNewBatches + 1;

    if (m_maxRows > 0 && m_rows >= m_maxRows) {
        Q_EMIT finished({});
        return;
    }
    if (!page.hasNextPage()) { // the list's own end, whatever total_size says
        m_summary.reachedEnd = true;
        Q_EMIT finished({});
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
    if (!rememberToken(token)) {
        fail(tr("the server repeated a page token (\"%1\") it had already given on an earlier "
                "page, so paging stopped after %2 pages instead of going round in a circle")
                 .arg(shortToken(token))
                 .arg(m_pages));
        return;
    }
    if (m_pagesWithoutNewBatches >= MaxPagesWithoutNewBatches) {
        fail(tr("the server sent %1 pages in a row without a new batch (empty, or only batches "
                "already received) and still offered another page, after %2 batches; try "
                "again later")
                 .arg(m_pagesWithoutNewBatches)
                 .arg(m_rows));
        return;
    }
    // Rows outside the filter do not count towards --max-rows, so the ceiling on rows sent
    // holds with a row limit too (raised to the limit, which is a bound of its own).
    if (m_received >= std::max(m_rowCeiling, m_maxRows)) {
        m_rowCeilingReached = true;
        fail(tr("the server had sent %1 batches without ending the list (%2), so paging stopped "
                "at the ceiling of %3 rows")
                 .arg(m_received)
                 .arg(m_totalSize ? tr("total_size %1").arg(*m_totalSize) : tr("no total_size"))
                 .arg(m_rowCeiling));
        return;
    }
    requestPage(token);
}

} // namespace BatchDeck
