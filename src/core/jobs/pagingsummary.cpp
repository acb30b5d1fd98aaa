#include "pagingsummary.h"

#include <QCoreApplication>
#include <QLocale>

namespace BatchDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BatchDeck::PagingSummary", text);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

void PagingSummary::addTotal(std::optional<qint64> total)
{
    if (!total)
        return;
    if (!firstTotal)
        firstTotal = total;
    if (lastTotal && *total > *lastTotal)
        totalRise += *total - *lastTotal;
    else if (lastTotal && *total < *lastTotal)
        totalDrop += *lastTotal - *total;
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
            evidence.append(tr("%1 rows came again at shifting offsets").arg(number(duplicates)));
        if (totalDrop > 0)
            evidence.append(tr("the server's total went down by %1").arg(number(totalDrop)));
        const QString missing = possiblyMissing() == 1
            ? tr("one of the %1 may be missing").arg(rows)
            : tr("up to %1 %2 may be missing").arg(number(possiblyMissing()), rows);
        return tr("The list of %1 shifted while it was read (%2), so %3; the output keeps every "
                  "row served, each once. Export again for a complete list.")
            .arg(rows, evidence.join(tr(" and ")), missing);
    }
    if (duplicates <= 0)
        return {};
    return tr("%1 %2 arrived during the export (the server's total grew from %3 to %4); the %5 "
              "rows they pushed onto later pages were written once.")
        .arg(number(arrivals()), rows, number(firstTotal.value_or(0)),
             number(lastTotal.value_or(0)), number(duplicates));
}

QString PagingSummary::filterNote(const QString &rows) const
{
    if (rowsOutsideFilter <= 0)
        return {};
    return tr("The server sent %1 %2 that do not match the filter asked for; they were left "
              "out.")
        .arg(number(rowsOutsideFilter), rows);
}

QString PagingSummary::totalNote(const QString &rows) const
{
    if (!totalDiffers())
        return {};
    return tr("The server estimated %1 %2; %3 were listed.")
        .arg(number(*lastTotal), rows, number(rowsCounted()));
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
