#include "app/common/tabledelegates.h"

#include "app/common/tablecells.h"
#include "core/jobs/jobprogress.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

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

ProgressBarParts ProgressBarParts::of(const JobProgress &progress, int barWidth)
{
    ProgressBarParts parts;
    if (progress.total <= 0 || barWidth <= 0)
        return parts;
    qint64 counts[] = {progress.succeeded, progress.failed, progress.skipped};
    int *widths[] = {&parts.succeeded, &parts.failed, &parts.skipped};
    // Edges are rounded, not widths: the parts add up to the done share, rounded once. Counts
    // past the total (which JobProgress::of never gives) end at the bar's end.
    qint64 sum = 0;
    int edge = 0;
    for (int part = 0; part < 3; ++part) {
        const qint64 before = sum;
        sum = std::min(progress.total, sum + std::max<qint64>(0, counts[part]));
        counts[part] = sum - before;
        const int next = int(std::lround(double(barWidth) * double(sum) / double(progress.total)));
        *widths[part] = next - edge;
        edge = next;
    }
    const auto widest = [&widths](int except) {
        int *found = nullptr;
        for (int part = 0; part < 3; ++part) {
            if (part != except && (!found || *widths[part] > *found))
                found = widths[part];
        }
        return found;
    };
    // Some track stays while items remain: a full bar means every item is done.
    const int room = progress.done() < progress.total ? barWidth - 1 : barWidth;
    if (parts.filled() > room)
        *widest(-1) -= parts.filled() - room;
    for (int part = 0; part < 3; ++part) {
        if (counts[part] <= 0 || *widths[part] >= MinPartWidth)
            continue;
        int need = MinPartWidth - *widths[part];
        // Taken from the widest other part while it stays visible itself, then from the track
        // (overstating how far the job has come by a pixel rather than hiding a failure).
        int *donor = widest(part);
        const int given = std::clamp(*donor - MinPartWidth, 0, need);
        *donor -= given;
        *widths[part] += given;
        need -= given;
        *widths[part] += std::clamp(room - parts.filled(), 0, need);
    }
    return parts;
}

QRect ProgressDelegate::barRect(const QRect &cell)
{
    const int margin = cell.height() / 2 - 5; // a bar 10 pixels high, in the middle
    return cell.adjusted(4, margin, -44, -margin);
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    drawBackground(painter, option, index);

    const auto progress = index.data(TableRoles::ProgressRole).value<JobProgress>();
    const QRect bar = barRect(option.rect);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    shape.addRoundedRect(QRectF(bar), 3, 3);
    QColor track = option.palette.color(QPalette::Mid);
    track.setAlpha(90);
    painter->fillPath(shape, track);
    const ProgressBarParts parts = ProgressBarParts::of(progress, bar.width());
    if (parts.filled() > 0) {
        painter->setClipPath(shape);
        int x = bar.left();
        const std::pair<int, const char *> segments[] = {
            {parts.succeeded, "completed"}, {parts.failed, "failed"}, {parts.skipped, "skipped"}};
        for (const auto &[width, status] : segments) {
            painter->fillRect(QRect(x, bar.top(), width, bar.height()),
                              statusColor(QString::fromLatin1(status), option.palette));
            x += width;
        }
        painter->setClipping(false);
    }
    if (progress.jobFailed) {
        // Around the bar, outside it: the parts stay as they are, the whole job reads as failed.
        painter->setPen(QPen(statusColor(QStringLiteral("failed"), option.palette), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(bar).adjusted(-1, -1, 1, 1), 4, 4);
    } else if (selected) {
        // On the selection colour, a thin outline keeps the track's end visible.
        QColor outline = option.palette.color(QPalette::HighlightedText);
        outline.setAlpha(140);
        painter->setPen(QPen(outline, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(bar).adjusted(-0.5, -0.5, 0.5, 0.5), 3.5, 3.5);
    }
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(option.rect.adjusted(0, 0, -4, 0), Qt::AlignVCenter | Qt::AlignRight,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace BatchDeck
