#include "app/jobs/jobfilterpanel.h"

#include "app/common/servertext.h"
#include "app/common/tabledelegates.h"
#include "core/catalog/namecatalog.h"
#include "core/jobs/filtercounter.h"
#include "ui_jobfilterpanel.h"

#include <QAbstractItemView>
#include <QCompleter>
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

struct NamedId
{
    QString id;
    QString name;
};

template<typename Entry>
QList<NamedId> namedIds(const QList<Entry> &entries)
{
    QList<NamedId> named;
    named.reserve(entries.size());
    for (const Entry &entry : entries)
        named.append({entry.id, entry.name});
    return named;
}

// The ID a picker's text stands for: an entry's, when the text is its label (in any case), or
// the text itself, taken as a pasted ID.
std::optional<QString> pickedId(const QComboBox *picker)
{
    const QString text = picker->currentText().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const int row = picker->findText(text, Qt::MatchFixedString);
    return row >= 0 ? picker->itemData(row).toString() : text;
}

// Replaces a picker's entries, keeping what is typed in it, where the cursor is. Names shared
// by several entries carry their ID, so that each label picks one.
void fillPicker(QComboBox *picker, const QList<NamedId> &entries)
{
    QLineEdit *edit = picker->lineEdit();
    const QString text = edit->text();
    const int cursor = edit->cursorPosition();
    QHash<QString, int> uses;
    for (const NamedId &entry : entries)
        ++uses[entry.name.toCaseFolded()];
    picker->clear();
    for (const NamedId &entry : entries) {
        const bool shared = uses.value(entry.name.toCaseFolded()) > 1;
        picker->addItem(
            shownText(shared ? QStringLiteral("%1 (%2)").arg(entry.name, entry.id) : entry.name),
            entry.id);
        picker->setItemData(picker->count() - 1, plainToolTip(entry.id), Qt::ToolTipRole);
    }
    picker->setCurrentIndex(-1);
    // An ID typed or restored earlier shows as its name once the name is known, but never
    // under the user's fingers.
    const int named = text.isEmpty() || edit->hasFocus() ? -1 : picker->findData(text.trimmed());
    if (named >= 0) {
        picker->setCurrentIndex(named);
    } else if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(cursor);
    }
}

// Matches anywhere in a name, in any case: "voice" finds "Invoices 2025".
void setUpPicker(QComboBox *picker, const QString &editName, const QString &placeholder)
{
    picker->lineEdit()->setObjectName(editName); // the field's name before it had a list
    picker->lineEdit()->setClearButtonEnabled(true);
    picker->lineEdit()->setPlaceholderText(placeholder);
    auto *completer = new QCompleter(picker->model(), picker);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    picker->setCompleter(completer);
    picker->setCurrentIndex(-1);
}

QString labelFor(const QString &value, std::optional<qint64> count)
{
    QString label =
        value.isEmpty() ? JobFilterPanel::tr("All") : value.at(0).toUpper() + value.mid(1);
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
    m_ui->validationLabel->setPalette(warning);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &JobFilterPanel::apply);
    connect(m_ui->statusList, &QListWidget::currentRowChanged, this,
            &JobFilterPanel::scheduleApply);
    connect(m_ui->typeList, &QListWidget::currentRowChanged, this, &JobFilterPanel::scheduleApply);
    setUpPicker(m_ui->projectCombo, QStringLiteral("projectEdit"), tr("Name or UUID"));
    setUpPicker(m_ui->directoryCombo, QStringLiteral("directoryEdit"), tr("Name or dir-…"));
    connect(m_ui->projectCombo, &QComboBox::editTextChanged, this, [this] {
        if (!m_updating) {
            fillDirectoryPicker(); // the directories follow the project
            scheduleApply();
        }
    });
    connect(m_ui->directoryCombo, &QComboBox::editTextChanged, this,
            &JobFilterPanel::scheduleApply);
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
    filter.directoryId = pickedId(m_ui->directoryCombo);
    filter.projectId = pickedId(m_ui->projectCombo);
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
    showPickedValue(m_ui->projectCombo, filter.projectId);
    fillDirectoryPicker();
    showPickedValue(m_ui->directoryCombo, filter.directoryId);
    m_ui->organizationEdit->setText(filter.organizationId.value_or(QString()));
    m_ui->validationLabel->hide();
    m_updating = false;
    m_debounce.stop();
}

void JobFilterPanel::showCounts(const FilterCounter *counter)
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

void JobFilterPanel::showPickedValue(QComboBox *picker, const std::optional<QString> &id)
{
    const int row = id ? picker->findData(*id) : -1;
    picker->setCurrentIndex(row);
    if (row < 0)
        picker->setEditText(id.value_or(QString()));
}

void JobFilterPanel::setNameCatalog(const NameCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (catalog)
        connect(catalog, &NameCatalog::namesChanged, this, &JobFilterPanel::fillPickers);
    fillPickers();
}

void JobFilterPanel::fillPickers()
{
    const bool updating = m_updating;
    m_updating = true; // the IDs the pickers stand for stay the same
    fillPicker(m_ui->projectCombo, m_catalog ? namedIds(m_catalog->projects()) : QList<NamedId>());
    m_updating = updating;
    fillDirectoryPicker();
}

std::optional<QString> JobFilterPanel::projectForDirectories() const
{
    const std::optional<QString> project = pickedId(m_ui->projectCombo);
    if (!project)
        return std::nullopt;
    // A name still being typed is no project yet: until then, every directory is listed.
    const bool listed = m_ui->projectCombo->findData(*project) >= 0;
    return listed || QueryChecks::checkUuid("project_id", project).isEmpty() ? project
                                                                             : std::nullopt;
}

void JobFilterPanel::fillDirectoryPicker()
{
    QList<NamedId> directories;
    if (m_catalog) {
        const std::optional<QString> project = projectForDirectories();
        directories = namedIds(project ? m_catalog->directoriesOfProject(*project)
                                       : m_catalog->directories());
    }
    const bool updating = m_updating;
    m_updating = true;
    fillPicker(m_ui->directoryCombo, directories);
    m_updating = updating;
}

bool JobFilterPanel::isChoosing() const
{
    // Part of a name is no filter yet (as an ID it would match nothing, or be refused); a whole
    // label is, even while the list of matches is still open.
    for (const QComboBox *picker : {m_ui->projectCombo, m_ui->directoryCombo}) {
        if (picker->completer() && picker->completer()->popup()->isVisible()
            && picker->findText(picker->currentText().trimmed(), Qt::MatchFixedString) < 0)
            return true;
    }
    return false;
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
    const JobFilter current = filter();
    QString problem = current.validationError();
    if (problem.startsWith(u"project_id") && m_ui->projectCombo->count() > 0)
        problem += tr(" Or choose a project from the list.");
    m_ui->validationLabel->setText(problem);
    m_ui->validationLabel->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        Q_EMIT filterChanged(current);
}

} // namespace BatchDeck
