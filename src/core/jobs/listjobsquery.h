#pragma once

#include "core/api/projectscope.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace BatchDeck {

struct JobItem;
struct Job;

// The seven parameters of GET /api/v1/beta/batch-processing. Unset parameters are not sent.
struct ListJobsQuery
{
    static constexpr int MinLimit = QueryChecks::MinPageLimit;
    static constexpr int MaxLimit = QueryChecks::MaxPageLimit;

    std::optional<QString> directoryId;
    std::optional<QString> jobType;
    std::optional<QString> status;
    std::optional<int> limit;
    std::optional<qint64> offset;
    std::optional<QString> projectId;
    std::optional<QString> organizationId;

    // Empty when the query may be sent; otherwise one sentence naming the parameter.
    QString validationError() const;
    QUrlQuery toUrlQuery() const;
    // Whether a job the server listed for this query belongs in it: its status, type, directory
    // and project are those asked for (a field the job leaves out is not held against it). A
    // server that ignores a filter sends the rest too; pagers leave those out and count them.
    bool matches(const Job &job) const;

    bool operator==(const ListJobsQuery &other) const;
    bool operator!=(const ListJobsQuery &other) const { return !(*this == other); }
};

// The parameters of GET /api/v1/beta/batch-processing/{job_id}/items but the scope, which
// ApiClient::listJobItems takes separately as the other job calls do.
struct ListItemsQuery
{
    std::optional<QString> status;
    std::optional<int> limit;
    std::optional<qint64> offset;

    QString validationError() const;
    QUrlQuery toUrlQuery() const;
    // Whether an item listed for this query has the status asked for (see ListJobsQuery).
    bool matches(const JobItem &item) const;
};

} // namespace BatchDeck
