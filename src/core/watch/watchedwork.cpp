#include "core/watch/watchedwork.h"

#include "core/batches/batch.h"
#include "core/jobs/job.h"
#include "core/jobs/jobenums.h"

namespace BatchDeck {

namespace {

constexpr QLatin1StringView JobKind("job");
constexpr QLatin1StringView BatchKind("batch");

namespace Field {
constexpr QLatin1StringView Kind("kind");
constexpr QLatin1StringView Id("id");
constexpr QLatin1StringView ProjectId("project_id");
constexpr QLatin1StringView OrganizationId("organization_id");
constexpr QLatin1StringView Label("label");
constexpr QLatin1StringView LastStatus("last_status");
constexpr QLatin1StringView SeenUnfinished("seen_unfinished");
} // namespace Field

std::optional<QString> optionalText(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    return value.isString() ? std::optional(value.toString()) : std::nullopt;
}

} // namespace

bool WatchedWork::operator==(const WatchedWork &other) const
{
    return kind == other.kind && id == other.id && scope == other.scope && label == other.label
        && lastStatus == other.lastStatus && seenUnfinished == other.seenUnfinished;
}

bool WatchedWork::isFinishedStatus(const QString &status) const
{
    return kind == Kind::Job ? isFinished(jobStatusFromString(status))
                             : isFinished(batchStatusFromString(status));
}

WatchedWork WatchedWork::ofJob(const Job &job, const ProjectScope &scope, const QString &label)
{
    return {Kind::Job, job.id, scope, label, job.status, false}; // a row, not a look
}

WatchedWork WatchedWork::ofBatch(const Batch &batch, const ProjectScope &scope,
                                 const QString &label)
{
    return {Kind::Batch, batch.id, scope, label, batch.status, false};
}

ProjectScope WatchedWork::scopeOfProject(const QString &projectId)
{
    ProjectScope scope;
    if (!projectId.isEmpty())
        scope.projectId = projectId;
    return scope.validationError().isEmpty() ? scope : ProjectScope();
}

QJsonObject WatchedWork::toJson() const
{
    QJsonObject object {{Field::Kind, kind == Kind::Job ? JobKind : BatchKind}, {Field::Id, id}};
    if (scope.projectId)
        object.insert(Field::ProjectId, *scope.projectId);
    if (scope.organizationId)
        object.insert(Field::OrganizationId, *scope.organizationId);
    if (!label.isEmpty())
        object.insert(Field::Label, label);
    if (!lastStatus.isEmpty())
        object.insert(Field::LastStatus, lastStatus);
    if (seenUnfinished)
        object.insert(Field::SeenUnfinished, true);
    return object;
}

std::optional<WatchedWork> WatchedWork::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    WatchedWork work;
    const QString kind = object.value(Field::Kind).toString();
    if (kind == JobKind)
        work.kind = Kind::Job;
    else if (kind == BatchKind)
        work.kind = Kind::Batch;
    else
        return std::nullopt;
    work.id = object.value(Field::Id).toString();
    work.scope.projectId = optionalText(object, Field::ProjectId);
    work.scope.organizationId = optionalText(object, Field::OrganizationId);
    work.label = object.value(Field::Label).toString();
    work.lastStatus = object.value(Field::LastStatus).toString();
    work.seenUnfinished = object.value(Field::SeenUnfinished).toBool();
    // What the API would refuse is never asked: an ID with spaces, a scope that is no UUID.
    if (!QueryChecks::checkIdentifier("id", work.id).isEmpty()
        || !work.scope.validationError().isEmpty())
        return std::nullopt;
    return work;
}

QJsonArray WatchedWork::toJson(const QList<WatchedWork> &list)
{
    QJsonArray array;
    for (const WatchedWork &work : list)
        array.append(work.toJson());
    return array;
}

QList<WatchedWork> WatchedWork::listFromJson(const QJsonArray &array)
{
    QList<WatchedWork> list;
    for (const auto &value : array) {
        if (const std::optional<WatchedWork> work = fromJson(value))
            list.append(*work);
    }
    return list;
}

} // namespace BatchDeck
