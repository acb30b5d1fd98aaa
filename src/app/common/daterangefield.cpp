#include "app/common/daterangefield.h"

#include <QCalendarWidget>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpressionValidator>
#include <QScopedValueRollback>
#include <QToolButton>
#include <QWidgetAction>

namespace BatchDeck {

namespace {

QString isoText(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

QToolButton *quickButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

} // namespace

DateRangeField::DateRangeField(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 6); // apart from the field below, as the pickers are
    layout->setHorizontalSpacing(4);
    setUpSide(&m_from, Bound::From);
    setUpSide(&m_to, Bound::To);
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from.edit);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to.edit);
    layout->addWidget(fromLabel, 0, 0);
    layout->addWidget(m_from.edit, 0, 1);
    layout->addWidget(m_from.button, 0, 2);
    layout->addWidget(toLabel, 1, 0);
    layout->addWidget(m_to.edit, 1, 1);
    layout->addWidget(m_to.button, 1, 2);
    layout->setColumnStretch(1, 1);

    auto *quick = new QHBoxLayout;
    quick->setContentsMargins(0, 0, 0, 0);
    quick->setSpacing(0);
    QToolButton *today = quickButton(tr("Today"), QStringLiteral("todayButton"), this);
    QToolButton *week = quickButton(tr("Last 7 days"), QStringLiteral("last7DaysButton"), this);
    QToolButton *month = quickButton(tr("Last 30 days"), QStringLiteral("last30DaysButton"), this);
    connect(today, &QToolButton::clicked, this, [this] { setLastDays(1); });
    connect(week, &QToolButton::clicked, this, [this] { setLastDays(7); });
    connect(month, &QToolButton::clicked, this, [this] { setLastDays(30); });
    for (QToolButton *button : {today, week, month})
        quick->addWidget(button);
    quick->addStretch(1);
    layout->addLayout(quick, 2, 0, 1, 3);
}

void DateRangeField::setUpSide(Side *side, Bound bound)
{
    const bool from = bound == Bound::From;
    side->edit = new QLineEdit(this);
    side->edit->setObjectName(from ? QStringLiteral("createdFromEdit")
                                   : QStringLiteral("createdToEdit"));
    side->edit->setAccessibleName(from ? tr("Created from") : tr("Created to"));
    side->edit->setToolTip(from ? tr("The first day, as 2026-11-20; empty for any day")
                                : tr("The last day, as 2026-11-20; empty for any day"));
    side->edit->setPlaceholderText(tr("Any"));
    side->edit->setClearButtonEnabled(true);
    // Digits and dashes only: a letter is never a date, and none can slip in beside one.
    side->edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9-]{0,10}")), side->edit));
    connect(side->edit, &QLineEdit::textChanged, this, [this] {
        if (!m_quiet)
            Q_EMIT edited();
    });

    side->calendar = new QCalendarWidget;
    side->calendar->setObjectName(from ? QStringLiteral("createdFromCalendar")
                                       : QStringLiteral("createdToCalendar"));
    side->calendar->setGridVisible(false);
    side->calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    side->menu = new QMenu(this);
    auto *action = new QWidgetAction(side->menu);
    action->setDefaultWidget(side->calendar);
    side->menu->addAction(action);
    const auto pick = [side](QDate date) {
        side->menu->close();
        side->edit->setText(date.toString(Qt::ISODate));
    };
    connect(side->calendar, &QCalendarWidget::clicked, this, pick);
    connect(side->calendar, &QCalendarWidget::activated, this, pick);

    side->button = new QToolButton(this);
    side->button->setObjectName(from ? QStringLiteral("createdFromCalendarButton")
                                     : QStringLiteral("createdToCalendarButton"));
    side->button->setText(QStringLiteral("▾"));
    side->button->setToolTip(tr("Pick a day in a calendar"));
    side->button->setAccessibleName(from ? tr("Calendar for created from")
                                         : tr("Calendar for created to"));
    connect(side->button, &QToolButton::clicked, this, [this, bound] { openCalendar(bound); });
}

QDate DateRangeField::today()
{
    return QDateTime::currentDateTimeUtc().date();
}

std::optional<QDate> DateRangeField::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid() && trimmed.size() == 8)
        date = QDate::fromString(trimmed, QStringLiteral("yyyyMMdd")); // ISO 8601 basic
    return date.isValid() ? std::optional(date) : std::nullopt;
}

std::optional<QDate> DateRangeField::date(Bound bound) const
{
    return parse(side(bound).edit->text());
}

void DateRangeField::setRange(const std::optional<QDate> &from, const std::optional<QDate> &to)
{
    const QScopedValueRollback quiet(m_quiet, true);
    m_from.edit->setText(isoText(from));
    m_to.edit->setText(isoText(to));
}

QString DateRangeField::problem() const
{
    for (const Bound bound : {Bound::From, Bound::To}) {
        const QString text = side(bound).edit->text().trimmed();
        if (!text.isEmpty() && !date(bound)) {
            return (bound == Bound::From
                        ? tr("Created from: '%1' is not a date. Type it as %2, or clear it for "
                             "any day.")
                        : tr("Created to: '%1' is not a date. Type it as %2, or clear it for "
                             "any day."))
                .arg(text, today().toString(Qt::ISODate));
        }
    }
    if (from() && to() && *from() > *to()) {
        return tr("Created from (%1) is after Created to (%2): pick dates in order, or clear one.")
            .arg(isoText(from()), isoText(to()));
    }
    return {};
}

QLineEdit *DateRangeField::edit(Bound bound) const
{
    return side(bound).edit;
}

QToolButton *DateRangeField::calendarButton(Bound bound) const
{
    return side(bound).button;
}

QCalendarWidget *DateRangeField::calendar(Bound bound) const
{
    return side(bound).calendar;
}

void DateRangeField::openCalendar(Bound bound)
{
    const Side &shown = side(bound);
    const QDate day = date(bound).value_or(today());
    shown.calendar->setSelectedDate(day);
    shown.calendar->setCurrentPage(day.year(), day.month());
    // Under the field, where the eye is, rather than off the sidebar's edge.
    shown.menu->popup(shown.edit->mapToGlobal(QPoint(0, shown.edit->height())));
    shown.calendar->setFocus();
}

void DateRangeField::setLastDays(int days)
{
    {
        const QScopedValueRollback quiet(m_quiet, true);
        m_from.edit->setText(isoText(today().addDays(1 - days)));
        m_to.edit->setText(isoText(today()));
    }
    Q_EMIT edited();
}

} // namespace BatchDeck
