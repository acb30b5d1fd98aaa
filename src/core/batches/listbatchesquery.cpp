#include "core/batches/listbatchesquery.h"

#include "core/batches/batch.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct ListBatchesQueryText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::ListBatchesQuery)
};

// QUrlQuery takes a value in "decoded" form but leaves "+" and "%XX" as they are: a server reads
// such a "+" as a space and "%2B" as "+". Page tokens are often base64 and carry both, so the two
// characters are encoded here; QUrlQuery encodes the rest ("&", "=", "#", spaces, non-ASCII).
void addItem(QUrlQuery &query, const char *name, const std::optional<QString> &value)
{
    if (!value)
        return;
    QString encoded = *value;
    encoded.replace(u'%', QStringLiteral("%25")).replace(u'+', QStringLiteral("%2B"));
    query.addQueryItem(QString::fromLatin1(name), encoded);
}

QString checkDateBound(const char *name, const std::optional<QString> &text,
                       BatchQueryChecks::DateBound bound, QDateTime *value)
{
    if (!text)
        return {};
    QString error;
    *value = BatchQueryChecks::parseDateBound(name, *text, bound, &error);
    return error;
}

QString checkPageToken(const std::optional<QString> &token)
{
    // Any text the server handed out; only an empty one cannot be meant.
    if (token && token->isEmpty())
        return ListBatchesQueryText::tr("page_token must not be empty.");
    return {};
}

} // namespace

namespace BatchQueryChecks {

QDateTime parseDateBound(const char *name, const QString &text, DateBound bound, QString *error)
{
    static const QRegularExpression date(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    // Seconds and a fraction are optional; the zone is not. Digits past milliseconds are cut.
    static const QRegularExpression dateTime(
        QStringLiteral(
            R"(^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)\d*(Z|[+-]\d{2}:?\d{2})$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    QDateTime value;
    if (date.match(trimmed).hasMatch()) {
        const QDate day = QDate::fromString(trimmed, Qt::ISODate);
        if (day.isValid()) {
            value = bound == DateBound::OnOrAfter
                ? QDateTime(day, QTime(0, 0), QTimeZone::utc())
                : QDateTime(day, QTime(23, 59, 59, 999), QTimeZone::utc());
        }
    } else if (const QRegularExpressionMatch match = dateTime.match(trimmed); match.hasMatch()) {
        QString zone = match.captured(2).toUpper();
        if (zone.size() == 5) // +0200
            zone.insert(3, u':');
        QString local = match.captured(1);
        local[10] = u'T';
        value = QDateTime::fromString(local + zone, Qt::ISODateWithMs);
        // Qt accepts 24:00 and offsets beyond a day; neither is a date-time a user means.
        if (value.isValid()
            && (QStringView(local).mid(11, 2).toInt() > 23
                || QStringView(zone).mid(1, 2).toInt() > 14))
            value = {};
    }
    if (!value.isValid()) {
        *error = ListBatchesQueryText::tr(
                     "%1 must be an ISO 8601 date such as 2026-11-01 or a date-time with a time "
                     "zone such as 2026-11-01T08:30:00Z or 2026-11-01T08:30:00+02:00 (got \"%2\").")
                     .arg(QString::fromLatin1(name), text);
        return {};
    }
    error->clear();
    return value.toUTC();
}

QString formatDateBound(const QDateTime &value)
{
    return value.toUTC().toString(Qt::ISODateWithMs); // UTC is written with a Z
}

std::optional<QString> normalizedStatus(const std::optional<QString> &status)
{
    if (!status)
        return status;
    return status->trimmed().toUpper();
}

QString checkStatus(const char *name, const std::optional<QString> &status)
{
    return QueryChecks::checkEnum(name, normalizedStatus(status), knownBatchStatuses());
}

} // namespace BatchQueryChecks

QString ListBatchesQuery::validationError() const
{
    using namespace QueryChecks;
    using namespace BatchQueryChecks;
    QDateTime after, before;
    QString error = firstError(
        {checkUuid("project_id", projectId), checkUuid("organization_id", organizationId),
         pageSize && (*pageSize < MinPageSize || *pageSize > MaxPageSize)
             ? ListBatchesQueryText::tr("page_size must be from %1 to %2 (got %3).")
                   .arg(MinPageSize)
                   .arg(MaxPageSize)
                   .arg(*pageSize)
             : QString(),
         checkPageToken(pageToken),
         checkDateBound("created_at_on_or_after", createdAtOnOrAfter, DateBound::OnOrAfter, &after),
         checkDateBound("created_at_on_or_before", createdAtOnOrBefore, DateBound::OnOrBefore,
                        &before),
         checkStatus("status", status), checkIdentifier("source_directory_id", sourceDirectoryId)});
    if (error.isEmpty() && after.isValid() && before.isValid() && after > before) {
        error = ListBatchesQueryText::tr(
                    "created_at_on_or_after (%1) must not be later than created_at_on_or_before "
                    "(%2).")
                    .arg(formatDateBound(after), formatDateBound(before));
    }
    return error;
}

QUrlQuery ListBatchesQuery::toUrlQuery() const
{
    using namespace BatchQueryChecks;
    const auto bound = [](const char *name, const std::optional<QString> &text,
                          DateBound which) -> std::optional<QString> {
        if (!text)
            return std::nullopt;
        QString error;
        const QDateTime value = parseDateBound(name, *text, which, &error);
        return value.isValid() ? formatDateBound(value) : *text; // refused before it is sent
    };
    QUrlQuery query;
    addItem(query, "project_id", projectId);
    addItem(query, "organization_id", organizationId);
    if (pageSize)
        query.addQueryItem(QStringLiteral("page_size"), QString::number(*pageSize));
    addItem(query, "page_token", pageToken);
    addItem(query, "created_at_on_or_after",
            bound("created_at_on_or_after", createdAtOnOrAfter, DateBound::OnOrAfter));
    addItem(query, "created_at_on_or_before",
            bound("created_at_on_or_before", createdAtOnOrBefore, DateBound::OnOrBefore));
    addItem(query, "status", normalizedStatus(status));
    addItem(query, "source_directory_id", sourceDirectoryId);
    return query;
}

bool ListBatchesQuery::operator==(const ListBatchesQuery &other) const
{
    return projectId == other.projectId && organizationId == other.organizationId
        && pageSize == other.pageSize && pageToken == other.pageToken
        && createdAtOnOrAfter == other.createdAtOnOrAfter
        && createdAtOnOrBefore == other.createdAtOnOrBefore && status == other.status
        && sourceDirectoryId == other.sourceDirectoryId;
}

bool ListBatchesQuery::matches(const Batch &batch) const
{
    using namespace BatchQueryChecks;
    using QueryChecks::fieldMatches;
    if (!fieldMatches(normalizedStatus(status), batch.status)
        || !fieldMatches(sourceDirectoryId, batch.sourceDirectoryId)
        || !fieldMatches(projectId, batch.projectId))
        return false;
    if (!batch.createdAt.isValid())
        return true;
    QString error;
    if (createdAtOnOrAfter) {
        const QDateTime after = parseDateBound("created_at_on_or_after", *createdAtOnOrAfter,
                                               DateBound::OnOrAfter, &error);
        if (after.isValid() && batch.createdAt < after)
            return false;
    }
    if (createdAtOnOrBefore) {
        const QDateTime before = parseDateBound("created_at_on_or_before", *createdAtOnOrBefore,
                                                DateBound::OnOrBefore, &error);
        if (before.isValid() && batch.createdAt > before)
            return false;
    }
    return true;
}

} // namespace BatchDeck
