#pragma once

#include "core/json/jsonslice.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace BatchDeck {

// Project (GET /api/v1/projects), field for field. Absent or null optional values are null
// QStrings and invalid QDateTimes.
struct Project
{
    QString id;
    QString name;
    QString organizationId;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool isDefault = false;

    bool operator==(const Project &other) const;
    bool operator!=(const Project &other) const { return !(*this == other); }

    // Fills *project from one JSON project; on failure returns a sentence naming the field.
    static QString fromJson(const JsonSlice &value, Project *project);
};

// DirectoryResponse (GET /api/v1/beta/directories and /directories/{id}), the fields a name
// needs and the ones worth showing; the rest are read past.
struct Directory
{
    QString id;
    QString projectId;
    QString name;
    QString description;
    QString type; // "user", "index", "ephemeral" or a newer value, kept as received
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;

    bool operator==(const Directory &other) const;
    bool operator!=(const Directory &other) const { return !(*this == other); }

    static QString fromJson(const JsonSlice &value, Directory *directory);
    // GET /directories/{id}: the body is one directory.
    static QString fromBody(const QByteArray &body, Directory *directory);
};

// An entry of a list the client could not read, with its position in the answer.
struct InvalidCatalogEntry
{
    qint64 position = 0;
    QString problem;
};

// The answer of GET /api/v1/projects: a JSON array, not a page.
struct ProjectList
{
    QList<Project> projects;
    QList<InvalidCatalogEntry> invalidProjects;

    static QString fromJson(const QByteArray &body, ProjectList *list);
    // "the project at position 2 could not be read: field "id" is missing"
    static QString describe(const InvalidCatalogEntry &entry);
};

// One answer of GET /api/v1/beta/directories (DirectoryQueryResponse).
struct DirectoryPage
{
    QList<Directory> directories;
    QList<InvalidCatalogEntry> invalidDirectories; // positions within this page
    QString nextPageToken; // empty: the last page (absent, null or "")
    std::optional<qint64> totalSize; // only when the server chose to say; may be an estimate

    qint64 itemCount() const { return directories.size() + invalidDirectories.size(); }
    static QString fromJson(const QByteArray &body, DirectoryPage *page);
    static QString describe(const InvalidCatalogEntry &entry);
};

// The parameters of GET /api/v1/beta/directories this client sends. Unset ones are not sent.
struct ListDirectoriesQuery
{
    static constexpr int MaxPageSize = 1000;

    std::optional<QString> name;
    std::optional<QString> type;
    std::optional<QString> projectId;
    std::optional<QString> organizationId;
    // include_deleted: directories deleted since (expired, say) too, so that old jobs and
    // batches keep their directory's name. Sent when set, true or false.
    std::optional<bool> includeDeleted;
    std::optional<int> pageSize;
    std::optional<QString> pageToken;

    // Empty when the query may be sent; otherwise one sentence naming the parameter.
    QString validationError() const;
    QUrlQuery toUrlQuery() const;
};

// The directory types the API documents.
const QStringList &knownDirectoryTypes();

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::Project)
Q_DECLARE_METATYPE(BatchDeck::Directory)
