#include "core/catalog/directoryfile.h"

#include "core/json/jsonfieldreader.h"
#include "core/json/jsonpage.h"

#include <QCoreApplication>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct DirectoryFileText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::DirectoryFile)
};

// display_name and unique_id have minLength 1: "" names nothing, and a table would show a
// blank cell for the file.
QString requiredText(JsonFieldReader &reader, const QString &field, QString *problem)
{
    QString value = reader.requiredString(field);
    if (!reader.hasError() && value.isEmpty() && problem->isEmpty())
        *problem = DirectoryFileText::tr("field \"%1\" is empty").arg(field);
    return value;
}

// download_url: null or absent when not asked for; otherwise a PresignedUrl, whose url and
// expires_at are required.
QString readDownloadUrl(const JsonSlice &value, DirectoryFile *file)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        return DirectoryFileText::tr("field \"download_url\" should be an object but is %1")
            .arg(describeJsonType(value.type()));
    JsonFieldReader reader(value);
    reader.setFieldPrefix(QStringLiteral("download_url."));
    QString empty;
    const QString url = reader.requiredString(QStringLiteral("url"));
    if (!reader.hasError() && url.isEmpty())
        empty = DirectoryFileText::tr("field \"download_url.url\" is empty");
    if (!reader.hasError() && value.member(u"expires_at").isUndefined())
        return DirectoryFileText::tr("field \"download_url.expires_at\" is missing");
    const QDateTime expiresAt = reader.optionalDateTime(QStringLiteral("expires_at"));
    if (reader.hasError())
        return reader.error();
    if (!empty.isEmpty())
        return empty;
    // StrictMode: a URL with characters a URL cannot hold is refused, not repaired.
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return DirectoryFileText::tr("field \"download_url.url\" is not a valid URL");
    file->downloadUrl = parsed;
    file->downloadUrlExpiresAt = expiresAt;
    return {};
}

} // namespace

bool DirectoryFile::operator==(const DirectoryFile &other) const
{
    return id == other.id && projectId == other.projectId && directoryId == other.directoryId
        && uniqueId == other.uniqueId && displayName == other.displayName && fileId == other.fileId
        && createdAt == other.createdAt && updatedAt == other.updatedAt
        && deletedAt == other.deletedAt && downloadUrl == other.downloadUrl
        && downloadUrlExpiresAt == other.downloadUrlExpiresAt;
}

QString DirectoryFile::fromJson(const JsonSlice &value, DirectoryFile *file)
{
    if (!value.isObject())
        return notAnObjectProblem(value.type());
    JsonFieldReader reader(value);
    QString empty;
    DirectoryFile read;
    read.id = reader.requiredString(QStringLiteral("id"));
    if (!reader.hasError() && read.id.trimmed().isEmpty())
        empty = DirectoryFileText::tr("field \"id\" is empty");
    read.projectId = reader.requiredString(QStringLiteral("project_id"));
    read.directoryId = reader.requiredString(QStringLiteral("directory_id"));
    read.uniqueId = requiredText(reader, QStringLiteral("unique_id"), &empty);
    read.displayName = requiredText(reader, QStringLiteral("display_name"), &empty);
    read.fileId = reader.optionalString(QStringLiteral("file_id"));
    read.createdAt = reader.optionalDateTime(QStringLiteral("created_at"));
    read.updatedAt = reader.optionalDateTime(QStringLiteral("updated_at"));
    read.deletedAt = reader.optionalDateTime(QStringLiteral("deleted_at"));
    if (reader.hasError())
        return reader.error();
    if (!empty.isEmpty())
        return empty;
    if (QString problem = readDownloadUrl(value.member(u"download_url"), &read); !problem.isEmpty())
        return problem;
    *file = std::move(read);
    return {};
}

QString DirectoryFile::fromBody(const QByteArray &body, DirectoryFile *file)
{
    JsonSlice object;
    if (QString error = parseJsonObject(body, &object); !error.isEmpty())
        return error;
    return fromJson(object, file);
}

QString DirectoryFilePage::fromJson(const QByteArray &body, qint64 firstPosition,
                                    DirectoryFilePage *page)
{
    JsonPageMembers members;
    if (QString error = parseJsonPage(body, &members); !error.isEmpty())
        return error;
    if (QString problem = requiredItemsProblem(members.items); !problem.isEmpty())
        return problem;
    DirectoryFilePage read;
    const JsonSlice &token = members.nextPageToken;
    if (!token.isUndefined() && !token.isNull() && !token.isString())
        return DirectoryFileText::tr("field \"next_page_token\" should be a string but is %1")
            .arg(describeJsonType(token.type()));
    if (token.isString())
        read.nextPageToken = token.toString();
    if (QString problem = readTotalSize(members.totalSize, &read.totalSize); !problem.isEmpty())
        return problem;
    readPageRows(members.items.elements(), firstPosition, &read.files, &read.invalidFiles,
                 [](const JsonSlice &element, DirectoryFile *file) {
                     return DirectoryFile::fromJson(element, file);
                 });
    *page = std::move(read);
    return {};
}

QString DirectoryFilePage::describe(const InvalidCatalogEntry &entry)
{
    return DirectoryFileText::tr("the file at position %1 could not be read: %2")
        .arg(entry.position + 1)
        .arg(entry.problem);
}

QString ListDirectoryFilesQuery::validationError() const
{
    using namespace QueryChecks;
    if (directoryId.trimmed().isEmpty())
        return DirectoryFileText::tr("directory_id must not be empty.");
    if (pageSize && (*pageSize < 1 || *pageSize > MaxPageSize))
        return DirectoryFileText::tr("page_size must be from 1 to %1 (got %2).")
            .arg(MaxPageSize)
            .arg(*pageSize);
    if (pageToken && pageToken->isEmpty())
        return DirectoryFileText::tr("page_token must not be empty.");
    if (displayName && displayName->isEmpty())
        return DirectoryFileText::tr("display_name must not be empty.");
    if (fileId && fileId->trimmed().isEmpty())
        return DirectoryFileText::tr("file_id must not be empty.");
    return scope.validationError();
}

QUrlQuery ListDirectoryFilesQuery::toUrlQuery() const
{
    QUrlQuery query;
    // Percent-encoded here, as ListDirectoriesQuery does: QUrlQuery would send a "+" as it is,
    // and the server reads it as a space.
    const auto add = [&query](const char *name, const std::optional<QString> &value) {
        if (value)
            query.addQueryItem(QString::fromLatin1(name),
                               QString::fromLatin1(QUrl::toPercentEncoding(*value)));
    };
    if (expandDownloadUrl)
        query.addQueryItem(QStringLiteral("expand"), QStringLiteral("download_url"));
    add("project_id", scope.projectId);
    add("organization_id", scope.organizationId);
    add("display_name", displayName);
    add("file_id", fileId);
    if (includeDeleted)
        query.addQueryItem(QStringLiteral("include_deleted"),
                           *includeDeleted ? QStringLiteral("true") : QStringLiteral("false"));
    if (pageSize)
        query.addQueryItem(QStringLiteral("page_size"), QString::number(*pageSize));
    add("page_token", pageToken);
    return query;
}

bool ListDirectoryFilesQuery::matches(const DirectoryFile &file) const
{
    if (file.isDeleted() && !includeDeleted.value_or(false))
        return false;
    if (displayName && file.displayName != *displayName)
        return false;
    return QueryChecks::fieldMatches(fileId, file.fileId);
}

} // namespace BatchDeck
