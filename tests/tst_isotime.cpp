// Times written the way the API sends them and every export writes them: toIsoUtc() formats by
// hand for speed, and must give exactly what Qt's ISODateWithMs gave, for every valid time in
// any time spec.
#include "core/json/isotime.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace BatchDeck;

namespace {

// What parseApiDateTime() gave before it read the usual form by hand, and must keep giving.
QDateTime qtApiDateTime(const QString &text)
{
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

// The same instant, the same validity and the same time spec (toString() depends on it).
bool sameReading(const QDateTime &actual, const QDateTime &expected)
{
    return actual.isValid() == expected.isValid()
        && (!expected.isValid()
            || (actual.toMSecsSinceEpoch() == expected.toMSecsSinceEpoch()
                && actual.timeSpec() == expected.timeSpec()));
}

// What toIsoUtc() gave before it was written by hand, and must keep giving.
QString qtIsoUtc(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0,
              int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

constexpr qint64 FirstFormattedMSecs = -62'135'596'800'000; // 0001-01-01T00:00:00.000Z
constexpr qint64 LastFormattedMSecs = 253'402'300'799'999; // 9999-12-31T23:59:59.999Z

} // namespace

class TestIsoTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatsAsQtDid_data();
    void formatsAsQtDid();
    void randomTimesFormatAsQtDid();
    void monthAndYearBoundariesFormatAsQtDid();
    void readsAsQtDid_data();
    void readsAsQtDid();
    void randomTimesReadAsQtDid();
};

void TestIsoTime::initTestCase()
{
    // Local time with a half-hour offset, summer time, and seconds in its 19th-century offset,
    // so that a local time is really converted.
    qputenv("TZ", "America/St_Johns");
    tzset();
    QVERIFY2(QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::LocalTime).offsetFromUtc() == -12'600,
             "the time zones of the tzdata package");
    QVERIFY2(QTimeZone("Europe/Berlin").isValid(), "the time zones of the tzdata package");
}

void TestIsoTime::formatsAsQtDid_data()
{
    QTest::addColumn<QDateTime>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)
                           << "1970-01-01T00:00:00.000Z";
    QTest::newRow("just before the epoch")
        << QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC) << "1969-12-31T23:59:59.999Z";
    QTest::newRow("a day and a bit before the epoch")
        << QDateTime::fromMSecsSinceEpoch(-86'400'001, Qt::UTC) << "1969-12-30T23:59:59.999Z";
    QTest::newRow("1900-02-28 (1900 is no leap year)")
        << utc(1900, 2, 28, 23, 59, 59, 999) << "1900-02-28T23:59:59.999Z";
    QTest::newRow("1900-03-01") << utc(1900, 3, 1) << "1900-03-01T00:00:00.000Z";
    QTest::newRow("leap day 2000-02-29")
        << utc(2000, 2, 29, 12, 30, 45, 7) << "2000-02-29T12:30:45.007Z";
    QTest::newRow("leap day 2024-02-29")
        << utc(2024, 2, 29, 23, 59, 59, 999) << "2024-02-29T23:59:59.999Z";
    QTest::newRow("2100-03-01 (2100 is no leap year)")
        << utc(2100, 3, 1) << "2100-03-01T00:00:00.000Z";
    QTest::newRow("first day of year 1") << utc(1, 1, 1) << "0001-01-01T00:00:00.000Z";
    QTest::newRow("year 1, afternoon")
        << utc(1, 6, 15, 13, 14, 15, 16) << "0001-06-15T13:14:15.016Z";
    QTest::newRow("last millisecond of 9999")
        << utc(9999, 12, 31, 23, 59, 59, 999) << "9999-12-31T23:59:59.999Z";
    // Qt writes no year outside 0001..9999: an empty string, kept as it was.
    QTest::newRow("10000-01-01 (left to Qt: empty)") << utc(10'000, 1, 1) << "";
    QTest::newRow("last millisecond before year 1 (left to Qt: empty)")
        << QDateTime::fromMSecsSinceEpoch(FirstFormattedMSecs - 1, Qt::UTC) << "";
    QTest::newRow("a negative year (left to Qt: empty)") << utc(-44, 3, 15, 12) << "";
    QTest::newRow("local time, summer (UTC-2:30)")
        << QDateTime(QDate(2024, 7, 1), QTime(23, 0), Qt::LocalTime) << "2024-07-02T01:30:00.000Z";
    QTest::newRow("local time, 1850 (UTC-3:30:52)")
        << QDateTime(QDate(1850, 1, 1), QTime(12, 0), Qt::LocalTime) << "1850-01-01T15:30:52.000Z";
    QTest::newRow("local time that is year 10000 in UTC (left to Qt: empty)")
        << QDateTime(QDate(9999, 12, 31), QTime(22, 0), Qt::LocalTime) << "";
    QTest::newRow("offset from UTC +05:45")
        << QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59, 999), Qt::OffsetFromUTC, 20'700)
        << "2024-12-31T18:14:59.999Z";
    QTest::newRow("offset from UTC -12:00, into the next year")
        << QDateTime(QDate(2023, 12, 31), QTime(12, 0), Qt::OffsetFromUTC, -43'200)
        << "2024-01-01T00:00:00.000Z";
    QTest::newRow("offset that makes year 1 into year 0 (left to Qt: empty)")
        << QDateTime(QDate(1, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 3'600) << "";
    QTest::newRow("time zone Europe/Berlin")
        << QDateTime(QDate(2024, 3, 31), QTime(3, 0), QTimeZone("Europe/Berlin"))
        << "2024-03-31T01:00:00.000Z";
    QTest::newRow("0 ms") << utc(2026, 1, 1, 1, 37, 16, 0) << "2026-01-01T01:37:16.000Z";
    QTest::newRow("7 ms") << utc(2026, 1, 1, 1, 37, 16, 7) << "2026-01-01T01:37:16.007Z";
    QTest::newRow("999 ms") << utc(2026, 1, 1, 1, 37, 16, 999) << "2026-01-01T01:37:16.999Z";
    QTest::newRow("invalid (empty)") << QDateTime() << "";
    QTest::newRow("invalid date (empty)")
        << QDateTime(QDate(2024, 2, 30), QTime(0, 0), Qt::UTC) << "";
}

void TestIsoTime::formatsAsQtDid()
{
    QFETCH(QDateTime, value);
    QFETCH(QString, expected);
    const QString formatted = toIsoUtc(value);
    QCOMPARE(formatted, expected);
    QCOMPARE(formatted, qtIsoUtc(value));
    QCOMPARE(formatted.isNull(), qtIsoUtc(value).isNull());
}

void TestIsoTime::randomTimesFormatAsQtDid()
{
    // Every time spec, over the whole range Qt writes, and a little past both of its ends.
    QRandomGenerator random(20'260'101);
    const QTimeZone kathmandu("Asia/Kathmandu"); // UTC+5:45
    QVERIFY2(kathmandu.isValid(), "the time zones of the tzdata package");
    const qint64 margin = qint64(3) * 86'400'000;
    for (int index = 0; index < 100'000; ++index) {
        const qint64 msecs =
            random.bounded(FirstFormattedMSecs - margin, LastFormattedMSecs + margin + 1);
        QDateTime value;
        switch (index % 4) {
        case 0:
            value = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
            break;
        case 1:
            value = QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime);
            break;
        case 2: // any offset up to 14 hours, odd seconds too
            value = QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC,
                                                   int(random.bounded(-50'400, 50'401)));
            break;
        default:
            value = QDateTime::fromMSecsSinceEpoch(msecs, kathmandu);
            break;
        }
        const QString formatted = toIsoUtc(value);
        if (formatted != qtIsoUtc(value))
            QFAIL(qPrintable(QStringLiteral("%1 ms (spec %2): %3 instead of %4")
                                 .arg(msecs)
                                 .arg(index % 4)
                                 .arg(formatted, qtIsoUtc(value))));
    }
}

void TestIsoTime::monthAndYearBoundariesFormatAsQtDid()
{
    // The last millisecond of a month and the first of the next: every month of a whole
    // 400-year cycle of the calendar (which then repeats), and the ends of February and of the
    // year for every year from 1 to 9999, so that every leap rule is met.
    QList<QDate> firstDays;
    for (int year = 1; year <= 401; ++year) {
        for (int month = 1; month <= 12; ++month)
            firstDays.append(QDate(year, month, 1));
    }
    for (int year = 402; year <= 9'999; ++year)
        firstDays << QDate(year, 1, 1) << QDate(year, 3, 1);
    for (const QDate &day : firstDays) {
        const QDateTime first(day, QTime(0, 0), Qt::UTC);
        for (const QDateTime &value : {first, first.addMSecs(-1)}) {
            const QString formatted = toIsoUtc(value);
            if (formatted != qtIsoUtc(value))
                QFAIL(qPrintable(formatted + u" instead of " + qtIsoUtc(value)));
        }
    }
}

void TestIsoTime::readsAsQtDid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const auto row = [](const char *name, const char *text, bool valid) {
        QTest::newRow(name) << QString::fromLatin1(text) << valid;
    };
    row("milliseconds, Z", "2019-12-27T18:11:19.117Z", true);
    row("microseconds, Z (Python)", "2019-12-27T18:11:19.117503Z", true);
    row("microseconds, +00:00", "2019-12-27T18:11:19.117503+00:00", true);
    row("no fraction, no zone", "2019-12-27T18:11:19", true);
    row("no fraction, Z", "2019-12-27T18:11:19Z", true);
    row("a positive offset", "2019-12-27T18:11:19.117+05:30", true);
    row("a negative offset", "2019-12-27T18:11:19.117-03:00", true);
    row("-00:00", "2019-12-27T18:11:19.117-00:00", true);
    row("one fraction digit", "2019-12-27T18:11:19.5Z", true);
    row("two fraction digits", "2019-12-27T18:11:19.25Z", true);
    row("a comma before the fraction", "2019-12-27T18:11:19,117Z", true);
    row("leap day", "2024-02-29T00:00:00.000Z", true);
    row("no leap day in 2100", "2100-02-29T00:00:00.000Z", false);
    row("leap day of 2000", "2000-02-29T12:00:00Z", true);
    row("31 April", "2024-04-31T00:00:00Z", false);
    row("month 13", "2024-13-01T00:00:00Z", false);
    row("day 0", "2024-01-00T00:00:00Z", false);
    row("hour 24", "2024-01-01T24:00:00Z", true);
    row("minute 60", "2024-01-01T10:60:00Z", false);
    row("a leap second", "2016-12-31T23:59:60Z", false);
    row("year 1", "0001-01-01T00:00:00.000Z", true);
    row("year 0", "0000-06-01T00:00:00Z", false);
    row("year 9999", "9999-12-31T23:59:59.999Z", true);
    row("before the epoch", "1969-12-31T23:59:59.999Z", true);
    row("spaces around", "  2019-12-27T18:11:19.117Z \t", true);
    row("a space for the T", "2019-12-27 18:11:19.117Z", true);
    row("a lowercase z", "2019-12-27T18:11:19.117z", true);
    row("a date alone", "2019-12-27", true);
    row("minutes only", "2019-12-27T18:11Z", true);
    row("text after the zone", "2019-12-27T18:11:19.117Zjunk", false);
    row("a sign in the year", "+2019-12-27T18:11:19Z", false);
    row("a letter in the seconds", "2019-12-27T18:11:1xZ", false);
    row("empty", "", false);
    QTest::newRow("an Arabic-Indic digit")
        << (QChar(0x0662) + QStringLiteral("019-12-27T18:11:19Z")) << false;
}

void TestIsoTime::readsAsQtDid()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const QDateTime expected = qtApiDateTime(text);
    const QDateTime actual = parseApiDateTime(text);
    QVERIFY2(sameReading(actual, expected),
             qPrintable(actual.toString(Qt::ISODateWithMs) + u" vs Qt's "
                        + expected.toString(Qt::ISODateWithMs)));
    QCOMPARE(actual.isValid(), valid);
}

void TestIsoTime::randomTimesReadAsQtDid()
{
    // Every time the API's forms can hold, written in each of them (and spoiled now and then at
    // a random place), reads as Qt read it.
    QRandomGenerator random(20261206);
    const QStringList zones = {u"Z"_qs, u""_qs, u"+00:00"_qs, u"+01:00"_qs};
    for (int round = 0; round < 20'000; ++round) {
        const qint64 msecs = FirstFormattedMSecs
            + qint64(random.generateDouble() * double(LastFormattedMSecs - FirstFormattedMSecs));
        QString text = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
        text.chop(1); // the Z
        switch (random.bounded(4)) {
        case 0:
            break;
        case 1:
            text += u'.' + QString::number(random.bounded(1000)).rightJustified(3, u'0');
            break;
        default:
            text += u'.' + QString::number(random.bounded(1'000'000)).rightJustified(6, u'0');
        }
        text += zones.at(random.bounded(qsizetype(zones.size())));
        if (random.bounded(8) == 0)
            text[random.bounded(text.size())] = QChar(u"0919:-T.Z+x "[random.bounded(12)]);
        QVERIFY2(sameReading(parseApiDateTime(text), qtApiDateTime(text)), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
