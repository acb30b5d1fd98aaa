#include "demo/democatalog.h"

#include "demo/demoids.h"
#include "demo/demotables.h"

namespace BatchDeck {

using namespace DemoIds;
using namespace DemoTables;

namespace {

enum BatchStatus { BPending, BThrottled, BRunning, BCompleted, BFailed, BCancelled };

QDateTime projectCreated(const QDateTime &now, int project)
{
    return now.addDays(-400 + 90 * project).addSecs(qint64(3600) * (7 + project));
}

} // namespace

const QStringList &DemoCatalog::batchStatuses()
{
    static const QStringList values {QStringLiteral("PENDING"), QStringLiteral("THROTTLED"),
                                     QStringLiteral("RUNNING"), QStringLiteral("COMPLETED"),
                                     QStringLiteral("FAILED"),  QStringLiteral("CANCELLED")};
    return values;
}

DemoCatalog::DemoCatalog(const DemoDataset &dataset)
    : m_dataset(dataset)
    , m_now(dataset.config().now)
    , m_seed(dataset.config().seed)
    , m_batchCount(std::clamp(dataset.config().batchCount, 0, 100'000))
{
    m_deletedDirectoryId = u"dir-" + uuidFrom(hash(0, 90), hash(0, 91));
    m_batchStatuses.resize(size_t(m_batchCount));
    m_batchDirectories.resize(size_t(m_batchCount));
    // Some batches ran over the directory that was deleted since, while it existed: their
    // source directory is named only by a listing with include_deleted.
    const int deletedDirectory = int(std::size(Folders));
    const QDateTime deletedFrom = directoryCreated(deletedDirectory).addDays(1);
    const QDateTime deletedTo = deletedFrom.addDays(DeletedDirectoryDays - 2);
    for (int i = 0; i < m_batchCount; ++i) {
        const quint64 h = hash(i, 100);
        // The newest batches are still under way; every status appears at least once.
        static const int Newest[] = {BRunning, BPending, BThrottled, BFailed, BCancelled};
        const int roll = int(h % 100);
        m_batchStatuses[size_t(i)] = quint8(i < int(std::size(Newest)) ? Newest[i]
                                                : roll < 70            ? BCompleted
                                                : roll < 85            ? BFailed
                                                                       : BCancelled);
        m_batchDirectories[size_t(i)] = quint8((h >> 8) % std::size(Folders));
        const QDateTime created = batchCreated(i);
        if (created > deletedFrom && created < deletedTo && (h >> 40) % 3 == 0)
            m_batchDirectories[size_t(i)] = quint8(deletedDirectory);
    }
}

quint64 DemoCatalog::hash(int index, quint64 salt) const
{
    return splitMix(splitMix(m_seed * 0x100000001B3ULL + 0xC0FFEE + salt) ^ quint64(index));
}

// Projects ---------------------------------------------------------------------------------

QList<QJsonObject> DemoCatalog::projects(const QString &organizationId, const QString &name) const
{
    QList<QJsonObject> list;
    if (!organizationId.isEmpty()
        && organizationId.compare(m_dataset.organizationId(), Qt::CaseInsensitive) != 0)
        return list;
    const QStringList ids = m_dataset.projectIds();
    for (int p = 0; p < ids.size(); ++p) {
        const QString projectName = QString::fromLatin1(ProjectNames[p % std::size(ProjectNames)]);
        if (!name.isEmpty() && name != projectName)
            continue;
        const QDateTime created = projectCreated(m_now, p);
        list.append(QJsonObject {{QStringLiteral("name"), projectName},
                                 {QStringLiteral("id"), ids.at(p)},
                                 {QStringLiteral("organization_id"), m_dataset.organizationId()},
                                 {QStringLiteral("created_at"), iso(created)},
                                 {QStringLiteral("updated_at"), iso(created.addDays(3 + p))},
                                 {QStringLiteral("is_default"), p == 0}});
    }
    return list;
}

bool DemoCatalog::hasProject(const QString &projectId) const
{
    for (const QString &id : m_dataset.projectIds()) {
        if (id.compare(projectId, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Directories and their files --------------------------------------------------------------

int DemoCatalog::directoryIndex(const QString &directoryId) const
{
    if (directoryId == m_deletedDirectoryId)
        return int(std::size(Folders));
    return int(m_dataset.directoryIds().indexOf(directoryId));
}

QString DemoCatalog::directoryIdAt(int index) const
{
    return index == int(std::size(Folders)) ? m_deletedDirectoryId
                                            : m_dataset.directoryIds().at(index);
}

QDateTime DemoCatalog::directoryCreated(int index) const
{
    return m_now.addDays(-300 + 20 * index).addSecs(qint64(hash(index, 110) % 86'400));
}

QJsonObject DemoCatalog::directoryJson(int index) const
{
    const QStringList projects = m_dataset.projectIds();
    const bool deleted = index == int(std::size(Folders));
    const quint64 h = hash(index, 110);
    const QDateTime created = directoryCreated(index);
    QJsonObject json {
        {QStringLiteral("id"), directoryIdAt(index)},
        {QStringLiteral("project_id"), projects.at(index % projects.size())},
        {QStringLiteral("name"),
         deleted ? QStringLiteral("Old scans") : QString::fromLatin1(DirectoryNames[index])},
        {QStringLiteral("type"), QStringLiteral("user")},
        {QStringLiteral("created_at"), iso(created)},
        {QStringLiteral("updated_at"), iso(created.addDays(qint64(h % 30)))},
        {QStringLiteral("expires_at"), QJsonValue::Null},
        {QStringLiteral("system_metadata"), QJsonValue::Null},
        {QStringLiteral("deleted_at"),
         deleted ? QJsonValue(iso(created.addDays(DeletedDirectoryDays))) : QJsonValue::Null}};
    json.insert(u"description",
                h % 3 ? QJsonValue(QStringLiteral("Files uploaded for %1 processing")
                                       .arg(QString::fromLatin1(deleted ? "scan" : Folders[index])))
                      : QJsonValue::Null);
    json.insert(u"connector_subscription_id",
                h % 4 == 0 ? QJsonValue(u"csub-" + hex(h >> 16, 12)) : QJsonValue::Null);
    return json;
}

QList<QJsonObject> DemoCatalog::directories(const DirectoryFilter &filter) const
{
    QList<QJsonObject> list;
    if (!filter.organizationId.isEmpty()
        && filter.organizationId.compare(m_dataset.organizationId(), Qt::CaseInsensitive) != 0)
        return list;
    for (int d = 0; d <= int(std::size(Folders)); ++d) {
        const QJsonObject json = directoryJson(d);
        if ((!filter.includeDeleted && !json.value(u"deleted_at").isNull())
            || (!filter.name.isEmpty() && json.value(u"name").toString() != filter.name)
            || (!filter.projectId.isEmpty()
                && json.value(u"project_id")
                       .toString()
                       .compare(filter.projectId, Qt::CaseInsensitive))
            || (!filter.types.isEmpty() && !filter.types.contains(json.value(u"type").toString())))
            continue;
        list.append(json);
    }
    return list;
}

std::optional<QJsonObject> DemoCatalog::directory(const QString &directoryId) const
{
    const int index = directoryIndex(directoryId);
    if (index < 0)
        return std::nullopt;
    return directoryJson(index);
}

int DemoCatalog::fileCount(int directory) const
{
    return 8 + int(hash(directory, 120) % 57);
}

QString DemoCatalog::fileId(int directory, int file) const
{
    const quint64 h = hash((directory << FileIndexBits) | file, 121);
    return indexedUuid(QStringLiteral("dfl-"), h, splitMix(h),
                       (quint64(directory) << FileIndexBits) | quint64(file), hash(0, FileIdSalt));
}

QString DemoCatalog::fileNameAt(int directory, int file) const
{
    const QString folder =
        QString::fromLatin1(directory < int(std::size(Folders)) ? Folders[directory] : "scans");
    return QStringLiteral("%1/%2-%3.%4")
        .arg(folder, folder.left(3))
        .arg(file + 1, 4, 10, QLatin1Char('0'))
        .arg(QString::fromLatin1(
            Extensions[hash((directory << FileIndexBits) | file, 122) % std::size(Extensions)]));
}

QList<std::pair<QString, QString>> DemoCatalog::directoryFiles(const QString &directoryId) const
{
    QList<std::pair<QString, QString>> files;
    const int directory = directoryIndex(directoryId);
    for (int f = 0; directory >= 0 && f < fileCount(directory); ++f) {
        if (!fileDeleted(directory, f))
            files.append({fileId(directory, f), fileNameAt(directory, f)});
    }
    return files;
}

bool DemoCatalog::locateFile(const QString &fileId, int *directory, int *file) const
{
    const quint64 packed = indexOfUuid(fileId, QStringLiteral("dfl-"), hash(0, FileIdSalt));
    const quint64 directoryIndex = packed >> FileIndexBits;
    const int fileIndex = int(packed & ((1ULL << FileIndexBits) - 1));
    if (packed == ~0ULL || directoryIndex > std::size(Folders)
        || fileIndex >= fileCount(int(directoryIndex))
        || this->fileId(int(directoryIndex), fileIndex) != fileId)
        return false;
    *directory = int(directoryIndex);
    *file = fileIndex;
    return true;
}

std::optional<QString> DemoCatalog::fileName(const QString &fileId) const
{
    int directory = 0, file = 0;
    if (!locateFile(fileId, &directory, &file))
        return std::nullopt;
    return fileNameAt(directory, file);
}

} // namespace BatchDeck
