#include "app/common/namepicker.h"

#include "app/common/servertext.h"
#include "core/api/projectscope.h"
#include "core/catalog/namecatalog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHash>
#include <QLineEdit>
#include <QScopedValueRollback>

namespace BatchDeck {

namespace {

constexpr QLatin1StringView DirectoryIdPrefix("dir-");

template<typename Named>
std::optional<QString> uniqueIdOf(const QList<Named> &entries, const QString &name)
{
    std::optional<QString> found;
    for (const Named &entry : entries) {
        if (entry.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (found && *found != entry.id)
            return std::nullopt; // two of that name: the name picks neither
        found = entry.id;
    }
    return found;
}

} // namespace

NamePicker::NamePicker(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    lineEdit()->setClearButtonEnabled(true);
    // Matches anywhere in a name, in any case.
    auto *completer = new QCompleter(model(), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    setCurrentIndex(-1);
    connect(this, &QComboBox::editTextChanged, this, [this] {
        if (!m_quiet)
            Q_EMIT edited();
    });
    setKind(Kind::Project, QStringLiteral("projectEdit"));
}

void NamePicker::setKind(Kind kind, const QString &editName)
{
    m_kind = kind;
    lineEdit()->setObjectName(editName);
    if (kind == Kind::Project) {
        lineEdit()->setPlaceholderText(tr("Name or UUID"));
        setToolTip(tr("Type part of a project's name, or paste its ID"));
        setAccessibleName(tr("Project filter"));
    } else {
        lineEdit()->setPlaceholderText(tr("Name or dir-…"));
        setToolTip(tr("Type part of a directory's name, or paste its ID"));
        setAccessibleName(tr("Directory filter"));
    }
}

void NamePicker::setNameCatalog(const NameCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (catalog)
        connect(catalog, &NameCatalog::namesChanged, this, &NamePicker::fill);
    fill();
}

void NamePicker::followProject(const NamePicker *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (project)
        connect(project, &QComboBox::editTextChanged, this, &NamePicker::fill);
    fill();
}

bool NamePicker::isIdForm(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    if (m_kind == Kind::Project)
        return QueryChecks::checkUuid("project_id", trimmed).isEmpty();
    return trimmed.size() > DirectoryIdPrefix.size()
        && trimmed.startsWith(DirectoryIdPrefix, Qt::CaseInsensitive)
        && QueryChecks::checkIdentifier("directory_id", trimmed).isEmpty();
}

std::optional<QString> NamePicker::catalogIdOf(const QString &name) const
{
    if (!m_catalog)
        return std::nullopt;
    return m_kind == Kind::Project ? uniqueIdOf(m_catalog->projects(), name)
                                   : uniqueIdOf(m_catalog->directories(), name);
}

std::optional<QString> NamePicker::pickedId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (const int row = findText(text, Qt::MatchFixedString); row >= 0)
        return itemData(row).toString();
    // A directory of another project than the one chosen keeps its name.
    if (std::optional<QString> named = catalogIdOf(text))
        return named;
    if (isIdForm(text))
        return text;
    return std::nullopt;
}

QString NamePicker::problem() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty() || pickedId())
        return {};
    return m_kind == Kind::Project ? tr("No project named '%1'").arg(text)
                                   : tr("No directory named '%1'").arg(text);
}

bool NamePicker::isChoosing() const
{
    // Part of a name is no filter yet; a whole label is, even while the list is still open.
    return completer() && completer()->popup()->isVisible()
        && findText(currentText().trimmed(), Qt::MatchFixedString) < 0;
}

void NamePicker::showId(const std::optional<QString> &id)
{
    const QScopedValueRollback quiet(m_quiet, true);
    const int row = id ? findData(*id) : -1;
    setCurrentIndex(row);
    if (row < 0)
        setEditText(id.value_or(QString()));
}

std::optional<QString> NamePicker::projectForDirectories() const
{
    return m_project ? m_project->pickedId() : std::nullopt;
}

QList<NamePicker::Entry> NamePicker::entries() const
{
    QList<Entry> entries;
    if (!m_catalog)
        return entries;
    if (m_kind == Kind::Project) {
        for (const Project &project : m_catalog->projects())
            entries.append({project.id, project.name});
        return entries;
    }
    const std::optional<QString> project = projectForDirectories();
    for (const Directory &directory :
         project ? m_catalog->directoriesOfProject(*project) : m_catalog->directories())
        entries.append({directory.id, directory.name});
    return entries;
}

// Replaces the entries, keeping what is typed, where the cursor is. Names shared by several
// entries carry their ID, so that each label picks one.
void NamePicker::fill()
{
    const QScopedValueRollback quiet(m_quiet, true); // the IDs the text stands for stay the same
    const QList<Entry> listed = entries();
    QLineEdit *edit = lineEdit();
    const QString text = edit->text();
    const int cursor = edit->cursorPosition();
    QHash<QString, int> uses;
    for (const Entry &entry : listed)
        ++uses[entry.name.toCaseFolded()];
    clear();
    for (const Entry &entry : listed) {
        const bool shared = uses.value(entry.name.toCaseFolded()) > 1;
        addItem(
            shownText(shared ? QStringLiteral("%1 (%2)").arg(entry.name, entry.id) : entry.name),
            entry.id);
        setItemData(count() - 1, plainToolTip(entry.id), Qt::ToolTipRole);
    }
    setCurrentIndex(-1);
    // An ID typed or restored earlier shows as its name once the name is known, but never under
    // the user's fingers.
    const int named = text.isEmpty() || edit->hasFocus() ? -1 : findData(text.trimmed());
    if (named >= 0) {
        setCurrentIndex(named);
    } else if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(cursor);
    }
}

} // namespace BatchDeck
