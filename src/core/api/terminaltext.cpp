#include "core/api/terminaltext.h"

namespace BatchDeck {

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool mustEscape(char16_t c, LineFeeds lineFeeds)
{
    if (c == u'\t')
        return false;
    if (c == u'\n')
        return lineFeeds == LineFeeds::Escape;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

void appendHex(QString &out, char16_t c, int digits)
{
    static const char16_t hex[] = u"0123456789abcdef";
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
        out += QChar(hex[(c >> shift) & 0xF]);
}

void appendEscaped(QString &out, char16_t c)
{
    switch (c) {
    case 0x1B:
        out += QLatin1String("\\e");
        return;
    case u'\r':
        out += QLatin1String("\\r");
        return;
    case u'\n':
        out += QLatin1String("\\n");
        return;
    default:
        break;
    }
    if (c <= 0xFF) {
        out += QLatin1String("\\x");
        appendHex(out, c, 2);
    } else {
        out += QLatin1String("\\u");
        appendHex(out, c, 4);
    }
}

} // namespace

bool needsTerminalEscaping(const QString &text, LineFeeds lineFeeds)
{
    for (const QChar c : text) {
        if (mustEscape(c.unicode(), lineFeeds))
            return true;
    }
    return false;
}

QString escapeForTerminal(const QString &text, LineFeeds lineFeeds)
{
    if (!needsTerminalEscaping(text, lineFeeds))
        return text; // the common case: no copy
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (mustEscape(c.unicode(), lineFeeds))
            appendEscaped(out, c.unicode());
        else
            out += c;
    }
    return out;
}

} // namespace BatchDeck
