#include "core/jobs/processingresult.h"

#include "core/jobs/job.h"
#include "core/json/jsonfieldreader.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct ProcessingResultText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::ProcessingResult)
};

// The JSON text of an object field: required ones must be there, optional ones may be null.
QString readObjectText(const JsonSlice &object, QStringView field, bool required, QByteArray *text)
{
    const JsonSlice value = object.member(field);
    if (value.isObject()) {
        *text = value.bytes().toByteArray();
        return {};
    }
    if (!required && (value.isUndefined() || value.isNull()))
        return {};
    return value.isUndefined()
        ? ProcessingResultText::tr("field \"%1\" is missing").arg(field)
        : ProcessingResultText::tr("field \"%1\" should be an object but is %2")
              .arg(field, describeJsonType(value.type()));
}

// Fills *result from one JSON result; on failure returns a sentence naming the field.
QString readResult(const JsonSlice &value, ProcessingResult *result)
{
    if (!value.isObject())
        return ProcessingResultText::tr("it is %1, not an object")
            .arg(describeJsonType(value.type()));
    JsonFieldReader reader(value);
    ProcessingResult read;
    read.resultId = reader.requiredString(QStringLiteral("result_id"));
    read.itemId = reader.requiredString(QStringLiteral("item_id"));
    read.jobType = reader.requiredString(QStringLiteral("job_type"));
    read.parametersHash = reader.requiredString(QStringLiteral("parameters_hash"));
    read.outputS3Path = reader.requiredString(QStringLiteral("output_s3_path"));
    read.processedAt = reader.optionalDateTime(QStringLiteral("processed_at"));
    if (reader.hasError())
        return reader.error();
    if (!read.processedAt.isValid()) // required: optionalDateTime let absent and null through
        return value.member(u"processed_at").isUndefined()
            ? ProcessingResultText::tr("field \"processed_at\" is missing")
            : ProcessingResultText::tr(
                "field \"processed_at\" should be a date-time string but is null");
    if (QString problem = readObjectText(value, u"job_config", true, &read.jobConfig);
        !problem.isEmpty())
        return problem;
    if (QString problem = readObjectText(value, u"output_metadata", false, &read.outputMetadata);
        !problem.isEmpty())
        return problem;
    *result = std::move(read);
    return {};
}

} // namespace

QJsonObject ProcessingResult::jobConfigObject() const
{
    return QJsonDocument::fromJson(jobConfig).object();
}

QString InvalidProcessingResult::describe() const
{
    return ProcessingResultText::tr("the processing result at position %1 could not be read: %2")
        .arg(position + 1)
        .arg(problem);
}

const ProcessingResult *ItemProcessingResults::latestOfType(const QString &jobType) const
{
    const ProcessingResult *latest = nullptr;
    for (const ProcessingResult &result : results) {
        if (result.jobType == jobType && (!latest || result.processedAt >= latest->processedAt))
            latest = &result;
    }
    return latest;
}

QString ItemProcessingResults::fromJson(const QByteArray &body, ItemProcessingResults *results)
{
    JsonSlice object;
    if (QString error = parseJsonObject(body, &object); !error.isEmpty())
        return error;
    JsonFieldReader reader(object);
    ItemProcessingResults read;
    read.itemId = reader.requiredString(QStringLiteral("item_id"));
    read.itemName = reader.requiredString(QStringLiteral("item_name"));
    if (reader.hasError())
        return reader.error();
    const JsonSlice list = object.member(u"processing_results");
    // Optional in the API: absent or null is an empty history.
    if (!list.isUndefined() && !list.isNull() && !list.isArray())
        return ProcessingResultText::tr("field \"processing_results\" should be an array but is %1")
            .arg(describeJsonType(list.type()));
    const QList<JsonSlice> array = list.elements();
    read.results.reserve(array.size());
    for (qsizetype index = 0; index < array.size(); ++index) {
        ProcessingResult result;
        const QString problem = readResult(array.at(index), &result);
        if (problem.isEmpty())
            read.results.append(std::move(result));
        else
            read.invalidResults.append({index, problem});
    }
    *results = std::move(read);
    return {};
}

} // namespace BatchDeck
