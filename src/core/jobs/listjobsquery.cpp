#include "core/jobs/listjobsquery.h"

#include "core/jobs/job.h"
#include "core/jobs/jobenums.h"
#include "core/jobs/jobitem.h"

namespace BatchDeck {

namespace {

// Both lists filter by one status and page by limit and offset, checked and sent alike.
QString statusAndPageError(const std::optional<QString> &status, const QStringList &knownStatuses,
                           std::optional<int> limit, std::optional<qint64> offset)
{
    using namespace QueryChecks;
    return firstError({checkEnum("status", status, knownStatuses), checkLimit("limit", limit),
                       checkOffset("offset", offset)});
}

void addStatusAndPage(QUrlQuery *query, const std::optional<QString> &status,
                      std::optional<int> limit, std::optional<qint64> offset)
{
    using QueryChecks::addQueryItem;
    addQueryItem(*query, "status", status);
    addQueryItem(*query, "limit", limit);
    addQueryItem(*query, "offset", offset);
}

} // namespace

QString ListJobsQuery::validationError() const
{
    using namespace QueryChecks;
    return firstError({checkIdentifier("directory_id", directoryId),
                       checkEnum("job_type", jobType, knownJobTypes()),
                       statusAndPageError(status, knownJobStatuses(), limit, offset),
                       checkUuid("project_id", projectId),
                       checkUuid("organization_id", organizationId)});
}

QUrlQuery ListJobsQuery::toUrlQuery() const
{
    using QueryChecks::addQueryItem;
    QUrlQuery query;
    addQueryItem(query, "directory_id", directoryId);
    addQueryItem(query, "job_type", jobType);
    addStatusAndPage(&query, status, limit, offset);
    addQueryItem(query, "project_id", projectId);
    addQueryItem(query, "organization_id", organizationId);
    return query;
}

bool ListJobsQuery::operator==(const ListJobsQuery &other) const
{
    return directoryId == other.directoryId && jobType == other.jobType && status == other.status
        && limit == other.limit && offset == other.offset && projectId == other.projectId
        && organizationId == other.organizationId;
}

QString ListItemsQuery::validationError() const
{
    return statusAndPageError(status, knownItemStatuses(), limit, offset);
}

QUrlQuery ListItemsQuery::toUrlQuery() const
{
    QUrlQuery query;
    addStatusAndPage(&query, status, limit, offset);
    return query;
}

bool ListJobsQuery::matches(const Job &job) const
{
    using QueryChecks::fieldMatches;
    return fieldMatches(status, job.status) && fieldMatches(jobType, job.jobType)
        && fieldMatches(directoryId, job.directoryId) && fieldMatches(projectId, job.projectId);
}

bool ListItemsQuery::matches(const JobItem &item) const
{
    return QueryChecks::fieldMatches(status, item.status);
}

} // namespace BatchDeck
