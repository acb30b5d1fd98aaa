// The v2 batches API: list (cursor paging), get (expand=results) and cancel; and the parse and
// extract jobs their results refer to.
#include "demo/demoroutes.h"

namespace BatchDeck::DemoRoutes {

using namespace DemoHttp;

namespace {

constexpr int DefaultPageSize = 20; // the spec gives none; the demo pages small to show paging

QHttpServerResponse batchNotFound()
{
    return detail(QStringLiteral("Batch not found"), Status::NotFound);
}

// Whether a batch is outside the project or organization the request names.
bool outOfScope(const DemoWorld &world, const QJsonObject &batch, const QString &projectId,
                const QString &organizationId)
{
    return (!organizationId.isEmpty()
            && organizationId.compare(world.jobs.organizationId(), Qt::CaseInsensitive) != 0)
        || (!projectId.isEmpty()
            && batch.value(u"project_id").toString().compare(projectId, Qt::CaseInsensitive) != 0);
}

// GET /api/v2/parse/{id} or /extract/{id}: the job, in the scope the request names.
QHttpServerResponse referencedJob(DemoWorld &world, DemoCatalog::JobKind kind, const QString &jobId,
                                  const RequestData &request)
{
    Validator validator(request.query);
    const QString projectId = validator.uuid(QStringLiteral("project_id"));
    const QString organizationId = validator.uuid(QStringLiteral("organization_id"));
    if (validator.hasErrors())
        return validator.response();
    const std::optional<QJsonObject> job = world.catalog.referencedJob(kind, jobId);
    const QJsonObject fields = job && kind == DemoCatalog::JobKind::Parse
        ? job->value(u"job").toObject()
        : job.value_or(QJsonObject());
    if (!job || outOfScope(world, fields, projectId, organizationId))
        return detail(QStringLiteral("Job not found"), Status::NotFound);
    return QHttpServerResponse(*job);
}

} // namespace

QHttpServerResponse listBatches(DemoWorld &world, const QString &, const RequestData &request)
{
    Validator validator(request.query);
    DemoCatalog::BatchFilter filter;
    filter.projectId = validator.uuid(QStringLiteral("project_id")).toLower();
    filter.organizationId = validator.uuid(QStringLiteral("organization_id")).toLower();
    filter.status = validator.choice(QStringLiteral("status"), DemoCatalog::batchStatuses());
    filter.sourceDirectoryId = validator.text(QStringLiteral("source_directory_id"));
    filter.createdFrom = validator.dateTime(QStringLiteral("created_at_on_or_after"));
    filter.createdTo = validator.dateTime(QStringLiteral("created_at_on_or_before"));
    // A token is only good for the filters it was issued for.
    const QString fingerprint = QStringList {QStringLiteral("batches"),
                                             filter.projectId,
                                             filter.organizationId,
                                             filter.status,
                                             filter.sourceDirectoryId,
                                             filter.createdFrom.toString(Qt::ISODateWithMs),
                                             filter.createdTo.toString(Qt::ISODateWithMs)}
                                    .join(u'\x1f');
    const Page page = readPage(validator, fingerprint, DefaultPageSize);
    if (validator.hasErrors())
        return validator.response();
    return QHttpServerResponse(pageBody(world.catalog.batches(filter), page, fingerprint));
}

QHttpServerResponse getBatch(DemoWorld &world, const QString &batchId, const RequestData &request)
{
    Validator validator(request.query);
    const QString projectId = validator.uuid(QStringLiteral("project_id"));
    const QString organizationId = validator.uuid(QStringLiteral("organization_id"));
    if (validator.hasErrors())
        return validator.response();
    const std::optional<QJsonObject> batch =
        world.catalog.batch(batchId, expands(request, QStringLiteral("results")));
    if (!batch || outOfScope(world, *batch, projectId, organizationId))
        return batchNotFound();
    return QHttpServerResponse(*batch);
}

QHttpServerResponse cancelBatch(DemoWorld &world, const QString &batchId,
                                const RequestData &request)
{
    Validator validator(request.query);
    const QString projectId = validator.uuid(QStringLiteral("project_id"));
    const QString organizationId = validator.uuid(QStringLiteral("organization_id"));
    if (validator.hasErrors())
        return validator.response();
    const std::optional<QJsonObject> batch = world.catalog.batch(batchId, false);
    if (!batch || outOfScope(world, *batch, projectId, organizationId))
        return batchNotFound();
    QJsonObject response;
    switch (world.catalog.cancelBatch(batchId, &response)) {
    case DemoCatalog::CancelOutcome::NotFound:
        return batchNotFound();
    case DemoCatalog::CancelOutcome::AlreadyFinished:
        return QHttpServerResponse(response, Status::Conflict);
    case DemoCatalog::CancelOutcome::Cancelled:
        break;
    }
    return QHttpServerResponse(response);
}

QHttpServerResponse getParseJob(DemoWorld &world, const QString &jobId, const RequestData &request)
{
    return referencedJob(world, DemoCatalog::JobKind::Parse, jobId, request);
}

QHttpServerResponse getExtractJob(DemoWorld &world, const QString &jobId,
                                  const RequestData &request)
{
    return referencedJob(world, DemoCatalog::JobKind::Extract, jobId, request);
}

} // namespace BatchDeck::DemoRoutes
