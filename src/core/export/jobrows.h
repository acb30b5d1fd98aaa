#pragma once

#include "core/export/rowwriter.h"

#include <QStringList>

namespace BatchDeck {

struct Job;
struct JobItem;
struct Batch;

// The rows every output format writes for the API's records, with the API's field names, so
// that a CSV header, a JSON Lines key and the API documentation all say the same thing.

// BatchJobResponse, in the API's order.
const QStringList &jobFields();
Row jobRow(const Job &job);

// BatchItemDetail: the fields a person reads first (item_id, item_name, status, error_message,
// skip_reason, started_at, completed_at), then the others in the API's order.
const QStringList &itemFields();
Row itemRow(const JobItem &item);

// A v2 batch (BatchResponse) as one flat CSV row:
//   id,status,job_type,configuration_id,source_directory_id,project_id,created_at,updated_at
// job_type and configuration_id are config.job's; the status is written as received. Per-file
// results are not part of the row.
const QStringList &batchFields();
Row batchRow(const Batch &batch);

// A v2 batch as the API has it (toApiJson, fields in the spec's order: config nested as
// received, results null unless expanded), for JSON Lines.
const QStringList &batchApiFields();
Row batchApiRow(const Batch &batch);

} // namespace BatchDeck
