#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace BatchDeck {

class IndexDatabase;

// Which jobs or batches of the index to list, in which order: what the APIs cannot ask
// (several statuses and types at once, a time range, text search, sort by any column).
struct IndexQuery
{
    // Every column of a job; a batch sorts by those it has (created_at otherwise).
    enum class Sort {
        CreatedAt,
        UpdatedAt,
        StartedAt,
        CompletedAt,
        Status,
        Type,
        TotalItems,
        ProcessedItems,
        FailedItems,
        SkippedItems,
        Progress,
        Duration,
        Directory,
        Project,
        Error,
        Id,
        JobRecord,
        Workflow,
        LastProgress
    };

    QStringList statuses; // any of them; empty: every status
    QStringList jobTypes; // likewise (v1 job_type, v2 config.job.type)
    QDateTime createdFrom; // inclusive; invalid: no bound
    QDateTime createdTo; // exclusive; invalid: no bound
    // The start of an ID; or words that must all appear in the error message (full-text, each
    // word also as a prefix), or all in the name of the directory, or all in the name of the
    // project (anywhere in it, in any case, as typed: "%" and "_" are characters).
    QString text;
    // Only failures of this shape (a Failures group; "" for those without a message).
    std::optional<QString> errorShape;
    bool includeRemoved = false; // rows the server no longer lists, kept as history
    Sort sort = Sort::CreatedAt;
    bool descending = true;
    qint64 offset = 0;
    int limit = 100;
    // how many rows match, when the caller knows (its count): up to SortFewRows are
    // sorted as they are found, not walked for in a sort index.
    qint64 expectedRows = -1;
    static constexpr qint64 SortFewRows = 20'000;
    // The directories and projects whose names hold every word of `text`, as the reader finds
    // them (IndexQuerySql::findNames) before it asks for rows: a few IDs as bound values let
    // SQLite look the rows up in its indexes, where a subquery made it read every job. Unset
    // (too many names, or not looked for): the names are matched in the query itself.
    std::optional<QStringList> textDirectoryIds;
    std::optional<QStringList> textProjectIds;
};

// The WHERE clause of a query and its bound values, for jobs or batches.
struct SqlCondition
{
    QString where; // " WHERE …", or empty
    QVariantList values;
};

namespace IndexQuerySql {
// Batches have no counts, no error message of their own and their type under another column;
// conditions on what a table lacks are left out of its SQL.
enum class Table { Jobs, Batches };

SqlCondition condition(const IndexQuery &query, Table table, bool withStatuses = true);
// Sets the query's textDirectoryIds and textProjectIds from the index's names; false with *error
// set when the names cannot be read.
bool findNames(IndexDatabase *database, IndexQuery *query, QString *error);
QString orderBy(const IndexQuery &query, Table table);
// The FTS5 expression for words a person typed: each word quoted (so nothing they type is an
// operator) and matched as a prefix; empty when there is no word.
QString fullTextExpression(const QString &text);
} // namespace IndexQuerySql

} // namespace BatchDeck
