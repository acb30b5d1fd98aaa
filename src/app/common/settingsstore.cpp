#include "app/common/settingsstore.h"

#include "core/jobs/jobbrowser.h"

#include <QSettings>

namespace BatchDeck::SettingsStore {

namespace {

std::optional<QString> readOptional(const QSettings &settings, const QString &key)
{
    const QString value = settings.value(key).toString();
    return value.isEmpty() ? std::nullopt : std::optional(value);
}

void writeOptional(QSettings &settings, const QString &key, const std::optional<QString> &value)
{
    if (value)
        settings.setValue(key, *value);
    else
        settings.remove(key);
}

} // namespace

JobFilter filter()
{
    QSettings settings;
    JobFilter filter;
    filter.status = readOptional(settings, QStringLiteral("filter/status"));
    filter.jobType = readOptional(settings, QStringLiteral("filter/jobType"));
    filter.directoryId = readOptional(settings, QStringLiteral("filter/directoryId"));
    filter.projectId = readOptional(settings, QStringLiteral("filter/projectId"));
    filter.organizationId = readOptional(settings, QStringLiteral("filter/organizationId"));
    // A stored filter the API would refuse (an edited file, an older version) is dropped.
    return filter.validationError().isEmpty() ? filter : JobFilter {};
}

void saveFilter(const JobFilter &filter)
{
    QSettings settings;
    writeOptional(settings, QStringLiteral("filter/status"), filter.status);
    writeOptional(settings, QStringLiteral("filter/jobType"), filter.jobType);
    writeOptional(settings, QStringLiteral("filter/directoryId"), filter.directoryId);
    writeOptional(settings, QStringLiteral("filter/projectId"), filter.projectId);
    writeOptional(settings, QStringLiteral("filter/organizationId"), filter.organizationId);
}

int pageSize()
{
    const int value =
        QSettings().value(QStringLiteral("view/pageSize"), JobBrowser::DefaultPageSize).toInt();
    return std::clamp(value, ListJobsQuery::MinLimit, ListJobsQuery::MaxLimit);
}

void savePageSize(int pageSize)
{
    QSettings().setValue(QStringLiteral("view/pageSize"), pageSize);
}

int autoRefreshSeconds()
{
    const int value = QSettings().value(QStringLiteral("view/autoRefreshSeconds"), 10).toInt();
    return QList<int> {5, 10, 30, 60}.contains(value) ? value : 10;
}

void saveAutoRefreshSeconds(int seconds)
{
    QSettings().setValue(QStringLiteral("view/autoRefreshSeconds"), seconds);
}

bool insecureHttpAllowed(const QUrl &baseUrl)
{
    const QUrl allowedFor =
        QSettings().value(QStringLiteral("connection/insecureHttpAllowedFor")).toUrl();
    return !allowedFor.isEmpty()
        && allowedFor.adjusted(QUrl::StripTrailingSlash)
        == baseUrl.adjusted(QUrl::StripTrailingSlash);
}

void saveInsecureHttpAllowed(const QUrl &baseUrl, bool allowed)
{
    QSettings settings;
    if (allowed)
        settings.setValue(QStringLiteral("connection/insecureHttpAllowedFor"), baseUrl);
    else
        settings.remove(QStringLiteral("connection/insecureHttpAllowedFor"));
}

} // namespace BatchDeck::SettingsStore
