#pragma once

#include <QRect>

namespace BatchDeck {

// The size a first start opens at, when the screen has room for it.
inline constexpr QSize PreferredWindowSize {1280, 760};

// A window of `wanted` geometry moved and shrunk to lie wholly within `available` (a screen's
// available geometry): a geometry saved on a larger or another screen, or a first start on a
// small one, must not leave the page bar, the scrollbar or the status bar off-screen.
QRect fittedWindowGeometry(const QRect &wanted, const QRect &available);

// Where a first start opens: PreferredWindowSize, or as much of it as `available` has room for,
// centred in it.
QRect firstWindowGeometry(const QRect &available);

} // namespace BatchDeck
