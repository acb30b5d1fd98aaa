#include "batchitem.h"

#include "batchjob.h"
#include "jsonfieldreader.h"

#include <QCoreApplication>

namespace BatchDeck {

QString ItemPage::fromJson(const QByteArray &body, qint64 offset, ItemPage *page)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("BatchDeck::ItemPage", text);
    };
    JsonSlice object;
    if (QString error = parseJsonObject(body, &object); !error.isEmpty())
        return error;
    ItemPage read;
    JsonSlice items, total;
    for (const JsonMember &member : object.members()) { // one walk for both; the last key counts
        if (member.hasKey(u"items"))
            items = member.value;
        else if (member.hasKey(u"total_size"))
            total = member.value;
    }
    if (total.isDouble())
        read.totalSize = total.toInteger();
    if (!items.isUndefined() && !items.isNull() && !items.isArray())
        return tr("field \"items\" should be an array but is %1")
            .arg(describeJsonType(items.type()));
    const QList<JsonSlice> array = items.elements();
    read.items.reserve(array.size());
    for (qsizetype index = 0; index < array.size(); ++index) {
        JsonFieldReader reader(array.at(index));
        BatchItem item;
        item.itemId = reader.requiredString(QStringLiteral("item_id"));
        item.itemName = reader.requiredString(QStringLiteral("item_name"));
        item.status = reader.requiredString(QStringLiteral("status"));
        item.effectiveAt = reader.optionalDateTime(QStringLiteral("effective_at"), false);
        item.startedAt = reader.optionalDateTime(QStringLiteral("started_at"));
        item.completedAt = reader.optionalDateTime(QStringLiteral("completed_at"));
        item.jobId = reader.optionalString(QStringLiteral("job_id"));
        item.jobRecordId = reader.optionalString(QStringLiteral("job_record_id"));
        item.errorMessage = reader.optionalString(QStringLiteral("error_message"));
        item.skipReason = reader.optionalString(QStringLiteral("skip_reason"));
        if (!array.at(index).isObject() || reader.hasError()) {
            return tr("the item at position %1 could not be read: %2")
                .arg(offset + index + 1)
                .arg(array.at(index).isObject() ? reader.error() : tr("it is not an object"));
        }
        read.items.append(std::move(item));
    }
    *page = std::move(read);
    return {};
}

} // namespace BatchDeck
