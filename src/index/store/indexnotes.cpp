#include "index/store/indexnotes.h"

#include "index/store/indexdatabase.h"
#include "index/store/indexrecords.h"

#include <QSqlError>
#include <QSqlQuery>

namespace BatchDeck::IndexNotes {

namespace {

QVariant value(IndexDatabase *database, const char *key)
{
    QSqlQuery query(database->database());
    query.prepare(QStringLiteral("SELECT value FROM sync_notes WHERE key = ?"));
    query.addBindValue(QString::fromLatin1(key));
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

QString setValue(IndexDatabase *database, const char *key, const QVariant &value)
{
    QSqlQuery query(database->database());
    query.prepare(QStringLiteral("INSERT INTO sync_notes(key, value) VALUES (?, ?)"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(QString::fromLatin1(key));
    query.addBindValue(value);
    if (query.exec())
        return {};
    return database->describeFailure(query.lastError().text());
}

} // namespace

QDateTime time(IndexDatabase *database, const char *key)
{
    return IndexRecords::toTime(value(database, key));
}

QString setTime(IndexDatabase *database, const char *key, const QDateTime &time)
{
    return setValue(database, key, IndexRecords::fromTime(time));
}

qint64 number(IndexDatabase *database, const char *key)
{
    return value(database, key).toLongLong();
}

QString setNumber(IndexDatabase *database, const char *key, qint64 number)
{
    return setValue(database, key, number);
}

} // namespace BatchDeck::IndexNotes
