#include "app/common/tablecells.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace BatchDeck {

namespace {

// The translation context of this file's words.
struct TableCells
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::TableCells)
};

} // namespace

QString compactIdText(const QString &id)
{
    constexpr qsizetype Start = 8;
    constexpr qsizetype End = 4;
    // "bjb-", "bat-": the kind of thing, when the ID starts with one.
    const qsizetype dash = id.indexOf(u'-');
    const qsizetype kind = dash > 0 && dash <= 4 ? dash + 1 : 0;
    if (id.size() <= kind + Start + End + 2)
        return id;
    return id.left(kind + Start) + u'…' + id.right(End);
}

int compactIdColumnWidth(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(
               compactIdText(QStringLiteral("bjb-00000000-0000-0000-0000-000000000000")))
        + 20;
}

QString relativeTimeText(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const qint64 seconds = time.secsTo(now);
    if (seconds < 0)
        return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    if (seconds < 60)
        return TableCells::tr("just now");
    if (seconds < 3600)
        return TableCells::tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < qint64(24) * 3600)
        return TableCells::tr("%n h ago", nullptr, int(seconds / 3600));
    if (seconds < qint64(7) * 24 * 3600)
        return TableCells::tr("%n days ago", nullptr, int(std::max<qint64>(1, seconds / 86400)));
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

QString durationText(qint64 milliseconds)
{
    const qint64 seconds = std::max<qint64>(0, milliseconds / 1000);
    if (seconds < 60)
        return TableCells::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return TableCells::tr("%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return TableCells::tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace BatchDeck
