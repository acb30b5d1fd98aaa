#pragma once

#include "jobfilter.h"

namespace BatchDeck {

// What the window remembers across restarts, in QSettings. Never the API key.
namespace SettingsStore {
JobFilter filter();
void saveFilter(const JobFilter &filter);
int pageSize();
void savePageSize(int pageSize);
int autoRefreshSeconds();
void saveAutoRefreshSeconds(int seconds);
} // namespace SettingsStore

} // namespace BatchDeck
