#include "app/watch/watchmarks.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace BatchDeck {

namespace {

QSet<QString> lowerCase(const QStringList &ids)
{
    QSet<QString> set;
    for (const QString &id : ids)
        set.insert(id.toLower());
    return set;
}

// An eye in the palette's highlight colour, drawn rather than taken from an icon theme that may
// not have one.
QIcon watchedIcon()
{
    static QIcon icon;
    static QColor drawnIn;
    const QColor color = QGuiApplication::palette().color(QPalette::Highlight);
    if (!icon.isNull() && drawnIn == color)
        return icon;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 3));
    QPainterPath lid(QPointF(3, 16));
    lid.quadTo(QPointF(16, 2), QPointF(29, 16));
    lid.quadTo(QPointF(16, 30), QPointF(3, 16));
    painter.drawPath(lid);
    painter.setBrush(color);
    painter.drawEllipse(QPointF(16, 16), 5, 5);
    painter.end();
    icon = QIcon(pixmap);
    drawnIn = color;
    return icon;
}

} // namespace

bool WatchMarks::isWatched(const QString &id) const
{
    return m_watched.contains(id.toLower());
}

bool WatchMarks::endedUnseen(const QString &id) const
{
    return m_unseen.contains(id.toLower());
}

void WatchMarks::setWatched(const QStringList &ids)
{
    QSet<QString> watched = lowerCase(ids);
    if (watched == m_watched)
        return;
    m_watched = std::move(watched);
    Q_EMIT changed();
}

void WatchMarks::setEndedUnseen(const QStringList &ids)
{
    QSet<QString> unseen = lowerCase(ids);
    if (unseen == m_unseen)
        return;
    m_unseen = std::move(unseen);
    Q_EMIT changed();
}

QVariant WatchMarks::rowData(const QString &id, int role, bool idColumn) const
{
    switch (role) {
    case Qt::FontRole:
        if (endedUnseen(id)) {
            QFont bold = QGuiApplication::font();
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (endedUnseen(id)) {
            QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
            tint.setAlpha(64);
            return QBrush(tint);
        }
        return {};
    case Qt::DecorationRole:
        return idColumn && isWatched(id) ? QVariant(watchedIcon()) : QVariant();
    default:
        return {};
    }
}

QString WatchMarks::withToolTipLine(const QString &id, const QString &toolTip) const
{
    QString line;
    if (endedUnseen(id))
        line = tr("Ended while you were away: select it or open its details to clear the mark.");
    else if (isWatched(id))
        line = tr("Watched: BatchDeck tells you when it ends.");
    if (line.isEmpty())
        return toolTip;
    return toolTip.isEmpty() ? line : toolTip + u'\n' + line;
}

} // namespace BatchDeck
