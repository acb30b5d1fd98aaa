#pragma once

#include <QSqlDatabase>
#include <QString>

namespace BatchDeck {

// The index's tables, as a list of steps from an empty file up to SchemaVersion. A file records
// the steps it has in PRAGMA user_version; opening it runs the steps it lacks, each in its own
// transaction, so a file made by an older BatchDeck is carried forward without losing rows.
namespace IndexSchema {

// 1: jobs, batches and the sync's notes. 2: error shapes, full-text search on errors, and the
// progress history that finds stuck work. 3: partial indexes and kept status counts. 4: failed
// items of jobs and failed files of batches, fetched on demand. 5: the names of directories and
// projects, for search (catalog_names).
inline constexpr int Version = 5;
// PRAGMA application_id: "BDk1". A SQLite file with another is not an index of ours.
inline constexpr int ApplicationId = 0x42446B31;

// Runs the steps after `fromVersion` up to `toVersion`. Returns an empty string, or what failed.
QString migrate(QSqlDatabase db, int fromVersion, int toVersion = Version);

} // namespace IndexSchema

} // namespace BatchDeck
