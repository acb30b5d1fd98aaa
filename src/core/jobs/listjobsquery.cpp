#include "core/jobs/listjobsquery.h"

#include "core/jobs/job.h"
#include "core/jobs/jobenums.h"
#include "core/jobs/jobitem.h"

namespace BatchDeck {

QString ListJobsQuery::validationError() const
{
    using namespace QueryChecks;
    return firstError({checkIdentifier("directory_id", directoryId),
                       checkEnum("job_type", jobType, knownJobTypes()),
                       checkEnum("status", status, knownJobStatuses()), checkLimit("limit", limit),
                       checkOffset("offset", offset), checkUuid("project_id", projectId),
                       checkUuid("organization_id", organizationId)});
}

QUrlQuery ListJobsQuery::toUrlQuery() const
{
    using QueryChecks::addQueryItem;
    QUrlQuery query;
    addQueryItem(query, "directory_id", directoryId);
    addQueryItem(query, "job_type", jobType);
    addQueryItem(query, "status", status);
    addQueryItem(query, "limit", limit);
    addQueryItem(query, "offset", offset);
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
    using namespace QueryChecks;
    return firstError({checkEnum("status", status, knownItemStatuses()), checkLimit("limit", limit),
                       checkOffset("offset", offset)});
}

QUrlQuery ListItemsQuery::toUrlQuery() const
{
    using QueryChecks::addQueryItem;
    QUrlQuery query;
    addQueryItem(query, "status", status);
    addQueryItem(query, "limit", limit);
    addQueryItem(query, "offset", offset);
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
