#include "indexworld.h"

#include <QJsonArray>

#include <algorithm>

namespace BatchDeck::Testing {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QList<QJsonObject> newestFirst(const QMap<QString, QJsonObject> &rows)
{
    QList<QJsonObject> sorted(rows.cbegin(), rows.cend());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const QString createdA = a.value(QStringLiteral("created_at")).toString();
        const QString createdB = b.value(QStringLiteral("created_at")).toString();
        if (createdA != createdB)
            return createdA > createdB;
        return a.value(QStringLiteral("id")).toString() > b.value(QStringLiteral("id")).toString();
    });
    return sorted;
}

TestResponse notFound(const QString &what)
{
    return TestResponse::json(
        404,
        QJsonObject {{QStringLiteral("detail"), QString(what + QStringLiteral(" not found"))}});
}

} // namespace

IndexWorld::IndexWorld()
    : m_server([this](const TestRequest &request) { return answer(request); })
{ }

QJsonObject &IndexWorld::addJob(const QString &id, const QString &status,
                                const QDateTime &createdAt, const QString &errorMessage)
{
    QJsonObject job {
        {QStringLiteral("id"), id},
        {QStringLiteral("project_id"), QStringLiteral("proj-1")},
        {QStringLiteral("job_type"), QStringLiteral("parse")},
        {QStringLiteral("status"), status},
        {QStringLiteral("total_items"), 10},
        {QStringLiteral("processed_items"), status == u"pending" ? 0 : 10},
        {QStringLiteral("failed_items"), status == u"failed" ? 1 : 0},
        {QStringLiteral("created_at"), isoTime(createdAt)},
        {QStringLiteral("updated_at"), isoTime(createdAt)},
        {QStringLiteral("directory_id"), QStringLiteral("dir-1")},
    };
    if (!errorMessage.isNull())
        job.insert(QStringLiteral("error_message"), errorMessage);
    m_jobs.insert(id, job);
    return m_jobs[id];
}

QJsonObject &IndexWorld::addBatch(const QString &id, const QString &status,
                                  const QDateTime &createdAt)
{
    m_batches.insert(
        id,
        QJsonObject {
            {QStringLiteral("id"), id},
            {QStringLiteral("status"), status},
            {QStringLiteral("project_id"), QStringLiteral("proj-1")},
            {QStringLiteral("source_directory_id"), QStringLiteral("dir-1")},
            {QStringLiteral("config"),
             QJsonObject {
                 {QStringLiteral("job"),
                  QJsonObject {{QStringLiteral("type"), QStringLiteral("parse_v2")},
                               {QStringLiteral("configuration_id"), QStringLiteral("cfg-1")}}}}},
            {QStringLiteral("created_at"), isoTime(createdAt)},
            {QStringLiteral("updated_at"), isoTime(createdAt)},
        });
    return m_batches[id];
}

void IndexWorld::resetCounts()
{
    m_listPages = m_batchPages = m_jobReads = m_batchReads = m_otherRequests = 0;
}

QList<QJsonObject> IndexWorld::jobs() const
{
    return newestFirst(m_jobs);
}

QList<QJsonObject> IndexWorld::batches() const
{
    return newestFirst(m_batches);
}

TestResponse IndexWorld::answer(const TestRequest &request)
{
    static const QString jobsPath = QStringLiteral("/api/v1/beta/batch-processing");
    static const QString batchesPath = QStringLiteral("/api/v2/batches");
    if (!request.path.startsWith(jobsPath) && !request.path.startsWith(batchesPath))
        ++m_otherRequests;
    if (request.path == jobsPath) {
        ++m_listPages;
        const QList<QJsonObject> all = jobs();
        const qint64 offset = request.query.queryItemValue(QStringLiteral("offset")).toLongLong();
        const qint64 limit = request.query.queryItemValue(QStringLiteral("limit")).toLongLong();
        if (offset == m_failingOffset)
            return TestResponse::json(
                m_failingStatus,
                QJsonObject {{QStringLiteral("detail"), QStringLiteral("Failing")}});
        QJsonArray items;
        for (qint64 i = offset; i < std::min<qint64>(all.size(), offset + limit); ++i)
            items.append(all.at(i));
        return TestResponse::json(200,
                                  QJsonObject {{QStringLiteral("items"), items},
                                               {QStringLiteral("total_size"), all.size()}});
    }
    if (request.path.startsWith(jobsPath + u'/')) {
        ++m_jobReads;
        const QString id = request.path.mid(jobsPath.size() + 1);
        if (!m_jobs.contains(id))
            return notFound(QStringLiteral("Job"));
        return TestResponse::json(200,
                                  QJsonObject {{QStringLiteral("job"), m_jobs.value(id)},
                                               {QStringLiteral("progress_percentage"), 50}});
    }
    if (!m_batchesOffered)
        return notFound(QStringLiteral("Path"));
    if (request.path == batchesPath) {
        ++m_batchPages;
        const QList<QJsonObject> all = batches();
        const qint64 offset =
            request.query.queryItemValue(QStringLiteral("page_token")).toLongLong();
        qint64 size = request.query.queryItemValue(QStringLiteral("page_size")).toLongLong();
        size = size > 0 ? size : 50;
        QJsonArray items;
        for (qint64 i = offset; i < std::min<qint64>(all.size(), offset + size); ++i)
            items.append(all.at(i));
        QJsonObject page {{QStringLiteral("items"), items},
                          {QStringLiteral("total_size"), all.size()}};
        if (offset + size < all.size())
            page.insert(QStringLiteral("next_page_token"), QString::number(offset + size));
        return TestResponse::json(200, page);
    }
    if (request.path.startsWith(batchesPath + u'/')) {
        ++m_batchReads;
        const QString id = request.path.mid(batchesPath.size() + 1);
        if (!m_batches.contains(id))
            return notFound(QStringLiteral("Batch"));
        return TestResponse::json(200, m_batches.value(id));
    }
    return notFound(QStringLiteral("Path"));
}

} // namespace BatchDeck::Testing
