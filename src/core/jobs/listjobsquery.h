#pragma once

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace BatchDeck {

struct BatchItem;
struct BatchJob;

// The seven parameters of GET /api/v1/beta/batch-processing. Unset parameters are not sent.
struct ListJobsQuery
{
    static constexpr int MinLimit = 1;
    static constexpr int MaxLimit = 1000;

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
    bool matches(const BatchJob &job) const;

    bool operator==(const ListJobsQuery &other) const;
    bool operator!=(const ListJobsQuery &other) const { return !(*this == other); }
};

// The project and organization a job was listed under. The job's own calls (status, items,
// cancel) send the same ones: on an account with several projects an unscoped call may answer
// 404 or look in another project.
struct JobScope
{
    std::optional<QString> projectId;
    std::optional<QString> organizationId;

    QString validationError() const;
    // Appends project_id and organization_id when set.
    void addTo(QUrlQuery *query) const;

    bool operator==(const JobScope &other) const;
    bool operator!=(const JobScope &other) const { return !(*this == other); }
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
    bool matches(const BatchItem &item) const;
};

// Shared checks, also used by the command line and the filter sidebar to name bad input early.
namespace QueryChecks {
QString checkLimit(const char *name, std::optional<int> limit);
QString checkOffset(const char *name, std::optional<qint64> offset);
QString checkEnum(const char *name, const std::optional<QString> &value,
                  const QStringList &allowed);
// Any UUID in the 8-4-4-4-12 hex form, in braces or not, the nil UUID included.
QString checkUuid(const char *name, const std::optional<QString> &value);
QString checkIdentifier(const char *name, const std::optional<QString> &value);
// A row's field against a filter's value: no filter, or a field the row leaves out, matches.
// IDs and enum values compare without regard to case, as the server is sent them.
bool fieldMatches(const std::optional<QString> &filter, const QString &field);
} // namespace QueryChecks

} // namespace BatchDeck
