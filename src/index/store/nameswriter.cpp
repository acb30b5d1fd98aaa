#include "index/store/nameswriter.h"

#include "index/store/indexdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace BatchDeck {

QString CatalogName::kindText(Kind kind)
{
    return kind == Kind::Directory ? QStringLiteral("directory") : QStringLiteral("project");
}

NamesWriter::NamesWriter(IndexDatabase *database)
    : m_database(database)
{ }

bool NamesWriter::write(const QList<CatalogName> &names, const QDateTime &seenAt)
{
    m_error.clear();
    return m_database->writeTransaction(
        [&] {
            QSqlQuery upsert(m_database->database());
            upsert.prepare(QStringLiteral(
                "INSERT INTO catalog_names(kind, id, name, folded, deleted, seen_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(kind, id) DO UPDATE SET"
                " name = excluded.name, folded = excluded.folded, deleted = excluded.deleted,"
                " seen_at = excluded.seen_at"));
            for (const CatalogName &name : names) {
                upsert.addBindValue(CatalogName::kindText(name.kind));
                upsert.addBindValue(name.id);
                upsert.addBindValue(name.name.isNull() ? QVariant() : QVariant(name.name));
                upsert.addBindValue(name.name.isNull() ? QVariant()
                                                       : QVariant(name.name.toCaseFolded()));
                upsert.addBindValue(name.deleted ? 1 : 0);
                upsert.addBindValue(seenAt.toMSecsSinceEpoch());
                if (!m_database->exec(upsert, &m_error))
                    return false;
            }
            return true;
        },
        &m_error);
}

} // namespace BatchDeck
