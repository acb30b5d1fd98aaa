#include "core/batches/referencedjob.h"

#include "core/json/jsonfieldreader.h"

#include <QCoreApplication>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct ReferencedJobText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::ReferencedJobStatus)
};

// A date-time the spec requires and does not allow to be null (ExtractV2Job's times).
QDateTime requiredDateTime(const JsonSlice &object, JsonFieldReader &reader, const QString &field,
                           QString *problem)
{
    const JsonSlice value = object.member(field);
    if ((value.isUndefined() || value.isNull()) && problem->isEmpty() && !reader.hasError()) {
        *problem = value.isUndefined()
            ? ReferencedJobText::tr("field \"%1\" is missing").arg(field)
            : ReferencedJobText::tr("field \"%1\" should be a date-time string but is null")
                  .arg(field);
    }
    return reader.optionalDateTime(field);
}

// The fields both kinds of job share, which each requires.
void readCommon(JsonFieldReader &reader, ReferencedJobStatus *job)
{
    job->id = reader.requiredString(QStringLiteral("id"));
    job->projectId = reader.requiredString(QStringLiteral("project_id"));
    job->status = reader.requiredString(QStringLiteral("status"));
    job->errorMessage = reader.optionalString(QStringLiteral("error_message"));
}

QString checkId(const ReferencedJobStatus &job)
{
    return job.id.trimmed().isEmpty() ? ReferencedJobText::tr("field \"id\" is empty") : QString();
}

} // namespace

const QStringList &knownJobReferenceTypes()
{
    static const QStringList types {QStringLiteral("parse_v2"), QStringLiteral("extract_v2")};
    return types;
}

bool ReferencedJobStatus::operator==(const ReferencedJobStatus &other) const
{
    return type == other.type && id == other.id && projectId == other.projectId
        && status == other.status && errorMessage == other.errorMessage
        && createdAt == other.createdAt && updatedAt == other.updatedAt && name == other.name
        && tier == other.tier && fileInput == other.fileInput
        && configurationId == other.configurationId;
}

QString ReferencedJobStatus::fromParseBody(const QByteArray &body, ReferencedJobStatus *job)
{
    JsonSlice object;
    if (QString error = parseJsonObject(body, &object); !error.isEmpty())
        return error;
    const JsonSlice jobObject = object.member(u"job");
    if (!jobObject.isObject())
        return jobObject.isUndefined()
            ? ReferencedJobText::tr("field \"job\" is missing")
            : ReferencedJobText::tr("field \"job\" should be an object but is %1")
                  .arg(describeJsonType(jobObject.type()));
    JsonFieldReader reader(jobObject);
    reader.setFieldPrefix(QStringLiteral("job."));
    ReferencedJobStatus read;
    read.type = QStringLiteral("parse_v2");
    readCommon(reader, &read);
    read.createdAt = reader.optionalDateTime(QStringLiteral("created_at"));
    read.updatedAt = reader.optionalDateTime(QStringLiteral("updated_at"));
    read.name = reader.optionalString(QStringLiteral("name"));
    read.tier = reader.optionalString(QStringLiteral("tier"));
    if (reader.hasError())
        return reader.error();
    if (QString problem = checkId(read); !problem.isEmpty())
        return problem;
    *job = std::move(read);
    return {};
}

QString ReferencedJobStatus::fromExtractBody(const QByteArray &body, ReferencedJobStatus *job)
{
    JsonSlice object;
    if (QString error = parseJsonObject(body, &object); !error.isEmpty())
        return error;
    JsonFieldReader reader(object);
    ReferencedJobStatus read;
    read.type = QStringLiteral("extract_v2");
    readCommon(reader, &read);
    read.fileInput = reader.requiredString(QStringLiteral("file_input"));
    read.configurationId = reader.optionalString(QStringLiteral("configuration_id"));
    QString missing;
    read.createdAt = requiredDateTime(object, reader, QStringLiteral("created_at"), &missing);
    read.updatedAt = requiredDateTime(object, reader, QStringLiteral("updated_at"), &missing);
    if (reader.hasError())
        return reader.error();
    if (!missing.isEmpty())
        return missing;
    if (QString problem = checkId(read); !problem.isEmpty())
        return problem;
    *job = std::move(read);
    return {};
}

} // namespace BatchDeck
