#include "app/common/statusbadge.h"

#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "app/common/tabledelegates.h"

#include <QPainter>

namespace BatchDeck {

StatusBadge::StatusBadge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StatusBadge::setStatus(const QString &status)
{
    m_status = status;
    m_text = shownText(statusWord(status));
    setAccessibleName(tr("Status: %1").arg(m_text));
    setPlainToolTip(this, status);
    updateGeometry();
    update();
}

QSize StatusBadge::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(m_text) + metrics.height() + 28, metrics.height() + 10};
}

void StatusBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintStatusBadge(&painter, rect(), m_status, m_text, palette());
}

} // namespace BatchDeck
