#include "core/jobs/jobitem.h"

#include "core/jobs/job.h"
#include "core/json/jsonfieldreader.h"

#include <QCoreApplication>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct ItemPageText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::ItemPage)
};

// Fills *item from one JSON item; on failure returns a sentence naming the field.
QString readItem(const JsonSlice &value, JobItem *item)
{
    if (!value.isObject())
        return ItemPageText::tr("it is %1, not an object").arg(describeJsonType(value.type()));
    JsonFieldReader reader(value);
    JobItem read;
    read.itemId = reader.requiredString(QStringLiteral("item_id"));
    read.itemName = reader.requiredString(QStringLiteral("item_name"));
    read.status = reader.requiredString(QStringLiteral("status"));
    read.effectiveAt = reader.optionalDateTime(QStringLiteral("effective_at"));
    read.startedAt = reader.optionalDateTime(QStringLiteral("started_at"));
    read.completedAt = reader.optionalDateTime(QStringLiteral("completed_at"));
    read.jobId = reader.optionalString(QStringLiteral("job_id"));
    read.jobRecordId = reader.optionalString(QStringLiteral("job_record_id"));
    read.errorMessage = reader.optionalString(QStringLiteral("error_message"));
    read.skipReason = reader.optionalString(QStringLiteral("skip_reason"));
    if (reader.hasError())
        return reader.error();
    *item = std::move(read);
    return {};
}

} // namespace

QString InvalidItem::describe() const
{
    return ItemPageText::tr("the item at position %1 could not be read: %2")
        .arg(position + 1)
        .arg(problem);
}

QString ItemPage::fromJson(const QByteArray &body, qint64 offset, ItemPage *page)
{
    JsonSlice object;
    if (QString error = parseJsonObject(body, &object); !error.isEmpty())
        return error;
    JsonSlice items, total;
    for (const JsonMember &member : object.members()) { // one walk for both; the last key counts
        if (member.hasKey(u"items"))
            items = member.value;
        else if (member.hasKey(u"total_size"))
            total = member.value;
    }
    ItemPage read;
    if (QString problem = readTotalSize(total, &read.totalSize); !problem.isEmpty())
        return problem;
    if (!items.isUndefined() && !items.isNull() && !items.isArray())
        return ItemPageText::tr("field \"items\" should be an array but is %1")
            .arg(describeJsonType(items.type()));
    const QList<JsonSlice> array = items.elements();
    read.items.reserve(array.size());
    for (qsizetype index = 0; index < array.size(); ++index) {
        JobItem item;
        const QString problem = readItem(array.at(index), &item);
        if (problem.isEmpty())
            read.items.append(std::move(item));
        else
            read.invalidItems.append({offset + index, problem});
    }
    *page = std::move(read);
    return {};
}

} // namespace BatchDeck
