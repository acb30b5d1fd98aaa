#pragma once

#include <QComboBox>
#include <QPointer>

#include <optional>

namespace BatchDeck {

class NameCatalog;

// A project or directory filter: lists the catalog's names and finds one by any part of it, in
// any case ("voice" finds "Invoices 2025"); a pasted ID works as well, and the filter always
// carries the ID. Text that is neither a name nor an ID of the right form ("man") stands for
// nothing: pickedId() is empty and problem() says so, so that it is never sent as an ID.
class NamePicker : public QComboBox
{
    Q_OBJECT

public:
    enum class Kind { Project, Directory };

    explicit NamePicker(QWidget *parent = nullptr);

    // The words, the placeholder and the form of an ID: a UUID for a project, "dir-…" for a
    // directory. `editName` names the line edit (the field's name before it had a list).
    void setKind(Kind kind, const QString &editName);
    Kind kind() const { return m_kind; }
    // Lists the catalog's names, now and whenever they change; nullptr: none.
    void setNameCatalog(const NameCatalog *catalog);
    // For a directory picker: lists the directories of the project `project` stands for, and
    // every directory while it stands for none (a name still being typed).
    void followProject(const NamePicker *project);

    // The ID the text stands for: a listed entry's when the text is its label (in any case),
    // the one directory or project of that name the catalog knows otherwise, or the text itself
    // when it has the form of an ID. Empty for no text, and for text that is none of these.
    std::optional<QString> pickedId() const;
    // "No directory named 'man'" for text that stands for nothing; empty otherwise.
    QString problem() const;
    // The list of matches for part of a name is open: the text is no filter yet.
    bool isChoosing() const;
    // Shows `id`, by its name when the name is listed, without announcing it.
    void showId(const std::optional<QString> &id);
    // Whether `text` has the form of an ID of this kind.
    bool isIdForm(const QString &text) const;

Q_SIGNALS:
    // The user typed, picked or cleared; not when the names are listed again or showId().
    void edited();

private:
    struct Entry
    {
        QString id;
        QString name;
    };

    void fill();
    QList<Entry> entries() const;
    std::optional<QString> projectForDirectories() const;
    std::optional<QString> catalogIdOf(const QString &name) const;

    Kind m_kind = Kind::Project;
    QPointer<const NameCatalog> m_catalog;
    QPointer<const NamePicker> m_project;
    bool m_quiet = false;
};

} // namespace BatchDeck
