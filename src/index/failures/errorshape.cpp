#include "index/failures/errorshape.h"

#include <array>
#include <utility>

namespace BatchDeck {

namespace {

// One left-to-right pass over the message: every token is looked at once, by hand, because
// grouping reads every failed job, item and file of a connection (100,000 messages and more).

enum class Placeholder { Number, Size, Time, Id, Url, Path, File, Text };

QLatin1StringView placeholderText(Placeholder placeholder)
{
    switch (placeholder) {
    case Placeholder::Number:
        return QLatin1StringView("<number>");
    case Placeholder::Size:
        return QLatin1StringView("<size>");
    case Placeholder::Time:
        return QLatin1StringView("<time>");
    case Placeholder::Id:
        return QLatin1StringView("<id>");
    case Placeholder::Url:
        return QLatin1StringView("<url>");
    case Placeholder::Path:
        return QLatin1StringView("<path>");
    case Placeholder::File:
        return QLatin1StringView("<file>");
    case Placeholder::Text:
        break;
    }
    return QLatin1StringView("<text>");
}

constexpr bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

constexpr bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

constexpr bool isHexLetter(char16_t c)
{
    return (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return isDigit(u) || isAsciiLetter(u) || u == u'_';
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

// Joins two word characters into one word: "utf-8", "parameters.premium_mode", "and/or",
// "can't", "l’analyse".
constexpr bool isGlue(char16_t c)
{
    return c == u'-' || c == u'.' || c == u'/' || c == u'\\' || c == u'\'' || c == u'’';
}

constexpr bool isQuoteChar(char16_t c)
{
    return c == u'"' || c == u'\'' || c == u'“' || c == u'”' || c == u'‘' || c == u'’' || c == u'„'
        || c == u'«' || c == u'»';
}

// The character at i, or 0 past the end, so that look-ahead needs no bounds checks.
char16_t at(QStringView s, qsizetype i)
{
    return i < s.size() ? s[i].unicode() : u'\0';
}

bool isWordCharAt(QStringView s, qsizetype i)
{
    return i < s.size() && isWordChar(s[i]);
}

bool isLetterAt(QStringView s, qsizetype i)
{
    return isWordCharAt(s, i) && !isDigit(s[i].unicode());
}

bool digitsAt(QStringView s, qsizetype i, qsizetype count)
{
    for (qsizetype k = 0; k < count; ++k) {
        if (!isDigit(at(s, i + k)))
            return false;
    }
    return true;
}

qsizetype digitsEnd(QStringView s, qsizetype i)
{
    while (isDigit(at(s, i)))
        ++i;
    return i;
}

int twoDigits(QStringView s, qsizetype i)
{
    return (at(s, i) - u'0') * 10 + (at(s, i + 1) - u'0');
}

qsizetype wordEnd(QStringView s, qsizetype i)
{
    while (i < s.size()) {
        if (isWordChar(s[i]))
            ++i;
        else if (isGlue(s[i].unicode()) && isWordCharAt(s, i + 1))
            i += 2;
        else
            break;
    }
    return i;
}

// A number, time or id ends at i when what follows cannot go on with a word: "2023-report" is a
// word, "3-7" a range and "5." the end of a sentence.
bool tokenEndsAt(QStringView s, qsizetype i)
{
    if (isWordCharAt(s, i))
        return false;
    const char16_t c = at(s, i);
    return !(isGlue(c) && c != u'/' && c != u'\\' && isLetterAt(s, i + 1));
}

bool isOneOf(QStringView text, std::initializer_list<const char *> words,
             Qt::CaseSensitivity sensitivity = Qt::CaseSensitive)
{
    for (const char *word : words) {
        if (text.compare(QLatin1StringView(word), sensitivity) == 0)
            return true;
    }
    return false;
}

bool isSizeUnit(QStringView unit)
{
    return isOneOf(unit,
                   {"B", "kB", "KB", "MB", "GB", "TB", "PB", "KiB", "MiB", "GiB", "TiB", "kb", "mb",
                    "gb", "tb", "byte", "bytes", "Bytes"});
}

// Units that may be glued to a number and stay after its placeholder ("30s", "2h", "3x").
bool isGluedUnit(QStringView unit)
{
    return isOneOf(
        unit,
        {"ms", "s", "sec", "secs", "m", "min", "mins", "h", "hr", "hrs", "d", "us", "ns", "x"});
}

bool hasFileExtension(QStringView word, bool anyExtension)
{
    const qsizetype dot = word.lastIndexOf(u'.');
    if (dot <= 0 || word.size() - dot - 1 > 5 || dot == word.size() - 1)
        return false;
    const QStringView extension = word.sliced(dot + 1);
    if (!anyExtension) {
        return isOneOf(extension,
                       {"pdf",  "doc",  "docx", "xls",  "xlsx", "xlsm", "csv",  "tsv",  "ppt",
                        "pptx", "odt",  "ods",  "odp",  "rtf",  "txt",  "md",   "html", "htm",
                        "xml",  "json", "yaml", "yml",  "png",  "jpg",  "jpeg", "gif",  "bmp",
                        "tif",  "tiff", "heic", "heif", "webp", "svg",  "zip",  "gz",   "tar",
                        "7z",   "rar",  "eml",  "msg",  "epub"},
                       Qt::CaseInsensitive);
    }
    bool hasLetter = false;
    for (const QChar c : extension) {
        if (!isDigit(c.unicode()) && !isAsciiLetter(c.unicode()))
            return false;
        hasLetter = hasLetter || isAsciiLetter(c.unicode());
    }
    return hasLetter;
}

bool isUuidAt(QStringView s, qsizetype i)
{
    static constexpr std::array<int, 5> GroupSizes {8, 4, 4, 4, 12};
    for (const int size : GroupSizes) {
        for (int k = 0; k < size; ++k, ++i) {
            const char16_t c = at(s, i);
            if (!isDigit(c) && !isHexLetter(c))
                return false;
        }
        if (size != 12 && at(s, i++) != u'-')
            return false;
    }
    return true;
}

bool isUuid(QStringView word)
{
    return word.size() == 36 && isUuidAt(word, 0);
}

// 8 or more hex digits in one letter case, with both digits and letters (digits alone are a
// number, letters alone a word).
bool isHexId(QStringView word)
{
    if (word.size() < 8)
        return false;
    bool digit = false, lower = false, upper = false;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (isDigit(u))
            digit = true;
        else if (u >= u'a' && u <= u'f')
            lower = true;
        else if (u >= u'A' && u <= u'F')
            upper = true;
        else
            return false;
    }
    return digit && (lower != upper);
}

// What follows an id's prefix: a UUID, hex digits, or 8 or more letters and digits with at least
// 3 digits (so that "cfg-PARSE_AGENTIC" and "gpt-4o" stay words).
bool isIdBody(QStringView body)
{
    if (isUuid(body) || isHexId(body))
        return true;
    if (body.size() < 8)
        return false;
    int digits = 0;
    for (const QChar c : body) {
        if (isDigit(c.unicode()))
            ++digits;
        else if (!isAsciiLetter(c.unicode()))
            return false;
    }
    return digits >= 3;
}

bool isIdWord(QStringView word)
{
    if (isUuid(word) || isHexId(word))
        return true;
    qsizetype prefix = 0;
    while (prefix < word.size() && prefix <= 8 && isAsciiLetter(word[prefix].unicode()))
        ++prefix;
    return prefix >= 1 && prefix <= 8 && (at(word, prefix) == u'-' || at(word, prefix) == u'_')
        && isIdBody(word.sliced(prefix + 1));
}

// The end of a path or URL: up to a space, a quote or an angle bracket, less the punctuation of
// the sentence around it.
qsizetype runEnd(QStringView s, qsizetype i)
{
    qsizetype end = i;
    bool openParenthesis = false;
    for (; end < s.size(); ++end) {
        const char16_t c = s[end].unicode();
        if (s[end].isSpace() || isQuoteChar(c) || c == u'<' || c == u'>')
            break;
        openParenthesis = openParenthesis || c == u'(';
    }
    while (end > i) {
        const char16_t c = s[end - 1].unicode();
        if (c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u']'
            || c == u'}' || (c == u')' && !openParenthesis))
            --end;
        else
            break;
    }
    return end;
}

qsizetype matchUrl(QStringView s, qsizetype i)
{
    if (!isAsciiLetter(at(s, i)))
        return -1;
    qsizetype j = i + 1;
    for (char16_t c = at(s, j);
         isAsciiLetter(c) || isDigit(c) || c == u'+' || c == u'-' || c == u'.'; c = at(s, ++j)) { }
    if (at(s, j) != u':' || at(s, j + 1) != u'/' || at(s, j + 2) != u'/' || !isWordCharAt(s, j + 3))
        return -1;
    return runEnd(s, i);
}

qsizetype matchWindowsPath(QStringView s, qsizetype i)
{
    const bool drive = isAsciiLetter(at(s, i)) && at(s, i + 1) == u':'
        && (at(s, i + 2) == u'\\' || at(s, i + 2) == u'/');
    const bool share = at(s, i) == u'\\' && at(s, i + 1) == u'\\' && isWordCharAt(s, i + 2);
    return drive || share ? runEnd(s, i) : -1;
}

qsizetype matchUnixPath(QStringView s, qsizetype i)
{
    qsizetype j = i;
    if (at(s, j) == u'~') {
        ++j;
    } else if (at(s, j) == u'.') {
        ++j;
        if (at(s, j) == u'.')
            ++j;
    }
    if (at(s, j) != u'/' || !(isWordCharAt(s, j + 1) || at(s, j + 1) == u'.'))
        return -1;
    return runEnd(s, i);
}

// hh:mm, optionally :ss and a fraction; the end, or -1.
qsizetype matchClock(QStringView s, qsizetype i)
{
    if (!digitsAt(s, i, 2) || at(s, i + 2) != u':' || !digitsAt(s, i + 3, 2) || twoDigits(s, i) > 23
        || twoDigits(s, i + 3) > 59)
        return -1;
    qsizetype j = i + 5;
    if (at(s, j) == u':' && digitsAt(s, j + 1, 2) && twoDigits(s, j + 1) <= 60) {
        j += 3;
        if (at(s, j) == u'.' && isDigit(at(s, j + 1)))
            j = digitsEnd(s, j + 1);
    }
    return j;
}

qsizetype zoneEnd(QStringView s, qsizetype i)
{
    if (at(s, i) == u'Z' && !isWordCharAt(s, i + 1))
        return i + 1;
    if ((at(s, i) == u'+' || at(s, i) == u'-') && digitsAt(s, i + 1, 2)) {
        if (at(s, i + 3) == u':' && digitsAt(s, i + 4, 2))
            return i + 6;
        return digitsAt(s, i + 3, 2) ? i + 5 : i + 3;
    }
    return i;
}

qsizetype matchTime(QStringView s, qsizetype i)
{
    qsizetype end = -1;
    if (digitsAt(s, i, 4) && at(s, i + 4) == u'-' && digitsAt(s, i + 5, 2) && at(s, i + 7) == u'-'
        && digitsAt(s, i + 8, 2)) {
        end = i + 10;
        if (at(s, end) == u'T' || at(s, end) == u' ') {
            if (const qsizetype clock = matchClock(s, end + 1); clock >= 0)
                end = zoneEnd(s, clock);
        }
    } else if (const qsizetype clock = matchClock(s, i); clock >= 0 && at(s, i + 5) == u':') {
        // Without seconds, "12:34" is as likely a line and column as a time.
        end = zoneEnd(s, clock);
    }
    if (end < 0 || !tokenEndsAt(s, end) || (at(s, end) == u':' && isDigit(at(s, end + 1))))
        return -1;
    return end;
}

struct NumberMatch
{
    qsizetype end = -1;
    Placeholder placeholder = Placeholder::Number;
};

qsizetype asciiLettersEnd(QStringView s, qsizetype i)
{
    while (isAsciiLetter(at(s, i)))
        ++i;
    return i;
}

// A number at i (a sign allowed), with its size unit if it has one.
NumberMatch matchNumber(QStringView s, qsizetype i)
{
    qsizetype j = i;
    if (at(s, j) == u'-' || at(s, j) == u'+')
        ++j;
    if (!isDigit(at(s, j)))
        return {};
    j = digitsEnd(s, j);
    while (at(s, j) == u',' && digitsAt(s, j + 1, 3) && !isDigit(at(s, j + 4)))
        j += 4;
    if (at(s, j) == u'.' && isDigit(at(s, j + 1))) {
        j = digitsEnd(s, j + 1);
        if (at(s, j) == u'.' && isDigit(at(s, j + 1)))
            return {}; // "3.5.1": a version or an address, part of the wording
    }
    const qsizetype numberEnd = j;
    if (const qsizetype unitEnd = asciiLettersEnd(s, j); unitEnd > j) {
        if (isWordCharAt(s, unitEnd))
            return {};
        const QStringView unit = s.sliced(j, unitEnd - j);
        if (isSizeUnit(unit))
            return {unitEnd, Placeholder::Size};
        if (isGluedUnit(unit))
            return {numberEnd, Placeholder::Number};
        return {}; // "2nd", "4o", "3D": a word
    }
    if (!tokenEndsAt(s, j))
        return {};
    while (j < s.size() && s[j].isSpace())
        ++j;
    if (const qsizetype unitEnd = asciiLettersEnd(s, j); j > numberEnd && unitEnd > j
        && tokenEndsAt(s, unitEnd) && isSizeUnit(s.sliced(j, unitEnd - j)))
        return {unitEnd, Placeholder::Size};
    return {numberEnd, Placeholder::Number};
}

Placeholder quotedPlaceholder(QStringView content)
{
    if (matchUrl(content, 0) >= 0)
        return Placeholder::Url;
    if (matchWindowsPath(content, 0) >= 0 || matchUnixPath(content, 0) >= 0)
        return Placeholder::Path;
    if (matchTime(content, 0) == content.size())
        return Placeholder::Time;
    if (isIdWord(content))
        return Placeholder::Id;
    if (const NumberMatch number = matchNumber(content, 0); number.end == content.size())
        return number.placeholder;
    if (hasFileExtension(content, true)) {
        const bool separator = content.contains(u'/') || content.contains(u'\\');
        return separator ? Placeholder::Path : Placeholder::File;
    }
    return Placeholder::Text;
}

struct Quote
{
    char16_t open;
    char16_t close;
    bool apostrophe; // also an apostrophe: opens only before a word, closes only after one
};

constexpr std::array<Quote, 6> Quotes {{{u'"', u'"', false},
                                        {u'\'', u'\'', true},
                                        {u'“', u'”', false},
                                        {u'‘', u'’', true},
                                        {u'„', u'“', false},
                                        {u'«', u'»', false}}};

class ShapeWriter
{
public:
    explicit ShapeWriter(QStringView text)
        : m_text(text)
    {
        m_shape.reserve(text.size());
        m_noCloserFrom.fill(text.size() + 1);
    }

    QString write()
    {
        const QStringView s = m_text;
        qsizetype i = 0;
        while (i < s.size()) {
            if (s[i].isSpace()) {
                while (i < s.size() && s[i].isSpace())
                    ++i;
                m_shape += u' '; // the text is trimmed: more follows
                continue;
            }
            const bool tokenStart = i == 0 || !isWordChar(s[i - 1]);
            if (writeQuote(i, tokenStart) || (tokenStart && writeToken(i)))
                continue;
            if (isWordChar(s[i])) {
                const qsizetype end = wordEnd(s, i);
                writeWord(s.sliced(i, end - i));
                i = end;
                continue;
            }
            if (s[i] != u':') // "status code: 404"
                m_lastWord = {};
            m_shape += s[i++];
        }
        return std::move(m_shape);
    }

private:
    void writePlaceholder(Placeholder placeholder)
    {
        m_shape += placeholderText(placeholder);
        m_lastWord = {};
    }

    bool writeQuote(qsizetype &i, bool tokenStart)
    {
        const QStringView s = m_text;
        const char16_t open = s[i].unicode();
        size_t kind = 0;
        while (kind < Quotes.size() && Quotes[kind].open != open)
            ++kind;
        if (kind == Quotes.size() || (Quotes[kind].apostrophe && !tokenStart)
            || i + 1 >= m_noCloserFrom[kind])
            return false;
        const Quote &quote = Quotes[kind];
        qsizetype close = i + 1;
        while (close < s.size()
               && (s[close] != quote.close || (quote.apostrophe && isWordCharAt(s, close + 1))))
            ++close;
        if (close == s.size()) {
            // No closer after i means none after any later opener of this kind either, which
            // keeps a message full of unclosed quotes linear.
            m_noCloserFrom[kind] = i + 1;
            return false;
        }
        const QStringView content = s.sliced(i + 1, close - i - 1).trimmed();
        m_shape += s[i];
        if (!content.isEmpty())
            m_shape += placeholderText(quotedPlaceholder(content));
        m_shape += s[close];
        m_lastWord = {};
        i = close + 1;
        return true;
    }

    bool writeToken(qsizetype &i)
    {
        const QStringView s = m_text;
        const char16_t c = s[i].unicode();
        qsizetype end = matchUrl(s, i);
        if (end >= 0)
            return writePlaceholderTo(i, end, Placeholder::Url);
        if ((end = matchWindowsPath(s, i)) >= 0 || (end = matchUnixPath(s, i)) >= 0)
            return writePlaceholderTo(i, end, Placeholder::Path);
        if (!isDigit(c) && !((c == u'-' || c == u'+') && isDigit(at(s, i + 1))))
            return false;
        if (isDigit(c)) {
            if ((end = matchTime(s, i)) >= 0)
                return writePlaceholderTo(i, end, Placeholder::Time);
            // "12345678-1234-…" would otherwise read as a range of numbers.
            if (const qsizetype word = wordEnd(s, i); isIdWord(s.sliced(i, word - i)))
                return writePlaceholderTo(i, word, Placeholder::Id);
        }
        const NumberMatch number = matchNumber(s, i);
        if (number.end < 0)
            return false;
        if (number.placeholder == Placeholder::Number
            && isHttpStatus(s.sliced(i, number.end - i))) {
            m_shape += s.sliced(i, number.end - i);
            m_lastWord = {};
            i = number.end;
            return true;
        }
        return writePlaceholderTo(i, number.end, number.placeholder);
    }

    bool writePlaceholderTo(qsizetype &i, qsizetype end, Placeholder placeholder)
    {
        writePlaceholder(placeholder);
        i = end;
        return true;
    }

    bool isHttpStatus(QStringView number) const
    {
        if (number.size() != 3 || number[0] < u'1' || number[0] > u'5' || m_lastWord.isEmpty())
            return false;
        return isOneOf(m_lastWord, {"HTTP", "status", "code"}, Qt::CaseInsensitive)
            || m_lastWord.startsWith(QLatin1StringView("HTTP/"), Qt::CaseInsensitive);
    }

    void writeWord(QStringView word)
    {
        if (isIdWord(word))
            return writePlaceholder(Placeholder::Id);
        qsizetype separators = 0, separator = -1;
        for (qsizetype k = 0; k < word.size(); ++k) {
            if (word[k] == u'/' || word[k] == u'\\') {
                ++separators;
                separator = k;
            }
        }
        const bool file = hasFileExtension(word, false);
        if (separators >= 2 || (separators == 1 && file))
            return writePlaceholder(Placeholder::Path);
        if (file)
            return writePlaceholder(Placeholder::File);
        if (separators == 1) {
            // "jobs/bjb-…", "pages/12", but "HTTP/1.1" and "and/or" as written.
            writeSegment(word.first(separator));
            m_shape += word[separator];
            writeSegment(word.sliced(separator + 1));
        } else {
            m_shape += word;
        }
        m_lastWord = word;
    }

    void writeSegment(QStringView segment)
    {
        if (isIdWord(segment))
            m_shape += placeholderText(Placeholder::Id);
        else if (!segment.isEmpty() && digitsEnd(segment, 0) == segment.size())
            m_shape += placeholderText(Placeholder::Number);
        else
            m_shape += segment;
    }

    QStringView m_text;
    QString m_shape;
    QStringView m_lastWord; // the word just written, for "HTTP 503"
    std::array<qsizetype, Quotes.size()> m_noCloserFrom;
};

} // namespace

QString errorShape(QStringView message)
{
    QStringView text = message.trimmed();
    const bool cut = text.size() > ErrorShapeInputLimit;
    if (cut) {
        qsizetype size = ErrorShapeInputLimit;
        if (text[size - 1].isHighSurrogate())
            --size;
        text = text.first(size).trimmed();
    }
    if (text.isEmpty())
        return {};
    QString shape = ShapeWriter(text).write();
    if (cut)
        shape += u'…';
    return shape;
}

} // namespace BatchDeck
