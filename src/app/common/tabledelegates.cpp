#include "app/common/tabledelegates.h"

#include "app/common/tablecells.h"
#include "core/jobs/jobprogress.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace BatchDeck {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

void drawGlyph(QPainter *painter, const QRectF &box, const QString &statusText, const QColor &color)
{
    const QString status = statusText.toLower(); // v2 statuses are upper case ("Completed" shown)
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, std::max(1.5, box.width() / 6));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    const QRectF r = box.adjusted(box.width() * 0.15, box.height() * 0.15, -box.width() * 0.15,
                                  -box.height() * 0.15);
    if (status == u"completed") { // check mark
        QPainterPath path(QPointF(r.left(), r.center().y()));
        path.lineTo(r.left() + r.width() * 0.4, r.bottom());
        path.lineTo(r.right(), r.top());
        painter->drawPath(path);
    } else if (status == u"failed") { // cross
        painter->drawLine(r.topLeft(), r.bottomRight());
        painter->drawLine(r.topRight(), r.bottomLeft());
    } else if (status == u"running" || status == u"processing") { // play triangle
        painter->setBrush(color);
        painter->drawPolygon(
            QPolygonF {r.topLeft(), QPointF(r.right(), r.center().y()), r.bottomLeft()});
    } else if (status == u"dispatched") { // arrow
        painter->drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        painter->drawLine(QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()));
        painter->drawLine(QPointF(r.center().x(), r.bottom()), QPointF(r.right(), r.center().y()));
    } else if (status == u"cancelled" || status == u"skipped") { // slashed circle
        painter->drawEllipse(r);
        painter->drawLine(r.topRight(), r.bottomLeft());
    } else if (status == u"throttled") { // pause bars
        painter->drawLine(QPointF(r.left() + r.width() * 0.3, r.top()),
                          QPointF(r.left() + r.width() * 0.3, r.bottom()));
        painter->drawLine(QPointF(r.right() - r.width() * 0.3, r.top()),
                          QPointF(r.right() - r.width() * 0.3, r.bottom()));
    } else if (status == u"pending") { // clock
        painter->drawEllipse(r);
        painter->drawLine(r.center(), QPointF(r.center().x(), r.top() + r.height() * 0.2));
        painter->drawLine(r.center(), QPointF(r.right() - r.width() * 0.2, r.center().y()));
    } else { // unknown: a dot, and the name as received
        painter->setBrush(color);
        painter->drawEllipse(r.center(), r.width() / 4, r.height() / 4);
    }
    painter->restore();
}

} // namespace

void JobDelegateBase::drawBackground(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    // The style's selection and hover background, without the text the subclass paints itself.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
}

QColor statusColor(const QString &statusText, const QPalette &palette)
{
    const QString status = statusText.toLower(); // v2 statuses are upper case
    QColor color(0x75, 0x75, 0x75);
    if (status == u"completed")
        color = QColor(0x2e, 0x7d, 0x32);
    else if (status == u"failed")
        color = QColor(0xc6, 0x28, 0x28);
    else if (status == u"running" || status == u"processing")
        color = QColor(0x15, 0x65, 0xc0);
    else if (status == u"dispatched")
        color = QColor(0x6a, 0x1b, 0x9a);
    else if (status == u"cancelled")
        color = QColor(0x8d, 0x5b, 0x00);
    else if (status == u"pending")
        color = QColor(0x54, 0x6e, 0x7a);
    else if (status == u"throttled")
        color = QColor(0xb2, 0x6a, 0x00);
    return isDark(palette) ? color.lighter(170) : color;
}

void paintStatusBadge(QPainter *painter, const QRect &rect, const QString &status,
                      const QString &text, const QPalette &palette)
{
    const QColor color = statusColor(status, palette);
    const QFontMetrics metrics(painter->font());
    const int height = std::min(rect.height() - 4, metrics.height() + 4);
    const int glyph = height - 6;
    const int width = std::min(rect.width() - 4, glyph + metrics.horizontalAdvance(text) + 16);
    const QRect badge(rect.left() + 3, rect.top() + (rect.height() - height) / 2, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlpha(isDark(palette) ? 60 : 36);
    painter->setBrush(fill);
    painter->setPen(QPen(color, 1));
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0,
                             height / 2.0);
    drawGlyph(painter, QRectF(badge.left() + 5, badge.top() + 3, glyph, glyph), status, color);
    painter->setPen(palette.color(QPalette::Text));
    const QRect textRect = badge.adjusted(glyph + 9, 0, -6, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    drawBackground(painter, option, index);
    // The value as sent picks the colour, so a translated word keeps it.
    const QString shown = index.data(Qt::DisplayRole).toString();
    const QVariant raw = index.data(TableRoles::RawValueRole);
    paintStatusBadge(painter, option.rect, raw.isValid() ? raw.toString() : shown, shown,
                     option.palette);
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {base.width() + option.fontMetrics.height() + 20, base.height() + 4};
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    drawBackground(painter, option, index);

    const auto progress = index.data(TableRoles::ProgressRole).value<JobProgress>();
    const QRect bar =
        option.rect.adjusted(4, option.rect.height() / 2 - 5, -44, -(option.rect.height() / 2 - 5));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor track = option.palette.color(QPalette::Mid);
    track.setAlpha(90);
    painter->setBrush(track);
    painter->drawRoundedRect(bar, 3, 3);
    if (progress.total > 0 && bar.width() > 0) {
        painter->setClipRect(bar);
        double x = bar.left();
        // A failed job's bar is all failure, however many of its items got through.
        const std::pair<qint64, QString> segments[] = {
            {progress.succeeded,
             progress.jobFailed ? QStringLiteral("failed") : QStringLiteral("completed")},
            {progress.failed, QStringLiteral("failed")},
            {progress.skipped,
             progress.jobFailed ? QStringLiteral("failed") : QStringLiteral("pending")}};
        for (const auto &[count, status] : segments) {
            const double width = bar.width() * double(count) / double(progress.total);
            painter->setBrush(statusColor(status, option.palette));
            painter->drawRect(QRectF(x, bar.top(), width, bar.height()));
            x += width;
        }
        painter->setClipping(false);
    }
    painter->setPen(option.palette.color(
        option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(option.rect.adjusted(0, 0, -4, 0), Qt::AlignVCenter | Qt::AlignRight,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace BatchDeck
