#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QCalendarWidget;
class QLineEdit;
class QMenu;
class QToolButton;

namespace BatchDeck {

// Created from / to, in whole days. Each bound takes an ISO date typed in (2026-11-20, or
// 20261120), or a day picked in a calendar that opens at the bound's day, else today; an empty
// field is "Any": no bound. Today, Last 7 days and Last 30 days set both bounds in one click.
// Days are UTC days, as the lists' bounds are.
class DateRangeField : public QWidget
{
    Q_OBJECT

public:
    enum class Bound { From, To };

    explicit DateRangeField(QWidget *parent = nullptr);

    // Empty for "Any", and for text that is no date (problem() names it).
    std::optional<QDate> from() const { return date(Bound::From); }
    std::optional<QDate> to() const { return date(Bound::To); }
    std::optional<QDate> date(Bound bound) const;
    // Shows the bounds without announcing them.
    void setRange(const std::optional<QDate> &from, const std::optional<QDate> &to);
    // Why the range cannot be applied (a bound that is no date, bounds out of order), or empty.
    QString problem() const;
    // The day the quick ranges end on and the calendars open at: today in UTC.
    static QDate today();

    QLineEdit *edit(Bound bound) const;
    QToolButton *calendarButton(Bound bound) const;
    QCalendarWidget *calendar(Bound bound) const;
    // Opens the bound's calendar at its day, else today.
    void openCalendar(Bound bound);
    // The quick ranges: the last `days` days, today included.
    void setLastDays(int days);

Q_SIGNALS:
    // The user typed, picked a day, cleared a bound or chose a quick range.
    void edited();

private:
    struct Side
    {
        QLineEdit *edit = nullptr;
        QToolButton *button = nullptr;
        QMenu *menu = nullptr;
        QCalendarWidget *calendar = nullptr;
    };

    const Side &side(Bound bound) const { return bound == Bound::From ? m_from : m_to; }
    void setUpSide(Side *side, Bound bound);
    static std::optional<QDate> parse(const QString &text);

    Side m_from;
    Side m_to;
    bool m_quiet = false;
};

} // namespace BatchDeck
