#pragma once

#include "core/api/apicall.h"
#include "core/api/apierror.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

#include <optional>

namespace BatchDeck {

// The counts beside a sidebar's values ("Failed (12)"), each read from the total_size of a
// one-row request of its own, as the v1 and v2 counters (FilterCounter, BatchStatusCounter) keep
// them: through a refresh of the same list the old counts stay until the new ones arrive; for
// another list they go at once.
class ListCounts
{
public:
    // Abandons the counting in progress. Forgets the counts unless `sameList`; true when it did.
    bool restart(bool sameList);
    // Abandons the counting and forgets every count.
    void clear();
    // A count's request, abandoned by the next restart() or clear().
    void add(ApiCall *call);
    // Records a count's answer: `total`, or unknown when the request failed. False, recording
    // nothing, for a request that was abandoned.
    bool record(const QString &key, std::optional<qint64> total, const ApiError &error);
    // nullopt when unknown (not counted yet, failed, or no total).
    std::optional<qint64> value(const QString &key) const { return m_counts.value(key); }

private:
    void abortCalls();

    QHash<QString, std::optional<qint64>> m_counts;
    QList<QPointer<ApiCall>> m_calls;
};

} // namespace BatchDeck
