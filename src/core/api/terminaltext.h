#pragma once

#include <QString>

namespace BatchDeck {

// Text from a server is data: shown on a terminal it must never drive it. An escape sequence
// can set the window title, clear the screen, rewrite an earlier line ("\r" or a cursor move),
// or write the clipboard; a bidirectional override makes a line read differently from what it
// holds. So every human-readable line BatchDeck prints shows such characters escaped, as
// kubectl, journalctl and git do, and what was sent can still be read:
//   ESC  -> \e          CR -> \r          other C0 controls, DEL, C1 controls -> \xHH
//   bidi overrides and isolates U+202A..U+202E, U+2066..U+2069 -> \uHHHH
// Tab stays; a line feed stays or becomes \n as asked. A backslash stays as it is (the escapes
// are for reading, not for decoding back).
enum class LineFeeds { Keep, Escape };

QString escapeForTerminal(const QString &text, LineFeeds lineFeeds = LineFeeds::Keep);
// Whether escapeForTerminal() would change `text`.
bool needsTerminalEscaping(const QString &text, LineFeeds lineFeeds = LineFeeds::Keep);

} // namespace BatchDeck
