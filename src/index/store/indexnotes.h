#pragma once

#include <QDateTime>
#include <QString>

namespace BatchDeck {

class IndexDatabase;

// What the index remembers about its syncs, as times: when each list was last walked to its end
// (until then, a sync reads the whole list, not only what is new), when the index last synced.
namespace IndexNotes {

inline constexpr char JobsWalkedToEnd[] = "jobs_walked_to_end_at";
inline constexpr char BatchesWalkedToEnd[] = "batches_walked_to_end_at";
inline constexpr char LastSync[] = "last_sync_at";
inline constexpr char LastFullSync[] = "last_full_sync_at";
// A number, not a time: how many syncs have begun.
inline constexpr char SyncCount[] = "sync_count";

// Invalid when the note was never written (or cannot be read).
QDateTime time(IndexDatabase *database, const char *key);
// Empty on success; otherwise what failed, as a sentence.
QString setTime(IndexDatabase *database, const char *key, const QDateTime &time);
// 0 when the note was never written.
qint64 number(IndexDatabase *database, const char *key);
QString setNumber(IndexDatabase *database, const char *key, qint64 number);

} // namespace IndexNotes

} // namespace BatchDeck
