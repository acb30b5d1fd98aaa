#include "app/shell/windowgeometry.h"

#include <algorithm>

namespace BatchDeck {

QRect fittedWindowGeometry(const QRect &wanted, const QRect &available)
{
    if (available.isEmpty())
        return wanted;
    const QSize size = wanted.size().boundedTo(available.size());
    const int x = std::clamp(wanted.x(), available.left(), available.right() - size.width() + 1);
    const int y = std::clamp(wanted.y(), available.top(), available.bottom() - size.height() + 1);
    return {QPoint(x, y), size};
}

QRect firstWindowGeometry(const QRect &available)
{
    QRect window(QPoint(0, 0), PreferredWindowSize.boundedTo(available.size()));
    window.moveCenter(available.center());
    return fittedWindowGeometry(window, available);
}

} // namespace BatchDeck
