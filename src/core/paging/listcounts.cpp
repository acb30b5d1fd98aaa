#include "core/paging/listcounts.h"

namespace BatchDeck {

bool ListCounts::restart(bool sameList)
{
    abortCalls();
    if (sameList)
        return false;
    m_counts.clear();
    return true;
}

void ListCounts::clear()
{
    abortCalls();
    m_counts.clear();
}

void ListCounts::add(ApiCall *call)
{
    m_calls << call;
}

bool ListCounts::record(const QString &key, std::optional<qint64> total, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Aborted)
        return false;
    m_counts.insert(key, error.isOk() ? total : std::nullopt);
    return true;
}

void ListCounts::abortCalls()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->abort();
    }
    m_calls.clear();
}

} // namespace BatchDeck
