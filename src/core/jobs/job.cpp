#include "core/jobs/job.h"

#include "core/json/jsonfieldreader.h"
#include "core/json/jsonpage.h"

#include <QCoreApplication>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct JobText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::Job)
};

QString readJob(JsonFieldReader &reader, Job *job)
{
    Job read;
    read.id = reader.requiredString(QStringLiteral("id"));
    read.projectId = reader.requiredString(QStringLiteral("project_id"));
    read.jobType = reader.requiredString(QStringLiteral("job_type"));
    read.status = reader.requiredString(QStringLiteral("status"));
    read.totalItems = reader.requiredCount(QStringLiteral("total_items"));
    read.processedItems = reader.optionalCount(QStringLiteral("processed_items"));
    read.failedItems = reader.optionalCount(QStringLiteral("failed_items"));
    read.skippedItems = reader.optionalCount(QStringLiteral("skipped_items"));
    read.effectiveAt = reader.optionalDateTime(QStringLiteral("effective_at"));
    read.createdAt = reader.optionalDateTime(QStringLiteral("created_at"));
    read.updatedAt = reader.optionalDateTime(QStringLiteral("updated_at"));
    read.startedAt = reader.optionalDateTime(QStringLiteral("started_at"));
    read.completedAt = reader.optionalDateTime(QStringLiteral("completed_at"));
    read.directoryId = reader.optionalString(QStringLiteral("directory_id"));
    read.errorMessage = reader.optionalString(QStringLiteral("error_message"));
    read.jobRecordId = reader.optionalString(QStringLiteral("job_record_id"));
    read.workflowId = reader.optionalString(QStringLiteral("workflow_id"));
    if (reader.hasError())
        return reader.error();
    *job = std::move(read);
    return {};
}

} // namespace

bool Job::operator==(const Job &other) const
{
    return id == other.id && jobType == other.jobType && status == other.status
        && projectId == other.projectId && directoryId == other.directoryId
        && totalItems == other.totalItems && processedItems == other.processedItems
        && failedItems == other.failedItems && skippedItems == other.skippedItems
        && createdAt == other.createdAt && startedAt == other.startedAt
        && completedAt == other.completedAt && updatedAt == other.updatedAt
        && effectiveAt == other.effectiveAt && errorMessage == other.errorMessage
        && jobRecordId == other.jobRecordId && workflowId == other.workflowId;
}

QString Job::fromJson(const QJsonValue &value, Job *job)
{
    if (!value.isObject())
        return notAnObjectProblem(value.type());
    JsonFieldReader reader(value.toObject());
    return readJob(reader, job);
}

QString Job::fromJson(const JsonSlice &value, Job *job)
{
    if (!value.isObject())
        return notAnObjectProblem(value.type());
    JsonFieldReader reader(value);
    return readJob(reader, job);
}

QString InvalidJob::describe() const
{
    return JobText::tr("the job at position %1 could not be read: %2")
        .arg(position + 1)
        .arg(problem);
}

QString JobPage::fromJson(const QByteArray &body, qint64 offset, JobPage *page)
{
    JsonPageMembers members;
    if (QString error = parseJsonPage(body, &members); !error.isEmpty())
        return error;
    if (QString problem = requiredItemsProblem(members.items); !problem.isEmpty())
        return problem;
    JobPage read;
    if (QString problem = readTotalSize(members.totalSize, &read.totalSize); !problem.isEmpty())
        return problem;
    readPageRows(members.items.elements(), offset, &read.jobs, &read.invalidJobs,
                 [](const JsonSlice &element, Job *job) { return Job::fromJson(element, job); });
    *page = std::move(read);
    return {};
}

QString JobStatusResult::fromJson(const QByteArray &body, JobStatusResult *result)
{
    JsonSlice object;
    if (QString error = parseJsonObject(body, &object); !error.isEmpty())
        return error;
    JobStatusResult read;
    const JsonSlice job = object.member(u"job");
    if (job.isUndefined())
        return JobText::tr("field \"job\" is missing");
    if (QString problem = Job::fromJson(job, &read.job); !problem.isEmpty())
        return JobText::tr("field \"job\": %1").arg(problem);
    JsonFieldReader reader(object);
    read.progressPercentage =
        reader.requiredNumber(QStringLiteral("progress_percentage"), 0, 100); // documented range
    if (reader.hasError())
        return reader.error();
    *result = read;
    return {};
}

QString CancelResult::fromJson(const QByteArray &body, CancelResult *result)
{
    JsonSlice object;
    if (QString error = parseJsonObject(body, &object); !error.isEmpty())
        return error;
    JsonFieldReader reader(object);
    CancelResult read;
    read.jobId = reader.requiredString(QStringLiteral("job_id"));
    read.status = reader.requiredString(QStringLiteral("status"));
    read.processedItems = reader.requiredCount(QStringLiteral("processed_items"));
    read.message = reader.requiredString(QStringLiteral("message"));
    if (reader.hasError())
        return reader.error();
    *result = read;
    return {};
}

} // namespace BatchDeck
