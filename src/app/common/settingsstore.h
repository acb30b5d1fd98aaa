#pragma once

// TODO(shell): remove once mainwindow uses AppSettings. The old SettingsStore calls that
// src/app/shell/ still makes, forwarded to AppSettings so the shell compiles until it switches;
// nothing else may include this header.

#include "app/common/appsettings.h"

namespace BatchDeck::SettingsStore {

// TODO(shell): remove once mainwindow uses AppSettings
inline JobFilter filter()
{
    return AppSettings().jobsFilter();
}
// TODO(shell): remove once mainwindow uses AppSettings
inline void saveFilter(const JobFilter &filter)
{
    AppSettings().saveJobsFilter(filter);
}
// TODO(shell): remove once mainwindow uses AppSettings
inline int pageSize()
{
    return AppSettings().pageSize();
}
// TODO(shell): remove once mainwindow uses AppSettings
inline void savePageSize(int pageSize)
{
    AppSettings().savePageSize(pageSize);
}
// TODO(shell): remove once mainwindow uses AppSettings
inline int autoRefreshSeconds()
{
    return AppSettings().autoRefreshSeconds();
}
// TODO(shell): remove once mainwindow uses AppSettings
inline void saveAutoRefreshSeconds(int seconds)
{
    AppSettings().saveAutoRefreshSeconds(seconds);
}
// TODO(shell): remove once mainwindow uses AppSettings
inline DataSource dataSource()
{
    return AppSettings().shownList();
}
// TODO(shell): remove once mainwindow uses AppSettings
inline void saveDataSource(DataSource source)
{
    AppSettings().saveShownList(source);
}
// TODO(shell): remove once mainwindow uses AppSettings
inline ListBatchesQuery batchQuery()
{
    return AppSettings().batchesQuery();
}
// TODO(shell): remove once mainwindow uses AppSettings
inline void saveBatchQuery(const ListBatchesQuery &query)
{
    AppSettings().saveBatchesQuery(query);
}

} // namespace BatchDeck::SettingsStore
