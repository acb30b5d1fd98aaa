#include "core/json/isotime.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

namespace BatchDeck {

namespace {

// Civil dates and day counts after Howard Hinnant's public-domain algorithms
// (https://howardhinnant.github.io/date_algorithms.html), proleptic Gregorian with a year 0
// (1 BC), valid for negative days too. Integer arithmetic only: every exported time is
// formatted here, and QDateTime::toString() costs a calendar lookup and a printf per value.
struct CivilDate
{
    qint64 year;
    int month; // 1..12
    int day; // 1..31
};

constexpr qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400; // 0..399
    const qint64 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146'097 + dayOfEra - 719'468;
}

constexpr CivilDate civilFromDays(qint64 days)
{
    days += 719'468;
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const qint64 dayOfEra = days - era * 146'097; // 0..146096
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1'460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365; // 0..399
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthFromMarch = (5 * dayOfYear + 2) / 153; // 0..11, March first
    const int day = int(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    const int month = int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    return {yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

constexpr qint64 MSecsPerDay = 86'400'000;

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(daysFromCivil(1969, 12, 31) == -1);
static_assert(daysFromCivil(2000, 3, 1) == 11'017);
static_assert(civilFromDays(-1).year == 1969 && civilFromDays(-1).day == 31);
static_assert(civilFromDays(11'016).month == 2 && civilFromDays(11'016).day == 29);

// Qt writes four-digit years only: before 0001-01-01 and from 10000-01-01 on (UTC) it gives an
// empty string, and Qt's calendar has no year 0 where this one has. Outside these bounds the
// value is left to Qt, so that what it does there stays what this function does.
constexpr qint64 FirstFormattedMSecs = daysFromCivil(1, 1, 1) * MSecsPerDay;
constexpr qint64 LastFormattedMSecs = daysFromCivil(10'000, 1, 1) * MSecsPerDay - 1;

char16_t *writeDigits(char16_t *out, int value, int digits)
{
    for (int index = digits - 1; index >= 0; --index) {
        out[index] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    return out + digits;
}

// The form nearly every time arrives in, read by hand (Qt's general parser, after a regular
// expression for the fraction, costs more than the rest of a job): "yyyy-MM-ddTHH:mm:ss", then
// either nothing or a fraction of three digits or more, then "Z", "+00:00" or nothing (UTC
// either way). Anything else, and any value Qt might read differently (a year 0, an hour 24, a
// leap second), is left to Qt.
std::optional<qint64> plainUtcMSecs(QStringView text)
{
    const auto number = [text](qsizetype at, int digits) {
        int value = 0;
        for (qsizetype index = at; index < at + digits; ++index) {
            const char16_t c = text[index].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() < 19 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T'
        || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59)
        return std::nullopt;
    const bool leapYear = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    constexpr int DaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > DaysInMonth[month - 1] + (month == 2 && leapYear ? 1 : 0))
        return std::nullopt;
    qsizetype at = 19;
    int msec = 0;
    if (at < text.size() && text[at] == u'.') {
        qsizetype end = at + 1;
        while (end < text.size() && text[end] >= u'0' && text[end] <= u'9')
            ++end;
        if (end - at - 1 < 3)
            return std::nullopt;
        msec = number(at + 1, 3); // further digits are dropped, as parseApiDateTime always did
        at = end;
    }
    const QStringView zone = text.sliced(at);
    if (!zone.isEmpty() && zone != u"Z" && zone != u"+00:00")
        return std::nullopt;
    return daysFromCivil(year, month, day) * MSecsPerDay
        + ((hour * 60 + minute) * 60 + second) * qint64(1'000) + msec;
}

QDateTime parseWithQt(const QString &text)
{
    // Qt reads at most milliseconds; Python servers send microseconds. Keep the first three digits.
    static const QRegularExpression fraction(
        QStringLiteral(R"(^(.*T\d\d:\d\d:\d\d\.\d{3})\d+(.*)$)"));
    QString normalized = text.trimmed();
    const QRegularExpressionMatch match = fraction.match(normalized);
    if (match.hasMatch())
        normalized = match.captured(1) + match.captured(2);
    QDateTime value = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!value.isValid())
        return {};
    if (value.timeSpec() == Qt::LocalTime)
        value.setTimeZone(QTimeZone::utc());
    return value.toUTC();
}

} // namespace

QString toIsoUtc(const QDateTime &value)
{
    if (!value.isValid())
        return QString();
    const qint64 msecs = value.toMSecsSinceEpoch();
    if (msecs < FirstFormattedMSecs || msecs > LastFormattedMSecs)
        return value.toUTC().toString(Qt::ISODateWithMs);

    qint64 days = msecs / MSecsPerDay;
    qint64 msecsOfDay = msecs % MSecsPerDay;
    if (msecsOfDay < 0) { // division truncates towards zero; a day starts at its midnight
        msecsOfDay += MSecsPerDay;
        --days;
    }
    const CivilDate date = civilFromDays(days);
    const int msecsInDay = int(msecsOfDay);

    // "yyyy-MM-ddTHH:mm:ss.zzzZ", as Qt::ISODateWithMs writes a UTC time.
    char16_t text[24];
    char16_t *out = writeDigits(text, int(date.year), 4);
    *out++ = u'-';
    out = writeDigits(out, date.month, 2);
    *out++ = u'-';
    out = writeDigits(out, date.day, 2);
    *out++ = u'T';
    out = writeDigits(out, msecsInDay / 3'600'000, 2);
    *out++ = u':';
    out = writeDigits(out, msecsInDay / 60'000 % 60, 2);
    *out++ = u':';
    out = writeDigits(out, msecsInDay / 1'000 % 60, 2);
    *out++ = u'.';
    out = writeDigits(out, msecsInDay % 1'000, 3);
    *out++ = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), out - text);
}

QDateTime parseApiDateTime(const QString &text)
{
    if (const std::optional<qint64> msecs = plainUtcMSecs(text))
        return QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC); // as toUTC() gives
    return parseWithQt(text);
}

} // namespace BatchDeck
