#pragma once

#include "core/jobs/jobenums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace BatchDeck {

// BatchItemDetail: one file of a batch job.
struct JobItem
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

// An item the client could not read, with its absolute position in the job's item list.
struct InvalidItem
{
    qint64 position = 0;
    QString problem;
    QString describe() const;
};

// BatchItemListResponse. Every field is optional in the API; a missing list is an empty one.
struct ItemPage
{
    QList<JobItem> items;
    QList<InvalidItem> invalidItems;
    std::optional<qint64> totalSize;
    qint64 itemCount() const { return items.size() + invalidItems.size(); }

    // Reads a page; items that cannot be read are listed in invalidItems, not guessed, and the
    // others are kept. Returns a sentence when the page itself is unreadable.
    static QString fromJson(const QByteArray &body, qint64 offset, ItemPage *page);
};

} // namespace BatchDeck
