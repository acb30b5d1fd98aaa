#pragma once

#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace BatchDeck {

// The project and organization a call is scoped to: the ones a job or batch was listed under,
// which its own calls (status, items, cancel) send again: on an account with several projects an
// unscoped call may answer 404 or look in another project.
struct ProjectScope
{
    std::optional<QString> projectId;
    std::optional<QString> organizationId;

    QString validationError() const;
    // Appends project_id and organization_id when set.
    void addTo(QUrlQuery *query) const;

    bool operator==(const ProjectScope &other) const;
    bool operator!=(const ProjectScope &other) const { return !(*this == other); }
};

// Shared checks, also used by the command line and the filter sidebar to name bad input early.
namespace QueryChecks {
// The limits of an offset page (the API's `limit`).
inline constexpr int MinPageLimit = 1;
inline constexpr int MaxPageLimit = 1000;
// The first non-empty sentence of `errors`, or an empty string.
QString firstError(std::initializer_list<QString> errors);
// Adds name=value to `query` when the value is set.
void addQueryItem(QUrlQuery &query, const char *name, const std::optional<QString> &value);
template<typename Number>
void addQueryItem(QUrlQuery &query, const char *name, const std::optional<Number> &value)
{
    if (value)
        query.addQueryItem(QString::fromLatin1(name), QString::number(*value));
}
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
