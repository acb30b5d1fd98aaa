#pragma once

#include "core/api/apierror.h"
#include "index/query/indexreader.h"

#include <QList>

namespace BatchDeck {

// What the index views share.

// A failed read of the index, for the shell's banner: the sentence as the index gave it.
inline ApiError indexReadError(const QString &sentence)
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidArgument; // nothing was asked of the server
    error.message = sentence;
    return error;
}

inline QList<Job> jobsOf(QList<IndexedJob> rows)
{
    QList<Job> jobs;
    jobs.reserve(rows.size());
    for (IndexedJob &row : rows)
        jobs.append(std::move(row.job));
    return jobs;
}

} // namespace BatchDeck
