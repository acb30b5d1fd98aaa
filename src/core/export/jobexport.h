#pragma once

#include "core/export/rowexport.h"
#include "core/jobs/jobpager.h"

namespace BatchDeck {

// Every job matching a query, streamed page by page into CSV or JSON Lines (see RowExport).
class JobExport final : public RowExport
{
    Q_OBJECT

public:
    JobExport(ApiClient *client, const ListJobsQuery &query, const ExportOptions &options,
              QObject *parent = nullptr);

    // Jobs already loaded (a page, a selection), written to `path` at once (atomically when it is
    // a regular file).
    static ExportResult writeJobs(const QList<Job> &jobs, const QString &path,
                                  const CsvOptions &options,
                                  OutputFormat format = OutputFormat::Csv);

private:
    JobPager m_pager;
};

} // namespace BatchDeck
