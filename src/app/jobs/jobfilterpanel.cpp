#include "app/jobs/jobfilterpanel.h"

#include "app/common/statuswords.h"
#include "app/common/tabledelegates.h"
#include "core/jobs/filtercounter.h"
#include "ui_jobfilterpanel.h"

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
    auto *all = new QListWidgetItem(JobFilterPanel::tr("All"), list);
    all->setData(Qt::UserRole, QString());
    for (const QString &value : values) {
        auto *item = new QListWidgetItem(list);
        item->setData(Qt::UserRole, value);
    }
    list->setCurrentRow(0);
}

// `word` names the value for people, in the language in use ("Failed", "Fehlgeschlagen").
QString labelFor(const QString &value, QString (*word)(const QString &),
                 std::optional<qint64> count)
{
    QString label = value.isEmpty() ? JobFilterPanel::tr("All") : word(value);
    if (count)
        label += QStringLiteral(" (%1)").arg(QLocale().toString(*count));
    return label;
}

} // namespace

JobFilterPanel::JobFilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JobFilterPanel>())
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
    for (QLabel *label : std::initializer_list<QLabel *> {
             m_ui->validationLabel, m_ui->projectMessage, m_ui->directoryMessage})
        label->setPalette(warning);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &JobFilterPanel::apply);
    connect(m_ui->statusList, &QListWidget::currentRowChanged, this,
            &JobFilterPanel::scheduleApply);
    connect(m_ui->typeList, &QListWidget::currentRowChanged, this, &JobFilterPanel::scheduleApply);
    m_ui->projectCombo->setKind(NamePicker::Kind::Project, QStringLiteral("projectEdit"));
    m_ui->directoryCombo->setKind(NamePicker::Kind::Directory, QStringLiteral("directoryEdit"));
    m_ui->directoryCombo->followProject(m_ui->projectCombo);
    for (NamePicker *picker : {m_ui->projectCombo, m_ui->directoryCombo}) {
        connect(picker, &NamePicker::edited, this, [this] {
            // A message goes as soon as its text is fixed; a new one waits for the pause.
            if (m_ui->projectCombo->problem().isEmpty())
                m_ui->projectMessage->setContent(QString());
            if (m_ui->directoryCombo->problem().isEmpty())
                m_ui->directoryMessage->setContent(QString());
            scheduleApply();
        });
    }
    connect(m_ui->organizationEdit, &QLineEdit::textChanged, this, &JobFilterPanel::scheduleApply);
    connect(m_ui->resetButton, &QPushButton::clicked, this, [this] {
        setFilter({});
        apply();
    });
    showCounts(nullptr);
}

JobFilterPanel::~JobFilterPanel() = default;

JobFilter JobFilterPanel::filter() const
{
    JobFilter filter;
    filter.status = listValue(m_ui->statusList);
    filter.jobType = listValue(m_ui->typeList);
    filter.directoryId = m_ui->directoryCombo->pickedId();
    filter.projectId = m_ui->projectCombo->pickedId();
    filter.organizationId = textValue(m_ui->organizationEdit->text());
    return filter;
}

void JobFilterPanel::selectValue(QListWidget *list, const std::optional<QString> &value)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == value.value_or(QString())) {
            list->setCurrentRow(row);
            return;
        }
    }
    list->setCurrentRow(0);
}

void JobFilterPanel::setFilter(const JobFilter &filter)
{
    m_updating = true;
    selectValue(m_ui->statusList, filter.status);
    selectValue(m_ui->typeList, filter.jobType);
    m_ui->projectCombo->showId(filter.projectId);
    m_ui->directoryCombo->showId(filter.directoryId);
    m_ui->organizationEdit->setText(filter.organizationId.value_or(QString()));
    m_ui->validationLabel->hide();
    showPickerProblems(); // a value saved before it was checked says what is wrong with it
    m_updating = false;
    m_debounce.stop();
}

void JobFilterPanel::showCounts(const FilterCounter *counter)
{
    for (int row = 0; row < m_ui->statusList->count(); ++row) {
        QListWidgetItem *item = m_ui->statusList->item(row);
        const QString value = item->data(Qt::UserRole).toString();
        item->setText(
            labelFor(value, statusWord, counter ? counter->statusCount(value) : std::nullopt));
    }
    for (int row = 0; row < m_ui->typeList->count(); ++row) {
        QListWidgetItem *item = m_ui->typeList->item(row);
        const QString value = item->data(Qt::UserRole).toString();
        item->setText(
            labelFor(value, jobTypeWord, counter ? counter->typeCount(value) : std::nullopt));
    }
}

void JobFilterPanel::setNameCatalog(const NameCatalog *catalog)
{
    const bool updating = m_updating;
    m_updating = true; // the IDs the pickers stand for stay the same
    m_ui->projectCombo->setNameCatalog(catalog);
    m_ui->directoryCombo->setNameCatalog(catalog);
    m_updating = updating;
}

bool JobFilterPanel::isChoosing() const
{
    return m_ui->projectCombo->isChoosing() || m_ui->directoryCombo->isChoosing();
}

bool JobFilterPanel::showPickerProblems()
{
    const QString project = m_ui->projectCombo->problem();
    const QString directory = m_ui->directoryCombo->problem();
    m_ui->projectMessage->setContent(project);
    m_ui->directoryMessage->setContent(directory);
    return project.isEmpty() && directory.isEmpty();
}

void JobFilterPanel::scheduleApply()
{
    if (!m_updating)
        m_debounce.start();
}

void JobFilterPanel::apply()
{
    m_debounce.stop();
    if (isChoosing()) { // wait for the pick
        m_debounce.start();
        return;
    }
    const bool picked = showPickerProblems();
    const JobFilter current = filter();
    const QString problem = current.validationError();
    m_ui->validationLabel->setText(problem);
    m_ui->validationLabel->setVisible(!problem.isEmpty());
    if (picked && problem.isEmpty())
        Q_EMIT filterChanged(current);
}

} // namespace BatchDeck
