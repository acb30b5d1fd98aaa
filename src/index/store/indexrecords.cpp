#include "index/store/indexrecords.h"

#include <QSqlQuery>

namespace BatchDeck::IndexRecords {

QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant fromText(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

namespace {

QString readText(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? QString() : value.toString();
}

} // namespace

void bindJob(QSqlQuery &query, const Job &job)
{
    for (const QString *text :
         {&job.id, &job.jobType, &job.status, &job.projectId, &job.directoryId})
        query.addBindValue(fromText(*text));
    for (qint64 count : {job.totalItems, job.processedItems, job.failedItems, job.skippedItems})
        query.addBindValue(count);
    for (const QDateTime *time :
         {&job.createdAt, &job.startedAt, &job.completedAt, &job.updatedAt, &job.effectiveAt})
        query.addBindValue(fromTime(*time));
    for (const QString *text : {&job.errorMessage, &job.jobRecordId, &job.workflowId})
        query.addBindValue(fromText(*text));
}

Job readJob(const QSqlQuery &query, int first)
{
    Job job;
    int column = first;
    for (QString *text : {&job.id, &job.jobType, &job.status, &job.projectId, &job.directoryId})
        *text = readText(query, column++);
    for (qint64 *count :
         {&job.totalItems, &job.processedItems, &job.failedItems, &job.skippedItems})
        *count = query.value(column++).toLongLong();
    for (QDateTime *time :
         {&job.createdAt, &job.startedAt, &job.completedAt, &job.updatedAt, &job.effectiveAt})
        *time = toTime(query.value(column++));
    for (QString *text : {&job.errorMessage, &job.jobRecordId, &job.workflowId})
        *text = readText(query, column++);
    return job;
}

void bindBatch(QSqlQuery &query, const Batch &batch)
{
    for (const QString *text : {&batch.id, &batch.status, &batch.projectId,
                                &batch.sourceDirectoryId, &batch.jobType, &batch.configurationId})
        query.addBindValue(fromText(*text));
    query.addBindValue(batch.configJson.isNull() ? QVariant()
                                                 : QVariant(QString::fromUtf8(batch.configJson)));
    query.addBindValue(fromTime(batch.createdAt));
    query.addBindValue(fromTime(batch.updatedAt));
}

Batch readBatch(const QSqlQuery &query, int first)
{
    Batch batch;
    int column = first;
    for (QString *text : {&batch.id, &batch.status, &batch.projectId, &batch.sourceDirectoryId,
                          &batch.jobType, &batch.configurationId})
        *text = readText(query, column++);
    const QVariant config = query.value(column++);
    if (!config.isNull())
        batch.configJson = config.toString().toUtf8();
    batch.createdAt = toTime(query.value(column++));
    batch.updatedAt = toTime(query.value(column++));
    return batch;
}

} // namespace BatchDeck::IndexRecords
