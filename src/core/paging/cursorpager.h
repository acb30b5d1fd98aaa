#pragma once

#include "core/paging/pager.h"
#include "core/paging/sentpagetokens.h"

#include <QString>

#include <optional>

namespace BatchDeck {

// Walks every page of a list by following next_page_token, and trusts no more of the server
// than OffsetPager does: the list ends only when the token is absent, null or empty, whatever
// total_size says (an estimate, for progress and summary() only); a token already sent is
// refused (the server would lead in a circle), and so is a token longer than MaxTokenLength; an
// empty page that still carries a token is followed, but a few pages in a row without a new row
// are a failure; a row delivered twice is kept once and counted; a row outside the query's
// filter is left out and counted; a list that never ends stops at a ceiling.
//
// A front end (BatchPager, DirectoryFilePager) asks for the pages and hands each answer to
// takePage() with its lists and its own typed signal, which delivers the page.
class CursorPager : public Pager
{
    Q_OBJECT

public:
    // The longest page token followed, in characters. Tokens sent are remembered as SHA-256
    // digests (32 bytes each) to spot a circle, so memory does not grow with a token's length;
    // the cap also bounds each request's URL. Real cursors are far shorter.
    static constexpr int MaxTokenLength = 4096;

protected:
    // `firstToken`, if set, is where paging starts. `rowsName` names the rows in errors
    // ("batches"); `noNewRowsError` is the error when MaxPagesWithoutNewRows pages in a row
    // brought no new row: %1 is replaced by the pages, %2 by the rows received.
    CursorPager(const std::optional<QString> &firstToken, const QString &rowsName,
                const QString &noNewRowsError, QObject *parent);

    // Asks for the page at `token` (none: the first page); its answer goes to takePage().
    virtual ApiCall *requestPage(const std::optional<QString> &token) = 0;

    // Takes the answer to the latest request: unless paging ended, the page, with rows already
    // delivered and rows outside the filter left out and trimmed to the row limit, goes out
    // through the front end's `pageReceived` signal, with the positions of unreadable rows
    // counted across the whole listing; then paging goes on or ends.
    template<typename FrontEnd, typename Page, typename Row, typename Invalid, typename Filter>
    void takePage(Page page, const ApiError &error, QList<Row> Page::*rows,
                  QList<Invalid> Page::*invalid, QString Row::*idOf, const Filter &filter,
                  void (FrontEnd::*pageReceived)(const Page &))
    {
        if (!takeAnswer(error, page.totalSize))
            return;
        const qint64 received = page.itemCount();
        ++m_pages;
        for (Invalid &row : page.*invalid)
            row.position += m_received;
        keepNewRows(&(page.*rows), &(page.*invalid), m_received, idOf, filter);
        m_received += received;
        if (received > 0)
            deliverPage([&] { Q_EMIT(static_cast<FrontEnd *>(this)->*pageReceived)(page); });
        goOn(page.hasNextPage() ? page.nextPageToken : std::nullopt);
    }

private:
    void requestFirstPage() override;
    void deliveriesReleased() override;
    void ask(const std::optional<QString> &token);
    // After a page went out: ends at the list's end (no token), fails, or asks for the next.
    void goOn(const std::optional<QString> &token);

    std::optional<QString> m_firstToken;
    QString m_rowsName;
    QString m_noNewRowsError;
    qint64 m_received = 0; // as sent, duplicates included
    SentPageTokens m_sentTokens;
    std::optional<QString> m_heldToken; // the next page's, asked for once deliveries go on
};

} // namespace BatchDeck
