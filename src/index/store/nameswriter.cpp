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
    QSqlDatabase connection = m_database->database();
    // IMMEDIATE, as IndexWriter: wait for another process's write instead of failing mid-way.
    QSqlQuery begin(connection);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = m_database->describeFailure(begin.lastError().text());
        return false;
    }
    QSqlQuery upsert(connection);
    bool written = upsert.prepare(QStringLiteral(
        "INSERT INTO catalog_names(kind, id, name, folded, deleted, seen_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(kind, id) DO UPDATE SET name = excluded.name,"
        " folded = excluded.folded, deleted = excluded.deleted, seen_at = excluded.seen_at"));
    for (qsizetype i = 0; written && i < names.size(); ++i) {
        const CatalogName &name = names.at(i);
        upsert.addBindValue(CatalogName::kindText(name.kind));
        upsert.addBindValue(name.id);
        upsert.addBindValue(name.name.isNull() ? QVariant() : QVariant(name.name));
        upsert.addBindValue(name.name.isNull() ? QVariant() : QVariant(name.name.toCaseFolded()));
        upsert.addBindValue(name.deleted ? 1 : 0);
        upsert.addBindValue(seenAt.toMSecsSinceEpoch());
        written = upsert.exec();
    }
    if (!written || !connection.commit()) {
        m_error = m_database->describeFailure(
            (written ? connection.lastError() : upsert.lastError()).text());
        upsert.finish();
        connection.rollback();
        return false;
    }
    return true;
}

} // namespace BatchDeck
