#include "index/store/indexschema.h"

#include "index/failures/errorshape.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace BatchDeck::IndexSchema {

namespace {

// Times are milliseconds since the epoch (UTC), NULL when the server left them out: they sort and
// compare as numbers. Text the server sent is kept as sent, NULL when absent or null.
// seen_in_sync is the number of the last sync that saw the row (IndexWriter::beginSync): what a
// sync did not see is told by it, not by a clock that may stand still or go back.
const char *const VersionOne[] = {
    "CREATE TABLE sync_notes(key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE jobs("
    " id TEXT NOT NULL UNIQUE, job_type TEXT, status TEXT, project_id TEXT, directory_id TEXT,"
    " total_items INTEGER NOT NULL, processed_items INTEGER NOT NULL,"
    " failed_items INTEGER NOT NULL, skipped_items INTEGER NOT NULL,"
    " created_at INTEGER, started_at INTEGER, completed_at INTEGER, updated_at INTEGER,"
    " effective_at INTEGER, error_message TEXT, job_record_id TEXT, workflow_id TEXT,"
    " first_seen_at INTEGER NOT NULL, last_seen_at INTEGER NOT NULL, seen_in_sync INTEGER,"
    " removed_at INTEGER)",
    "CREATE INDEX jobs_by_created ON jobs(created_at)",
    "CREATE INDEX jobs_by_status ON jobs(status, created_at)",
    "CREATE TABLE batches("
    " id TEXT NOT NULL UNIQUE, status TEXT, project_id TEXT, source_directory_id TEXT,"
    " job_type TEXT, configuration_id TEXT, config_json TEXT, created_at INTEGER,"
    " updated_at INTEGER, first_seen_at INTEGER NOT NULL, last_seen_at INTEGER NOT NULL,"
    " seen_in_sync INTEGER, removed_at INTEGER)",
    "CREATE INDEX batches_by_created ON batches(created_at)",
};

// status_since: when the row was first seen in its status. last_progress_at: when its counts
// (a batch: its updated_at) last moved. job_progress: when each count was first seen.
const char *const VersionTwo[] = {
    "ALTER TABLE jobs ADD COLUMN error_shape TEXT",
    "ALTER TABLE jobs ADD COLUMN status_since INTEGER",
    "ALTER TABLE jobs ADD COLUMN last_progress_at INTEGER",
    "ALTER TABLE batches ADD COLUMN status_since INTEGER",
    "ALTER TABLE batches ADD COLUMN last_progress_at INTEGER",
    "UPDATE jobs SET status_since = COALESCE(updated_at, last_seen_at),"
    " last_progress_at = COALESCE(updated_at, last_seen_at)",
    "UPDATE batches SET status_since = COALESCE(updated_at, last_seen_at),"
    " last_progress_at = COALESCE(updated_at, last_seen_at)",
    "CREATE TABLE job_progress(job_id TEXT NOT NULL, processed_items INTEGER NOT NULL,"
    " failed_items INTEGER NOT NULL, first_seen_at INTEGER NOT NULL,"
    " PRIMARY KEY(job_id, processed_items, failed_items)) WITHOUT ROWID",
    "INSERT INTO job_progress SELECT id, processed_items, failed_items, last_progress_at"
    " FROM jobs",
    "CREATE INDEX jobs_by_shape ON jobs(error_shape, created_at) WHERE error_shape IS NOT NULL",
    "CREATE INDEX jobs_by_progress ON jobs(status, last_progress_at)",
    "CREATE VIRTUAL TABLE jobs_text USING fts5(error_message, content='jobs',"
    " content_rowid='rowid')",
    "CREATE TRIGGER jobs_text_insert AFTER INSERT ON jobs BEGIN"
    " INSERT INTO jobs_text(rowid, error_message) VALUES (new.rowid, new.error_message); END",
    "CREATE TRIGGER jobs_text_delete AFTER DELETE ON jobs BEGIN"
    " INSERT INTO jobs_text(jobs_text, rowid, error_message)"
    " VALUES ('delete', old.rowid, old.error_message); END",
    "CREATE TRIGGER jobs_text_update AFTER UPDATE OF error_message ON jobs BEGIN"
    " INSERT INTO jobs_text(jobs_text, rowid, error_message)"
    " VALUES ('delete', old.rowid, old.error_message);"
    " INSERT INTO jobs_text(rowid, error_message) VALUES (new.rowid, new.error_message); END",
    "INSERT INTO jobs_text(jobs_text) VALUES ('rebuild')",
};

// the live rows in the orders and counts the All jobs view asks for most, so that a
// page is a short walk of an index and the sidebar's counts a scan of a small one.
const char *const VersionThree[] = {
    "CREATE INDEX jobs_live_by_status ON jobs(status) WHERE removed_at IS NULL",
    "CREATE INDEX jobs_live_by_failed ON jobs(failed_items) WHERE removed_at IS NULL",
    "CREATE INDEX jobs_live_by_total ON jobs(total_items) WHERE removed_at IS NULL",
    // the live jobs by status, kept by triggers: the sidebar's counts without a filter
    // are read here instead of counted over every job. NULL status is kept as ''.
    "CREATE TABLE job_status_counts(status TEXT PRIMARY KEY NOT NULL, live INTEGER NOT NULL)"
    " WITHOUT ROWID",
    "INSERT INTO job_status_counts SELECT COALESCE(status, ''), count(*) FROM jobs"
    " WHERE removed_at IS NULL GROUP BY 1",
    "CREATE TRIGGER jobs_count_insert AFTER INSERT ON jobs WHEN new.removed_at IS NULL BEGIN"
    " INSERT INTO job_status_counts VALUES (COALESCE(new.status, ''), 1)"
    " ON CONFLICT(status) DO UPDATE SET live = live + 1; END",
    "CREATE TRIGGER jobs_count_delete AFTER DELETE ON jobs WHEN old.removed_at IS NULL BEGIN"
    " UPDATE job_status_counts SET live = live - 1 WHERE status = COALESCE(old.status, ''); END",
    "CREATE TRIGGER jobs_count_update AFTER UPDATE OF status, removed_at ON jobs"
    " WHEN old.status IS NOT new.status OR (old.removed_at IS NULL) != (new.removed_at IS NULL)"
    " BEGIN"
    " UPDATE job_status_counts SET live = live - 1"
    " WHERE old.removed_at IS NULL AND status = COALESCE(old.status, '');"
    " INSERT INTO job_status_counts SELECT COALESCE(new.status, ''), 1"
    " WHERE new.removed_at IS NULL ON CONFLICT(status) DO UPDATE SET live = live + 1; END",
};

// The failed items of v1 jobs and the failed files of v2 batches, fetched on demand (they are
// not in the lists a sync reads), with their error shapes. failures_fetched notes what was
// fetched and at which failed count (a job) or updated_at (a batch), so that a job whose count
// grew is fetched again.
const char *const VersionFour[] = {
    "CREATE TABLE failed_items(job_id TEXT NOT NULL, item_id TEXT NOT NULL, item_name TEXT,"
    " status TEXT, error_message TEXT, error_shape TEXT, completed_at INTEGER,"
    " fetched_at INTEGER NOT NULL, PRIMARY KEY(job_id, item_id)) WITHOUT ROWID",
    "CREATE INDEX failed_items_by_shape ON failed_items(error_shape)",
    "CREATE TABLE failed_batch_files(batch_id TEXT NOT NULL, file_id TEXT NOT NULL,"
    " file_name TEXT, error_message TEXT, error_shape TEXT, fetched_at INTEGER NOT NULL,"
    " PRIMARY KEY(batch_id, file_id)) WITHOUT ROWID",
    "CREATE INDEX failed_batch_files_by_shape ON failed_batch_files(error_shape)",
    "CREATE TABLE failures_fetched(kind TEXT NOT NULL, id TEXT NOT NULL,"
    " failed_count INTEGER, updated_at INTEGER, fetched_at INTEGER NOT NULL,"
    " PRIMARY KEY(kind, id)) WITHOUT ROWID",
};

// The names of directories and projects, so that a search finds jobs and batches by them.
// `folded` is the name case-folded by the writer (QString::toCaseFolded): SQLite's own lower()
// folds ASCII only. A search looks for each word with instr() on it, not LIKE, so nothing typed
// is a wildcard; that scans the table, which holds a few hundred or thousand short names: an
// FTS5 table would match whole words and prefixes only, not "voice" in "Invoices", and would
// not be faster at this size. The index on (kind, folded) makes that scan read only the names of
// one kind. Rows are never deleted by a sync: a directory gone from the server still names the
// jobs that ran in it. The indexes on the jobs' IDs find the jobs of the names that match.
const char *const VersionFive[] = {
    "CREATE TABLE catalog_names(kind TEXT NOT NULL, id TEXT NOT NULL, name TEXT, folded TEXT,"
    " deleted INTEGER NOT NULL DEFAULT 0, seen_at INTEGER NOT NULL, PRIMARY KEY(kind, id))"
    " WITHOUT ROWID",
    "CREATE INDEX catalog_names_by_kind ON catalog_names(kind, folded)",
    "CREATE INDEX jobs_by_directory ON jobs(directory_id)",
    "CREATE INDEX jobs_by_project ON jobs(project_id)",
};

QString run(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return {};
    return query.lastError().text();
}

// The shapes are computed here, not in SQL, so a file migrated and one written new agree.
QString fillErrorShapes(QSqlDatabase &db)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral(
            "SELECT rowid, error_message FROM jobs WHERE error_message IS NOT NULL")))
        return read.lastError().text();
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE jobs SET error_shape = ? WHERE rowid = ?"));
    while (read.next()) {
        write.addBindValue(errorShape(read.value(1).toString()));
        write.addBindValue(read.value(0));
        if (!write.exec())
            return write.lastError().text();
    }
    return {};
}

template<size_t Count>
QString runAll(QSqlDatabase &db, const char *const (&statements)[Count])
{
    for (const char *statement : statements) {
        if (QString problem = run(db, QString::fromLatin1(statement)); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString step(QSqlDatabase &db, int version)
{
    switch (version) {
    case 1:
        return runAll(db, VersionOne);
    case 2:
        if (QString problem = runAll(db, VersionTwo); !problem.isEmpty())
            return problem;
        return fillErrorShapes(db);
    case 3:
        return runAll(db, VersionThree);
    case 4:
        return runAll(db, VersionFour);
    case 5:
        return runAll(db, VersionFive);
    }
    return QStringLiteral("no step to schema version %1").arg(version);
}

} // namespace

QString migrate(QSqlDatabase db, int fromVersion, int toVersion)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        // IMMEDIATE, and the version read again inside: another process opening the same file
        // may have taken this step since the file was checked.
        if (QString problem = run(db, QStringLiteral("BEGIN IMMEDIATE")); !problem.isEmpty())
            return problem;
        QSqlQuery current(db);
        if (!current.exec(QStringLiteral("PRAGMA user_version")) || !current.next()) {
            QString problem = current.lastError().text();
            db.rollback();
            return problem;
        }
        const bool taken = current.value(0).toInt() >= version;
        current.finish();
        QString problem;
        if (!taken) {
            problem = step(db, version);
            if (problem.isEmpty())
                problem = run(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
            if (problem.isEmpty())
                problem = run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        }
        if (!problem.isEmpty() || !db.commit()) {
            db.rollback();
            return problem.isEmpty() ? db.lastError().text() : problem;
        }
    }
    return {};
}

} // namespace BatchDeck::IndexSchema
