#include "filtersidebar.h"

#include "filtercounter.h"
#include "jobdelegates.h"
#include "ui_filtersidebar.h"

#include <QLocale>

namespace BatchDeck {

namespace {

std::optional<QString> textValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional(trimmed);
}

std::optional<QString> listValue(const QListWidget *list)
{
    const QListWidgetItem *item = list->currentItem();
    const QString value = item ? item->data(Qt::UserRole).toString() : QString();
    return value.isEmpty() ? std::nullopt : std::optional(value);
}

void fillList(QListWidget *list, const QStringList &values)
{
    auto *all = new QListWidgetItem(FilterSidebar::tr("All"), list);
    all->setData(Qt::UserRole, QString());
    for (const QString &value : values) {
        auto *item = new QListWidgetItem(list);
        item->setData(Qt::UserRole, value);
    }
    list->setCurrentRow(0);
}

QString labelFor(const QString &value, std::optional<qint64> count)
{
    QString label =
        value.isEmpty() ? FilterSidebar::tr("All") : value.at(0).toUpper() + value.mid(1);
    if (count)
        label += QStringLiteral(" (%1)").arg(QLocale().toString(*count));
    return label;
}

} // namespace

FilterSidebar::FilterSidebar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FilterSidebar>())
{
    m_ui->setupUi(this);
    fillList(m_ui->statusList, knownJobStatuses());
    fillList(m_ui->typeList, knownJobTypes());
    for (int row = 1; row < m_ui->statusList->count(); ++row) {
        QListWidgetItem *item = m_ui->statusList->item(row);
        item->setForeground(statusColor(item->data(Qt::UserRole).toString(), palette()));
    }
    QPalette warning = m_ui->validationLabel->palette();
    warning.setColor(QPalette::WindowText, statusColor(QStringLiteral("failed"), palette()));
    m_ui->validationLabel->setPalette(warning);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FilterSidebar::apply);
    connect(m_ui->statusList, &QListWidget::currentRowChanged, this, &FilterSidebar::scheduleApply);
    connect(m_ui->typeList, &QListWidget::currentRowChanged, this, &FilterSidebar::scheduleApply);
    for (QLineEdit *edit : {m_ui->directoryEdit, m_ui->projectEdit, m_ui->organizationEdit})
        connect(edit, &QLineEdit::textChanged, this, &FilterSidebar::scheduleApply);
    connect(m_ui->resetButton, &QPushButton::clicked, this, [this] {
        setFilter({});
        apply();
    });
    showCounts(nullptr);
}

FilterSidebar::~FilterSidebar() = default;

JobFilter FilterSidebar::filter() const
{
    JobFilter filter;
    filter.status = listValue(m_ui->statusList);
    filter.jobType = listValue(m_ui->typeList);
    filter.directoryId = textValue(m_ui->directoryEdit->text());
    filter.projectId = textValue(m_ui->projectEdit->text());
    filter.organizationId = textValue(m_ui->organizationEdit->text());
    return filter;
}

void FilterSidebar::selectValue(QListWidget *list, const std::optional<QString> &value)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == value.value_or(QString())) {
            list->setCurrentRow(row);
            return;
        }
    }
    list->setCurrentRow(0);
}

void FilterSidebar::setFilter(const JobFilter &filter)
{
    m_updating = true;
    selectValue(m_ui->statusList, filter.status);
    selectValue(m_ui->typeList, filter.jobType);
    m_ui->directoryEdit->setText(filter.directoryId.value_or(QString()));
    m_ui->projectEdit->setText(filter.projectId.value_or(QString()));
    m_ui->organizationEdit->setText(filter.organizationId.value_or(QString()));
    m_ui->validationLabel->hide();
    m_updating = false;
    m_debounce.stop();
}

void FilterSidebar::showCounts(const FilterCounter *counter)
{
    for (int row = 0; row < m_ui->statusList->count(); ++row) {
        QListWidgetItem *item = m_ui->statusList->item(row);
        const QString value = item->data(Qt::UserRole).toString();
        item->setText(labelFor(value, counter ? counter->statusCount(value) : std::nullopt));
    }
    for (int row = 0; row < m_ui->typeList->count(); ++row) {
        QListWidgetItem *item = m_ui->typeList->item(row);
        const QString value = item->data(Qt::UserRole).toString();
        item->setText(labelFor(value, counter ? counter->typeCount(value) : std::nullopt));
    }
}

void FilterSidebar::scheduleApply()
{
    if (!m_updating)
        m_debounce.start();
}

void FilterSidebar::apply()
{
    m_debounce.stop();
    const JobFilter current = filter();
    const QString problem = current.validationError();
    m_ui->validationLabel->setText(problem);
    m_ui->validationLabel->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        Q_EMIT filterChanged(current);
}

} // namespace BatchDeck
