#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace BatchDeck::Testing {

// A v2 batch as the API sends it (BatchResponse), every field set, results expanded with one
// file that has a job and one that failed; tests change or remove fields from it.
QJsonObject sampleBatchJson(const QString &id = QStringLiteral("bat-0001"));
// A BatchQueryResponse of `count` sample batches (results left out, as the list sends them)
// with ids `prefix` + number from `first`; the token and total are set only when given.
QJsonObject batchListJson(int first, int count, const std::optional<QString> &nextPageToken,
                          std::optional<qint64> totalSize = std::nullopt,
                          const QString &prefix = QStringLiteral("bat-"));

} // namespace BatchDeck::Testing
