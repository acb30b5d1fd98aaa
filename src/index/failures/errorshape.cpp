#include "index/failures/errorshape.h"

#include "index/failures/errortokens.h"

#include <array>
#include <utility>

namespace BatchDeck {

namespace {

using namespace ErrorTokens;

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

// One left-to-right pass over the message: every token is looked at once, by hand, because
// grouping reads every failed job, item and file of a connection (100,000 messages and more).

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
            if ((end = matchUuid(s, i)) >= 0)
                return writePlaceholderTo(i, end, Placeholder::Id);
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
