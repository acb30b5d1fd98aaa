#pragma once

#include "app/export/exportrunner.h"
#include "core/api/apierror.h"
#include "core/export/csvwriter.h"
#include "index/query/indexreader.h"

#include <QList>

#include <functional>
#include <optional>

class QWidget;

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

// The export dialog of a view over the index, and what each of its choices writes: every row
// matching (read from the index), the page shown, or the rows selected.
struct ExportChoices
{
    using Write = std::function<void(const QString &path, const CsvOptions &options)>;
    Write allMatching;
    Write currentPage;
    Write selectedRows;
};
void openIndexExportDialog(QWidget *parent, std::optional<qint64> matching, int pageRows,
                           int selectedRows, const ExportChoices &choices);

// Every row of `query` (its paging aside), for an export; false with *error set.
bool readAllJobs(IndexDatabase *database, IndexQuery query, QList<Job> *jobs, QString *error);

// An export of every job of `query` for ExportRunner::exportInBackground: the index file at
// `indexPath` is read on the export's thread, through a connection of its own.
ExportRunner::BackgroundWork exportIndexJobs(const QString &indexPath, const IndexQuery &query,
                                             const QString &path, const CsvOptions &options);

} // namespace BatchDeck
