#pragma once

#include "core/api/projectscope.h" // ProjectScope, QueryChecks

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace BatchDeck {

struct Batch;

// The parameters of GET /api/v2/batches. Unset parameters are not sent.
//
// Values are kept as the user typed them; validationError() names the first bad one and
// toUrlQuery() sends the normalized form:
// - status: one of knownBatchStatuses(), in any case ("failed" is sent as FAILED);
// - created_at bounds: an ISO 8601 date ("2026-11-01") or a date-time with Z or an offset
//   ("2026-11-01T08:30:00+02:00"; a time without a zone is refused as ambiguous). Both are sent
//   as ISO 8601 UTC with Z and milliseconds. A bare date covers that whole UTC day: as the lower
//   bound it means 00:00:00.000Z, as the upper bound 23:59:59.999Z, so "from 2026-11-01 to
//   2026-11-01" is that one day.
// - page_size: the spec gives no maximum; 1..1000, as on the v1 list.
struct ListBatchesQuery
{
    static constexpr int MinPageSize = 1;
    static constexpr int MaxPageSize = 1000;

    std::optional<QString> projectId;
    std::optional<QString> organizationId;
    std::optional<int> pageSize;
    std::optional<QString> pageToken;
    std::optional<QString> createdAtOnOrAfter;
    std::optional<QString> createdAtOnOrBefore;
    std::optional<QString> status;
    std::optional<QString> sourceDirectoryId;

    // Empty when the query may be sent; otherwise one sentence naming the parameter.
    QString validationError() const;
    QUrlQuery toUrlQuery() const;
    ProjectScope scope() const { return {projectId, organizationId}; }
    // Whether a batch the server listed for this query belongs in it: its status, source
    // directory and project are those asked for and it was created within the bounds (a field
    // the batch leaves out is not held against it). Pagers leave the others out and count them.
    bool matches(const Batch &batch) const;

    bool operator==(const ListBatchesQuery &other) const;
    bool operator!=(const ListBatchesQuery &other) const { return !(*this == other); }
};

namespace BatchQueryChecks {

enum class DateBound { OnOrAfter, OnOrBefore };

// Reads a created_at bound as described above, in UTC; an invalid QDateTime and *error (a
// sentence naming `name`) when the text is not one.
QDateTime parseDateBound(const char *name, const QString &text, DateBound bound, QString *error);
// The form the API is sent: "2026-11-01T00:00:00.000Z".
QString formatDateBound(const QDateTime &value);
// The status as sent (upper case); empty optional stays empty.
std::optional<QString> normalizedStatus(const std::optional<QString> &status);
QString checkStatus(const char *name, const std::optional<QString> &status);

} // namespace BatchQueryChecks

} // namespace BatchDeck
