// Projects and directories: the names behind the ids that jobs and batches carry.
#include "demo/demoroutes.h"

namespace BatchDeck::DemoRoutes {

using namespace DemoHttp;

namespace {

constexpr int DefaultDirectoryPageSize = 50;
const QStringList DirectoryTypes {QStringLiteral("user"), QStringLiteral("index"),
                                  QStringLiteral("ephemeral")};

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
    filter.types = validator.choices(QStringLiteral("types"), DirectoryTypes);
    const QString type = validator.choice(QStringLiteral("type"), DirectoryTypes);
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
    const std::optional<QJsonObject> directory = world.catalog.directory(directoryId);
    if (!directory
        || (!organizationId.isEmpty()
            && organizationId.compare(world.jobs.organizationId(), Qt::CaseInsensitive) != 0)
        || (!projectId.isEmpty()
            && directory->value(u"project_id").toString().compare(projectId, Qt::CaseInsensitive)
                != 0)) {
        return detail(QStringLiteral("Directory not found"), Status::NotFound);
    }
    return QHttpServerResponse(*directory);
}

} // namespace BatchDeck::DemoRoutes
