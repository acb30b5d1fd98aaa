#include "core/jobs/jobfilter.h"

#include <QCoreApplication>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct JobFilterText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::JobFilter)
};

} // namespace

bool JobFilter::isEmpty() const
{
    return !jobType && !status && !directoryId && !projectId && !organizationId;
}

ListJobsQuery JobFilter::toQuery(int limit, qint64 offset) const
{
    ListJobsQuery query;
    query.jobType = jobType;
    query.status = status;
    query.directoryId = directoryId;
    query.projectId = projectId;
    query.organizationId = organizationId;
    query.limit = limit;
    query.offset = offset;
    return query;
}

QString JobFilter::validationError() const
{
    return toQuery(1, 0).validationError();
}

QStringList JobFilter::describe() const
{
    QStringList parts;
    if (status)
        parts << JobFilterText::tr("status: %1").arg(*status);
    if (jobType)
        parts << JobFilterText::tr("type: %1").arg(*jobType);
    if (directoryId)
        parts << JobFilterText::tr("directory: %1").arg(*directoryId);
    if (projectId)
        parts << JobFilterText::tr("project: %1").arg(*projectId);
    if (organizationId)
        parts << JobFilterText::tr("organization: %1").arg(*organizationId);
    return parts;
}

bool JobFilter::operator==(const JobFilter &other) const
{
    return jobType == other.jobType && status == other.status && directoryId == other.directoryId
        && projectId == other.projectId && organizationId == other.organizationId;
}

} // namespace BatchDeck
