#pragma once

#include "core/jobs/jobfilter.h"
#include "core/jobs/jobsapi.h"
#include "core/paging/listcounts.h"

#include <QObject>

#include <optional>

namespace BatchDeck {

// Counts beside the sidebar's values ("Failed (12)"): one limit=1 request per value, reading
// total_size. Each list is counted with the other filters applied. Where the server gives no
// total, there is no count rather than a wrong one.
class FilterCounter : public QObject
{
    Q_OBJECT

public:
    explicit FilterCounter(ApiClient *client, QObject *parent = nullptr);

    // Recounts for `filter`, abandoning any counting still in progress. The counts of the same
    // filter stay until their new values arrive (a refresh does not blank the sidebar); those
    // of another filter are dropped at once.
    void update(const JobFilter &filter);
    // Abandons the counting and forgets every count (another server's counts are not these).
    void clear();
    // Empty `value` is "all". nullopt when unknown (not counted yet, failed, or no total).
    std::optional<qint64> statusCount(const QString &value) const;
    std::optional<qint64> typeCount(const QString &value) const;

Q_SIGNALS:
    void countsChanged();

private:
    void countEach(const QString &prefix, const JobFilter &filter,
                   std::optional<QString> JobFilter::*field, const QStringList &values);
    void count(const QString &key, const JobFilter &filter);

    ApiClient *m_client;
    ListCounts m_counts; // "status:failed", "type:", ...
    std::optional<JobFilter> m_counted; // what m_counts are of
};

} // namespace BatchDeck
