#include "core/paging/pagingsummary.h"

#include "core/translations.h"

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

// "1 job" or "12 jobs". The number goes in through %1: a server's total may not fit tr()'s int.
QString counted(qint64 value, CountedRows rows)
{
    const int form = pluralFormCount(value);
    switch (rows) {
    case CountedRows::Items:
        return PagingSummaryText::tr("%1 items", nullptr, form).arg(number(value));
    case CountedRows::Batches:
        return PagingSummaryText::tr("%1 batches", nullptr, form).arg(number(value));
    case CountedRows::Jobs:
        break;
    }
    return PagingSummaryText::tr("%1 jobs", nullptr, form).arg(number(value));
}

// The rows as a plural noun, for "the list of jobs".
QString pluralNoun(CountedRows rows)
{
    switch (rows) {
    case CountedRows::Items:
        return PagingSummaryText::tr("items");
    case CountedRows::Batches:
        return PagingSummaryText::tr("batches");
    case CountedRows::Jobs:
        break;
    }
    return PagingSummaryText::tr("jobs");
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

QString PagingSummary::shiftNote(CountedRows rows) const
{
    if (listChanged()) {
        QStringList evidence;
        if (duplicates > 0)
            evidence.append(PagingSummaryText::tr("%1 rows came again at shifting offsets", nullptr,
                                                  pluralFormCount(duplicates))
                                .arg(number(duplicates)));
        if (totalDrop > 0)
            evidence.append(
                PagingSummaryText::tr("the server's total went down by %1").arg(number(totalDrop)));
        const QString missing = PagingSummaryText::tr("up to %1 may be missing", nullptr,
                                                      pluralFormCount(possiblyMissing()))
                                    .arg(counted(possiblyMissing(), rows));
        return PagingSummaryText::tr(
                   "The list of %1 shifted while it was read (%2), so %3; the output keeps every "
                   "row served, each once. Export again for a complete list.")
            .arg(pluralNoun(rows), evidence.join(PagingSummaryText::tr(" and ")), missing);
    }
    if (duplicates <= 0)
        return {};
    return PagingSummaryText::tr("%1 arrived during the export (the server's total grew from %2 "
                                 "to %3); the %4 rows they pushed onto later pages were written "
                                 "once.",
                                 nullptr, pluralFormCount(duplicates))
        .arg(counted(arrivals(), rows), number(firstTotal.value_or(0)),
             number(lastTotal.value_or(0)), number(duplicates));
}

QString PagingSummary::filterNote(CountedRows rows) const
{
    if (rowsOutsideFilter <= 0)
        return {};
    return PagingSummaryText::tr(
               "The server sent %1 that do not match the filter asked for; they were left out.",
               nullptr, pluralFormCount(rowsOutsideFilter))
        .arg(counted(rowsOutsideFilter, rows));
}

QString PagingSummary::totalNote(CountedRows rows) const
{
    if (!totalDiffers())
        return {};
    return PagingSummaryText::tr("The server estimated %1; %2 were listed.", nullptr,
                                 pluralFormCount(rowsCounted()))
        .arg(counted(*lastTotal, rows), number(rowsCounted()));
}

QStringList PagingSummary::notes(CountedRows rows) const
{
    QStringList notes;
    for (const QString &note : {shiftNote(rows), filterNote(rows), totalNote(rows)}) {
        if (!note.isEmpty())
            notes.append(note);
    }
    return notes;
}

} // namespace BatchDeck
