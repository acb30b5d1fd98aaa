#include "core/catalog/catalogapi.h"

namespace BatchDeck {

namespace {

constexpr QLatin1StringView ProjectsPath("/api/v1/projects");
constexpr QLatin1StringView DirectoriesPath("/api/v1/beta/directories");

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

QString CatalogApi::directoryFilesPath(const QString &directoryId)
{
    return pathWithId(DirectoriesPath, directoryId, QStringLiteral("/files"));
}

ApiCall *CatalogApi::listDirectoryFiles(const ListDirectoryFilesQuery &query, QObject *context,
                                        ApiCallback<DirectoryFilePage> callback)
{
    ApiCall *call = m_client->send(ApiCall::Verb::Get, directoryFilesPath(query.directoryId),
                                   query.toUrlQuery(), {}, query.validationError());
    return deliver<DirectoryFilePage>(call, context, std::move(callback),
                                      [](const QByteArray &body, DirectoryFilePage *page) {
                                          return DirectoryFilePage::fromJson(body, 0, page);
                                      });
}

ApiCall *CatalogApi::directoryFile(const QString &directoryId, const QString &directoryFileId,
                                   const ProjectScope &scope, bool expandDownloadUrl,
                                   QObject *context, ApiCallback<DirectoryFile> callback)
{
    QString problem = directoryId.trimmed().isEmpty() ? tr("directory_id must not be empty.")
        : directoryFileId.trimmed().isEmpty()         ? tr("directory_file_id must not be empty.")
                                                      : scope.validationError();
    QUrlQuery query;
    if (expandDownloadUrl)
        query.addQueryItem(QStringLiteral("expand"), QStringLiteral("download_url"));
    ApiCall *call = m_client->send(ApiCall::Verb::Get,
                                   pathWithId(directoryFilesPath(directoryId), directoryFileId),
                                   scopedQuery(scope, query), {}, problem);
    return deliver<DirectoryFile>(call, context, std::move(callback), &DirectoryFile::fromBody,
                                  [directoryFileId](const DirectoryFile &answer) {
                                      return checkAnswerId(
                                          tr("Asked about directory file %1, but the server "
                                             "answered about directory file %2."),
                                          directoryFileId, answer.id);
                                  });
}

} // namespace BatchDeck
