#include "core/paging/pagingsummary.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct PagingSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::PagingSummary)
};

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// "1 job" or "12 jobs", for the plural nouns RowExport names its rows with.
QString counted(qint64 value, const QString &rows)
{
    if (value != 1)
        return number(value) + u' ' + rows;
    if (rows == u"batches")
        return PagingSummaryText::tr("1 batch");
    return PagingSummaryText::tr("1 %1").arg(rows.endsWith(u's') ? rows.chopped(1) : rows);
}

} // namespace

void PagingSummary::addTotal(std::optional<qint64> total)
{
    if (!total)
        return;
    if (!firstTotal)
        firstTotal = total;
    // Totals are at most 2^53 - 1, but a server swinging between 0 and that on every page would
    // overflow the sums after about a thousand pages: they saturate instead.
    constexpr qint64 Saturated = qint64(1) << 62;
    if (lastTotal && *total > *lastTotal)
        totalRise = std::min(Saturated, totalRise + (*total - *lastTotal));
    else if (lastTotal && *total < *lastTotal)
        totalDrop = std::min(Saturated, totalDrop + (*lastTotal - *total));
    lastTotal = total;
}

qint64 PagingSummary::possiblyMissing() const
{
    if (!listChanged())
        return 0;
    return std::max<qint64>(1, totalDrop + std::max<qint64>(0, duplicates - totalRise));
}

bool PagingSummary::totalDiffers() const
{
    if (!reachedEnd || !lastTotal || rowsCounted() == *lastTotal)
        return false;
    // Rows created at the head of the list after it was read there are in the total, not in
    // the output: the arrivals note says so already.
    return !(arrivals() > 0 && rowsCounted() + arrivals() == *lastTotal);
}

QString PagingSummary::shiftNote(const QString &rows) const
{
    if (listChanged()) {
        QStringList evidence;
        if (duplicates > 0)
            evidence.append(duplicates == 1
                                ? PagingSummaryText::tr("1 row came again at a shifted offset")
                                : PagingSummaryText::tr("%1 rows came again at shifting offsets")
                                      .arg(number(duplicates)));
        if (totalDrop > 0)
            evidence.append(
                PagingSummaryText::tr("the server's total went down by %1").arg(number(totalDrop)));
        const QString missing = possiblyMissing() == 1
            ? PagingSummaryText::tr("one of the %1 may be missing").arg(rows)
            : PagingSummaryText::tr("up to %1 %2 may be missing")
                  .arg(number(possiblyMissing()), rows);
        return PagingSummaryText::tr(
                   "The list of %1 shifted while it was read (%2), so %3; the output keeps every "
                   "row served, each once. Export again for a complete list.")
            .arg(rows, evidence.join(PagingSummaryText::tr(" and ")), missing);
    }
    if (duplicates <= 0)
        return {};
    return (duplicates == 1 ? PagingSummaryText::tr(
                "%1 arrived during the export (the server's total grew from %2 "
                "to %3); the 1 row pushed onto a later page was written once.")
                            : PagingSummaryText::tr(
                                "%1 arrived during the export (the server's total grew from %2 "
                                "to %3); the %4 rows they pushed onto later pages were written "
                                "once."))
        .arg(counted(arrivals(), rows), number(firstTotal.value_or(0)),
             number(lastTotal.value_or(0)), number(duplicates));
}

QString PagingSummary::filterNote(const QString &rows) const
{
    if (rowsOutsideFilter <= 0)
        return {};
    return rowsOutsideFilter == 1
        ? PagingSummaryText::tr(
              "The server sent %1 that does not match the filter asked for; it was left out.")
              .arg(counted(rowsOutsideFilter, rows))
        : PagingSummaryText::tr(
              "The server sent %1 that do not match the filter asked for; they were left out.")
              .arg(counted(rowsOutsideFilter, rows));
}

QString PagingSummary::totalNote(const QString &rows) const
{
    if (!totalDiffers())
        return {};
    return (rowsCounted() == 1 ? PagingSummaryText::tr("The server estimated %1; 1 was listed.")
                               : PagingSummaryText::tr("The server estimated %1; %2 were listed."))
        .arg(counted(*lastTotal, rows), number(rowsCounted()));
}

QStringList PagingSummary::notes(const QString &rows) const
{
    QStringList notes;
    for (const QString &note : {shiftNote(rows), filterNote(rows), totalNote(rows)}) {
        if (!note.isEmpty())
            notes.append(note);
    }
    return notes;
}

} // namespace BatchDeck
