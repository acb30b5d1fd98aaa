#include "core/catalog/catalogapi.h"

namespace BatchDeck {

namespace {

const QString ProjectsPath = QStringLiteral("/api/v1/projects");
const QString DirectoriesPath = QStringLiteral("/api/v1/beta/directories");

} // namespace

CatalogApi::CatalogApi(ApiClient *client)
    : m_client(client)
{ }

ApiCall *CatalogApi::listProjects(const std::optional<QString> &organizationId,
                                  const std::optional<QString> &projectName, QObject *context,
                                  ApiCallback<ProjectList> callback)
{
    QUrlQuery query;
    QString problem = QueryChecks::checkUuid("organization_id", organizationId);
    if (organizationId)
        query.addQueryItem(QStringLiteral("organization_id"), *organizationId);
    if (projectName) {
        if (problem.isEmpty() && projectName->trimmed().isEmpty())
            problem = tr("project_name must not be empty.");
        // Encoded here: QUrlQuery sends "+" as it is, which the server reads as a space.
        query.addQueryItem(QStringLiteral("project_name"),
                           QString::fromLatin1(QUrl::toPercentEncoding(*projectName)));
    }
    ApiCall *call = m_client->send(ApiCall::Verb::Get, ProjectsPath, query, {}, problem);
    return deliver<ProjectList>(call, context, std::move(callback), &ProjectList::fromJson);
}

ApiCall *CatalogApi::listDirectories(const ListDirectoriesQuery &query, QObject *context,
                                     ApiCallback<DirectoryPage> callback)
{
    ApiCall *call = m_client->send(ApiCall::Verb::Get, DirectoriesPath, query.toUrlQuery(), {},
                                   query.validationError());
    return deliver<DirectoryPage>(call, context, std::move(callback), &DirectoryPage::fromJson);
}

ApiCall *CatalogApi::directory(const QString &directoryId, const ProjectScope &scope,
                               QObject *context, ApiCallback<Directory> callback)
{
    QString problem = directoryId.trimmed().isEmpty() ? tr("directory_id must not be empty.")
                                                      : scope.validationError();
    const QString path =
        DirectoriesPath + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(directoryId));
    ApiCall *call = m_client->send(ApiCall::Verb::Get, path, scopedQuery(scope), {}, problem);
    return deliver<Directory>(call, context, std::move(callback), &Directory::fromBody,
                              [directoryId](const Directory &answer) {
                                  return checkAnswerId(
                                      tr("Asked about directory %1, but the server "
                                         "answered about directory %2."),
                                      directoryId, answer.id);
                              });
}

} // namespace BatchDeck
