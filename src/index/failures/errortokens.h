#pragma once

// The tokens errorShape() reads, each by hand at a position i of the text: a match gives where
// the token ends, or -1. Internal to index/failures; errorshape.cpp puts them together.

#include <QString>
#include <QStringView>

#include <initializer_list>

namespace BatchDeck::ErrorTokens {

enum class Placeholder { Number, Size, Time, Id, Url, Path, File, Text };

constexpr bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

constexpr bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

inline bool isWordChar(QChar c)
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
inline char16_t at(QStringView s, qsizetype i)
{
    return i < s.size() ? s[i].unicode() : u'\0';
}

inline bool isWordCharAt(QStringView s, qsizetype i)
{
    return i < s.size() && isWordChar(s[i]);
}

qsizetype digitsEnd(QStringView s, qsizetype i);
// The end of the word at i: letters, digits and "_", joined by glue ("utf-8", "and/or").
qsizetype wordEnd(QStringView s, qsizetype i);
bool isOneOf(QStringView text, std::initializer_list<const char *> words,
             Qt::CaseSensitivity sensitivity = Qt::CaseSensitive);
// A known extension ("pdf", "docx", …), or with anyExtension any 1 to 5 letters and digits.
bool hasFileExtension(QStringView word, bool anyExtension);
bool isIdWord(QStringView word);

qsizetype matchUrl(QStringView s, qsizetype i);
qsizetype matchWindowsPath(QStringView s, qsizetype i);
qsizetype matchUnixPath(QStringView s, qsizetype i);
qsizetype matchTime(QStringView s, qsizetype i);
qsizetype matchUuid(QStringView s, qsizetype i);

struct NumberMatch
{
    qsizetype end = -1;
    Placeholder placeholder = Placeholder::Number; // or Size
};
NumberMatch matchNumber(QStringView s, qsizetype i);

// The placeholder for quoted text, as a whole.
Placeholder quotedPlaceholder(QStringView content);

} // namespace BatchDeck::ErrorTokens
