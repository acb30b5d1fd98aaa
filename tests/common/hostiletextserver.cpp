#include "hostiletextserver.h"

#include "catalogtesting.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace BatchDeck::Testing {

namespace {

QJsonObject jobJson(const QString &text)
{
    QJsonObject job = sampleJobJson(HostileJobId);
    for (const char *field :
         {"job_type", "status", "error_message", "job_record_id", "workflow_id"})
        job.insert(QLatin1String(field), text);
    job.insert(u"project_id", HostileProjectId);
    job.insert(u"directory_id", HostileDirectoryId);
    return job;
}

QJsonObject itemJson(const QString &text)
{
    return QJsonObject {{QStringLiteral("item_id"), HostileItemId},
                        {QStringLiteral("item_name"), text},
                        {QStringLiteral("status"), text},
                        {QStringLiteral("started_at"), QStringLiteral("2026-01-01T01:00:05Z")},
                        {QStringLiteral("completed_at"), QStringLiteral("2026-01-01T01:00:09Z")},
                        {QStringLiteral("job_id"), HostileJobId},
                        {QStringLiteral("job_record_id"), text},
                        {QStringLiteral("error_message"), text},
                        {QStringLiteral("skip_reason"), text}};
}

QByteArray processingResultsBody(const QString &text)
{
    const QJsonObject result {
        {QStringLiteral("result_id"), text},
        {QStringLiteral("item_id"), HostileItemId},
        {QStringLiteral("job_type"), text},
        {QStringLiteral("job_config"), QJsonObject {{QStringLiteral("job_name"), text}}},
        {QStringLiteral("parameters_hash"), text},
        {QStringLiteral("output_s3_path"), text},
        {QStringLiteral("output_metadata"), QJsonValue::Null},
        {QStringLiteral("processed_at"), QStringLiteral("2026-02-01T08:30:00Z")}};
    return QJsonDocument(QJsonObject {{QStringLiteral("item_id"), HostileItemId},
                                      {QStringLiteral("item_name"), text},
                                      {QStringLiteral("processing_results"), QJsonArray {result}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject batchJson(const QString &text)
{
    const QJsonObject withJob {
        {QStringLiteral("source_directory_file_id"), text},
        {QStringLiteral("job_reference"),
         QJsonObject {{QStringLiteral("type"), text}, {QStringLiteral("id"), text}}},
        {QStringLiteral("error_message"), QJsonValue::Null}};
    const QJsonObject failed {{QStringLiteral("source_directory_file_id"), text},
                              {QStringLiteral("job_reference"), QJsonValue::Null},
                              {QStringLiteral("error_message"), text}};
    const QJsonObject job {{QStringLiteral("type"), text},
                           {QStringLiteral("configuration_id"), text}};
    return QJsonObject {
        {QStringLiteral("id"), HostileBatchId},
        {QStringLiteral("created_at"), QStringLiteral("2026-11-01T08:30:00.123456Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-11-01T10:30:00+02:00")},
        {QStringLiteral("project_id"), HostileProjectId},
        {QStringLiteral("source_directory_id"), HostileDirectoryId},
        {QStringLiteral("config"), QJsonObject {{QStringLiteral("job"), job}}},
        {QStringLiteral("status"), QStringLiteral("RUNNING")},
        {QStringLiteral("results"), QJsonArray {withJob, failed}},
    };
}

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

QJsonObject hostileJobJson(const QString &text)
{
    return jobJson(text);
}

QJsonObject hostileItemJson(const QString &text)
{
    return itemJson(text);
}

QByteArray hostileProcessingResultsBody(const QString &text)
{
    return processingResultsBody(text);
}

QJsonObject hostileBatchJson(const QString &text)
{
    return batchJson(text);
}

TestHttpServer::Handler hostileTextHandler(const QString &text)
{
    return [text](const TestRequest &request) {
        const QString path = request.path;
        const QString jobPath = QStringLiteral("/api/v1/beta/batch-processing");
        const QString batchPath = QStringLiteral("/api/v2/batches");
        const QJsonObject conflict {{QStringLiteral("detail"), text}};
        if (path == Catalog::ProjectsPath) {
            const QJsonArray projects {projectJson(HostileProjectId, text, true)};
            return TestResponse::json(200, QJsonDocument(projects).toJson(QJsonDocument::Compact));
        }
        if (path == Catalog::DirectoriesPath)
            return TestResponse::json(
                200,
                directoryPageJson({directoryJson(HostileDirectoryId, HostileProjectId, text)}));
        if (path == jobPath)
            return TestResponse::json(
                200,
                QJsonObject {{QStringLiteral("items"), QJsonArray {jobJson(text)}},
                             {QStringLiteral("total_size"), 1}});
        if (path.startsWith(jobPath + QStringLiteral("/items/")))
            return TestResponse::json(200, processingResultsBody(text));
        if (path == jobPath + u'/' + encoded(HostileJobId) + QStringLiteral("/items"))
            return TestResponse::json(
                200,
                QJsonObject {{QStringLiteral("items"), QJsonArray {itemJson(text)}},
                             {QStringLiteral("total_size"), 1}});
        if (path == jobPath + u'/' + encoded(HostileJobId) + QStringLiteral("/cancel"))
            return TestResponse::json(409, conflict);
        if (path == jobPath + u'/' + encoded(HostileJobId))
            return TestResponse::json(200,
                                      QJsonObject {{QStringLiteral("job"), jobJson(text)},
                                                   {QStringLiteral("progress_percentage"), 100}});
        if (path == batchPath)
            return TestResponse::json(
                200,
                QJsonObject {{QStringLiteral("items"), QJsonArray {batchJson(text)}},
                             {QStringLiteral("total_size"), 1}});
        if (path == batchPath + u'/' + encoded(HostileBatchId) + QStringLiteral("/cancel"))
            return TestResponse::json(409, conflict);
        if (path == batchPath + u'/' + encoded(HostileBatchId))
            return TestResponse::json(200, batchJson(text));
        return TestResponse::json(404, conflict);
    };
}

} // namespace BatchDeck::Testing
