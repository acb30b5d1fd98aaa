#include "app/indexviews/indexfilterpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace BatchDeck {

IndexFilterPanel::IndexFilterPanel(const QStringList &statuses, const QStringList &types,
                                   QWidget *parent)
    : QWidget(parent)
    , m_range(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *timeBox = new QGroupBox(tr("Created"), this);
    auto *timeLayout = new QFormLayout(timeBox);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->addItem(tr("Any time"), QVariant::fromValue(Range::AnyTime));
    m_range->addItem(tr("Last hour"), QVariant::fromValue(Range::LastHour));
    m_range->addItem(tr("Last 24 hours"), QVariant::fromValue(Range::LastDay));
    m_range->addItem(tr("Last 7 days"), QVariant::fromValue(Range::LastWeek));
    m_range->addItem(tr("Last 30 days"), QVariant::fromValue(Range::LastMonth));
    m_range->addItem(tr("Custom range"), QVariant::fromValue(Range::Custom));
    m_range->setToolTip(tr("Only jobs created in this time (your computer's time zone)"));
    timeLayout->addRow(m_range);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setDateTime(QDateTime::currentDateTime());
    }
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_from->setDateTime(QDateTime::currentDateTime().addDays(-7));
    timeLayout->addRow(tr("&From:"), m_from);
    timeLayout->addRow(tr("&To:"), m_to);
    layout->addWidget(timeBox);
    const auto showCustom = [this, timeLayout] {
        const bool custom = m_range->currentData().value<Range>() == Range::Custom;
        timeLayout->setRowVisible(m_from, custom);
        timeLayout->setRowVisible(m_to, custom);
    };
    showCustom();
    connect(m_range, &QComboBox::currentIndexChanged, this, [this, showCustom] {
        showCustom();
        Q_EMIT filterChanged();
    });
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateTimeEdit::editingFinished, this, [this] {
            if (m_range->currentData().value<Range>() == Range::Custom)
                Q_EMIT filterChanged();
        });
    }
    if (!statuses.isEmpty())
        layout->addWidget(addChecks(tr("Status"), statuses, &m_statuses));
    if (!types.isEmpty())
        layout->addWidget(addChecks(tr("Type"), types, &m_types));
    layout->addStretch();
}

QGroupBox *IndexFilterPanel::addChecks(const QString &title, const QStringList &values,
                                       QMap<QString, QCheckBox *> *checks)
{
    auto *box = new QGroupBox(title, this);
    box->setToolTip(tr("None checked: every one. Several: any of them."));
    auto *boxLayout = new QVBoxLayout(box);
    for (const QString &value : values) {
        auto *check = new QCheckBox(value, box);
        check->setObjectName(value + QStringLiteral("Check"));
        boxLayout->addWidget(check);
        checks->insert(value, check);
        connect(check, &QCheckBox::toggled, this, &IndexFilterPanel::filterChanged);
    }
    return box;
}

QStringList IndexFilterPanel::checked(const QMap<QString, QCheckBox *> &checks)
{
    QStringList values;
    for (auto it = checks.cbegin(); it != checks.cend(); ++it) {
        if (it.value()->isChecked())
            values.append(it.key());
    }
    return values;
}

void IndexFilterPanel::applyTo(IndexQuery *query, const QDateTime &now) const
{
    query->statuses = checked(m_statuses);
    query->jobTypes = checked(m_types);
    query->createdFrom = {};
    query->createdTo = {};
    switch (m_range->currentData().value<Range>()) {
    case Range::AnyTime:
        break;
    case Range::LastHour:
        query->createdFrom = now.addSecs(-3600);
        break;
    case Range::LastDay:
        query->createdFrom = now.addDays(-1);
        break;
    case Range::LastWeek:
        query->createdFrom = now.addDays(-7);
        break;
    case Range::LastMonth:
        query->createdFrom = now.addDays(-30);
        break;
    case Range::Custom:
        query->createdFrom = m_from->dateTime();
        query->createdTo = m_to->dateTime();
        break;
    }
}

QStringList IndexFilterPanel::describe() const
{
    QStringList entries;
    const Range range = m_range->currentData().value<Range>();
    if (range == Range::Custom) {
        const QLocale locale;
        entries.append(tr("created: %1 to %2")
                           .arg(locale.toString(m_from->dateTime(), QLocale::ShortFormat),
                                locale.toString(m_to->dateTime(), QLocale::ShortFormat)));
    } else if (range != Range::AnyTime) {
        entries.append(tr("created: %1").arg(m_range->currentText().toLower()));
    }
    if (const QStringList statuses = checked(m_statuses); !statuses.isEmpty())
        entries.append(tr("status: %1").arg(statuses.join(QStringLiteral(", "))));
    if (const QStringList types = checked(m_types); !types.isEmpty())
        entries.append(tr("type: %1").arg(types.join(QStringLiteral(", "))));
    return entries;
}

void IndexFilterPanel::reset()
{
    const QSignalBlocker blocker(this);
    m_range->setCurrentIndex(0);
    for (QCheckBox *check : std::as_const(m_statuses))
        check->setChecked(false);
    for (QCheckBox *check : std::as_const(m_types))
        check->setChecked(false);
}

void IndexFilterPanel::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(QVariant::fromValue(range)));
}

void IndexFilterPanel::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    {
        const QSignalBlocker blocker(this);
        m_from->setDateTime(from.toLocalTime());
        m_to->setDateTime(to.toLocalTime());
        setRange(Range::Custom);
    }
    Q_EMIT filterChanged();
}

void IndexFilterPanel::setStatusChecked(const QString &status, bool checked)
{
    if (QCheckBox *check = m_statuses.value(status))
        check->setChecked(checked);
}

void IndexFilterPanel::setTypeChecked(const QString &type, bool checked)
{
    if (QCheckBox *check = m_types.value(type))
        check->setChecked(checked);
}

void IndexFilterPanel::showStatusCounts(const QMap<QString, qint64> &counts)
{
    const QLocale locale;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        it.value()->setText(tr("%1 (%2)").arg(it.key(), locale.toString(counts.value(it.key()))));
}

} // namespace BatchDeck
