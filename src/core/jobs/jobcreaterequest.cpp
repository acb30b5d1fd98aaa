#include "core/jobs/jobcreaterequest.h"

#include "core/json/jsonslice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct JobCreateRequestText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::JobCreateRequest)
};

QByteArray jsonText(const QJsonValue &value)
{
    // A one-element array is the only way QJsonDocument writes a lone value; strip the brackets.
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QString JobCreateRequest::validationError() const
{
    if (jobConfig.trimmed().isEmpty())
        return JobCreateRequestText::tr("job_config is required.");
    // The strict reader: what goes into the body unchanged must be JSON by RFC 8259.
    QJsonParseError parseError;
    if (!JsonSlice::parse(jobConfig, &parseError).isObject())
        return JobCreateRequestText::tr("job_config must be a JSON object.");
    if (directoryId && directoryId->trimmed().isEmpty())
        return JobCreateRequestText::tr("directory_id must not be empty when given.");
    if (itemIds) {
        if (itemIds->isEmpty())
            return JobCreateRequestText::tr("item_ids must list at least one item when given.");
        for (const QString &id : *itemIds) {
            if (id.trimmed().isEmpty())
                return JobCreateRequestText::tr("item_ids must not contain an empty item ID.");
        }
    }
    if (!directoryId && !itemIds)
        return JobCreateRequestText::tr("Either directory_id or item_ids is required.");
    if (pageSize && (*pageSize < MinPageSize || *pageSize > MaxPageSize))
        return JobCreateRequestText::tr("page_size must be between %1 and %2.")
            .arg(MinPageSize)
            .arg(MaxPageSize);
    if (continueAsNewThreshold && *continueAsNewThreshold < 1)
        return JobCreateRequestText::tr("continue_as_new_threshold must be at least 1.");
    return {};
}

QByteArray JobCreateRequest::toJson() const
{
    // Written by hand so that job_config goes out as received rather than re-encoded by
    // QJsonDocument, which sorts keys and reads every number as a double.
    QByteArray body = "{";
    const auto add = [&body](const char *key, const QByteArray &value) {
        if (body.size() > 1)
            body += ',';
        body += '"';
        body += key;
        body += "\":";
        body += value;
    };
    if (directoryId)
        add("directory_id", jsonText(*directoryId));
    if (itemIds)
        add("item_ids",
            QJsonDocument(QJsonArray::fromStringList(*itemIds)).toJson(QJsonDocument::Compact));
    add("job_config", jobConfig.trimmed());
    if (pageSize)
        add("page_size", QByteArray::number(*pageSize));
    if (continueAsNewThreshold)
        add("continue_as_new_threshold", QByteArray::number(*continueAsNewThreshold));
    body += '}';
    return body;
}

} // namespace BatchDeck
