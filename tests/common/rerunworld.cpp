#include "rerunworld.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace BatchDeck::Testing::Rerun {

ProjectScope testScope()
{
    return ProjectScope {ProjectId, OrganizationId};
}

QJsonObject newJobJson(const QString &id)
{
    QJsonObject job = sampleJobJson(id);
    job.insert(u"project_id", ProjectId);
    return job;
}

QString itemId(int index)
{
    return QStringLiteral("dfl-%1").arg(index);
}

QJsonObject itemJson(int index, const QString &status)
{
    return QJsonObject {{QStringLiteral("item_id"), itemId(index)},
                        {QStringLiteral("item_name"), QStringLiteral("file-%1.pdf").arg(index)},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("error_message"), QStringLiteral("parse failed")}};
}

QByteArray resultJson(const QString &item, const QByteArray &config, const QString &hash, int day,
                      const QString &jobType)
{
    return QStringLiteral(R"({"result_id": "res-%1-%2", "item_id": "%1", "job_type": "%3", )"
                          R"("job_config": )")
               .arg(item, hash, jobType)
               .toUtf8()
        + config
        + QStringLiteral(R"(, "parameters_hash": "%1", "output_s3_path": "s3://out/%2/%1.json", )"
                         R"("output_metadata": null, "processed_at": "2026-01-%3T10:00:00Z"})")
              .arg(hash, item)
              .arg(day, 2, 10, QLatin1Char('0'))
              .toUtf8();
}

Job parsed(const QJsonObject &json)
{
    Job job;
    const QString problem = Job::fromJson(json, &job);
    if (!problem.isEmpty())
        qFatal("sample job: %s", qPrintable(problem));
    return job;
}

ItemProcessingResults resultsOf(const QString &item, const QByteArray &array)
{
    ItemProcessingResults results;
    const QString problem = ItemProcessingResults::fromJson(
        R"({"item_id":")" + item.toUtf8() + R"(","item_name":"n","processing_results":)" + array
            + "}",
        &results);
    if (!problem.isEmpty())
        qFatal("sample results: %s", qPrintable(problem));
    return results;
}

bool FakeJobServer::isCreate(const TestRequest &request)
{
    return request.method == "POST" && request.path == u"/api/v1/beta/batch-processing";
}

TestResponse FakeJobServer::answer(const TestRequest &request) const
{
    if (isCreate(request)) {
        return answerCreate ? answerCreate(QJsonDocument::fromJson(request.body).object())
                            : createAnswer;
    }
    if (request.path.endsWith(u"/processing-results")) {
        const QString item = request.path.section(u'/', -2, -2);
        return TestResponse::json(200,
                                  R"({"item_id": ")" + item.toUtf8()
                                      + R"(", "item_name": "x", "processing_results": )"
                                      + results.value(item, "[]") + "}");
    }
    if (request.path.endsWith(u"/items")) {
        if (itemsStatus != 200)
            return TestResponse::json(itemsStatus, QByteArray(R"({"detail":"down"})"));
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        QJsonArray items;
        for (int i = offset; i < std::min(offset + pageSize, failedCount); ++i)
            items.append(itemJson(i));
        QJsonObject page {{QStringLiteral("items"), items}};
        if (reportedTotal != NoTotal)
            page.insert(QStringLiteral("total_size"),
                        reportedTotal == TrueTotal ? failedCount : reportedTotal);
        return TestResponse::json(200, page);
    }
    return TestResponse::json(
        200,
        QJsonObject {{QStringLiteral("job"), job}, {QStringLiteral("progress_percentage"), 100}});
}

void FakeJobServer::allWith(const QByteArray &config, const QString &hash)
{
    for (int i = 0; i < failedCount; ++i)
        itemWith(i, config, hash);
}

void FakeJobServer::itemWith(int index, const QByteArray &config, const QString &hash)
{
    results.insert(itemId(index), "[" + resultJson(itemId(index), config, hash) + "]");
}

QList<TestRequest> createRequests(const TestHttpServer &server)
{
    QList<TestRequest> found;
    for (const TestRequest &request : server.requests()) {
        if (FakeJobServer::isCreate(request))
            found.append(request);
    }
    return found;
}

} // namespace BatchDeck::Testing::Rerun
