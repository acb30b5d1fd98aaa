#include "core/catalog/catalogtypes.h"

#include "core/api/projectscope.h"
#include "core/json/jsonfieldreader.h"
#include "core/json/jsonpage.h"

#include <QCoreApplication>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::Catalog)
};

// A name or ID of "" or spaces names nothing: the picker would show a blank line for it.
QString requiredText(JsonFieldReader &reader, const QString &field, QString *problem)
{
    QString value = reader.requiredString(field);
    if (!reader.hasError() && value.trimmed().isEmpty() && problem->isEmpty())
        *problem = CatalogText::tr("field \"%1\" is empty").arg(field);
    return value;
}

// is_default: absent or null is the API's default, false; anything but a boolean is a problem.
QString readBool(const JsonSlice &object, QStringView field, bool *value)
{
    const JsonSlice member = object.member(field);
    if (member.isUndefined() || member.isNull()) {
        *value = false;
        return {};
    }
    if (!member.isBool())
        return CatalogText::tr("field \"%1\" should be a boolean but is %2")
            .arg(field.toString(), describeJsonType(member.type()));
    *value = member.toBool();
    return {};
}

QString checkObject(const JsonSlice &value)
{
    return value.isObject() ? QString() : notAnObjectProblem(value.type());
}

// Reads every element of `array` with Entry::fromJson; unreadable ones are listed, not dropped.
template<typename Entry>
void readEntries(const QList<JsonSlice> &array, QList<Entry> *entries,
                 QList<InvalidCatalogEntry> *invalid)
{
    readPageRows(array, 0, entries, invalid, [](const JsonSlice &element, Entry *entry) {
        return Entry::fromJson(element, entry);
    });
}

} // namespace

bool Project::operator==(const Project &other) const
{
    return id == other.id && name == other.name && organizationId == other.organizationId
        && createdAt == other.createdAt && updatedAt == other.updatedAt
        && isDefault == other.isDefault;
}

QString Project::fromJson(const JsonSlice &value, Project *project)
{
    if (QString problem = checkObject(value); !problem.isEmpty())
        return problem;
    JsonFieldReader reader(value);
    QString empty;
    Project read;
    read.id = requiredText(reader, QStringLiteral("id"), &empty);
    read.name = requiredText(reader, QStringLiteral("name"), &empty);
    read.organizationId = reader.requiredString(QStringLiteral("organization_id"));
    read.createdAt = reader.optionalDateTime(QStringLiteral("created_at"));
    read.updatedAt = reader.optionalDateTime(QStringLiteral("updated_at"));
    if (reader.hasError())
        return reader.error();
    if (!empty.isEmpty())
        return empty;
    if (QString problem = readBool(value, u"is_default", &read.isDefault); !problem.isEmpty())
        return problem;
    *project = std::move(read);
    return {};
}

bool Directory::operator==(const Directory &other) const
{
    return id == other.id && projectId == other.projectId && name == other.name
        && description == other.description && type == other.type && createdAt == other.createdAt
        && updatedAt == other.updatedAt && deletedAt == other.deletedAt;
}

QString Directory::fromJson(const JsonSlice &value, Directory *directory)
{
    if (QString problem = checkObject(value); !problem.isEmpty())
        return problem;
    JsonFieldReader reader(value);
    QString empty;
    Directory read;
    read.id = requiredText(reader, QStringLiteral("id"), &empty);
    read.projectId = reader.requiredString(QStringLiteral("project_id"));
    read.name = requiredText(reader, QStringLiteral("name"), &empty);
    read.description = reader.optionalString(QStringLiteral("description"));
    read.type = reader.optionalString(QStringLiteral("type"));
    read.createdAt = reader.optionalDateTime(QStringLiteral("created_at"));
    read.updatedAt = reader.optionalDateTime(QStringLiteral("updated_at"));
    read.deletedAt = reader.optionalDateTime(QStringLiteral("deleted_at"));
    if (reader.hasError())
        return reader.error();
    if (!empty.isEmpty())
        return empty;
    *directory = std::move(read);
    return {};
}

QString Directory::fromBody(const QByteArray &body, Directory *directory)
{
    JsonSlice object;
    if (QString error = parseJsonObject(body, &object); !error.isEmpty())
        return error;
    return fromJson(object, directory);
}

QString ProjectList::fromJson(const QByteArray &body, ProjectList *list)
{
    QJsonParseError parseError;
    const JsonSlice root = JsonSlice::parse(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return QByteArrayView(body).trimmed().isEmpty()
            ? CatalogText::tr("the body is empty")
            : CatalogText::tr("the body is not JSON (%1 at byte %2)")
                  .arg(parseError.errorString())
                  .arg(parseError.offset);
    }
    if (!root.isArray())
        return CatalogText::tr("the body should be an array of projects but is %1")
            .arg(describeJsonType(root.type()));
    ProjectList read;
    readEntries(root.elements(), &read.projects, &read.invalidProjects);
    *list = std::move(read);
    return {};
}

QString ProjectList::describe(const InvalidCatalogEntry &entry)
{
    return CatalogText::tr("the project at position %1 could not be read: %2")
        .arg(entry.position + 1)
        .arg(entry.problem);
}

QString DirectoryPage::fromJson(const QByteArray &body, DirectoryPage *page)
{
    JsonPageMembers members;
    if (QString error = parseJsonPage(body, &members); !error.isEmpty())
        return error;
    if (QString problem = requiredItemsProblem(members.items); !problem.isEmpty())
        return problem;
    DirectoryPage read;
    const JsonSlice &token = members.nextPageToken;
    if (!token.isUndefined() && !token.isNull() && !token.isString())
        return CatalogText::tr("field \"next_page_token\" should be a string but is %1")
            .arg(describeJsonType(token.type()));
    read.nextPageToken = token.toString();
    if (QString problem = readTotalSize(members.totalSize, &read.totalSize); !problem.isEmpty())
        return problem;
    readEntries(members.items.elements(), &read.directories, &read.invalidDirectories);
    *page = std::move(read);
    return {};
}

QString DirectoryPage::describe(const InvalidCatalogEntry &entry)
{
    return CatalogText::tr("the directory at position %1 could not be read: %2")
        .arg(entry.position + 1)
        .arg(entry.problem);
}

const QStringList &knownDirectoryTypes()
{
    static const QStringList values {QStringLiteral("user"), QStringLiteral("index"),
                                     QStringLiteral("ephemeral")};
    return values;
}

QString ListDirectoriesQuery::validationError() const
{
    using namespace QueryChecks;
    if (QString problem = checkEnum("type", type, knownDirectoryTypes()); !problem.isEmpty())
        return problem;
    if (pageSize && (*pageSize < 1 || *pageSize > MaxPageSize))
        return CatalogText::tr("page_size must be from 1 to %1 (got %2).")
            .arg(MaxPageSize)
            .arg(*pageSize);
    if (pageToken && pageToken->isEmpty())
        return CatalogText::tr("page_token must not be empty.");
    if (QString problem = checkUuid("project_id", projectId); !problem.isEmpty())
        return problem;
    return checkUuid("organization_id", organizationId);
}

QUrlQuery ListDirectoriesQuery::toUrlQuery() const
{
    QUrlQuery query;
    // Percent-encoded here: QUrlQuery would send a "+" as it is, and the server reads a "+"
    // in a query as a space, so a base64 page token or a name with "+" would arrive changed.
    const auto add = [&query](const char *name, const std::optional<QString> &value) {
        if (value)
            query.addQueryItem(QString::fromLatin1(name),
                               QString::fromLatin1(QUrl::toPercentEncoding(*value)));
    };
    add("name", name);
    add("type", type);
    add("project_id", projectId);
    add("organization_id", organizationId);
    if (includeDeleted)
        query.addQueryItem(QStringLiteral("include_deleted"),
                           *includeDeleted ? QStringLiteral("true") : QStringLiteral("false"));
    if (pageSize)
        query.addQueryItem(QStringLiteral("page_size"), QString::number(*pageSize));
    add("page_token", pageToken);
    return query;
}

} // namespace BatchDeck
