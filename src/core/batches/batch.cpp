#include "core/batches/batch.h"

#include "core/json/isotime.h"
#include "core/json/jsonfieldreader.h"
#include "core/json/jsonpage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct BatchText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::Batch)
};

QString wrongType(const QString &field, const char *expected, const JsonSlice &value)
{
    return value.isUndefined()
        ? BatchText::tr("field \"%1\" is missing").arg(field)
        : BatchText::tr("field \"%1\" should be %2 but is %3")
              .arg(field, BatchText::tr(expected), describeJsonType(value.type()));
}

// Reads the object at `field` with readFields(reader); the reader names its fields as
// "field.name", so a problem says where in the batch it is. Empty when all was read.
template<typename ReadFields>
QString readNestedObject(const JsonSlice &value, const QString &field, ReadFields readFields)
{
    if (!value.isObject())
        return wrongType(field, "an object", value);
    JsonFieldReader reader(value);
    reader.setFieldPrefix(field + u'.');
    readFields(reader);
    return reader.error();
}

QString readJobReference(const JsonSlice &value, const QString &field,
                         std::optional<BatchJobReference> *reference)
{
    if (value.isUndefined() || value.isNull()) {
        reference->reset();
        return {};
    }
    BatchJobReference read;
    if (QString problem =
            readNestedObject(value, field,
                             [&read](JsonFieldReader &reader) {
                                 read.type = reader.requiredString(QStringLiteral("type"));
                                 read.id = reader.requiredString(QStringLiteral("id"));
                             });
        !problem.isEmpty())
        return problem;
    *reference = std::move(read);
    return {};
}

QString readResult(const JsonSlice &value, const QString &field, BatchResult *result)
{
    BatchResult read;
    if (QString problem = readNestedObject(
            value, field,
            [&read](JsonFieldReader &reader) {
                read.sourceDirectoryFileId =
                    reader.requiredString(QStringLiteral("source_directory_file_id"));
                read.errorMessage = reader.optionalString(QStringLiteral("error_message"));
            });
        !problem.isEmpty())
        return problem;
    if (QString problem =
            readJobReference(value.member(u"job_reference"),
                             field + QStringLiteral(".job_reference"), &read.jobReference);
        !problem.isEmpty())
        return problem;
    *result = std::move(read);
    return {};
}

// Null or absent: not expanded (or still running). Any unreadable result makes the batch
// unreadable: a batch shown with some of its files missing would look complete.
QString readResults(const JsonSlice &value, std::optional<QList<BatchResult>> *results)
{
    if (value.isUndefined() || value.isNull()) {
        results->reset();
        return {};
    }
    if (!value.isArray())
        return wrongType(QStringLiteral("results"), "an array", value);
    const QList<JsonSlice> elements = value.elements();
    QList<BatchResult> read;
    read.reserve(elements.size());
    for (qsizetype index = 0; index < elements.size(); ++index) {
        BatchResult result;
        if (QString problem =
                readResult(elements.at(index), QStringLiteral("results[%1]").arg(index), &result);
            !problem.isEmpty())
            return problem;
        read.append(std::move(result));
    }
    *results = std::move(read);
    return {};
}

QString readConfig(const JsonSlice &config, Batch *batch)
{
    if (!config.isObject())
        return wrongType(QStringLiteral("config"), "an object", config);
    if (QString problem =
            readNestedObject(config.member(u"job"), QStringLiteral("config.job"),
                             [batch](JsonFieldReader &reader) {
                                 batch->jobType = reader.requiredString(QStringLiteral("type"));
                                 batch->configurationId =
                                     reader.requiredString(QStringLiteral("configuration_id"));
                             });
        !problem.isEmpty())
        return problem;
    batch->configJson = config.compactBytes();
    return {};
}

QJsonValue stringOrNull(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue dateTimeOrNull(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(toIsoUtc(value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

const QStringList &knownBatchStatuses()
{
    static const QStringList statuses = {
        QStringLiteral("PENDING"),   QStringLiteral("THROTTLED"), QStringLiteral("RUNNING"),
        QStringLiteral("COMPLETED"), QStringLiteral("FAILED"),    QStringLiteral("CANCELLED"),
    };
    return statuses;
}

BatchStatus batchStatusFromString(const QString &value)
{
    const qsizetype index = knownBatchStatuses().indexOf(value);
    return index < 0 ? BatchStatus::Unknown : BatchStatus(index);
}

bool isFinished(BatchStatus status)
{
    return status == BatchStatus::Completed || status == BatchStatus::Failed
        || status == BatchStatus::Cancelled;
}

bool BatchResult::operator==(const BatchResult &other) const
{
    return sourceDirectoryFileId == other.sourceDirectoryFileId
        && jobReference == other.jobReference && errorMessage == other.errorMessage;
}

bool Batch::operator==(const Batch &other) const
{
    return id == other.id && status == other.status && projectId == other.projectId
        && sourceDirectoryId == other.sourceDirectoryId && jobType == other.jobType
        && configurationId == other.configurationId && configJson == other.configJson
        && createdAt == other.createdAt && updatedAt == other.updatedAt && results == other.results;
}

QJsonObject Batch::config() const
{
    return QJsonDocument::fromJson(configJson).object(); // read and checked once already
}

QString Batch::fromJson(const JsonSlice &value, Batch *batch)
{
    if (!value.isObject())
        return notAnObjectProblem(value.type());
    JsonFieldReader reader(value);
    Batch read;
    read.id = reader.requiredString(QStringLiteral("id"));
    read.projectId = reader.requiredString(QStringLiteral("project_id"));
    read.sourceDirectoryId = reader.requiredString(QStringLiteral("source_directory_id"));
    read.status = reader.requiredString(QStringLiteral("status"));
    read.createdAt = reader.optionalDateTime(QStringLiteral("created_at"));
    read.updatedAt = reader.optionalDateTime(QStringLiteral("updated_at"));
    if (reader.hasError())
        return reader.error();
    if (QString problem = readConfig(value.member(u"config"), &read); !problem.isEmpty())
        return problem;
    if (QString problem = readResults(value.member(u"results"), &read.results); !problem.isEmpty())
        return problem;
    *batch = std::move(read);
    return {};
}

QString Batch::fromJson(const QByteArray &body, Batch *batch)
{
    JsonSlice object;
    if (QString error = parseJsonObject(body, &object); !error.isEmpty())
        return error;
    return fromJson(object, batch);
}

QString InvalidBatch::describe() const
{
    return BatchText::tr("the batch at position %1 could not be read: %2")
        .arg(position + 1)
        .arg(problem);
}

QString BatchPage::fromJson(const QByteArray &body, qint64 firstPosition, BatchPage *page)
{
    JsonPageMembers members;
    if (QString error = parseJsonPage(body, &members); !error.isEmpty())
        return error;
    if (QString problem = requiredItemsProblem(members.items); !problem.isEmpty())
        return problem;
    BatchPage read;
    if (QString problem = readTotalSize(members.totalSize, &read.totalSize); !problem.isEmpty())
        return problem;
    const JsonSlice &token = members.nextPageToken;
    if (token.isString())
        read.nextPageToken = token.toString();
    else if (!token.isUndefined() && !token.isNull())
        return wrongType(QStringLiteral("next_page_token"), "a string", token);
    readPageRows(
        members.items.elements(), firstPosition, &read.batches, &read.invalidBatches,
        [](const JsonSlice &element, Batch *batch) { return Batch::fromJson(element, batch); });
    *page = std::move(read);
    return {};
}

QJsonObject toApiJson(const Batch &batch)
{
    QJsonObject config = batch.config();
    if (config.isEmpty()) { // a Batch built in code rather than read: the fields it has
        config.insert(u"job",
                      QJsonObject {{QStringLiteral("type"), batch.jobType},
                                   {QStringLiteral("configuration_id"), batch.configurationId}});
    }
    QJsonValue results(QJsonValue::Null);
    if (batch.results) {
        QJsonArray array;
        for (const BatchResult &result : *batch.results) {
            QJsonValue reference(QJsonValue::Null);
            if (result.jobReference) {
                reference = QJsonObject {{QStringLiteral("type"), result.jobReference->type},
                                         {QStringLiteral("id"), result.jobReference->id}};
            }
            array.append(QJsonObject {
                {QStringLiteral("source_directory_file_id"), result.sourceDirectoryFileId},
                {QStringLiteral("job_reference"), reference},
                {QStringLiteral("error_message"), stringOrNull(result.errorMessage)},
            });
        }
        results = array;
    }
    return QJsonObject {
        {QStringLiteral("id"), batch.id},
        {QStringLiteral("created_at"), dateTimeOrNull(batch.createdAt)},
        {QStringLiteral("updated_at"), dateTimeOrNull(batch.updatedAt)},
        {QStringLiteral("project_id"), batch.projectId},
        {QStringLiteral("source_directory_id"), batch.sourceDirectoryId},
        {QStringLiteral("config"), config},
        {QStringLiteral("status"), batch.status},
        {QStringLiteral("results"), results},
    };
}

} // namespace BatchDeck
