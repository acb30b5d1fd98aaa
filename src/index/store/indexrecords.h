#pragma once

#include "core/batches/batch.h"
#include "core/jobs/job.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace BatchDeck {

// How jobs and batches are laid out in the index's rows: the columns the API's fields go to, in
// the order of the constants below, and the conversions both ways. Times are milliseconds since
// the epoch (UTC); a null QString or an invalid time is NULL, so a round trip gives back exactly
// what the server sent.
namespace IndexRecords {

// The columns of Job, field for field: 17 of them.
inline constexpr QLatin1StringView JobColumns(
    "id, job_type, status, project_id, directory_id, total_items, processed_items, failed_items,"
    " skipped_items, created_at, started_at, completed_at, updated_at, effective_at,"
    " error_message, job_record_id, workflow_id");
inline constexpr int JobColumnCount = 17;
// The columns of Batch (without its per-file results): 9 of them.
inline constexpr QLatin1StringView BatchColumns(
    "id, status, project_id, source_directory_id, job_type, configuration_id, config_json,"
    " created_at, updated_at");
inline constexpr int BatchColumnCount = 9;

QVariant fromTime(const QDateTime &time);
QDateTime toTime(const QVariant &value);
QVariant fromText(const QString &text);

// Adds the job's JobColumns to the query's bound values, in order.
void bindJob(QSqlQuery &query, const Job &job);
// The job whose JobColumns start at column `first` of the query's current row.
Job readJob(const QSqlQuery &query, int first = 0);

void bindBatch(QSqlQuery &query, const Batch &batch);
Batch readBatch(const QSqlQuery &query, int first = 0);

} // namespace IndexRecords

} // namespace BatchDeck
