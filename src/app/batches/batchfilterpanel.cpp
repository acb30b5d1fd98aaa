#include "app/batches/batchfilterpanel.h"

#include "app/common/statuswords.h"
#include "app/common/tabledelegates.h"
#include "core/batches/batch.h"
#include "core/batches/batchstatuscounter.h"
#include "ui_batchfilterpanel.h"

#include <QLocale>

namespace BatchDeck {

namespace {

std::optional<QString> textValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional(trimmed);
}

std::optional<QString> isoDate(const std::optional<QDate> &date)
{
    return date ? std::optional(date->toString(Qt::ISODate)) : std::nullopt;
}

// A bound the panel can show: a plain date. A date-time (from a hand-edited setting) is left
// open rather than shown as a day it does not mean.
std::optional<QDate> plainDate(const std::optional<QString> &value)
{
    const QDate date = value ? QDate::fromString(*value, Qt::ISODate) : QDate();
    return date.isValid() ? std::optional(date) : std::nullopt;
}

} // namespace

BatchFilterPanel::BatchFilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BatchFilterPanel>())
{
    m_ui->setupUi(this);
    auto *all = new QListWidgetItem(tr("All"), m_ui->batchStatusList);
    all->setData(Qt::UserRole, QString());
    for (const QString &status : knownBatchStatuses()) {
        auto *item = new QListWidgetItem(statusWord(status), m_ui->batchStatusList);
        item->setData(Qt::UserRole, status);
        item->setForeground(statusColor(status, palette()));
    }
    m_ui->batchStatusList->setCurrentRow(0);
    QPalette warning = m_ui->batchValidationLabel->palette();
    warning.setColor(QPalette::WindowText, statusColor(QStringLiteral("failed"), palette()));
    for (QLabel *label : std::initializer_list<QLabel *> {
             m_ui->batchValidationLabel, m_ui->batchProjectMessage, m_ui->batchDirectoryMessage})
        label->setPalette(warning);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &BatchFilterPanel::apply);
    connect(m_ui->batchStatusList, &QListWidget::currentRowChanged, this,
            &BatchFilterPanel::scheduleApply);
    connect(m_ui->createdRange, &DateRangeField::edited, this, &BatchFilterPanel::scheduleApply);
    m_ui->batchProjectCombo->setKind(NamePicker::Kind::Project, QStringLiteral("batchProjectEdit"));
    m_ui->batchDirectoryCombo->setKind(NamePicker::Kind::Directory,
                                       QStringLiteral("batchDirectoryEdit"));
    m_ui->batchDirectoryCombo->followProject(m_ui->batchProjectCombo);
    for (NamePicker *picker : {m_ui->batchProjectCombo, m_ui->batchDirectoryCombo}) {
        connect(picker, &NamePicker::edited, this, [this] {
            // A message goes as soon as its text is fixed; a new one waits for the pause.
            if (m_ui->batchProjectCombo->problem().isEmpty())
                m_ui->batchProjectMessage->setContent(QString());
            if (m_ui->batchDirectoryCombo->problem().isEmpty())
                m_ui->batchDirectoryMessage->setContent(QString());
            scheduleApply();
        });
    }
    connect(m_ui->batchOrganizationEdit, &QLineEdit::textChanged, this,
            &BatchFilterPanel::scheduleApply);
    connect(m_ui->batchOrganizationEdit, &QLineEdit::returnPressed, this, &BatchFilterPanel::apply);
    for (QLineEdit *edit : {m_ui->createdRange->edit(DateRangeField::Bound::From),
                            m_ui->createdRange->edit(DateRangeField::Bound::To)})
        connect(edit, &QLineEdit::returnPressed, this, &BatchFilterPanel::apply);
    connect(m_ui->batchResetButton, &QPushButton::clicked, this, [this] {
        setQuery({});
        apply();
    });
    showCounts(nullptr);
}

BatchFilterPanel::~BatchFilterPanel() = default;

ListBatchesQuery BatchFilterPanel::query() const
{
    ListBatchesQuery query;
    const QListWidgetItem *status = m_ui->batchStatusList->currentItem();
    if (status && !status->data(Qt::UserRole).toString().isEmpty())
        query.status = status->data(Qt::UserRole).toString();
    query.createdAtOnOrAfter = isoDate(m_ui->createdRange->from());
    query.createdAtOnOrBefore = isoDate(m_ui->createdRange->to());
    query.sourceDirectoryId = m_ui->batchDirectoryCombo->pickedId();
    query.projectId = m_ui->batchProjectCombo->pickedId();
    query.organizationId = textValue(m_ui->batchOrganizationEdit->text());
    return query;
}

void BatchFilterPanel::setQuery(const ListBatchesQuery &query)
{
    m_updating = true;
    int row = 0;
    for (int index = 0; index < m_ui->batchStatusList->count(); ++index) {
        if (m_ui->batchStatusList->item(index)->data(Qt::UserRole).toString()
            == BatchQueryChecks::normalizedStatus(query.status).value_or(QString()))
            row = index;
    }
    m_ui->batchStatusList->setCurrentRow(row);
    m_ui->createdRange->setRange(plainDate(query.createdAtOnOrAfter),
                                 plainDate(query.createdAtOnOrBefore));
    m_ui->batchProjectCombo->showId(query.projectId);
    m_ui->batchDirectoryCombo->showId(query.sourceDirectoryId);
    m_ui->batchOrganizationEdit->setText(query.organizationId.value_or(QString()));
    m_ui->batchValidationLabel->hide();
    showPickerProblems(); // a value saved before it was checked says what is wrong with it
    m_updating = false;
    m_debounce.stop();
}

void BatchFilterPanel::setNameCatalog(const NameCatalog *catalog)
{
    const bool updating = m_updating;
    m_updating = true; // the IDs the pickers stand for stay the same
    m_ui->batchProjectCombo->setNameCatalog(catalog);
    m_ui->batchDirectoryCombo->setNameCatalog(catalog);
    m_updating = updating;
}

void BatchFilterPanel::showCounts(const BatchStatusCounter *counter)
{
    for (int row = 0; row < m_ui->batchStatusList->count(); ++row) {
        QListWidgetItem *item = m_ui->batchStatusList->item(row);
        const QString status = item->data(Qt::UserRole).toString();
        QString label = status.isEmpty() ? tr("All") : statusWord(status);
        if (const std::optional<qint64> count =
                counter ? counter->statusCount(status) : std::nullopt)
            label += QStringLiteral(" (%1)").arg(QLocale().toString(*count));
        item->setText(label);
    }
}

QString BatchFilterPanel::validationMessage() const
{
    QString dates = m_ui->createdRange->problem();
    if (!dates.isEmpty())
        return dates;
    for (const NamePicker *picker : {m_ui->batchProjectCombo, m_ui->batchDirectoryCombo}) {
        if (QString problem = picker->problem(); !problem.isEmpty())
            return problem;
    }
    return query().validationError();
}

bool BatchFilterPanel::showPickerProblems()
{
    const QString project = m_ui->batchProjectCombo->problem();
    const QString directory = m_ui->batchDirectoryCombo->problem();
    m_ui->batchProjectMessage->setContent(project);
    m_ui->batchDirectoryMessage->setContent(directory);
    return project.isEmpty() && directory.isEmpty();
}

void BatchFilterPanel::scheduleApply()
{
    if (!m_updating)
        m_debounce.start();
}

void BatchFilterPanel::apply()
{
    m_debounce.stop();
    if (m_ui->batchProjectCombo->isChoosing() || m_ui->batchDirectoryCombo->isChoosing()) {
        m_debounce.start(); // wait for the pick
        return;
    }
    const bool picked = showPickerProblems();
    // The pickers' problems are on the lines under them; the others here.
    const QString dates = m_ui->createdRange->problem();
    const QString problem = !dates.isEmpty() ? dates : query().validationError();
    m_ui->batchValidationLabel->setText(problem);
    m_ui->batchValidationLabel->setVisible(!problem.isEmpty());
    if (picked && problem.isEmpty())
        Q_EMIT queryChanged(query());
}

} // namespace BatchDeck
