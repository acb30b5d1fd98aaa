#pragma once

#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace BatchDeck::Testing {

// A small account for name tests: two projects, and directories over two cursor pages.
namespace Catalog {
inline const QString OrganizationId = QStringLiteral("0f000000-0000-4000-8000-000000000000");
inline const QString FinanceProjectId = QStringLiteral("11111111-1111-4111-8111-111111111111");
inline const QString LegalProjectId = QStringLiteral("22222222-2222-4222-8222-222222222222");
inline const QString ProjectsPath = QStringLiteral("/api/v1/projects");
inline const QString DirectoriesPath = QStringLiteral("/api/v1/beta/directories");
} // namespace Catalog

QJsonObject projectJson(const QString &id, const QString &name, bool isDefault = false);
QJsonObject directoryJson(const QString &id, const QString &projectId, const QString &name);
// A directory file (DirectoryFileResponse) with its optional fields null.
QJsonObject directoryFileJson(const QString &id, const QString &directoryId,
                              const QString &displayName);
// {"items": [...], "next_page_token": token} (no token when empty).
QJsonObject directoryPageJson(const QJsonArray &items, const QString &nextPageToken = {});

// Answers the catalog's calls for the account above, or nothing for any other path, so that a
// test's handler can answer those itself:
//   GET /api/v1/projects: Finance (the default) and Legal;
//   GET /api/v1/beta/directories: page 1 has dir-1 "Invoices" and dir-2 "Receipts" (Finance),
//     then token "page-2": dir-3 "Contracts" (Legal); with project_id, only that project's;
//   GET /api/v1/beta/directories/{id}: 404.
std::optional<TestResponse> catalogResponse(const TestRequest &request);

} // namespace BatchDeck::Testing
