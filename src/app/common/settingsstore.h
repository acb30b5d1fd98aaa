#pragma once

#include "core/jobs/jobfilter.h"

#include <QUrl>

namespace BatchDeck {

// What the window remembers across restarts, in QSettings. Never the API key.
namespace SettingsStore {
JobFilter filter();
void saveFilter(const JobFilter &filter);
int pageSize();
void savePageSize(int pageSize);
int autoRefreshSeconds();
void saveAutoRefreshSeconds(int seconds);
// Whether the user allowed plain http (the key unencrypted) for this server address. The consent
// belongs to the address it was given for: another address starts without it.
bool insecureHttpAllowed(const QUrl &baseUrl);
void saveInsecureHttpAllowed(const QUrl &baseUrl, bool allowed);
} // namespace SettingsStore

} // namespace BatchDeck
