#include "core/jobs/jobitem.h"

#include "core/jobs/job.h"
#include "core/json/jsonfieldreader.h"
#include "core/json/jsonpage.h"

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
        return notAnObjectProblem(value.type());
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
    JsonPageMembers members;
    if (QString error = parseJsonPage(body, &members); !error.isEmpty())
        return error;
    ItemPage read;
    if (QString problem = readTotalSize(members.totalSize, &read.totalSize); !problem.isEmpty())
        return problem;
    // Unlike the other lists, a missing or null "items" is a page without items.
    const JsonSlice &items = members.items;
    if (!items.isUndefined() && !items.isNull() && !items.isArray())
        return requiredItemsProblem(items);
    readPageRows(items.elements(), offset, &read.items, &read.invalidItems, readItem);
    *page = std::move(read);
    return {};
}

} // namespace BatchDeck
