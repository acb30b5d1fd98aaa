#pragma once

#include "testhttpserver.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace BatchDeck::Testing {

// A v2 batch as the API sends it, every field set; tests change or remove fields from it.
QJsonObject listedBatchJson(const QString &id = QStringLiteral("bat-0001"),
                            const QString &status = QStringLiteral("COMPLETED"));

// GET /api/v2/batches over `count` batches "bat-0000".. in cursor pages: page_token "tok-<n>"
// starts at batch n; page_size is honoured (default 20). Other paths answer 404.
struct BatchListServerState
{
    int count = 0;
    std::optional<qint64> totalSize; // sent as total_size when set
    QString statusOf(int index) const;
};
TestHttpServer::Handler batchListHandler(std::shared_ptr<BatchListServerState> state);

} // namespace BatchDeck::Testing
