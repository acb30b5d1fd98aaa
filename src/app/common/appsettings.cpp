#include "app/common/appsettings.h"

#include "core/jobs/jobbrowser.h"
#include "core/paging/pager.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace BatchDeck {

namespace {

namespace Key {
constexpr QLatin1StringView WindowGeometry("window/geometry");
constexpr QLatin1StringView SplitterState("window/splitter");
constexpr QLatin1StringView ShownList("window/shownList");
constexpr QLatin1StringView PageSize("window/pageSize");
constexpr QLatin1StringView AutoRefreshSeconds("window/autoRefreshSeconds");

constexpr QLatin1StringView JobsHeaderState("jobs/headerState");
constexpr QLatin1StringView JobsFilterStatus("jobs/filterStatus");
constexpr QLatin1StringView JobsFilterJobType("jobs/filterJobType");
constexpr QLatin1StringView JobsFilterDirectoryId("jobs/filterDirectoryId");
constexpr QLatin1StringView JobsFilterProjectId("jobs/filterProjectId");
constexpr QLatin1StringView JobsFilterOrganizationId("jobs/filterOrganizationId");

constexpr QLatin1StringView BatchesHeaderState("batches/headerState");
constexpr QLatin1StringView BatchesFilterStatus("batches/filterStatus");
constexpr QLatin1StringView BatchesFilterCreatedFrom("batches/filterCreatedFrom");
constexpr QLatin1StringView BatchesFilterCreatedTo("batches/filterCreatedTo");
constexpr QLatin1StringView BatchesFilterSourceDirectoryId("batches/filterSourceDirectoryId");
constexpr QLatin1StringView BatchesFilterProjectId("batches/filterProjectId");
constexpr QLatin1StringView BatchesFilterOrganizationId("batches/filterOrganizationId");

constexpr QLatin1StringView ExportFolder("export/folder");
constexpr QLatin1StringView ExportConcurrency("export/concurrency");

constexpr QLatin1StringView IndexEnabled("index/enabled");
constexpr QLatin1StringView IndexKeepsRemoved("index/keepsRemoved");
constexpr QLatin1StringView StuckAfterMinutes("index/stuckAfterMinutes");

constexpr QLatin1StringView ConnectionMode("connection/mode");
constexpr QLatin1StringView BaseUrl("connection/baseUrl");
constexpr QLatin1StringView InsecureHttpAllowedFor("connection/insecureHttpAllowedFor");

constexpr QLatin1StringView WatchedWorkByServer("watch/watchedWork");
constexpr QLatin1StringView UnseenEndingsByServer("watch/unseenEndings");
} // namespace Key

struct RenamedKey
{
    QString oldKey;
    QString newKey;
};

// Keys of earlier versions and where they live now. Geometry, splitter, export folder and the
// connection keys kept their names.
const std::array<RenamedKey, 16> &renamedKeys()
{
    static const std::array<RenamedKey, 16> keys {{
        {QStringLiteral("view/source"), Key::ShownList},
        {QStringLiteral("view/pageSize"), Key::PageSize},
        {QStringLiteral("view/autoRefreshSeconds"), Key::AutoRefreshSeconds},
        {QStringLiteral("jobTable/headerState"), Key::JobsHeaderState},
        {QStringLiteral("filter/status"), Key::JobsFilterStatus},
        {QStringLiteral("filter/jobType"), Key::JobsFilterJobType},
        {QStringLiteral("filter/directoryId"), Key::JobsFilterDirectoryId},
        {QStringLiteral("filter/projectId"), Key::JobsFilterProjectId},
        {QStringLiteral("filter/organizationId"), Key::JobsFilterOrganizationId},
        {QStringLiteral("window/batchTableHeader"), Key::BatchesHeaderState},
        {QStringLiteral("batchFilter/status"), Key::BatchesFilterStatus},
        {QStringLiteral("batchFilter/createdFrom"), Key::BatchesFilterCreatedFrom},
        {QStringLiteral("batchFilter/createdTo"), Key::BatchesFilterCreatedTo},
        {QStringLiteral("batchFilter/sourceDirectoryId"), Key::BatchesFilterSourceDirectoryId},
        {QStringLiteral("batchFilter/projectId"), Key::BatchesFilterProjectId},
        {QStringLiteral("batchFilter/organizationId"), Key::BatchesFilterOrganizationId},
    }};
    return keys;
}

constexpr QLatin1StringView DemoModeValue("demo");
constexpr QLatin1StringView CloudModeValue("cloud");

} // namespace

AppSettings::AppSettings()
{
    migrateRenamedKeys();
}

void AppSettings::migrateRenamedKeys()
{
    for (const RenamedKey &renamed : renamedKeys()) {
        if (!m_settings.contains(renamed.oldKey))
            continue;
        // A new key already there was written by this version and is newer than the old one.
        if (!m_settings.contains(renamed.newKey))
            m_settings.setValue(renamed.newKey, m_settings.value(renamed.oldKey));
        m_settings.remove(renamed.oldKey);
    }
}

std::optional<QString> AppSettings::optionalText(const QString &key) const
{
    const QString value = m_settings.value(key).toString();
    return value.isEmpty() ? std::nullopt : std::optional(value);
}

void AppSettings::saveOptionalText(const QString &key, const std::optional<QString> &value)
{
    if (value)
        m_settings.setValue(key, *value);
    else
        m_settings.remove(key);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(Key::WindowGeometry).toByteArray();
}

void AppSettings::saveWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Key::WindowGeometry, geometry);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value(Key::SplitterState).toByteArray();
}

void AppSettings::saveSplitterState(const QByteArray &state)
{
    m_settings.setValue(Key::SplitterState, state);
}

QString AppSettings::shownList() const
{
    return m_settings.value(Key::ShownList).toString();
}

void AppSettings::saveShownList(const QString &name)
{
    m_settings.setValue(Key::ShownList, name);
}

int AppSettings::pageSize() const
{
    const int value = m_settings.value(Key::PageSize, JobBrowser::DefaultPageSize).toInt();
    return std::clamp(value, ListJobsQuery::MinLimit, ListJobsQuery::MaxLimit);
}

void AppSettings::savePageSize(int pageSize)
{
    m_settings.setValue(Key::PageSize, pageSize);
}

int AppSettings::autoRefreshSeconds() const
{
    const int value = m_settings.value(Key::AutoRefreshSeconds, 10).toInt();
    return QList<int> {5, 10, 30, 60}.contains(value) ? value : 10;
}

void AppSettings::saveAutoRefreshSeconds(int seconds)
{
    m_settings.setValue(Key::AutoRefreshSeconds, seconds);
}

QByteArray AppSettings::jobsHeaderState() const
{
    return m_settings.value(Key::JobsHeaderState).toByteArray();
}

void AppSettings::saveJobsHeaderState(const QByteArray &state)
{
    m_settings.setValue(Key::JobsHeaderState, state);
}

JobFilter AppSettings::jobsFilter() const
{
    JobFilter filter;
    filter.status = optionalText(Key::JobsFilterStatus);
    filter.jobType = optionalText(Key::JobsFilterJobType);
    filter.directoryId = optionalText(Key::JobsFilterDirectoryId);
    filter.projectId = optionalText(Key::JobsFilterProjectId);
    filter.organizationId = optionalText(Key::JobsFilterOrganizationId);
    // A stored filter the API would refuse (an edited file, an older version) is dropped.
    return filter.validationError().isEmpty() ? filter : JobFilter {};
}

void AppSettings::saveJobsFilter(const JobFilter &filter)
{
    saveOptionalText(Key::JobsFilterStatus, filter.status);
    saveOptionalText(Key::JobsFilterJobType, filter.jobType);
    saveOptionalText(Key::JobsFilterDirectoryId, filter.directoryId);
    saveOptionalText(Key::JobsFilterProjectId, filter.projectId);
    saveOptionalText(Key::JobsFilterOrganizationId, filter.organizationId);
}

QByteArray AppSettings::batchesHeaderState() const
{
    return m_settings.value(Key::BatchesHeaderState).toByteArray();
}

void AppSettings::saveBatchesHeaderState(const QByteArray &state)
{
    m_settings.setValue(Key::BatchesHeaderState, state);
}

ListBatchesQuery AppSettings::batchesQuery() const
{
    ListBatchesQuery query;
    query.status = optionalText(Key::BatchesFilterStatus);
    query.createdAtOnOrAfter = optionalText(Key::BatchesFilterCreatedFrom);
    query.createdAtOnOrBefore = optionalText(Key::BatchesFilterCreatedTo);
    query.sourceDirectoryId = optionalText(Key::BatchesFilterSourceDirectoryId);
    query.projectId = optionalText(Key::BatchesFilterProjectId);
    query.organizationId = optionalText(Key::BatchesFilterOrganizationId);
    // A stored filter the API would refuse (an edited file, an older version) is dropped.
    return query.validationError().isEmpty() ? query : ListBatchesQuery {};
}

void AppSettings::saveBatchesQuery(const ListBatchesQuery &query)
{
    saveOptionalText(Key::BatchesFilterStatus, query.status);
    saveOptionalText(Key::BatchesFilterCreatedFrom, query.createdAtOnOrAfter);
    saveOptionalText(Key::BatchesFilterCreatedTo, query.createdAtOnOrBefore);
    saveOptionalText(Key::BatchesFilterSourceDirectoryId, query.sourceDirectoryId);
    saveOptionalText(Key::BatchesFilterProjectId, query.projectId);
    saveOptionalText(Key::BatchesFilterOrganizationId, query.organizationId);
}

QString AppSettings::exportFolder() const
{
    return m_settings.value(Key::ExportFolder).toString();
}

void AppSettings::saveExportFolder(const QString &folder)
{
    m_settings.setValue(Key::ExportFolder, folder);
}

int AppSettings::exportConcurrency() const
{
    bool ok = false;
    const int requests = m_settings.value(Key::ExportConcurrency).toInt(&ok);
    return ok && requests >= 1 && requests <= Pager::MaxConcurrency ? requests
                                                                    : Pager::DefaultConcurrency;
}

void AppSettings::saveExportConcurrency(int requests)
{
    m_settings.setValue(Key::ExportConcurrency, std::clamp(requests, 1, Pager::MaxConcurrency));
}

bool AppSettings::indexEnabled() const
{
    return m_settings.value(Key::IndexEnabled, true).toBool();
}

void AppSettings::saveIndexEnabled(bool enabled)
{
    m_settings.setValue(Key::IndexEnabled, enabled);
}

bool AppSettings::indexKeepsRemoved() const
{
    return m_settings.value(Key::IndexKeepsRemoved, false).toBool();
}

void AppSettings::saveIndexKeepsRemoved(bool keep)
{
    m_settings.setValue(Key::IndexKeepsRemoved, keep);
}

int AppSettings::stuckAfterMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(Key::StuckAfterMinutes).toInt(&ok);
    return ok && minutes >= MinStuckAfterMinutes && minutes <= MaxStuckAfterMinutes
        ? minutes
        : DefaultStuckAfterMinutes;
}

void AppSettings::saveStuckAfterMinutes(int minutes)
{
    m_settings.setValue(Key::StuckAfterMinutes,
                        std::clamp(minutes, MinStuckAfterMinutes, MaxStuckAfterMinutes));
}

ConnectionMode AppSettings::connectionMode() const
{
    const QString mode = m_settings.value(Key::ConnectionMode).toString();
    if (mode == DemoModeValue)
        return ConnectionMode::Demo;
    if (mode == CloudModeValue)
        return ConnectionMode::Cloud;
    return ConnectionMode::NotChosen;
}

void AppSettings::saveConnectionMode(ConnectionMode mode)
{
    switch (mode) {
    case ConnectionMode::Demo:
        m_settings.setValue(Key::ConnectionMode, DemoModeValue);
        return;
    case ConnectionMode::Cloud:
        m_settings.setValue(Key::ConnectionMode, CloudModeValue);
        return;
    case ConnectionMode::NotChosen:
        m_settings.remove(Key::ConnectionMode);
        return;
    }
}

QUrl AppSettings::baseUrl() const
{
    const QUrl url = m_settings.value(Key::BaseUrl).toUrl();
    return url.isValid() ? url : QUrl();
}

void AppSettings::saveBaseUrl(const QUrl &baseUrl)
{
    m_settings.setValue(Key::BaseUrl, baseUrl);
}

bool AppSettings::insecureHttpAllowed(const QUrl &baseUrl) const
{
    const QUrl allowedFor = m_settings.value(Key::InsecureHttpAllowedFor).toUrl();
    return !allowedFor.isEmpty()
        && allowedFor.adjusted(QUrl::StripTrailingSlash)
        == baseUrl.adjusted(QUrl::StripTrailingSlash);
}

void AppSettings::saveInsecureHttpAllowed(const QUrl &baseUrl, bool allowed)
{
    if (allowed)
        m_settings.setValue(Key::InsecureHttpAllowedFor, baseUrl);
    else
        m_settings.remove(Key::InsecureHttpAllowedFor);
}

QJsonArray AppSettings::serverArray(const QString &key, const QString &server) const
{
    // Text, not a QVariant map: an INI file keeps a server's address as a key badly.
    const QJsonDocument document =
        QJsonDocument::fromJson(m_settings.value(key).toString().toUtf8());
    return document.object().value(server).toArray(); // anything unreadable reads as empty
}

void AppSettings::saveServerArray(const QString &key, const QString &server,
                                  const QJsonArray &array)
{
    QJsonObject servers =
        QJsonDocument::fromJson(m_settings.value(key).toString().toUtf8()).object();
    if (array.isEmpty())
        servers.remove(server);
    else
        servers.insert(server, array);
    if (servers.isEmpty())
        m_settings.remove(key);
    else
        m_settings.setValue(
            key, QString::fromUtf8(QJsonDocument(servers).toJson(QJsonDocument::Compact)));
}

QJsonArray AppSettings::watchedWork(const QString &server) const
{
    return serverArray(Key::WatchedWorkByServer, server);
}

void AppSettings::saveWatchedWork(const QString &server, const QJsonArray &work)
{
    saveServerArray(Key::WatchedWorkByServer, server, work);
}

QStringList AppSettings::unseenEndings(const QString &server) const
{
    QStringList ids;
    const QJsonArray stored = serverArray(Key::UnseenEndingsByServer, server);
    for (const auto &id : stored) {
        if (id.isString() && !id.toString().isEmpty())
            ids.append(id.toString());
    }
    return ids;
}

void AppSettings::saveUnseenEndings(const QString &server, const QStringList &ids)
{
    saveServerArray(Key::UnseenEndingsByServer, server, QJsonArray::fromStringList(ids));
}

} // namespace BatchDeck
