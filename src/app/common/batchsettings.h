#pragma once

#include "core/batches/listbatchesquery.h"

namespace BatchDeck {

// Which list the window shows: v1 batch jobs or v2 batches.
enum class DataSource { Jobs, Batches };

// What the window remembers of the v2 view across restarts, in QSettings (next to
// settingsstore.h's v1 filter). Never the API key.
namespace SettingsStore {
DataSource dataSource();
void saveDataSource(DataSource source);
// The v2 filters, without page size or token; a stored query the API would refuse is dropped.
ListBatchesQuery batchQuery();
void saveBatchQuery(const ListBatchesQuery &query);
} // namespace SettingsStore

} // namespace BatchDeck
