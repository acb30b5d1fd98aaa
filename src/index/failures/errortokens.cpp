#include "index/failures/errortokens.h"

#include <array>

namespace BatchDeck::ErrorTokens {

namespace {

constexpr qsizetype MaxSchemeLength = 16; // "chrome-extension"

constexpr bool isHexLetter(char16_t c)
{
    return (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
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

int twoDigits(QStringView s, qsizetype i)
{
    return (at(s, i) - u'0') * 10 + (at(s, i + 1) - u'0');
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

qsizetype asciiLettersEnd(QStringView s, qsizetype i)
{
    while (isAsciiLetter(at(s, i)))
        ++i;
    return i;
}

} // namespace

qsizetype digitsEnd(QStringView s, qsizetype i)
{
    while (isDigit(at(s, i)))
        ++i;
    return i;
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

bool isOneOf(QStringView text, std::initializer_list<const char *> words,
             Qt::CaseSensitivity sensitivity)
{
    for (const char *word : words) {
        if (text.compare(QLatin1StringView(word), sensitivity) == 0)
            return true;
    }
    return false;
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

qsizetype matchUrl(QStringView s, qsizetype i)
{
    if (!isAsciiLetter(at(s, i)))
        return -1;
    // A bounded scheme, so that "a+a+a+…" is not read again from every letter.
    const auto isSchemeChar = [](char16_t c) {
        return isAsciiLetter(c) || isDigit(c) || c == u'+' || c == u'-' || c == u'.';
    };
    qsizetype j = i + 1;
    while (j - i < MaxSchemeLength && isSchemeChar(at(s, j)))
        ++j;
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

qsizetype matchUuid(QStringView s, qsizetype i)
{
    return isUuidAt(s, i) && tokenEndsAt(s, i + 36) ? i + 36 : -1;
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

} // namespace BatchDeck::ErrorTokens
