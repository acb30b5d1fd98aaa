#include "core/api/projectscope.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct QueryChecksText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::QueryChecks)
};

} // namespace

namespace QueryChecks {

QString firstError(std::initializer_list<QString> errors)
{
    for (const QString &error : errors) {
        if (!error.isEmpty())
            return error;
    }
    return {};
}

void addQueryItem(QUrlQuery &query, const char *name, const std::optional<QString> &value)
{
    if (value)
        query.addQueryItem(QString::fromLatin1(name), *value);
}

bool fieldMatches(const std::optional<QString> &filter, const QString &field)
{
    return !filter || field.isEmpty() || field.compare(filter->trimmed(), Qt::CaseInsensitive) == 0;
}

QString checkLimit(const char *name, std::optional<int> limit)
{
    if (limit && (*limit < MinPageLimit || *limit > MaxPageLimit)) {
        return QueryChecksText::tr("%1 must be from %2 to %3 (got %4).")
            .arg(QString::fromLatin1(name))
            .arg(MinPageLimit)
            .arg(MaxPageLimit)
            .arg(*limit);
    }
    return {};
}

QString checkOffset(const char *name, std::optional<qint64> offset)
{
    if (offset && *offset < 0)
        return QueryChecksText::tr("%1 must be 0 or more (got %2).")
            .arg(QString::fromLatin1(name))
            .arg(*offset);
    return {};
}

QString checkEnum(const char *name, const std::optional<QString> &value, const QStringList &allowed)
{
    if (value && !allowed.contains(*value)) {
        return QueryChecksText::tr("%1 must be one of %2 (got \"%3\").")
            .arg(QString::fromLatin1(name), allowed.join(QStringLiteral(", ")), *value);
    }
    return {};
}

QString checkUuid(const char *name, const std::optional<QString> &value)
{
    // Not QUuid::fromString: it answers the nil UUID for both the nil UUID and garbage, and it
    // ignores what follows 36 characters.
    static const QRegularExpression uuid(
        QStringLiteral(
            R"(^(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|\{[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\})$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (value && !uuid.match(*value).hasMatch()) {
        return QueryChecksText::tr(
                   "%1 must be a UUID such as 123e4567-e89b-12d3-a456-426614174000 (got \"%2\").")
            .arg(QString::fromLatin1(name), *value);
    }
    return {};
}

QString checkIdentifier(const char *name, const std::optional<QString> &value)
{
    if (!value)
        return {};
    if (value->trimmed().isEmpty())
        return QueryChecksText::tr("%1 must not be empty.").arg(QString::fromLatin1(name));
    for (const QChar c : *value) {
        if (c.isSpace() || !c.isPrint())
            return QueryChecksText::tr(
                       "%1 must not contain spaces or control characters (got \"%2\").")
                .arg(QString::fromLatin1(name), *value);
    }
    return {};
}

} // namespace QueryChecks

QString ProjectScope::validationError() const
{
    using namespace QueryChecks;
    return firstError(
        {checkUuid("project_id", projectId), checkUuid("organization_id", organizationId)});
}

void ProjectScope::addTo(QUrlQuery *query) const
{
    using QueryChecks::addQueryItem;
    addQueryItem(*query, "project_id", projectId);
    addQueryItem(*query, "organization_id", organizationId);
}

bool ProjectScope::operator==(const ProjectScope &other) const
{
    return projectId == other.projectId && organizationId == other.organizationId;
}

} // namespace BatchDeck
