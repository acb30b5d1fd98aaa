#include "app/batches/batchfilterpanel.h"

#include "app/common/statuswords.h"
#include "app/common/tabledelegates.h"
#include "core/batches/batch.h"
#include "ui_batchfilterpanel.h"

namespace BatchDeck {

namespace {

// A QDateEdit at its minimum shows "Any" and means: no bound.
const QDate NoDate(2000, 1, 1);

std::optional<QString> textValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional(trimmed);
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
    for (QDateEdit *edit : {m_ui->createdFromEdit, m_ui->createdToEdit}) {
        edit->setMinimumDate(NoDate);
        edit->setSpecialValueText(tr("Any"));
        edit->setDate(NoDate);
        connect(edit, &QDateEdit::dateChanged, this, &BatchFilterPanel::scheduleApply);
    }
    connect(m_ui->createdFromClear, &QToolButton::clicked, this,
            [this] { m_ui->createdFromEdit->setDate(NoDate); });
    connect(m_ui->createdToClear, &QToolButton::clicked, this,
            [this] { m_ui->createdToEdit->setDate(NoDate); });
    QPalette warning = m_ui->batchValidationLabel->palette();
    warning.setColor(QPalette::WindowText, statusColor(QStringLiteral("failed"), palette()));
    m_ui->batchValidationLabel->setPalette(warning);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &BatchFilterPanel::apply);
    connect(m_ui->batchStatusList, &QListWidget::currentRowChanged, this,
            &BatchFilterPanel::scheduleApply);
    for (QLineEdit *edit :
         {m_ui->batchDirectoryEdit, m_ui->batchProjectEdit, m_ui->batchOrganizationEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &BatchFilterPanel::scheduleApply);
        connect(edit, &QLineEdit::returnPressed, this, &BatchFilterPanel::apply);
    }
    connect(m_ui->batchResetButton, &QPushButton::clicked, this, [this] {
        setQuery({});
        apply();
    });
}

BatchFilterPanel::~BatchFilterPanel() = default;

std::optional<QString> BatchFilterPanel::dateValue(const QDateEdit *edit)
{
    if (edit->date() <= NoDate)
        return std::nullopt;
    return edit->date().toString(Qt::ISODate);
}

void BatchFilterPanel::setDateValue(QDateEdit *edit, const std::optional<QString> &value)
{
    const QDate date = value ? QDate::fromString(*value, Qt::ISODate) : QDate();
    edit->setDate(date.isValid() && date > NoDate ? date : NoDate);
}

ListBatchesQuery BatchFilterPanel::query() const
{
    ListBatchesQuery query;
    const QListWidgetItem *status = m_ui->batchStatusList->currentItem();
    if (status && !status->data(Qt::UserRole).toString().isEmpty())
        query.status = status->data(Qt::UserRole).toString();
    query.createdAtOnOrAfter = dateValue(m_ui->createdFromEdit);
    query.createdAtOnOrBefore = dateValue(m_ui->createdToEdit);
    query.sourceDirectoryId = textValue(m_ui->batchDirectoryEdit->text());
    query.projectId = textValue(m_ui->batchProjectEdit->text());
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
    setDateValue(m_ui->createdFromEdit, query.createdAtOnOrAfter);
    setDateValue(m_ui->createdToEdit, query.createdAtOnOrBefore);
    m_ui->batchDirectoryEdit->setText(query.sourceDirectoryId.value_or(QString()));
    m_ui->batchProjectEdit->setText(query.projectId.value_or(QString()));
    m_ui->batchOrganizationEdit->setText(query.organizationId.value_or(QString()));
    m_ui->batchValidationLabel->hide();
    m_updating = false;
    m_debounce.stop();
}

QString BatchFilterPanel::validationMessage() const
{
    const QDate from = m_ui->createdFromEdit->date();
    const QDate to = m_ui->createdToEdit->date();
    if (from > NoDate && to > NoDate && from > to) {
        return tr("Created from (%1) is after Created to (%2): pick dates in order, or clear one.")
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    }
    return query().validationError();
}

void BatchFilterPanel::scheduleApply()
{
    if (!m_updating)
        m_debounce.start();
}

void BatchFilterPanel::apply()
{
    m_debounce.stop();
    const QString problem = validationMessage();
    m_ui->batchValidationLabel->setText(problem);
    m_ui->batchValidationLabel->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        Q_EMIT queryChanged(query());
}

} // namespace BatchDeck
