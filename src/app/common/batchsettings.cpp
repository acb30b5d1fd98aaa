#include "app/common/batchsettings.h"

#include <QSettings>

namespace BatchDeck::SettingsStore {

namespace {

const QString SourceKey = QStringLiteral("view/source");

std::optional<QString> read(const QSettings &settings, const QString &key)
{
    const QString value = settings.value(key).toString();
    return value.isEmpty() ? std::nullopt : std::optional(value);
}

void write(QSettings &settings, const QString &key, const std::optional<QString> &value)
{
    if (value)
        settings.setValue(key, *value);
    else
        settings.remove(key);
}

} // namespace

DataSource dataSource()
{
    return QSettings().value(SourceKey).toString() == u"batches" ? DataSource::Batches
                                                                 : DataSource::Jobs;
}

void saveDataSource(DataSource source)
{
    QSettings().setValue(SourceKey,
                         source == DataSource::Batches ? QStringLiteral("batches")
                                                       : QStringLiteral("jobs"));
}

ListBatchesQuery batchQuery()
{
    QSettings settings;
    ListBatchesQuery query;
    query.status = read(settings, QStringLiteral("batchFilter/status"));
    query.createdAtOnOrAfter = read(settings, QStringLiteral("batchFilter/createdFrom"));
    query.createdAtOnOrBefore = read(settings, QStringLiteral("batchFilter/createdTo"));
    query.sourceDirectoryId = read(settings, QStringLiteral("batchFilter/sourceDirectoryId"));
    query.projectId = read(settings, QStringLiteral("batchFilter/projectId"));
    query.organizationId = read(settings, QStringLiteral("batchFilter/organizationId"));
    // A stored filter the API would refuse (an edited file, an older version) is dropped.
    return query.validationError().isEmpty() ? query : ListBatchesQuery {};
}

void saveBatchQuery(const ListBatchesQuery &query)
{
    QSettings settings;
    write(settings, QStringLiteral("batchFilter/status"), query.status);
    write(settings, QStringLiteral("batchFilter/createdFrom"), query.createdAtOnOrAfter);
    write(settings, QStringLiteral("batchFilter/createdTo"), query.createdAtOnOrBefore);
    write(settings, QStringLiteral("batchFilter/sourceDirectoryId"), query.sourceDirectoryId);
    write(settings, QStringLiteral("batchFilter/projectId"), query.projectId);
    write(settings, QStringLiteral("batchFilter/organizationId"), query.organizationId);
}

} // namespace BatchDeck::SettingsStore
