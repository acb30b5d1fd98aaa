#include "core/paging/cursorpager.h"

#include "core/api/logging.h"

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

CursorPager::CursorPager(const std::optional<QString> &firstToken, const QString &rowsName,
                         const QString &noNewRowsError, QObject *parent)
    : Pager(parent)
    , m_firstToken(firstToken)
    , m_rowsName(rowsName)
    , m_noNewRowsError(noNewRowsError)
{ }

void CursorPager::requestFirstPage()
{
    if (m_firstToken)
        m_sentTokens.remember(*m_firstToken);
    ask(m_firstToken);
}

void CursorPager::ask(const std::optional<QString> &token)
{
    setCall(requestPage(token));
    ++m_requestsSent;
}

void CursorPager::goOn(const std::optional<QString> &nextToken)
{
    if (stopIfCancelled())
        return;
    if (rowLimitReached()) {
        finish({});
        return;
    }
    if (!nextToken) { // the list's own end, whatever total_size says
        endOfList();
        return;
    }
    const QString &token = *nextToken;
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
    if (m_pagesWithoutNewRows >= MaxPagesWithoutNewRows) {
        fail(m_noNewRowsError.arg(m_pagesWithoutNewRows).arg(rowsReceived()));
        return;
    }
    if (stopAtCeiling(m_received, m_rowsName))
        return;
    if (deliveriesHeld())
        m_heldToken = token; // one page at a time: the receiver is still with this one
    else
        ask(token);
}

void CursorPager::deliveriesReleased()
{
    if (std::optional<QString> token = std::exchange(m_heldToken, std::nullopt))
        ask(token);
}

} // namespace BatchDeck
