// The files of the demo world's directories as GET /directories/{id}/files gives them, some
// deleted from their directory, with presigned download URLs the demo server itself answers.
#include "demo/democatalog.h"

#include "demo/demoids.h"
#include "demo/demotables.h"

#include <QCryptographicHash>
#include <QUrlQuery>

namespace BatchDeck {

using namespace DemoIds;
using namespace DemoTables;

namespace {

constexpr qint64 DownloadUrlSeconds = 3600; // how long a presigned URL lasts

} // namespace

bool DemoCatalog::fileDeleted(int directory, int file) const
{
    // Every file of the deleted directory, and about one in eleven of the others.
    return directory == int(std::size(Folders))
        || hash((directory << FileIndexBits) | file, 123) % 11 == 0;
}

QString DemoCatalog::signature(const QString &fileId, const QString &expires) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(m_seed));
    hash.addData(fileId.toUtf8());
    hash.addData(expires.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(32));
}

DemoCatalog::FileTimes DemoCatalog::fileTimes(int directory, int file) const
{
    const quint64 h = hash((directory << FileIndexBits) | file, 124);
    const QDateTime directoryCreated = this->directoryCreated(directory);
    FileTimes times;
    times.created = directoryCreated.addSecs(600 + 3600LL * file + qint64(h % 3600));
    times.updated = times.created.addSecs(qint64(h % 86'400));
    if (directory == int(std::size(Folders)))
        times.deleted = directoryCreated.addDays(DeletedDirectoryDays);
    else if (fileDeleted(directory, file))
        times.deleted = std::min(m_now, times.updated.addDays(1 + qint64(h % 30)));
    return times;
}

QJsonObject DemoCatalog::fileJson(int directory, int file, const QString &downloadOrigin) const
{
    const quint64 h = hash((directory << FileIndexBits) | file, 124);
    const QJsonObject directoryJson = this->directoryJson(directory);
    const FileTimes times = fileTimes(directory, file);
    const QDateTime &created = times.created;
    const QDateTime &updated = times.updated;
    const QDateTime &deletedAt = times.deleted;
    const bool deleted = deletedAt.isValid();
    const QString id = fileId(directory, file);
    const QString name = fileNameAt(directory, file);
    QJsonObject json {
        {QStringLiteral("id"), id},
        {QStringLiteral("created_at"), iso(created)},
        // Nullable in the spec: a few files say nothing of their last change.
        {QStringLiteral("updated_at"), h % 7 == 3 ? QJsonValue::Null : QJsonValue(iso(updated))},
        {QStringLiteral("project_id"), directoryJson.value(u"project_id")},
        {QStringLiteral("directory_id"), directoryIdAt(directory)},
        {QStringLiteral("unique_id"), name},
        {QStringLiteral("display_name"), name},
        {QStringLiteral("file_id"),
         h % 10 == 7 ? QJsonValue::Null : QJsonValue(u"fil-" + uuidFrom(h, splitMix(h)))},
        {QStringLiteral("metadata"), QJsonObject {}},
        {QStringLiteral("deleted_at"), deleted ? QJsonValue(iso(deletedAt)) : QJsonValue::Null},
        {QStringLiteral("download_url"), QJsonValue::Null}};
    if (!downloadOrigin.isEmpty() && !deleted) {
        // A presigned URL: it works without the API key, and only as signed.
        const QDateTime expiresAt = m_now.addSecs(DownloadUrlSeconds);
        const QString expires = QString::number(expiresAt.toSecsSinceEpoch());
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("expires"), expires);
        query.addQueryItem(QStringLiteral("signature"), signature(id, expires));
        const QString url = downloadOrigin + QStringLiteral("/demo-files/") + id + u'?'
            + query.toString(QUrl::FullyEncoded);
        json.insert(u"download_url",
                    QJsonObject {{QStringLiteral("url"), url},
                                 {QStringLiteral("expires_at"), iso(expiresAt)},
                                 {QStringLiteral("form_fields"), QJsonValue::Null}});
    }
    return json;
}

std::optional<QList<QJsonObject>> DemoCatalog::files(const QString &directoryId,
                                                     const FileFilter &filter) const
{
    const int directory = directoryIndex(directoryId);
    if (directory < 0)
        return std::nullopt;
    QList<QJsonObject> list;
    for (int f = 0; f < fileCount(directory); ++f) {
        if (!filter.includeDeleted && fileDeleted(directory, f))
            continue;
        const QString name = fileNameAt(directory, f);
        if ((!filter.displayName.isEmpty() && name != filter.displayName)
            || (!filter.displayNameContains.isEmpty()
                && !name.contains(filter.displayNameContains, Qt::CaseInsensitive))
            || (!filter.uniqueId.isEmpty() && name != filter.uniqueId))
            continue;
        QJsonObject json = fileJson(directory, f, filter.downloadOrigin);
        const QDateTime updated =
            QDateTime::fromString(json.value(u"updated_at").toString(), Qt::ISODateWithMs);
        if ((!filter.fileId.isEmpty() && json.value(u"file_id").toString() != filter.fileId)
            || (filter.updatedFrom.isValid()
                && (!updated.isValid() || updated < filter.updatedFrom))
            || (filter.updatedTo.isValid() && (!updated.isValid() || updated > filter.updatedTo)))
            continue;
        list.append(std::move(json));
    }
    return list;
}

std::optional<QJsonObject> DemoCatalog::file(const QString &directoryId, const QString &fileId,
                                             const FileFilter &filter) const
{
    int directory = 0, file = 0;
    if (!locateFile(fileId, &directory, &file) || directoryIndex(directoryId) != directory)
        return std::nullopt;
    return fileJson(directory, file, filter.downloadOrigin);
}

std::optional<QByteArray> DemoCatalog::fileContent(const QString &fileId, const QString &expires,
                                                   const QString &signature) const
{
    int directory = 0, file = 0;
    if (!locateFile(fileId, &directory, &file) || fileDeleted(directory, file)
        || signature != this->signature(fileId, expires))
        return std::nullopt;
    return QStringLiteral("BatchDeck demo file %1 (%2)\n")
        .arg(fileNameAt(directory, file), fileId)
        .toUtf8();
}

} // namespace BatchDeck
