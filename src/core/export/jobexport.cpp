#include "core/export/jobexport.h"

#include "core/export/jobrows.h"

namespace BatchDeck {

JobExport::JobExport(ApiClient *client, const ListJobsQuery &query, const ExportOptions &options,
                     QObject *parent)
    : RowExport(jobFields(), options, ExportResult::Rows::Jobs, parent)
    , m_pager(client, query)
{
    m_pager.setMaxRows(options.maxRows);
    followPager(&m_pager);
    connect(&m_pager, &JobPager::pageReceived, this,
            [this](const JobPage &page) { writePage(page.invalidJobs, page.jobs, jobRow); });
}

ExportResult JobExport::writeJobs(const QList<Job> &jobs, const QString &path,
                                  const CsvOptions &options, OutputFormat format)
{
    return writeRows(jobFields(), jobs, jobRow, path, format, options);
}

} // namespace BatchDeck
