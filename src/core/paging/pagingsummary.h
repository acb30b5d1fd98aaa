#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace BatchDeck {

// What a list's rows are, for the sentences that count them.
enum class CountedRows { Jobs, Items, Batches };

// What a pager saw of a list besides its rows, kept so the end of an export can say what the
// numbers mean. The spec calls total_size an estimate "for display purposes only": it never ends
// or fails paging, but two numbers that disagree are told, never hidden.
//
// A newest-first list shifts while it is read. Jobs created at its head push rows already read
// onto the next page (repeats, written once); the total grows by as many. Rows that leave the
// list (a job leaving a status filter) pull unread rows onto pages already read: those rows are
// missed, and the only sign of it is a total that goes down, or repeats the total's growth does
// not explain.
struct PagingSummary
{
    qint64 rowsBefore = 0; // the offset paging started at (v1), rows the list holds before ours
    qint64 rowsListed = 0; // distinct rows the server listed, unreadable and outside-filter ones
                           // included
    qint64 duplicates = 0; // rows sent again as the list shifted, kept once
    qint64 rowsOutsideFilter = 0; // rows the server sent that do not match the query: left out
    std::optional<qint64> firstTotal; // the first and last total_size seen
    std::optional<qint64> lastTotal;
    qint64 totalRise = 0; // the sum of the total's increases from page to page
    qint64 totalDrop = 0; // and of its decreases
    bool reachedEnd = false; // the list ended by its own signal, not at a row limit

    // Records one page's total_size.
    void addTotal(std::optional<qint64> total);

    // Repeats (if any) are all explained by jobs created at the head of the list: the total
    // never went down and grew by at least as many rows as came again.
    bool shiftExplained() const { return totalDrop == 0 && duplicates <= totalRise; }
    // The list moved in a way that may have hidden rows: repeats the total's growth does not
    // explain, or a total that went down.
    bool listChanged() const { return !shiftExplained(); }
    // How many rows arrived during the export (the total's growth), when that explains repeats.
    qint64 arrivals() const { return listChanged() || duplicates == 0 ? 0 : totalRise; }
    // When listChanged(): at most this many rows may be missing (at least 1).
    qint64 possiblyMissing() const;
    // The list ended with a count other than its last total_size, and the rows that arrived
    // during the export do not account for the difference.
    bool totalDiffers() const;
    qint64 rowsCounted() const { return rowsBefore + rowsListed; }

    // Sentences for the end of an export of `rows`: the repeats and arrivals, the list's
    // change, rows outside the filter, the estimate. A kind rather than a word, so that each
    // language counts its own nouns ("1 Element", not "1 Elemente").
    QString shiftNote(CountedRows rows) const;
    QString filterNote(CountedRows rows) const;
    QString totalNote(CountedRows rows) const;
    // Every note that applies, in that order.
    QStringList notes(CountedRows rows) const;
};

} // namespace BatchDeck
