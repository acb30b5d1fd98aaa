#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace BatchDeck {

// BatchJobCreateRequest: the body of POST /api/v1/beta/batch-processing. Unset fields are not
// sent. The scope (project_id, organization_id) travels in the query, as on every job call.
struct JobCreateRequest
{
    static constexpr int MinPageSize = 1;
    static constexpr int MaxPageSize = 1000;

    std::optional<QString> directoryId;
    std::optional<QStringList> itemIds;
    // The job_config object's JSON text, sent as it is (usually a ProcessingResult::jobConfig
    // exactly as the server sent it).
    QByteArray jobConfig;
    std::optional<int> pageSize;
    std::optional<qint64> continueAsNewThreshold;

    // Empty when the request may be sent; otherwise one sentence naming the field.
    QString validationError() const;
    // The JSON body; job_config is copied in byte for byte. Only for a request without a
    // validation error.
    QByteArray toJson() const;
};

} // namespace BatchDeck
