#include "batchsamples.h"

#include <QJsonArray>

namespace BatchDeck::Testing {

QJsonObject sampleBatchJson(const QString &id)
{
    const QJsonObject job {
        {QStringLiteral("type"), QStringLiteral("parse_v2")},
        {QStringLiteral("configuration_id"), QStringLiteral("cfg-PARSE_AGENTIC")}};
    const QJsonObject withJob {
        {QStringLiteral("source_directory_file_id"), QStringLiteral("dfl-1")},
        {QStringLiteral("job_reference"),
         QJsonObject {{QStringLiteral("type"), QStringLiteral("parse_v2")},
                      {QStringLiteral("id"), QStringLiteral("pjb-1")}}},
        {QStringLiteral("error_message"), QJsonValue::Null}};
    const QJsonObject failed {{QStringLiteral("source_directory_file_id"), QStringLiteral("dfl-2")},
                              {QStringLiteral("job_reference"), QJsonValue::Null},
                              {QStringLiteral("error_message"), QStringLiteral("no job created")}};
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("created_at"), QStringLiteral("2026-11-01T08:30:00.123456Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-11-01T10:30:00+02:00")},
        {QStringLiteral("project_id"), QStringLiteral("prj-1")},
        {QStringLiteral("source_directory_id"), QStringLiteral("dir-1")},
        {QStringLiteral("config"), QJsonObject {{QStringLiteral("job"), job}}},
        {QStringLiteral("status"), QStringLiteral("COMPLETED")},
        {QStringLiteral("results"), QJsonArray {withJob, failed}},
    };
}

QJsonObject batchListJson(int first, int count, const std::optional<QString> &nextPageToken,
                          std::optional<qint64> totalSize, const QString &prefix)
{
    QJsonArray items;
    for (int number = first; number < first + count; ++number) {
        QJsonObject batch = sampleBatchJson(prefix + QString::number(number));
        batch.remove(u"results");
        items.append(batch);
    }
    QJsonObject body {{QStringLiteral("items"), items}};
    if (nextPageToken)
        body.insert(u"next_page_token", *nextPageToken);
    if (totalSize)
        body.insert(u"total_size", *totalSize);
    return body;
}

} // namespace BatchDeck::Testing
