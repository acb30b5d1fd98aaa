#include "listjobsquery.h"

#include "apienums.h"
#include "batchitem.h"
#include "batchjob.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace BatchDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BatchDeck::ListJobsQuery", text);
}

QString firstError(std::initializer_list<QString> errors)
{
    for (const QString &error : errors) {
        if (!error.isEmpty())
            return error;
    }
    return {};
}

void addItem(QUrlQuery &query, const char *name, const std::optional<QString> &value)
{
    if (value)
        query.addQueryItem(QString::fromLatin1(name), *value);
}

template<typename Number>
void addItem(QUrlQuery &query, const char *name, const std::optional<Number> &value)
{
    if (value)
        query.addQueryItem(QString::fromLatin1(name), QString::number(*value));
}

} // namespace

namespace QueryChecks {

bool fieldMatches(const std::optional<QString> &filter, const QString &field)
{
    return !filter || field.isEmpty() || field.compare(filter->trimmed(), Qt::CaseInsensitive) == 0;
}

QString checkLimit(const char *name, std::optional<int> limit)
{
    if (limit && (*limit < ListJobsQuery::MinLimit || *limit > ListJobsQuery::MaxLimit)) {
        return tr("%1 must be from %2 to %3 (got %4).")
            .arg(QString::fromLatin1(name))
            .arg(ListJobsQuery::MinLimit)
            .arg(ListJobsQuery::MaxLimit)
            .arg(*limit);
    }
    return {};
}

QString checkOffset(const char *name, std::optional<qint64> offset)
{
    if (offset && *offset < 0)
        return tr("%1 must be 0 or more (got %2).").arg(QString::fromLatin1(name)).arg(*offset);
    return {};
}

QString checkEnum(const char *name, const std::optional<QString> &value, const QStringList &allowed)
{
    if (value && !allowed.contains(*value)) {
        return tr("%1 must be one of %2 (got \"%3\").")
            .arg(QString::fromLatin1(name), allowed.join(QStringLiteral(", ")), *value);
    }
    return {};
}

QString checkUuid(const char *name, const std::optional<QString> &value)
{
    // Not QUuid::fromString: it answers the nil UUID for both the nil UUID and garbage, and it
    // ignores what follows 36 characters.
    static const QRegularExpression uuid(
        QStringLiteral(
            R"(^(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|\{[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\})$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (value && !uuid.match(*value).hasMatch()) {
        return tr("%1 must be a UUID such as 123e4567-e89b-12d3-a456-426614174000 (got \"%2\").")
            .arg(QString::fromLatin1(name), *value);
    }
    return {};
}

QString checkIdentifier(const char *name, const std::optional<QString> &value)
{
    if (!value)
        return {};
    if (value->trimmed().isEmpty())
        return tr("%1 must not be empty.").arg(QString::fromLatin1(name));
    for (const QChar c : *value) {
        if (c.isSpace() || !c.isPrint())
            return tr("%1 must not contain spaces or control characters (got \"%2\").")
                .arg(QString::fromLatin1(name), *value);
    }
    return {};
}

} // namespace QueryChecks

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
    QUrlQuery query;
    addItem(query, "directory_id", directoryId);
    addItem(query, "job_type", jobType);
    addItem(query, "status", status);
    addItem(query, "limit", limit);
    addItem(query, "offset", offset);
    addItem(query, "project_id", projectId);
    addItem(query, "organization_id", organizationId);
    return query;
}

bool ListJobsQuery::operator==(const ListJobsQuery &other) const
{
    return directoryId == other.directoryId && jobType == other.jobType && status == other.status
        && limit == other.limit && offset == other.offset && projectId == other.projectId
        && organizationId == other.organizationId;
}

QString JobScope::validationError() const
{
    using namespace QueryChecks;
    return firstError(
        {checkUuid("project_id", projectId), checkUuid("organization_id", organizationId)});
}

void JobScope::addTo(QUrlQuery *query) const
{
    addItem(*query, "project_id", projectId);
    addItem(*query, "organization_id", organizationId);
}

bool JobScope::operator==(const JobScope &other) const
{
    return projectId == other.projectId && organizationId == other.organizationId;
}

QString ListItemsQuery::validationError() const
{
    using namespace QueryChecks;
    return firstError({checkEnum("status", status, knownItemStatuses()), checkLimit("limit", limit),
                       checkOffset("offset", offset)});
}

QUrlQuery ListItemsQuery::toUrlQuery() const
{
    QUrlQuery query;
    addItem(query, "status", status);
    addItem(query, "limit", limit);
    addItem(query, "offset", offset);
    return query;
}

bool ListJobsQuery::matches(const BatchJob &job) const
{
    using QueryChecks::fieldMatches;
    return fieldMatches(status, job.status) && fieldMatches(jobType, job.jobType)
        && fieldMatches(directoryId, job.directoryId) && fieldMatches(projectId, job.projectId);
}

bool ListItemsQuery::matches(const BatchItem &item) const
{
    return QueryChecks::fieldMatches(status, item.status);
}

} // namespace BatchDeck
