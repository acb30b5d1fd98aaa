#include "failureworld.h"

#include <QJsonArray>

namespace BatchDeck::Testing {

namespace {

const QString JobsPath = QStringLiteral("/api/v1/beta/batch-processing/");
const QString BatchesPath = QStringLiteral("/api/v2/batches/");
const QString DirectoriesPath = QStringLiteral("/api/v1/beta/directories/");

TestResponse notFound()
{
    return TestResponse::json(
        404, QJsonObject {{QStringLiteral("detail"), QStringLiteral("Not found")}});
}

} // namespace

FailureWorld::FailureWorld()
    : m_server([this](const TestRequest &request) { return answer(request); })
{ }

Job FailureWorld::addJob(const QString &id, int failed, const QDateTime &createdAt,
                         const QString &message)
{
    QList<QJsonObject> items;
    for (int i = 0; i < failed; ++i)
        items.append(QJsonObject {
            {QStringLiteral("item_id"), QStringLiteral("%1-item-%2").arg(id).arg(i)},
            {QStringLiteral("item_name"), QStringLiteral("%1-%2.pdf").arg(id).arg(i)},
            {QStringLiteral("status"), QStringLiteral("failed")},
            {QStringLiteral("error_message"), message.arg(400 + i)},
        });
    m_items.insert(id, items);
    Job job;
    job.id = id;
    job.jobType = QStringLiteral("parse");
    job.status = QStringLiteral("completed");
    job.projectId = QStringLiteral("proj-1");
    job.directoryId = QStringLiteral("dir-jobs");
    job.totalItems = 10 + failed;
    job.processedItems = job.totalItems;
    job.failedItems = failed;
    job.createdAt = createdAt;
    job.updatedAt = createdAt;
    return job;
}

Batch FailureWorld::addBatch(const QString &id, const QStringList &messages,
                             const QDateTime &createdAt)
{
    Batch batch;
    batch.id = id;
    batch.status = QStringLiteral("FAILED");
    batch.projectId = QStringLiteral("proj-1");
    batch.sourceDirectoryId = QStringLiteral("dir-") + id;
    batch.jobType = QStringLiteral("parse_v2");
    batch.createdAt = createdAt;
    batch.updatedAt = createdAt;
    QList<BatchResult> results;
    QList<QJsonObject> files;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString fileId = QStringLiteral("dfl-%1-%2").arg(id).arg(i);
        results.append({fileId, std::nullopt, messages.at(i)});
        files.append(QJsonObject {
            {QStringLiteral("id"), fileId},
            {QStringLiteral("project_id"), QStringLiteral("proj-1")},
            {QStringLiteral("directory_id"), batch.sourceDirectoryId},
            {QStringLiteral("unique_id"), fileId},
            {QStringLiteral("display_name"), QStringLiteral("%1-file-%2.docx").arg(id).arg(i)},
        });
    }
    // one file that did not fail
    results.append({QStringLiteral("dfl-%1-ok").arg(id), std::nullopt, QString()});
    Batch served = batch;
    served.results = results;
    m_batches.insert(id, toApiJson(served));
    m_files.insert(batch.sourceDirectoryId, files);
    return batch;
}

int FailureWorld::requests() const
{
    int total = m_fileListings;
    for (int count : m_itemRequests)
        total += count;
    for (int count : m_batchReads)
        total += count;
    return total;
}

TestResponse FailureWorld::answer(const TestRequest &request)
{
    if (request.path.startsWith(JobsPath) && request.path.endsWith(QStringLiteral("/items"))) {
        const QString id =
            request.path.mid(JobsPath.size(), request.path.size() - JobsPath.size() - 6);
        ++m_itemRequests[id];
        if (m_hanging.contains(id))
            return TestResponse::hang();
        if (m_refused.contains(id))
            return TestResponse::json(
                400, QJsonObject {{QStringLiteral("detail"), QStringLiteral("Refused")}});
        if (m_gone.contains(id) || !m_items.contains(id))
            return notFound();
        const QList<QJsonObject> &all = m_items[id];
        const qint64 offset = request.query.queryItemValue(QStringLiteral("offset")).toLongLong();
        const qint64 limit = request.query.queryItemValue(QStringLiteral("limit")).toLongLong();
        QJsonArray items;
        for (qint64 i = offset; i < std::min<qint64>(all.size(), offset + limit); ++i)
            items.append(all.at(i));
        return TestResponse::json(200,
                                  QJsonObject {{QStringLiteral("items"), items},
                                               {QStringLiteral("total_size"), all.size()}});
    }
    if (request.path.startsWith(BatchesPath)) {
        const QString id = request.path.mid(BatchesPath.size());
        ++m_batchReads[id];
        if (!m_batches.contains(id))
            return notFound();
        return TestResponse::json(200, m_batches.value(id));
    }
    if (request.path.startsWith(DirectoriesPath)
        && request.path.endsWith(QStringLiteral("/files"))) {
        ++m_fileListings;
        const QString id = request.path.mid(DirectoriesPath.size(),
                                            request.path.size() - DirectoriesPath.size() - 6);
        QJsonArray files;
        for (const QJsonObject &file : m_files.value(id))
            files.append(file);
        return TestResponse::json(200, QJsonObject {{QStringLiteral("items"), files}});
    }
    return notFound();
}

} // namespace BatchDeck::Testing
