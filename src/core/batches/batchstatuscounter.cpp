#include "core/batches/batchstatuscounter.h"

#include "core/batches/batchesapi.h"

namespace BatchDeck {

BatchStatusCounter::BatchStatusCounter(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void BatchStatusCounter::abortCalls()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->abort();
    }
    m_calls.clear();
}

void BatchStatusCounter::clear()
{
    abortCalls();
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
    if (m_counted && *m_counted == counted) {
        abortCalls();
    } else {
        clear();
        m_counted = counted;
    }
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
    m_calls << BatchesApi(m_client).listBatches(
        query, this, [this, status](const BatchPage &page, const ApiError &error) {
            if (error.kind == ApiError::Kind::Aborted)
                return;
            m_counts.insert(status, error.isOk() ? page.totalSize : std::nullopt);
            Q_EMIT countsChanged();
        });
}

std::optional<qint64> BatchStatusCounter::statusCount(const QString &status) const
{
    return m_counts.value(BatchQueryChecks::normalizedStatus(status).value_or(QString()));
}

} // namespace BatchDeck
