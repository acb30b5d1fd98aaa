#pragma once

#include "core/api/projectscope.h"
#include "core/catalog/catalogtypes.h"
#include "core/json/jsonslice.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace BatchDeck {

// DirectoryFileResponse (GET /api/v1/beta/directories/{id}/files and .../files/{file_id}), the
// fields a file's name, its state and its download need; metadata is read past. Absent or null
// optional values are null QStrings, invalid QDateTimes and an empty QUrl.
struct DirectoryFile
{
    QString id; // "dfl-...", what a batch result's source_directory_file_id names
    QString projectId;
    QString directoryId;
    QString uniqueId;
    QString displayName;
    QString fileId; // the storage file, when the server says
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; // valid: the file was removed from the directory
    // download_url (a PresignedUrl), sent only when asked for with expand=download_url. The URL
    // is kept as the server sent it: whoever opens it checks its scheme.
    QUrl downloadUrl;
    QDateTime downloadUrlExpiresAt;

    bool isDeleted() const { return deletedAt.isValid(); }
    bool operator==(const DirectoryFile &other) const;
    bool operator!=(const DirectoryFile &other) const { return !(*this == other); }

    // Fills *file from one JSON file; on failure returns a sentence naming the field.
    static QString fromJson(const JsonSlice &value, DirectoryFile *file);
    // GET .../files/{directory_file_id}: the body is one file.
    static QString fromBody(const QByteArray &body, DirectoryFile *file);
};

// One answer of GET /api/v1/beta/directories/{id}/files (DirectoryFileQueryResponse).
struct DirectoryFilePage
{
    QList<DirectoryFile> files;
    QList<InvalidCatalogEntry> invalidFiles; // positions counted from the page's first file
    std::optional<QString> nextPageToken; // absent, null and "" all mean: the last page
    std::optional<qint64> totalSize; // only when the server chose to say; may be an estimate

    qint64 itemCount() const { return files.size() + invalidFiles.size(); }
    bool hasNextPage() const { return nextPageToken && !nextPageToken->isEmpty(); }

    // Reads a page whose first file is at `firstPosition` of the listing. Files that cannot be
    // read are listed in invalidFiles, not guessed; a page that cannot be read is a sentence.
    static QString fromJson(const QByteArray &body, qint64 firstPosition, DirectoryFilePage *page);
    // "the file at position 3 could not be read: field "id" is missing"
    static QString describe(const InvalidCatalogEntry &entry);
};

// The parameters of GET /api/v1/beta/directories/{id}/files this client sends. Unset ones are
// not sent; the directory is part of the path.
struct ListDirectoryFilesQuery
{
    static constexpr int MaxPageSize = ListDirectoriesQuery::MaxPageSize;

    QString directoryId;
    ProjectScope scope;
    // include_deleted: files removed from the directory too, so that an old batch's files keep
    // their names. Sent when set, true or false.
    std::optional<bool> includeDeleted;
    bool expandDownloadUrl = false; // expand=download_url: a presigned URL for every file
    std::optional<QString> displayName;
    std::optional<QString> fileId;
    std::optional<int> pageSize;
    std::optional<QString> pageToken;

    // Empty when the query may be sent; otherwise one sentence naming the parameter.
    QString validationError() const;
    QUrlQuery toUrlQuery() const;
    // Whether a file the server listed is one the query asked for (DirectoryFilePager leaves
    // others out and counts them): a deleted file without include_deleted, or another name or
    // storage file than the one asked for, is not.
    bool matches(const DirectoryFile &file) const;
};

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::DirectoryFile)
Q_DECLARE_METATYPE(BatchDeck::DirectoryFilePage)
