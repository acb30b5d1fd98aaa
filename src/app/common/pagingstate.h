#pragma once

#include <QString>

#include <optional>

namespace BatchDeck {

// Where a list stands in its pages, for the paging bar and the Go menu. One shape for both kinds
// of paging: offset pages can be numbered and jumped to; cursor pages (v2 batches) only know
// their way to the next page, so they have no page count and no last page.
struct PagingState
{
    enum class Kind { Offset, Cursor };

    Kind kind = Kind::Offset;
    int page = 0; // 0-based
    // Offset paging with a known total; never for cursor paging.
    std::optional<int> pageCount;
    qint64 firstRow = 0;
    qint64 rowCount = 0; // rows on the page
    // As the server gave it (an estimate by the spec); std::nullopt when it gave none.
    std::optional<qint64> total;
    bool hasPrevious = false;
    bool hasNext = false;
    int pageSize = 0;
    // The rows are sorted by a column the server does not page by: the order holds within this
    // page only (the server lists newest first).
    bool sortedWithinPage = false;
    // "No jobs" and "No jobs of %1", in the words of the list.
    QString noRowsText;
    QString noRowsOfTotalText;

    bool canJumpToPage() const { return kind == Kind::Offset; }
    bool hasLastPage() const { return pageCount.has_value(); }
};

} // namespace BatchDeck
