#include "app/common/elidedlabel.h"

#include "app/common/servertext.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>

namespace BatchDeck {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setWordWrap(false);
}

void ElidedLabel::setContent(const QString &lead, const QString &text, const QString &toolTip)
{
    m_lead = lead;
    m_text = text;
    m_toolTip = toolTip;
    QLabel::setText(lead.isEmpty() ? text : lead + u' ' + text);
    updateGeometry();
    updateToolTip();
    update();
}

int ElidedLabel::leadWidth() const
{
    if (m_lead.isEmpty())
        return 0;
    QFont bold = font();
    bold.setBold(true);
    return QFontMetrics(bold).horizontalAdvance(m_lead + u' ');
}

QRect ElidedLabel::textArea() const
{
    const int inset = margin() + qMax(0, indent());
    return contentsRect().adjusted(inset, margin(), -inset, -margin());
}

int ElidedLabel::lineHeight() const
{
    const QMargins margins = contentsMargins();
    return fontMetrics().height() + margins.top() + margins.bottom() + 2 * margin();
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    const int extra = margins.left() + margins.right() + 2 * (margin() + qMax(0, indent()));
    // One pixel more than the advance: fractional glyph widths round up when drawn.
    return {leadWidth() + fontMetrics().horizontalAdvance(m_text) + extra + 1, lineHeight()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QMargins margins = contentsMargins();
    const int extra = margins.left() + margins.right() + 2 * (margin() + qMax(0, indent()));
    return {leadWidth() + fontMetrics().horizontalAdvance(QStringLiteral("…")) + extra + 1,
            lineHeight()};
}

bool ElidedLabel::isElided() const
{
    return fontMetrics().horizontalAdvance(m_text) > textArea().width() - leadWidth();
}

void ElidedLabel::updateToolTip()
{
    const QString whole = m_lead.isEmpty() ? m_text : m_lead + u' ' + m_text;
    setPlainToolTip(this, !m_toolTip.isEmpty() ? m_toolTip : isElided() ? whole : QString());
}

bool ElidedLabel::event(QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::ToolTip)
        updateToolTip(); // whether the text is cut depends on the width
    return QLabel::event(event);
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QRect area = textArea();
    const Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
    if (!m_lead.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        style()->drawItemText(&painter, area, align, palette(), isEnabled(), m_lead,
                              foregroundRole());
        painter.setFont(font());
        area.setLeft(area.left() + leadWidth());
    }
    // elidedText() may cut a text exactly as wide as the room: the size hint gives it that room.
    const QString shown = fontMetrics().horizontalAdvance(m_text) <= area.width()
        ? m_text
        : fontMetrics().elidedText(m_text, Qt::ElideRight, area.width());
    style()->drawItemText(&painter, area, align, palette(), isEnabled(), shown, foregroundRole());
}

} // namespace BatchDeck
