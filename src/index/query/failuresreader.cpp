#include "index/query/failuresreader.h"

#include "index/store/indexdatabase.h"
#include "index/store/indexrecords.h"

#include <QSqlError>
#include <QSqlQuery>

namespace BatchDeck {

using IndexQuerySql::Table;
using IndexRecords::toTime;

namespace {

// The query's conditions on the jobs or batches themselves: its text is read in the items.
SqlCondition parentCondition(const IndexQuery &query, Table table)
{
    IndexQuery parents = query;
    parents.text.clear();
    parents.errorShape.reset();
    return IndexQuerySql::condition(parents, table, false);
}

QString andWhere(const QString &where, const QString &part)
{
    return where + (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + part;
}

// Every failed item and file of the jobs and batches the query matches, as one table `f`, with
// the values its SQL binds.
SqlCondition failuresTable(const IndexQuery &query)
{
    const SqlCondition jobs = parentCondition(query, Table::Jobs);
    const SqlCondition batches = parentCondition(query, Table::Batches);
    SqlCondition table;
    table.where =
        QStringLiteral(
            "WITH f(kind, parent, item, name, status, message, shape, at, type, dir) AS ("
            " SELECT 'item', i.job_id, i.item_id, i.item_name, i.status, i.error_message,"
            " COALESCE(i.error_shape, ''), j.created_at, j.job_type, j.directory_id"
            " FROM failed_items i JOIN (SELECT id, created_at, job_type, directory_id FROM jobs")
        + jobs.where
        + QStringLiteral(
            ") j ON j.id = i.job_id"
            " UNION ALL"
            " SELECT 'file', b.id, r.file_id, r.file_name, NULL, r.error_message,"
            " COALESCE(r.error_shape, ''), b.created_at, b.job_type, b.source_directory_id"
            " FROM failed_batch_files r JOIN (SELECT id, created_at, job_type,"
            " source_directory_id FROM batches")
        + batches.where + QStringLiteral(") b ON b.id = r.batch_id) ");
    table.values = jobs.values + batches.values;
    return table;
}

// The rows of `f` the query's text matches: words of the message or name, or the start of an ID.
void addTextCondition(const IndexQuery &query, QStringList *parts, QVariantList *values)
{
    const QString text = query.text.trimmed();
    if (text.isEmpty())
        return;
    parts->append(QStringLiteral("(instr(lower(COALESCE(message, '')), lower(?)) > 0"
                                 " OR instr(lower(COALESCE(name, '')), lower(?)) > 0"
                                 " OR substr(parent, 1, length(?)) = ?"
                                 " OR substr(item, 1, length(?)) = ?)"));
    for (int i = 0; i < 6; ++i)
        values->append(text);
}

QString whereOf(const QStringList &parts)
{
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

constexpr QLatin1StringView ItemColumns("kind, parent, item, name, status, message, shape, at");

FailedItem readItem(const QSqlQuery &query)
{
    FailedItem item;
    item.kind = query.value(0).toString() == u"file" ? FailedItem::Kind::BatchFile
                                                     : FailedItem::Kind::JobItem;
    item.parentId = query.value(1).toString();
    item.itemId = query.value(2).toString();
    const QVariant name = query.value(3);
    item.name = name.isNull() ? QString() : name.toString();
    const QVariant status = query.value(4);
    item.status = status.isNull() ? QString() : status.toString();
    item.errorMessage = query.value(5).toString();
    item.errorShape = query.value(6).toString();
    item.createdAt = toTime(query.value(7));
    return item;
}

} // namespace

QString FailedItem::kindName() const
{
    return kind == Kind::BatchFile ? QStringLiteral("file") : QStringLiteral("item");
}

const QStringList &failedItemFields()
{
    static const QStringList fields {
        QStringLiteral("kind"),       QStringLiteral("job_or_batch_id"),
        QStringLiteral("item_id"),    QStringLiteral("file_name"),
        QStringLiteral("status"),     QStringLiteral("error_message"),
        QStringLiteral("error_shape")};
    return fields;
}

Row failedItemRow(const FailedItem &item)
{
    return {FieldValue::fromText(item.kindName()), FieldValue::fromText(item.parentId),
            FieldValue::fromText(item.itemId),     FieldValue::fromText(item.name),
            FieldValue::fromText(item.status),     FieldValue::fromText(item.errorMessage),
            FieldValue::fromText(item.errorShape)};
}

const QStringList &IndexFailuresReader::fetchedBatchStatuses()
{
    static const QStringList statuses {QStringLiteral("COMPLETED"), QStringLiteral("FAILED")};
    return statuses;
}

IndexFailuresReader::IndexFailuresReader(IndexDatabase *database)
    : m_database(database)
{ }

bool IndexFailuresReader::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    return m_database->run(query, sql, values, &m_error);
}

bool IndexFailuresReader::groups(const IndexQuery &query, QList<FailureGroup> *groups)
{
    const SqlCondition table = failuresTable(query);
    QStringList parts;
    QVariantList values = table.values;
    addTextCondition(query, &parts, &values);
    QSqlQuery grouped(m_database->database());
    if (!run(grouped,
             table.where
                 + QStringLiteral("SELECT shape, count(*), min(at), max(at),"
                                  " group_concat(DISTINCT type), count(DISTINCT dir) FROM f")
                 + whereOf(parts) + QStringLiteral(" GROUP BY shape ORDER BY count(*) DESC, 1"),
             values))
        return false;
    QList<FailureGroup> found;
    while (grouped.next())
        found.append(failureGroupOf(grouped));
    grouped.finish();
    for (FailureGroup &group : found) {
        QList<FailedItem> example;
        if (!items(query, group.shape, 1, &example))
            return false;
        if (!example.isEmpty()) {
            group.exampleId = example.constFirst().parentId;
            group.exampleMessage = example.constFirst().errorMessage;
            group.exampleFileName = example.constFirst().name;
        }
    }
    *groups = std::move(found);
    return true;
}

bool IndexFailuresReader::items(const IndexQuery &query, const QString &shape, int limit,
                                QList<FailedItem> *items)
{
    const SqlCondition table = failuresTable(query);
    QStringList parts {QStringLiteral("shape = ?")};
    QVariantList values = table.values;
    values.append(shape);
    addTextCondition(query, &parts, &values);
    QSqlQuery rows(m_database->database());
    if (!run(rows,
             table.where + QStringLiteral("SELECT ") + ItemColumns + QStringLiteral(" FROM f")
                 + whereOf(parts) + QStringLiteral(" ORDER BY at DESC, parent DESC, name, item")
                 + (limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()),
             values))
        return false;
    QList<FailedItem> found;
    while (rows.next())
        found.append(readItem(rows));
    *items = std::move(found);
    return true;
}

bool IndexFailuresReader::coverage(const IndexQuery &query, FailuresCoverage *coverage)
{
    QList<FailuresFetchTarget> jobs, batches;
    const SqlCondition jobCondition = parentCondition(query, Table::Jobs);
    const SqlCondition batchCondition = parentCondition(query, Table::Batches);
    QSqlQuery counted(m_database->database());
    QVariantList values = jobCondition.values + batchCondition.values;
    if (!run(counted,
             QStringLiteral("SELECT (SELECT count(*) FROM jobs")
                 + andWhere(jobCondition.where, QStringLiteral("failed_items > 0"))
                 + QStringLiteral("), (SELECT count(*) FROM batches")
                 + andWhere(batchCondition.where,
                            QStringLiteral("status IN ('COMPLETED', 'FAILED')"))
                 + u')',
             values))
        return false;
    if (!counted.next()) {
        m_error = m_database->describeFailure(counted.lastError().text());
        return false;
    }
    coverage->jobs = counted.value(0).toLongLong();
    coverage->batches = counted.value(1).toLongLong();
    counted.finish();
    if (!jobsToFetch(query, &jobs) || !batchesToFetch(query, &batches))
        return false;
    coverage->jobsNotFetched = jobs.size();
    coverage->batchesNotFetched = batches.size();
    return true;
}

bool IndexFailuresReader::jobsToFetch(const IndexQuery &query, QList<FailuresFetchTarget> *targets)
{
    const SqlCondition condition = parentCondition(query, Table::Jobs);
    QSqlQuery rows(m_database->database());
    if (!run(rows,
             QStringLiteral("SELECT j.id, j.failed_items FROM (SELECT id, failed_items, created_at"
                            " FROM jobs")
                 + andWhere(condition.where, QStringLiteral("failed_items > 0"))
                 + QStringLiteral(
                     ") j LEFT JOIN failures_fetched n ON n.kind = 'job' AND n.id = j.id"
                     " WHERE n.id IS NULL OR n.failed_count IS NOT j.failed_items"
                     " ORDER BY j.created_at DESC, j.id DESC"),
             condition.values))
        return false;
    QList<FailuresFetchTarget> found;
    while (rows.next()) {
        FailuresFetchTarget target;
        target.id = rows.value(0).toString();
        target.failedCount = rows.value(1).toLongLong();
        found.append(target);
    }
    *targets = std::move(found);
    return true;
}

bool IndexFailuresReader::batchesToFetch(const IndexQuery &query,
                                         QList<FailuresFetchTarget> *targets)
{
    const SqlCondition condition = parentCondition(query, Table::Batches);
    QSqlQuery rows(m_database->database());
    if (!run(rows,
             QStringLiteral("SELECT b.id, b.updated_at, b.source_directory_id FROM (SELECT id,"
                            " updated_at, source_directory_id, created_at FROM batches")
                 + andWhere(condition.where, QStringLiteral("status IN ('COMPLETED', 'FAILED')"))
                 + QStringLiteral(") b LEFT JOIN failures_fetched n ON n.kind = 'batch'"
                                  " AND n.id = b.id WHERE n.id IS NULL"
                                  " OR n.updated_at IS NOT b.updated_at"
                                  " ORDER BY b.created_at DESC, b.id DESC"),
             condition.values))
        return false;
    QList<FailuresFetchTarget> found;
    while (rows.next()) {
        FailuresFetchTarget target;
        target.id = rows.value(0).toString();
        target.updatedAt = toTime(rows.value(1));
        target.directoryId = rows.value(2).toString();
        found.append(target);
    }
    *targets = std::move(found);
    return true;
}

} // namespace BatchDeck
