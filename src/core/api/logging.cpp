#include "core/api/logging.h"

#include "core/api/terminaltext.h"

#include <QList>
#include <QMutex>

#include <array>
#include <cstdio>

namespace BatchDeck {
Q_LOGGING_CATEGORY(lcApi, "batchdeck.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "batchdeck.export", QtWarningMsg)

namespace {

constexpr qsizetype MinimumSecretLength = 8;
constexpr QLatin1StringView Mask("[API key]");

// One character of a key: as itself (case-folded, one or two UTF-16 units) or percent-encoded
// (its UTF-8 bytes).
struct SecretCharacter
{
    QString folded;
    QByteArray utf8;
};

// A key as a sequence of characters, each matched on its own, so that any mix of literal,
// upper-, lower-case and percent-encoded characters is found.
struct SecretPattern
{
    QString secret;
    QList<SecretCharacter> characters;

    explicit SecretPattern(const QString &key)
        : secret(key)
    {
        for (qsizetype i = 0; i < key.size(); ++i) {
            const qsizetype length =
                key.at(i).isHighSurrogate() && i + 1 < key.size() && key.at(i + 1).isLowSurrogate()
                ? 2
                : 1;
            const QString character = key.mid(i, length);
            characters.append({character.toCaseFolded(), character.toUtf8()});
            i += length - 1;
        }
    }
};

// Where a match of some keys can start: at '%' (a key may start percent-encoded) and at a
// character whose case-folded form is a key's case-folded first character, the test
// matchCharacter() makes. Every exported value is masked and most hold few such places or none,
// so the keys are tried only there; what is masked is the same as trying every position.
class SecretStarts
{
public:
    SecretStarts() = default;
    SecretStarts(const SecretPattern *patterns, qsizetype count)
    {
        for (qsizetype index = 0; index < count; ++index) {
            const QString &first = patterns[index].characters.front().folded;
            if (first.size() == 1)
                m_foldedFirstCharacters.append(first.front().unicode());
            else // outside the BMP, compared as a surrogate pair: every position may start one
                m_everyPosition = true;
        }
        for (std::size_t index = 0; index < m_ascii.size(); ++index) {
            const auto unit = char16_t(index);
            m_ascii[index] = count > 0 && (unit == u'%' || mayStartNonAscii(unit));
        }
    }

    // The first position from `from` on where one of the keys may start, or -1.
    qsizetype next(QStringView text, qsizetype from) const
    {
        const char16_t *units = text.utf16();
        for (qsizetype at = from; at < text.size(); ++at) {
            const char16_t unit = units[at];
            if (unit < m_ascii.size() ? m_ascii[unit] : mayStartNonAscii(unit))
                return at;
        }
        return -1;
    }

private:
    // Characters outside ASCII may fold into it too (U+212A KELVIN SIGN to 'k', U+017F LONG S
    // to 's'), so they are folded, not looked up.
    bool mayStartNonAscii(char16_t unit) const
    {
        return m_everyPosition
            || m_foldedFirstCharacters.contains(QChar(unit).toCaseFolded().unicode());
    }

    std::array<bool, 128> m_ascii {};
    QList<char16_t> m_foldedFirstCharacters;
    bool m_everyPosition = false;
};

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

struct RegisteredSecrets
{
    // Longest first, so that a key containing another is masked whole.
    QList<SecretPattern> patterns;
    SecretStarts starts;
};

RegisteredSecrets &registeredSecrets()
{
    static RegisteredSecrets secrets;
    return secrets;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// The byte of "%XX" at `at`, or -1.
int percentEncodedByte(QStringView text, qsizetype at)
{
    if (at + 2 >= text.size() || text.at(at) != u'%')
        return -1;
    const int high = hexValue(text.at(at + 1));
    const int low = hexValue(text.at(at + 2));
    return high < 0 || low < 0 ? -1 : high * 16 + low;
}

// Where one character of a key ends when it starts at `at`, or -1.
qsizetype matchCharacter(QStringView text, qsizetype at, const SecretCharacter &character)
{
    const qsizetype literalEnd = at + character.folded.size();
    if (literalEnd <= text.size()) {
        const QStringView literal = text.mid(at, character.folded.size());
        if (character.folded.size() == 1
                ? literal.front().toCaseFolded() == character.folded.front()
                : literal.compare(character.folded, Qt::CaseInsensitive) == 0)
            return literalEnd;
    }
    qsizetype position = at;
    for (const char byte : character.utf8) {
        const int decoded = percentEncodedByte(text, position);
        if (decoded < 0)
            return -1;
        // A letter encoded ("%41") may stand for either case, as a literal letter does.
        if (character.utf8.size() == 1 ? asciiLower(char(decoded)) != asciiLower(byte)
                                       : char(decoded) != byte)
            return -1;
        position += 3;
    }
    return position;
}

// Where `pattern` ends when it starts at `at`, or -1.
qsizetype matchSecret(QStringView text, qsizetype at, const SecretPattern &pattern)
{
    qsizetype position = at;
    for (const SecretCharacter &character : pattern.characters) {
        if (position >= text.size())
            return -1;
        position = matchCharacter(text, position, character);
        if (position < 0)
            return -1;
    }
    return position;
}

// Replaces every match of any of `patterns` in `text`; returns how many there were. `starts` is
// made from the same patterns.
qsizetype replaceSecrets(QString &text, const SecretPattern *patterns, qsizetype count,
                         const SecretStarts &starts)
{
    if (count == 0)
        return 0;
    qsizetype replaced = 0;
    QString out;
    qsizetype copiedUpTo = 0;
    const QStringView view(text);
    for (qsizetype at = starts.next(view, 0); at >= 0; at = starts.next(view, at)) {
        qsizetype end = -1;
        for (qsizetype index = 0; index < count; ++index) {
            end = matchSecret(view, at, patterns[index]);
            if (end >= 0)
                break;
        }
        if (end < 0) {
            ++at;
            continue;
        }
        if (replaced == 0)
            out.reserve(text.size());
        out += view.mid(copiedUpTo, at - copiedUpTo);
        out += Mask;
        copiedUpTo = at = end;
        ++replaced;
    }
    if (replaced > 0) {
        out += view.mid(copiedUpTo);
        text = std::move(out);
    }
    return replaced;
}

QtMessageHandler previousHandler = nullptr;

void maskingMessageHandler(QtMsgType type, const QMessageLogContext &context,
                           const QString &message)
{
    // Log lines go to a terminal as often as not, and may quote what a server sent.
    const QString masked = escapeForTerminal(maskSecrets(message));
    if (previousHandler) {
        previousHandler(type, context, masked);
        return;
    }
    const QByteArray line = qFormatLogMessage(type, context, masked).toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void registerSecret(const QString &secret)
{
    if (secret.size() < MinimumSecretLength)
        return;
    const QMutexLocker locker(&secretsMutex());
    QList<SecretPattern> &secrets = registeredSecrets().patterns;
    for (const SecretPattern &known : secrets) {
        if (known.secret == secret)
            return;
    }
    secrets.append(SecretPattern(secret));
    std::stable_sort(secrets.begin(), secrets.end(),
                     [](const SecretPattern &a, const SecretPattern &b) {
                         return a.characters.size() > b.characters.size();
                     });
    registeredSecrets().starts = SecretStarts(secrets.constData(), secrets.size());
}

qsizetype maskSecretsInPlace(QString &text, const QString &extraSecret)
{
    if (text.isEmpty())
        return 0;
    qsizetype replaced = 0;
    if (extraSecret.size() >= MinimumSecretLength) {
        const SecretPattern extra(extraSecret);
        replaced += replaceSecrets(text, &extra, 1, SecretStarts(&extra, 1));
    }
    const QMutexLocker locker(&secretsMutex());
    const RegisteredSecrets &secrets = registeredSecrets();
    return replaced
        + replaceSecrets(text, secrets.patterns.constData(), secrets.patterns.size(),
                         secrets.starts);
}

QString maskSecrets(QString text, const QString &extraSecret)
{
    maskSecretsInPlace(text, extraSecret);
    return text;
}

void installSecretMaskingMessageHandler()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previousHandler = qInstallMessageHandler(maskingMessageHandler);
}

} // namespace BatchDeck
