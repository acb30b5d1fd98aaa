#pragma once

#include "core/api/apiclient.h"
#include "core/catalog/catalogtypes.h"
#include "core/catalog/directoryfile.h"

#include <QCoreApplication>

namespace BatchDeck {

// The endpoints that give names to IDs (projects, directories) over the shared transport; see
// JobsApi.
class CatalogApi
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::CatalogApi)

public:
    explicit CatalogApi(ApiClient *client);

    // Names for IDs. GET /projects: every project of the organization (or of the key's default
    // one when organizationId is unset), optionally only the one named projectName.
    ApiCall *listProjects(const std::optional<QString> &organizationId,
                          const std::optional<QString> &projectName, QObject *context,
                          ApiCallback<ProjectList> callback);
    // GET /beta/directories: one page; DirectoryPage::nextPageToken leads to the next.
    ApiCall *listDirectories(const ListDirectoriesQuery &query, QObject *context,
                             ApiCallback<DirectoryPage> callback);
    // GET /beta/directories/{id} in the scope of the job that names it.
    ApiCall *directory(const QString &directoryId, const ProjectScope &scope, QObject *context,
                       ApiCallback<Directory> callback);
    // GET /beta/directories/{id}/files: one page of a directory's files (DirectoryFilePager
    // walks them all); the first file of the page is at position 0 of invalidFiles.
    ApiCall *listDirectoryFiles(const ListDirectoryFilesQuery &query, QObject *context,
                                ApiCallback<DirectoryFilePage> callback);
    // GET /beta/directories/{id}/files/{directory_file_id}: one file; with expandDownloadUrl,
    // a fresh presigned download URL too (expand=download_url).
    ApiCall *directoryFile(const QString &directoryId, const QString &directoryFileId,
                           const ProjectScope &scope, bool expandDownloadUrl, QObject *context,
                           ApiCallback<DirectoryFile> callback);

private:
    static QString directoryFilesPath(const QString &directoryId);

    ApiClient *m_client;
};

} // namespace BatchDeck
