#pragma once

// Small helpers the demo world's generators share: a hash, hex and UUID text, ISO times and
// invertible index scrambling (so an id can be turned back into what it names without a table).

#include <QDateTime>
#include <QString>

namespace BatchDeck::DemoIds {

inline quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

inline QString hex(quint64 value, int digits)
{
    return QStringLiteral("%1").arg(value & ((digits >= 16) ? ~0ULL : ((1ULL << (4 * digits)) - 1)),
                                    digits, 16, QLatin1Char('0'));
}

inline QString uuidFrom(quint64 a, quint64 b)
{
    return hex(a >> 32, 8) + u'-' + hex(a >> 16, 4) + u'-' + hex(0x4000 | (a & 0x0fff), 4) + u'-'
        + hex(0x8000 | (b >> 48 & 0x3fff), 4) + u'-' + hex(b, 12);
}

inline QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Indices are scrambled by an invertible multiplication modulo 2^48 so that neighbours do not
// get neighbouring ids.
constexpr quint64 Mask48 = (1ULL << 48) - 1;
constexpr quint64 IdMultiplier = 0x9E3779B97F4BULL; // odd, so invertible modulo 2^48

constexpr quint64 inverseModulo2Pow64(quint64 odd)
{
    quint64 inverse = odd; // Newton's iteration doubles the correct low bits each step
    for (int step = 0; step < 6; ++step)
        inverse *= 2 - odd * inverse;
    return inverse;
}
constexpr quint64 IdMultiplierInverse = inverseModulo2Pow64(IdMultiplier) & Mask48;
static_assert(((IdMultiplier * IdMultiplierInverse) & Mask48) == 1);

inline quint64 scrambleIndex(quint64 index, quint64 mask)
{
    return ((index * IdMultiplier) ^ mask) & Mask48;
}

inline quint64 unscrambleIndex(quint64 value, quint64 mask)
{
    return (((value ^ mask) & Mask48) * IdMultiplierInverse) & Mask48;
}

// prefix + a UUID whose last 12 hex digits carry `index` (< 2^48) scrambled with `mask`.
inline QString indexedUuid(const QString &prefix, quint64 a, quint64 b, quint64 index, quint64 mask)
{
    return prefix + uuidFrom(a, (b & ~Mask48) | scrambleIndex(index, mask));
}

// The index an indexedUuid() carries, or ~0 when the text cannot be one. The caller still checks
// that regenerating the id gives the same text.
inline quint64 indexOfUuid(const QString &id, const QString &prefix, quint64 mask)
{
    if (id.size() != prefix.size() + 36 || !id.startsWith(prefix))
        return ~0ULL;
    bool ok = false;
    const quint64 value = QStringView(id).right(12).toULongLong(&ok, 16);
    return ok ? unscrambleIndex(value, mask) : ~0ULL;
}

} // namespace BatchDeck::DemoIds
