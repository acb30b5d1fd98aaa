#include "index/query/indexquery.h"

#include "index/store/indexdatabase.h"

#include <QSqlQuery>

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

// The words of `text` to look for in names: split at spaces only, so that "Q4_100%" is one
// word, case-folded as the names are (catalog_names.folded), each once.
QStringList nameWords(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QStringList words = text.toCaseFolded().split(spaces, Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words;
}

// More words than a name holds: text pasted into the search. They would cost a bound value each,
// twice, and no name matches them all; only the error messages and IDs are searched then.
constexpr qsizetype MostNameWords = 32;

// The IDs of `kind`'s names that hold every word, in any case. instr(), not LIKE: a "%" or "_"
// typed is a character, not a wildcard.
QString namesContaining(const QStringList &words, const char *kind, QVariantList *values)
{
    QString sql =
        QStringLiteral("SELECT id FROM catalog_names WHERE kind = '") + QLatin1String(kind) + u'\'';
    for (const QString &word : words) {
        sql += QStringLiteral(" AND instr(folded, ?) > 0");
        values->append(word);
    }
    return sql;
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

bool findNames(IndexDatabase *database, IndexQuery *query, QString *error)
{
    query->textDirectoryIds.reset();
    query->textProjectIds.reset();
    const QStringList words = nameWords(query->text.trimmed());
    if (words.size() > MostNameWords)
        return true; // only errors and IDs are searched
    QStringList directories, projects;
    if (!words.isEmpty()) {
        QVariantList values;
        QString sql = QStringLiteral("SELECT kind, id FROM catalog_names WHERE 1");
        for (const QString &word : words) {
            sql += QStringLiteral(" AND instr(folded, ?) > 0");
            values.append(word);
        }
        QSqlQuery names(database->database());
        if (!database->run(names, sql, values, error))
            return false;
        while (names.next()) {
            (names.value(0).toString() == QLatin1String("project") ? projects : directories)
                .append(names.value(1).toString());
        }
    }
    // Past this many, bound values cost more than the subquery saves (and SQLite has a limit).
    constexpr qsizetype MostIds = 500;
    if (directories.size() <= MostIds && projects.size() <= MostIds) {
        query->textDirectoryIds = directories;
        query->textProjectIds = projects;
    }
    return true;
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
        // many matches are found sooner by walking the order's index and looking each row up in
        // the matches ("+") than by sorting them all.
        const QString lookUp =
            query.expectedRows > IndexQuery::SortFewRows ? QStringLiteral("+") : QString();
        QStringList anyOf {QStringLiteral("id GLOB ?")};
        condition.values.append(globPrefix(text));
        const QString words = fullTextExpression(text);
        if (table == Table::Jobs && !words.isEmpty()) {
            anyOf.append(lookUp
                         + QStringLiteral("rowid IN (SELECT rowid FROM jobs_text"
                                          " WHERE jobs_text MATCH ?)"));
            condition.values.append(words);
        }
        const bool jobs = table == Table::Jobs;
        const QString directoryColumn =
            jobs ? QStringLiteral("directory_id") : QStringLiteral("source_directory_id");
        const auto anyId = [&](const QString &column, const QStringList &ids) {
            anyOf.append(lookUp + column + QStringLiteral(" IN (") + placeholders(ids.size())
                         + u')');
            for (const QString &id : ids)
                condition.values.append(id);
        };
        const bool namesFound = query.textDirectoryIds && query.textProjectIds;
        if (namesFound && !query.textDirectoryIds->isEmpty())
            anyId(directoryColumn, *query.textDirectoryIds);
        if (namesFound && !query.textProjectIds->isEmpty())
            anyId(QStringLiteral("project_id"), *query.textProjectIds);
        if (const QStringList names = nameWords(text);
            !namesFound && names.size() <= MostNameWords) {
            anyOf.append(
                lookUp
                + (jobs ? QStringLiteral("directory_id") : QStringLiteral("source_directory_id"))
                + QStringLiteral(" IN (") + namesContaining(names, "directory", &condition.values)
                + u')');
            // A project holds many jobs (often all of them): "project_id IN" would make SQLite
            // scan every row for any search, even when no project's name matches. As a set of
            // row numbers the term stays one SQLite looks up, like the others, and costs nothing
            // when no name matches.
            anyOf.append(lookUp + QStringLiteral("rowid IN (SELECT rowid FROM ")
                         + (jobs ? QStringLiteral("jobs") : QStringLiteral("batches"))
                         + QStringLiteral(" WHERE project_id IN (")
                         + namesContaining(names, "project", &condition.values)
                         + QStringLiteral("))"));
        }
        parts.append(u'(' + anyOf.join(QStringLiteral(" OR ")) + u')');
    }
    if (query.errorShape) {
        if (table == Table::Jobs) {
            if (query.errorShape->isEmpty()) {
                parts.append(QStringLiteral("(error_shape IS NULL OR error_shape = '')"));
            } else { // as the partial index on error_shape has it
                parts.append(QStringLiteral("error_shape = ?"));
                condition.values.append(*query.errorShape);
            }
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
    using Sort = IndexQuery::Sort;
    const bool jobs = table == Table::Jobs;
    // Columns a batch lacks sort it by when it was created.
    const auto jobsOnly = [jobs](const char *expression) {
        return jobs ? QString::fromLatin1(expression) : QStringLiteral("created_at");
    };
    QString column;
    switch (query.sort) {
    case Sort::CreatedAt:
        column = QStringLiteral("created_at");
        break;
    case Sort::UpdatedAt:
        column = QStringLiteral("updated_at");
        break;
    case Sort::StartedAt:
        column = jobsOnly("started_at");
        break;
    case Sort::CompletedAt:
        column = jobsOnly("completed_at");
        break;
    case Sort::Status:
        column = QStringLiteral("status");
        break;
    case Sort::Type:
        column = QStringLiteral("job_type");
        break;
    case Sort::TotalItems:
        column = jobsOnly("total_items");
        break;
    case Sort::ProcessedItems:
        column = jobsOnly("processed_items");
        break;
    case Sort::FailedItems:
        column = jobsOnly("failed_items");
        break;
    case Sort::SkippedItems:
        column = jobsOnly("skipped_items");
        break;
    // A job without items has no progress to compare: it sorts with the least.
    case Sort::Progress:
        column = jobsOnly("CAST(processed_items AS REAL) / NULLIF(total_items, 0)");
        break;
    case Sort::Duration:
        column = jobsOnly("COALESCE(completed_at, updated_at) - started_at");
        break;
    case Sort::Directory:
        column = jobs ? QStringLiteral("directory_id") : QStringLiteral("source_directory_id");
        break;
    case Sort::Project:
        column = QStringLiteral("project_id");
        break;
    case Sort::Error:
        column = jobsOnly("error_message");
        break;
    case Sort::Id:
        column = QStringLiteral("id");
        break;
    case Sort::JobRecord:
        column = jobsOnly("job_record_id");
        break;
    case Sort::Workflow:
        column = jobsOnly("workflow_id");
        break;
    case Sort::LastProgress:
        column = QStringLiteral("last_progress_at");
        break;
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // "+" keeps SQLite from walking a sort index for few matching rows.
    const bool few = query.expectedRows >= 0 && query.expectedRows <= IndexQuery::SortFewRows;
    // The row number breaks ties (every index ends with it), so pages of one order never overlap
    // or skip a row.
    return QStringLiteral(" ORDER BY ") + (few ? QStringLiteral("+") : QString()) + column
        + direction + QStringLiteral(", rowid") + direction;
}

} // namespace BatchDeck::IndexQuerySql
