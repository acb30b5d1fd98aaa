#pragma once

#include "core/api/apiclient.h"
#include "core/catalog/catalogtypes.h"

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

private:
    ApiClient *m_client;
};

} // namespace BatchDeck
