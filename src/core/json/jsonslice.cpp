#include "core/json/jsonslice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

namespace BatchDeck {

namespace {

constexpr int NestingLimit = 1024; // QJsonDocument's: deeper documents are refused, not parsed

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Finds where each value of a text ends, checking it on the way (RFC 8259). It allocates
// nothing: a checked body costs no memory beyond itself. The same scanner walks the members of
// an already checked slice, where it cannot fail.
class JsonScanner
{
public:
    enum class Text { Unchecked, Checked };

    JsonScanner(const char *begin, const char *end, Text text = Text::Unchecked)
        : m_begin(begin)
        , m_end(end)
        , m_checked(text == Text::Checked)
    { }

    const char *skipSpace(const char *p) const
    {
        while (p != m_end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            ++p;
        return p;
    }

    // Scans the value that starts at p; returns its end, or nullptr after recording the error.
    const char *value(const char *p, int depth, QJsonValue::Type *type)
    {
        if (p == m_end)
            return fail(QJsonParseError::IllegalValue, p);
        switch (*p) {
        case '{':
            *type = QJsonValue::Object;
            return object(p, depth + 1);
        case '[':
            *type = QJsonValue::Array;
            return array(p, depth + 1);
        case '"':
            *type = QJsonValue::String;
            return string(p);
        case 't':
            *type = QJsonValue::Bool;
            return literal(p, "true");
        case 'f':
            *type = QJsonValue::Bool;
            return literal(p, "false");
        case 'n':
            *type = QJsonValue::Null;
            return literal(p, "null");
        case '}':
        case ']':
            return fail(QJsonParseError::MissingObject, p);
        default:
            *type = QJsonValue::Double;
            return number(p);
        }
    }

    // p is at the opening quote.
    const char *string(const char *p)
    {
        if (m_checked)
            return checkedStringEnd(p);
        const char *const start = p++;
        bool ascii = true;
        for (;;) {
            if (p == m_end)
                return fail(QJsonParseError::UnterminatedString, start);
            const uchar c = uchar(*p);
            if (c == '"')
                break;
            if (c < 0x20) // RFC 8259 wants these escaped; Qt takes them as they are
                return fail(QJsonParseError::IllegalValue, p);
            if (c >= 0x80)
                ascii = false;
            if (c != '\\') {
                ++p;
                continue;
            }
            if (m_end - p < 2)
                return fail(QJsonParseError::UnterminatedString, start);
            if (QByteArrayView("\"\\/bfnrt").contains(p[1])) {
                p += 2;
            } else if (p[1] == 'u' && m_end - p >= 6
                       && std::all_of(p + 2, p + 6, [](char h) { return isHexDigit(h); })) {
                p += 6; // a lone surrogate is kept, as Qt does
            } else {
                return fail(QJsonParseError::IllegalEscapeSequence, p);
            }
        }
        // Escapes are ASCII, so checking the raw bytes checks the characters they stand among.
        if (!ascii && !QByteArrayView(start + 1, p).isValidUtf8())
            return fail(QJsonParseError::IllegalUTF8String, start);
        return p + 1;
    }

private:
    // A string already checked: only its closing quote is looked for (the walk over members and
    // elements, which reads every page a second time, need not check it again).
    const char *checkedStringEnd(const char *p) const
    {
        for (++p;; p += 2) { // past an escape's two characters: "\"" is no end
            const auto *stop = static_cast<const char *>(std::memchr(p, '"', m_end - p));
            const auto *escape = static_cast<const char *>(std::memchr(p, '\\', stop - p));
            if (!escape)
                return stop + 1;
            p = escape;
        }
    }

    const char *fail(QJsonParseError::ParseError error, const char *at)
    {
        m_error = error;
        m_errorAt = at;
        return nullptr;
    }

    const char *literal(const char *p, QByteArrayView word)
    {
        if (m_end - p < word.size() || QByteArrayView(p, word.size()) != word)
            return fail(QJsonParseError::IllegalValue, p);
        return p + word.size();
    }

    // RFC 8259's grammar; the value must then be one QByteArray::toDouble accepts, as Qt's
    // parser requires (it refuses 1e309 and 1e-400).
    const char *number(const char *p)
    {
        if (m_checked) {
            while (
                p != m_end
                && (isDigit(*p) || *p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E'))
                ++p;
            return p;
        }
        const char *const start = p;
        const auto digits = [this](const char *q) {
            while (q != m_end && isDigit(*q))
                ++q;
            return q;
        };
        if (p != m_end && *p == '-')
            ++p;
        if (p != m_end && *p == '0')
            ++p;
        else if (p != m_end && *p >= '1' && *p <= '9')
            p = digits(p);
        else
            return fail(QJsonParseError::IllegalNumber, start);
        if (p != m_end && *p == '.') {
            if (++p == m_end || !isDigit(*p))
                return fail(QJsonParseError::IllegalNumber, start);
            p = digits(p);
        }
        if (p != m_end && (*p == 'e' || *p == 'E')) {
            if (++p != m_end && (*p == '+' || *p == '-'))
                ++p;
            if (p == m_end || !isDigit(*p))
                return fail(QJsonParseError::IllegalNumber, start);
            p = digits(p);
        }
        if (p == m_end) // a top-level value is an object or an array, so more must follow
            return fail(QJsonParseError::TerminationByNumber, p);
        bool ok = false;
        QByteArray::fromRawData(start, p - start).toDouble(&ok);
        return ok ? p : fail(QJsonParseError::IllegalNumber, start);
    }

    const char *array(const char *p, int depth)
    {
        if (depth > NestingLimit)
            return fail(QJsonParseError::DeepNesting, p);
        p = skipSpace(p + 1);
        if (p != m_end && *p == ']')
            return p + 1;
        for (;;) {
            if (p == m_end)
                return fail(QJsonParseError::UnterminatedArray, p);
            QJsonValue::Type type;
            if (!(p = value(p, depth, &type)))
                return nullptr;
            p = skipSpace(p);
            if (p == m_end)
                return fail(QJsonParseError::UnterminatedArray, p);
            if (*p == ']')
                return p + 1;
            if (*p != ',')
                return fail(QJsonParseError::MissingValueSeparator, p);
            p = skipSpace(p + 1);
        }
    }

    const char *object(const char *p, int depth)
    {
        if (depth > NestingLimit)
            return fail(QJsonParseError::DeepNesting, p);
        p = skipSpace(p + 1);
        if (p != m_end && *p == '}')
            return p + 1;
        for (;;) {
            if (p == m_end)
                return fail(QJsonParseError::UnterminatedObject, p);
            if (*p == '}')
                return fail(QJsonParseError::MissingObject, p); // after a comma
            if (*p != '"')
                return fail(QJsonParseError::UnterminatedObject, p);
            if (!(p = string(p)))
                return nullptr;
            p = skipSpace(p);
            if (p == m_end || *p != ':')
                return fail(QJsonParseError::MissingNameSeparator, p);
            p = skipSpace(p + 1);
            QJsonValue::Type type;
            if (!(p = value(p, depth, &type)))
                return nullptr;
            p = skipSpace(p);
            if (p == m_end)
                return fail(QJsonParseError::UnterminatedObject, p);
            if (*p == '}')
                return p + 1;
            if (*p != ',')
                return fail(QJsonParseError::MissingValueSeparator, p);
            p = skipSpace(p + 1);
        }
    }

public:
    const char *const m_begin;
    const char *const m_end;
    const bool m_checked;
    QJsonParseError::ParseError m_error = QJsonParseError::NoError;
    const char *m_errorAt = nullptr;
};

// The integer Qt stores for a number: the literal itself when it fits a qint64, or else its
// double when that is integral and in range (Qt keeps "1e2" and "1.0" as the integer 100, 1).
std::optional<qint64> integerOf(QByteArrayView number)
{
    bool ok = false;
    const qint64 exact = number.toLongLong(&ok);
    if (ok)
        return exact;
    const double value = QByteArray::fromRawData(number.data(), number.size()).toDouble(&ok);
    if (ok && value >= -0x1p63 && value < 0x1p63 && std::trunc(value) == value)
        return qint64(value);
    return std::nullopt;
}

} // namespace

JsonSlice JsonSlice::parse(QByteArrayView text, QJsonParseError *error)
{
    const char *p = text.data();
    JsonScanner scanner(p, p + text.size());
    if (text.size() > 3 && text.startsWith("\xef\xbb\xbf")) // a UTF-8 byte order mark, as Qt
        p += 3;
    p = scanner.skipSpace(p);
    QJsonValue::Type type = QJsonValue::Undefined;
    const char *end = nullptr;
    if (p == scanner.m_end || (*p != '{' && *p != '['))
        scanner.m_errorAt = p, scanner.m_error = QJsonParseError::IllegalValue;
    else if ((end = scanner.value(p, 0, &type)) && scanner.skipSpace(end) != scanner.m_end)
        scanner.m_errorAt = scanner.skipSpace(end), scanner.m_error = QJsonParseError::GarbageAtEnd;
    error->error = scanner.m_error;
    error->offset = scanner.m_error == QJsonParseError::NoError
        ? 0
        : int(scanner.m_errorAt - scanner.m_begin); // answers are capped far below 2 GB
    if (scanner.m_error != QJsonParseError::NoError)
        return {};
    return JsonSlice(type, QByteArrayView(p, end));
}

QList<JsonSlice> JsonSlice::elements() const
{
    QList<JsonSlice> elements;
    if (!isArray())
        return elements;
    JsonScanner scanner(m_bytes.begin(), m_bytes.end(), JsonScanner::Text::Checked);
    const char *p = scanner.skipSpace(m_bytes.begin() + 1);
    while (*p != ']') { // checked already: every step succeeds and stays inside the brackets
        QJsonValue::Type type = QJsonValue::Undefined;
        const char *end = scanner.value(p, 1, &type);
        elements.append(JsonSlice(type, QByteArrayView(p, end)));
        p = scanner.skipSpace(end);
        if (*p == ',')
            p = scanner.skipSpace(p + 1);
    }
    return elements;
}

QList<JsonMember> JsonSlice::members() const
{
    QList<JsonMember> members;
    if (!isObject())
        return members;
    JsonScanner scanner(m_bytes.begin(), m_bytes.end(), JsonScanner::Text::Checked);
    const char *p = scanner.skipSpace(m_bytes.begin() + 1);
    while (*p != '}') {
        const char *keyEnd = scanner.string(p);
        const char *valueStart = scanner.skipSpace(scanner.skipSpace(keyEnd) + 1); // past ':'
        QJsonValue::Type type = QJsonValue::Undefined;
        const char *end = scanner.value(valueStart, 1, &type);
        members.append({QByteArrayView(p + 1, keyEnd - 1), JsonSlice(type, {valueStart, end})});
        p = scanner.skipSpace(end);
        if (*p == ',')
            p = scanner.skipSpace(p + 1);
    }
    return members;
}

JsonSlice JsonSlice::member(QStringView key) const
{
    JsonSlice found;
    for (const JsonMember &member : members()) {
        if (member.hasKey(key))
            found = member.value;
    }
    return found;
}

QString JsonSlice::toString() const
{
    if (!isString())
        return {};
    const QByteArrayView text = m_bytes.sliced(1, m_bytes.size() - 2);
    if (text.isEmpty())
        return QLatin1String("");
    // Never more UTF-16 units than UTF-8 bytes, so one allocation holds the result. A U+FEFF
    // at the start is text, not a byte order mark.
    QString result(text.size(), Qt::Uninitialized);
    QStringDecoder utf8(QStringConverter::Utf8,
                        QStringConverter::Flag::Stateless
                            | QStringConverter::Flag::ConvertInitialBom);
    QChar *out = result.data();
    const char *p = text.begin();
    while (p != text.end()) {
        const auto *backslash = static_cast<const char *>(std::memchr(p, '\\', text.end() - p));
        const char *runEnd = backslash ? backslash : text.end();
        out = utf8.appendToBuffer(out, QByteArrayView(p, runEnd)); // escapes end runs cleanly
        if (!backslash)
            break;
        const char escaped = backslash[1];
        p = backslash + 2;
        switch (escaped) {
        case 'b':
            *out++ = u'\b';
            break;
        case 'f':
            *out++ = u'\f';
            break;
        case 'n':
            *out++ = u'\n';
            break;
        case 'r':
            *out++ = u'\r';
            break;
        case 't':
            *out++ = u'\t';
            break;
        case 'u': // one UTF-16 unit; a pair of them makes a surrogate pair by itself
            *out++ = QChar(char16_t(QByteArrayView(p, 4).toUShort(nullptr, 16)));
            p += 4;
            break;
        default:
            *out++ = QLatin1Char(escaped);
            break; // " \ /
        }
    }
    result.truncate(out - result.constData());
    return result;
}

bool JsonSlice::isInteger() const
{
    return isDouble() && integerOf(m_bytes).has_value();
}

qint64 JsonSlice::toInteger(qint64 defaultValue) const
{
    return isDouble() ? integerOf(m_bytes).value_or(defaultValue) : defaultValue;
}

double JsonSlice::toDouble(double defaultValue) const
{
    if (!isDouble())
        return defaultValue;
    if (const std::optional<qint64> integer = integerOf(m_bytes))
        return double(*integer); // as Qt, which stores these as integers: -0 reads as 0
    return QByteArray::fromRawData(m_bytes.data(), m_bytes.size()).toDouble();
}

bool JsonSlice::toBool(bool defaultValue) const
{
    return isBool() ? m_bytes == "true" : defaultValue;
}

QJsonValue JsonSlice::toJsonValue() const
{
    switch (m_type) {
    case QJsonValue::Null:
        return QJsonValue::Null;
    case QJsonValue::Bool:
        return toBool();
    case QJsonValue::Double:
        return isInteger() ? QJsonValue(toInteger()) : QJsonValue(toDouble());
    case QJsonValue::String:
        return toString();
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromRawData(m_bytes.data(), m_bytes.size()));
        return isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    case QJsonValue::Undefined:
        break;
    }
    return QJsonValue::Undefined;
}

QByteArray JsonSlice::compactBytes() const
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    JsonScanner scanner(m_bytes.begin(), m_bytes.end(), JsonScanner::Text::Checked);
    QByteArray compact;
    compact.reserve(m_bytes.size());
    const char *p = m_bytes.begin();
    while (p != m_bytes.end()) {
        const char *run = p; // up to the next string or space, copied as one piece
        while (p != m_bytes.end() && *p != '"' && !isSpace(*p))
            ++p;
        if (p != m_bytes.end() && *p == '"')
            p = scanner.string(p); // checked already: it cannot fail
        compact.append(run, p - run);
        while (p != m_bytes.end() && isSpace(*p))
            ++p;
    }
    if (compact.size() != m_bytes.size())
        compact.squeeze();
    return compact;
}

QString JsonMember::key() const
{
    return JsonSlice(QJsonValue::String, QByteArrayView(rawKey.data() - 1, rawKey.size() + 2))
        .toString();
}

JsonMember::JsonMember(QByteArrayView rawKey, JsonSlice value)
    : rawKey(rawKey)
    , value(value)
    , plainKey(std::all_of(rawKey.begin(), rawKey.end(),
                           [](char c) { return uchar(c) < 0x80 && c != '\\'; }))
{ }

bool JsonMember::hasKey(QStringView name) const
{
    if (plainKey)
        return QLatin1StringView(rawKey.data(), rawKey.size()) == name;
    // Escapes and UTF-8 only ever shorten a key once decoded.
    return rawKey.size() >= name.size() && key() == name;
}

} // namespace BatchDeck
