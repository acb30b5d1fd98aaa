// Projects and directories: the names behind the ids that jobs and batches carry.
#include "demo/demoroutes.h"

namespace BatchDeck::DemoRoutes {

using namespace DemoHttp;

namespace {

constexpr int DefaultDirectoryPageSize = 50;
constexpr int DefaultFilePageSize = 20; // the spec gives none; the demo pages small to show paging
const QStringList &directoryTypes()
{
    static const QStringList values {QStringLiteral("user"), QStringLiteral("index"),
                                     QStringLiteral("ephemeral")};
    return values;
}

QHttpServerResponse directoryNotFound()
{
    return detail(QStringLiteral("Directory not found"), Status::NotFound);
}

// Whether the directory is known and inside the project and organization the request names.
bool directoryInScope(const DemoWorld &world, const QString &directoryId, const QString &projectId,
                      const QString &organizationId)
{
    const std::optional<QJsonObject> directory = world.catalog.directory(directoryId);
    return directory
        && (organizationId.isEmpty()
            || organizationId.compare(world.jobs.organizationId(), Qt::CaseInsensitive) == 0)
        && (projectId.isEmpty()
            || directory->value(u"project_id").toString().compare(projectId, Qt::CaseInsensitive)
                == 0);
}

} // namespace

QHttpServerResponse listProjects(DemoWorld &world, const QString &, const RequestData &request)
{
    Validator validator(request.query);
    const QString organizationId = validator.uuid(QStringLiteral("organization_id"));
    const QString name = validator.text(QStringLiteral("project_name"));
    if (validator.hasErrors())
        return validator.response();
    QJsonArray projects;
    for (const QJsonObject &project : world.catalog.projects(organizationId, name))
        projects.append(project);
    return QHttpServerResponse(projects);
}

QHttpServerResponse listDirectories(DemoWorld &world, const QString &, const RequestData &request)
{
    Validator validator(request.query);
    DemoCatalog::DirectoryFilter filter;
    filter.name = validator.text(QStringLiteral("name"));
    filter.projectId = validator.uuid(QStringLiteral("project_id")).toLower();
    filter.organizationId = validator.uuid(QStringLiteral("organization_id")).toLower();
    filter.types = validator.choices(QStringLiteral("types"), directoryTypes());
    const QString type = validator.choice(QStringLiteral("type"), directoryTypes());
    if (!type.isEmpty())
        filter.types << type;
    filter.includeDeleted = validator.boolean(QStringLiteral("include_deleted"), false);
    const QString fingerprint =
        QStringList {QStringLiteral("directories"),
                     filter.name,
                     filter.projectId,
                     filter.organizationId,
                     filter.types.join(u','),
                     filter.includeDeleted ? QStringLiteral("deleted") : QString()}
            .join(u'\x1f');
    const Page page = readPage(validator, fingerprint, DefaultDirectoryPageSize);
    if (validator.hasErrors())
        return validator.response();
    return QHttpServerResponse(pageBody(world.catalog.directories(filter), page, fingerprint));
}

QHttpServerResponse getDirectory(DemoWorld &world, const QString &directoryId,
                                 const RequestData &request)
{
    Validator validator(request.query);
    const QString projectId = validator.uuid(QStringLiteral("project_id"));
    const QString organizationId = validator.uuid(QStringLiteral("organization_id"));
    if (validator.hasErrors())
        return validator.response();
    if (!directoryInScope(world, directoryId, projectId, organizationId))
        return directoryNotFound();
    return QHttpServerResponse(*world.catalog.directory(directoryId));
}

QHttpServerResponse listDirectoryFiles(DemoWorld &world, const QString &directoryId,
                                       const RequestData &request)
{
    Validator validator(request.query);
    const QString projectId = validator.uuid(QStringLiteral("project_id"));
    const QString organizationId = validator.uuid(QStringLiteral("organization_id"));
    DemoCatalog::FileFilter filter;
    filter.displayName = validator.text(QStringLiteral("display_name"));
    filter.displayNameContains = validator.text(QStringLiteral("display_name_contains"));
    filter.uniqueId = validator.text(QStringLiteral("unique_id"));
    filter.fileId = validator.text(QStringLiteral("file_id"));
    filter.includeDeleted = validator.boolean(QStringLiteral("include_deleted"), false);
    filter.updatedFrom = validator.dateTime(QStringLiteral("updated_at_on_or_after"));
    filter.updatedTo = validator.dateTime(QStringLiteral("updated_at_on_or_before"));
    const bool withUrls = expands(request, QStringLiteral("download_url"));
    // A token is only good for the directory and the filters it was issued for.
    const QString fingerprint =
        QStringList {QStringLiteral("files"),
                     directoryId,
                     filter.displayName,
                     filter.displayNameContains,
                     filter.uniqueId,
                     filter.fileId,
                     filter.includeDeleted ? QStringLiteral("deleted") : QString(),
                     filter.updatedFrom.toString(Qt::ISODateWithMs),
                     filter.updatedTo.toString(Qt::ISODateWithMs)}
            .join(u'\x1f');
    const Page page = readPage(validator, fingerprint, DefaultFilePageSize);
    if (validator.hasErrors())
        return validator.response();
    if (!directoryInScope(world, directoryId, projectId, organizationId))
        return directoryNotFound();
    if (withUrls)
        filter.downloadOrigin = request.origin;
    return QHttpServerResponse(
        pageBody(*world.catalog.files(directoryId, filter), page, fingerprint));
}

QHttpServerResponse getDirectoryFile(DemoWorld &world, const QString &directoryId,
                                     const QString &fileId, const RequestData &request)
{
    Validator validator(request.query);
    const QString projectId = validator.uuid(QStringLiteral("project_id"));
    const QString organizationId = validator.uuid(QStringLiteral("organization_id"));
    if (validator.hasErrors())
        return validator.response();
    if (!directoryInScope(world, directoryId, projectId, organizationId))
        return directoryNotFound();
    DemoCatalog::FileFilter filter;
    if (expands(request, QStringLiteral("download_url")))
        filter.downloadOrigin = request.origin;
    const std::optional<QJsonObject> file = world.catalog.file(directoryId, fileId, filter);
    if (!file)
        return detail(QStringLiteral("Directory file not found"), Status::NotFound);
    return QHttpServerResponse(*file);
}

QHttpServerResponse downloadFile(DemoWorld &world, const QString &fileId,
                                 const RequestData &request)
{
    const std::optional<QByteArray> content =
        world.catalog.fileContent(fileId, request.query.queryItemValue(QStringLiteral("expires")),
                                  request.query.queryItemValue(QStringLiteral("signature")));
    if (!content)
        return detail(QStringLiteral("Request has expired or its signature does not match"),
                      Status::Forbidden);
    return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"), *content);
}

} // namespace BatchDeck::DemoRoutes
