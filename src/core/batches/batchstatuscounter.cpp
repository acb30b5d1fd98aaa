#include "core/batches/batchstatuscounter.h"

#include "core/batches/batchesapi.h"

namespace BatchDeck {

BatchStatusCounter::BatchStatusCounter(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void BatchStatusCounter::clear()
{
    m_counts.clear();
    m_counted.reset();
    Q_EMIT countsChanged();
}

void BatchStatusCounter::update(const ListBatchesQuery &query)
{
    ListBatchesQuery counted = query;
    counted.pageSize = 1;
    counted.pageToken.reset();
    counted.status.reset();
    // A recount of the same query (a refresh) leaves the counts on screen until each new one
    // arrives; counts of another query would be wrong meanwhile, so those go at once.
    if (m_counts.restart(m_counted && *m_counted == counted))
        Q_EMIT countsChanged();
    m_counted = counted;
    count(QString(), counted);
    for (const QString &status : knownBatchStatuses()) {
        counted.status = status;
        count(status, counted);
    }
}

void BatchStatusCounter::count(const QString &status, const ListBatchesQuery &query)
{
    if (!query.validationError().isEmpty())
        return;
    m_counts.add(BatchesApi(m_client).listBatches(
        query, this, [this, status](const BatchPage &page, const ApiError &error) {
            if (m_counts.record(status, page.totalSize, error))
                Q_EMIT countsChanged();
        }));
}

std::optional<qint64> BatchStatusCounter::statusCount(const QString &status) const
{
    return m_counts.value(BatchQueryChecks::normalizedStatus(status).value_or(QString()));
}

} // namespace BatchDeck
