#include "catalogtesting.h"

#include <QJsonDocument>

namespace BatchDeck::Testing {

QJsonObject projectJson(const QString &id, const QString &name, bool isDefault)
{
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("organization_id"), Catalog::OrganizationId},
                        {QStringLiteral("created_at"), QStringLiteral("2025-06-01T10:00:00Z")},
                        {QStringLiteral("updated_at"), QJsonValue::Null},
                        {QStringLiteral("is_default"), isDefault},
                        {QStringLiteral("ad_hoc_eval_dataset_id"), QJsonValue::Null}};
}

QJsonObject directoryJson(const QString &id, const QString &projectId, const QString &name)
{
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("project_id"), projectId},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("description"), QJsonValue::Null},
                        {QStringLiteral("type"), QStringLiteral("user")},
                        {QStringLiteral("created_at"), QStringLiteral("2025-06-02T10:00:00Z")},
                        {QStringLiteral("system_metadata"), QJsonObject {}},
                        {QStringLiteral("deleted_at"), QJsonValue::Null}};
}

QJsonObject directoryFileJson(const QString &id, const QString &directoryId,
                              const QString &displayName)
{
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("project_id"), Catalog::FinanceProjectId},
                        {QStringLiteral("directory_id"), directoryId},
                        {QStringLiteral("unique_id"), displayName},
                        {QStringLiteral("display_name"), displayName},
                        {QStringLiteral("file_id"), QJsonValue::Null},
                        {QStringLiteral("created_at"), QJsonValue::Null},
                        {QStringLiteral("updated_at"), QJsonValue::Null},
                        {QStringLiteral("metadata"), QJsonObject {}},
                        {QStringLiteral("deleted_at"), QJsonValue::Null},
                        {QStringLiteral("download_url"), QJsonValue::Null}};
}

QJsonObject directoryPageJson(const QJsonArray &items, const QString &nextPageToken)
{
    QJsonObject page {{QStringLiteral("items"), items}};
    if (!nextPageToken.isEmpty())
        page.insert(u"next_page_token", nextPageToken);
    return page;
}

std::optional<TestResponse> catalogResponse(const TestRequest &request)
{
    using namespace Catalog;
    if (request.path == ProjectsPath) {
        const QJsonArray projects {projectJson(FinanceProjectId, QStringLiteral("Finance"), true),
                                   projectJson(LegalProjectId, QStringLiteral("Legal"))};
        return TestResponse::json(200, QJsonDocument(projects).toJson(QJsonDocument::Compact));
    }
    if (request.path == DirectoriesPath) {
        const QString project = request.query.queryItemValue(QStringLiteral("project_id"));
        const QString token = request.query.queryItemValue(QStringLiteral("page_token"));
        const QJsonArray finance {
            directoryJson(QStringLiteral("dir-1"), FinanceProjectId, QStringLiteral("Invoices")),
            directoryJson(QStringLiteral("dir-2"), FinanceProjectId, QStringLiteral("Receipts"))};
        const QJsonArray legal {
            directoryJson(QStringLiteral("dir-3"), LegalProjectId, QStringLiteral("Contracts"))};
        if (project == FinanceProjectId)
            return TestResponse::json(200, directoryPageJson(finance));
        if (project == LegalProjectId)
            return TestResponse::json(200, directoryPageJson(legal));
        return TestResponse::json(200,
                                  token == u"page-2"
                                      ? directoryPageJson(legal)
                                      : directoryPageJson(finance, QStringLiteral("page-2")));
    }
    if (request.path.startsWith(DirectoriesPath + u'/'))
        return TestResponse::json(404, QByteArray(R"({"detail":"Directory not found"})"));
    return std::nullopt;
}

} // namespace BatchDeck::Testing
