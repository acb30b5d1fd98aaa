#pragma once

#include "core/api/apiclient.h"
#include "core/batches/listbatchesquery.h"
#include "core/paging/listcounts.h"

#include <QObject>

#include <optional>

namespace BatchDeck {

// Counts beside the v2 sidebar's statuses ("Failed (12)"), as FilterCounter does for v1: one
// page_size=1 request per status, with the other filters applied, reading total_size. Where the
// server gives no total, there is no count rather than a made-up one.
class BatchStatusCounter : public QObject
{
    Q_OBJECT

public:
    explicit BatchStatusCounter(ApiClient *client, QObject *parent = nullptr);

    // Recounts for `query` (its status, page size and token left out), abandoning any counting
    // still in progress. The counts of the same query stay until their new values arrive (a
    // refresh does not blank the sidebar); those of another query are dropped at once.
    void update(const ListBatchesQuery &query);
    // Abandons the counting and forgets every count.
    void clear();
    // Empty `status` is "all"; a status in any case. nullopt when unknown (not counted yet,
    // failed, or no total).
    std::optional<qint64> statusCount(const QString &status) const;

Q_SIGNALS:
    void countsChanged();

private:
    void count(const QString &status, const ListBatchesQuery &query);

    ApiClient *m_client;
    ListCounts m_counts; // by status as sent; "" for all
    std::optional<ListBatchesQuery> m_counted; // what m_counts are of
};

} // namespace BatchDeck
