#pragma once

#include "core/batches/listbatchesquery.h"
#include "core/jobs/jobfilter.h"

#include <QByteArray>
#include <QJsonArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace BatchDeck {

// How the window connects at start: not yet chosen (the welcome screen asks), the built-in demo
// server, or LlamaCloud with a key from the environment or the keychain.
enum class ConnectionMode { NotChosen, Demo, Cloud };

// Everything BatchDeck remembers across restarts, in QSettings, behind one accessor pair per
// setting. Never the API key: that lives in the keychain (CredentialStore) or in memory only.
//
// Keys are "<area>/<camelCaseName>" with the areas window, jobs, batches, export, index,
// connection and watch. Keys that earlier versions named otherwise are moved to their new name
// when an AppSettings is made, so users keep their settings (see the table in appsettings.cpp).
//
// A stored value the app would refuse (an edited file, an older version) reads as the default.
class AppSettings
{
public:
    AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QByteArray windowGeometry() const;
    void saveWindowGeometry(const QByteArray &geometry);
    QByteArray splitterState() const;
    void saveSplitterState(const QByteArray &state);
    // The list the window showed last, by its ListView::settingsName() ("jobs", "batches");
    // empty when none was saved. A name no view has is the window's to ignore.
    QString shownList() const;
    void saveShownList(const QString &name);
    // Rows per page of either list, clamped to what the API accepts.
    int pageSize() const;
    void savePageSize(int pageSize);
    // 5, 10, 30 or 60; anything else reads as 10.
    int autoRefreshSeconds() const;
    void saveAutoRefreshSeconds(int seconds);

    // Column order, widths, visibility and sort of the jobs table; empty when never saved.
    QByteArray jobsHeaderState() const;
    void saveJobsHeaderState(const QByteArray &state);
    // The v1 filters; a stored filter the API would refuse is dropped.
    JobFilter jobsFilter() const;
    void saveJobsFilter(const JobFilter &filter);

    QByteArray batchesHeaderState() const;
    void saveBatchesHeaderState(const QByteArray &state);
    // The v2 filters, without page size or token; a stored query the API would refuse is
    // dropped.
    ListBatchesQuery batchesQuery() const;
    void saveBatchesQuery(const ListBatchesQuery &query);

    // The folder of the last export; empty when none was made.
    QString exportFolder() const;
    void saveExportFolder(const QString &folder);
    // Pages requested at once by an export of every matching job (1 to Pager::MaxConcurrency).
    int exportConcurrency() const;
    void saveExportConcurrency(int requests);

    // Whether BatchDeck keeps a local index of every job and batch (on unless turned off).
    bool indexEnabled() const;
    void saveIndexEnabled(bool enabled);
    // Jobs and batches the server no longer lists: kept in the index, marked (true), or deleted.
    bool indexKeepsRemoved() const;
    void saveIndexKeepsRemoved(bool keep);
    // How long unfinished work may go without progress before it counts as stuck.
    static constexpr int DefaultStuckAfterMinutes = 30;
    static constexpr int MinStuckAfterMinutes = 1;
    static constexpr int MaxStuckAfterMinutes = 7 * 24 * 60;
    int stuckAfterMinutes() const;
    void saveStuckAfterMinutes(int minutes);

    ConnectionMode connectionMode() const;
    // NotChosen removes the mode: the next start shows the welcome screen.
    void saveConnectionMode(ConnectionMode mode);
    // The LlamaCloud address last connected to; empty when none or not a valid URL.
    QUrl baseUrl() const;
    void saveBaseUrl(const QUrl &baseUrl);
    // Whether the user allowed plain http (the key unencrypted) for this server address. The
    // consent belongs to the address it was given for: another address starts without it.
    bool insecureHttpAllowed(const QUrl &baseUrl) const;
    void saveInsecureHttpAllowed(const QUrl &baseUrl, bool allowed);

    // The jobs and batches watched on `server` (a key naming it, such as its address), as
    // WatchedWork::toJson() writes them; empty when none. Each server keeps its own list.
    QJsonArray watchedWork(const QString &server) const;
    void saveWatchedWork(const QString &server, const QJsonArray &work);
    // The IDs of watched work on `server` that ended and were not seen yet.
    QStringList unseenEndings(const QString &server) const;
    void saveUnseenEndings(const QString &server, const QStringList &ids);

private:
    void migrateRenamedKeys();
    std::optional<QString> optionalText(const QString &key) const;
    void saveOptionalText(const QString &key, const std::optional<QString> &value);
    // One server's array of a JSON object {server: array} kept as text under `key`.
    QJsonArray serverArray(const QString &key, const QString &server) const;
    void saveServerArray(const QString &key, const QString &server, const QJsonArray &array);

    QSettings m_settings;
};

} // namespace BatchDeck
