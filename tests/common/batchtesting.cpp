#include "batchtesting.h"

#include <QJsonArray>

namespace BatchDeck::Testing {

QJsonObject listedBatchJson(const QString &id, const QString &status)
{
    const QJsonObject job {
        {QStringLiteral("type"), QStringLiteral("parse_v2")},
        {QStringLiteral("configuration_id"), QStringLiteral("cfg-PARSE_AGENTIC")},
        {QStringLiteral("tier"), QStringLiteral("agentic")}};
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("project_id"), QStringLiteral("5d1d2c3e-1111-4222-8333-944455556666")},
        {QStringLiteral("source_directory_id"), QStringLiteral("dir-invoices-2026")},
        {QStringLiteral("config"), QJsonObject {{QStringLiteral("job"), job}}},
        {QStringLiteral("status"), status},
        {QStringLiteral("created_at"), QStringLiteral("2026-11-02T08:30:00.000Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-11-02T09:45:10.250Z")},
        {QStringLiteral("results"), QJsonValue::Null},
    };
}

QString BatchListServerState::statusOf(int index) const
{
    static const QStringList statuses {QStringLiteral("COMPLETED"), QStringLiteral("FAILED"),
                                       QStringLiteral("RUNNING")};
    return statuses.at(index % statuses.size());
}

TestHttpServer::Handler batchListHandler(std::shared_ptr<BatchListServerState> state)
{
    return [state](const TestRequest &request) {
        if (request.path != u"/api/v2/batches")
            return TestResponse::json(
                404, QJsonObject {{QStringLiteral("detail"), QStringLiteral("Not Found")}});
        const int pageSize = request.query.hasQueryItem(QStringLiteral("page_size"))
            ? request.query.queryItemValue(QStringLiteral("page_size")).toInt()
            : 20;
        int first = 0;
        if (request.query.hasQueryItem(QStringLiteral("page_token")))
            first = request.query.queryItemValue(QStringLiteral("page_token")).mid(4).toInt();
        QJsonArray items;
        const int end = std::min(state->count, first + pageSize);
        for (int index = first; index < end; ++index)
            items.append(
                listedBatchJson(QStringLiteral("bat-%1").arg(index, 4, 10, QLatin1Char('0')),
                                state->statusOf(index)));
        QJsonObject body {{QStringLiteral("items"), items}};
        if (end < state->count)
            body.insert(u"next_page_token", QStringLiteral("tok-%1").arg(end));
        if (state->totalSize)
            body.insert(u"total_size", *state->totalSize);
        return TestResponse::json(200, body);
    };
}

} // namespace BatchDeck::Testing
