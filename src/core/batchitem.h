#pragma once

#include "apienums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace BatchDeck {

// BatchItemDetail: one file of a batch job.
struct BatchItem
{
    QString itemId;
    QString itemName;
    QString status; // kept as received
    QDateTime effectiveAt;
    QDateTime startedAt;
    QDateTime completedAt;
    QString jobId;
    QString jobRecordId;
    QString errorMessage;
    QString skipReason;

    ItemStatus knownStatus() const { return itemStatusFromString(status); }
};

// BatchItemListResponse. Every field is optional in the API; a missing list is an empty one.
struct ItemPage
{
    QList<BatchItem> items;
    std::optional<qint64> totalSize;
    static QString fromJson(const QByteArray &body, qint64 offset, ItemPage *page);
};

} // namespace BatchDeck
