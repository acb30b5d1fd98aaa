#include "index/query/indexquery.h"

#include <QRegularExpression>

namespace BatchDeck::IndexQuerySql {

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

// GLOB's wildcards in typed text, escaped as character classes, for a prefix match that uses
// the index on id (LIKE ignores case and would not).
QString globPrefix(const QString &text)
{
    QString escaped;
    for (const QChar character : text) {
        if (character == u'*' || character == u'?' || character == u'[')
            escaped += u'[' + QString(character) + u']';
        else
            escaped += character;
    }
    return escaped + u'*';
}

} // namespace

QString fullTextExpression(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        words.append(u'"' + word + QStringLiteral("\"*"));
    return words.join(u' ');
}

SqlCondition condition(const IndexQuery &query, Table table, bool withStatuses)
{
    QStringList parts;
    SqlCondition condition;
    if (!query.includeRemoved)
        parts.append(QStringLiteral("removed_at IS NULL"));
    if (withStatuses && !query.statuses.isEmpty()) {
        parts.append(QStringLiteral("status IN (") + placeholders(query.statuses.size()) + u')');
        for (const QString &status : query.statuses)
            condition.values.append(status);
    }
    if (!query.jobTypes.isEmpty()) {
        parts.append(QStringLiteral("job_type IN (") + placeholders(query.jobTypes.size()) + u')');
        for (const QString &type : query.jobTypes)
            condition.values.append(type);
    }
    if (query.createdFrom.isValid()) {
        parts.append(QStringLiteral("created_at >= ?"));
        condition.values.append(query.createdFrom.toMSecsSinceEpoch());
    }
    if (query.createdTo.isValid()) {
        parts.append(QStringLiteral("created_at < ?"));
        condition.values.append(query.createdTo.toMSecsSinceEpoch());
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        const QString words = fullTextExpression(text);
        if (table == Table::Jobs && !words.isEmpty()) {
            parts.append(QStringLiteral("(id GLOB ? OR rowid IN (SELECT rowid FROM jobs_text"
                                        " WHERE jobs_text MATCH ?))"));
            condition.values.append(globPrefix(text));
            condition.values.append(words);
        } else {
            parts.append(QStringLiteral("id GLOB ?"));
            condition.values.append(globPrefix(text));
        }
    }
    if (!query.errorShape.isEmpty()) {
        if (table == Table::Jobs) {
            parts.append(QStringLiteral("error_shape = ?"));
            condition.values.append(query.errorShape);
        } else {
            parts.append(QStringLiteral("0")); // batches have no error of their own
        }
    }
    if (!parts.isEmpty())
        condition.where = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return condition;
}

QString orderBy(const IndexQuery &query, Table table)
{
    QString column;
    switch (query.sort) {
    case IndexQuery::Sort::CreatedAt:
        column = QStringLiteral("created_at");
        break;
    case IndexQuery::Sort::UpdatedAt:
        column = QStringLiteral("updated_at");
        break;
    case IndexQuery::Sort::Status:
        column = QStringLiteral("status");
        break;
    case IndexQuery::Sort::Type:
        column = QStringLiteral("job_type");
        break;
    case IndexQuery::Sort::TotalItems:
        column =
            table == Table::Jobs ? QStringLiteral("total_items") : QStringLiteral("created_at");
        break;
    case IndexQuery::Sort::ProcessedItems:
        column =
            table == Table::Jobs ? QStringLiteral("processed_items") : QStringLiteral("created_at");
        break;
    case IndexQuery::Sort::FailedItems:
        column =
            table == Table::Jobs ? QStringLiteral("failed_items") : QStringLiteral("created_at");
        break;
    case IndexQuery::Sort::Id:
        column = QStringLiteral("id");
        break;
    case IndexQuery::Sort::LastProgress:
        column = QStringLiteral("last_progress_at");
        break;
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The ID breaks ties, so pages of one order never overlap or skip a row.
    return QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", id") + direction;
}

} // namespace BatchDeck::IndexQuerySql
