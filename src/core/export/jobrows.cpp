#include "core/export/jobrows.h"

#include "core/api/logging.h"
#include "core/batches/batch.h"
#include "core/jobs/job.h"
#include "core/jobs/jobitem.h"

#include <QJsonDocument>

namespace BatchDeck {

const QStringList &jobFields()
{
    static const QStringList names =
        QStringLiteral("id,job_type,status,project_id,directory_id,total_items,"
                       "processed_items,failed_items,skipped_items,created_at,"
                       "started_at,completed_at,updated_at,effective_at,"
                       "error_message,job_record_id,workflow_id")
            .split(u',');
    return names;
}

Row jobRow(const Job &job)
{
    using V = FieldValue;
    return {V::fromText(job.id),
            V::fromText(job.jobType),
            V::fromText(job.status),
            V::fromText(job.projectId),
            V::fromText(job.directoryId),
            V::fromNumber(job.totalItems),
            V::fromNumber(job.processedItems),
            V::fromNumber(job.failedItems),
            V::fromNumber(job.skippedItems),
            V::fromTime(job.createdAt),
            V::fromTime(job.startedAt),
            V::fromTime(job.completedAt),
            V::fromTime(job.updatedAt),
            V::fromTime(job.effectiveAt),
            V::fromText(job.errorMessage),
            V::fromText(job.jobRecordId),
            V::fromText(job.workflowId)};
}

const QStringList &itemFields()
{
    static const QStringList names =
        QStringLiteral("item_id,item_name,status,error_message,skip_reason,started_at,"
                       "completed_at,effective_at,job_id,job_record_id")
            .split(u',');
    return names;
}

Row itemRow(const JobItem &item)
{
    using V = FieldValue;
    return {V::fromText(item.itemId),      V::fromText(item.itemName),
            V::fromText(item.status),      V::fromText(item.errorMessage),
            V::fromText(item.skipReason),  V::fromTime(item.startedAt),
            V::fromTime(item.completedAt), V::fromTime(item.effectiveAt),
            V::fromText(item.jobId),       V::fromText(item.jobRecordId)};
}

const QStringList &batchFields()
{
    static const QStringList names =
        QStringLiteral("id,status,job_type,configuration_id,source_directory_id,project_id,"
                       "created_at,updated_at")
            .split(u',');
    return names;
}

Row batchRow(const Batch &batch)
{
    using V = FieldValue;
    return {V::fromText(batch.id),
            V::fromText(batch.status),
            V::fromText(batch.jobType),
            V::fromText(batch.configurationId),
            V::fromText(batch.sourceDirectoryId),
            V::fromText(batch.projectId),
            V::fromTime(batch.createdAt),
            V::fromTime(batch.updatedAt)};
}

const QStringList &batchApiFields()
{
    static const QStringList names =
        QStringLiteral("id,created_at,updated_at,project_id,source_directory_id,config,status,"
                       "results")
            .split(u',');
    return names;
}

namespace {

// The config as the server wrote it, unless JSON escapes hide the API key in it (\u006c…):
// masking sees only the text, so such a config goes out decoded, for the writer to mask.
QString configText(const Batch &batch)
{
    QString raw = QString::fromUtf8(batch.configJson);
    if (!batch.configJson.contains('\\'))
        return raw;
    QString decoded =
        QString::fromUtf8(QJsonDocument(batch.config()).toJson(QJsonDocument::Compact));
    return maskSecrets(decoded) != decoded ? decoded : raw;
}

} // namespace

Row batchApiRow(const Batch &batch)
{
    // The config goes out as the text it came in, never built into a tree on the way.
    Batch withoutConfig = batch;
    withoutConfig.configJson.clear();
    const QJsonObject record = toApiJson(withoutConfig);
    Row row;
    row.reserve(batchApiFields().size());
    for (const QString &field : batchApiFields()) {
        if (field == u"config" && !batch.configJson.isEmpty())
            row.append({FieldValue::Kind::Json, configText(batch)});
        else
            row.append(FieldValue::fromJson(record.value(field)));
    }
    return row;
}

} // namespace BatchDeck
