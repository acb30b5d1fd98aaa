#pragma once

#include "rowwriter.h"

#include <QStringList>

namespace BatchDeck {

struct BatchJob;
struct BatchItem;

// The rows every output format writes for the API's records, with the API's field names, so
// that a CSV header, a JSON Lines key and the API documentation all say the same thing.

// BatchJobResponse, in the API's order.
const QStringList &jobFields();
Row jobRow(const BatchJob &job);

// BatchItemDetail: the fields a person reads first (item_id, item_name, status, error_message,
// skip_reason, started_at, completed_at), then the others in the API's order.
const QStringList &itemFields();
Row itemRow(const BatchItem &item);

} // namespace BatchDeck
