#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace BatchDeck {

class IndexDatabase;

// The name of a directory or project as the server gave it, for search (catalog_names).
struct CatalogName
{
    enum class Kind { Directory, Project };
    Kind kind = Kind::Directory;
    QString id;
    QString name; // as sent; null when the server sent none
    bool deleted = false; // a directory listed with include_deleted that is deleted

    // "directory" or "project", as the table keeps it.
    static QString kindText(Kind kind);
};

// Writes the names a sync read, all in one transaction: the index has either the names before
// or every name read. A name is added or replaced; names the server no longer lists are kept, so
// that old jobs and batches still have theirs.
class NamesWriter
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::NamesWriter)

public:
    explicit NamesWriter(IndexDatabase *database);

    // False with errorString() set; the index keeps what it had before the call.
    bool write(const QList<CatalogName> &names, const QDateTime &seenAt);
    QString errorString() const { return m_error; }

private:
    IndexDatabase *m_database;
    QString m_error;
};

} // namespace BatchDeck
