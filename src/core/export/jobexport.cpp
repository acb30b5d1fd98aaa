#include "core/export/jobexport.h"

#include "core/export/jobrows.h"

namespace BatchDeck {

static_assert(ExportOptions {}.rowCeiling == JobPager::DefaultRowCeiling);

JobExport::JobExport(ApiClient *client, const ListJobsQuery &query, const ExportOptions &options,
                     QObject *parent)
    : RowExport(jobFields(), options, ExportResult::Rows::Jobs, parent)
    , m_pager(client, query)
{
    m_pager.setMaxRows(options.maxRows);
    m_pager.setRowCeiling(options.rowCeiling);
    connect(&m_pager, &JobPager::pageReceived, this, &JobExport::onPage);
    connect(&m_pager, &JobPager::finished, this, [this](const ApiError &error) {
        pagingFinished(error, m_pager.rowCeilingReached(), m_pager.summary());
    });
}

ExportResult JobExport::writeJobs(const QList<Job> &jobs, const QString &path,
                                  const CsvOptions &options, OutputFormat format)
{
    QList<Row> rows;
    rows.reserve(jobs.size());
    for (const Job &job : jobs)
        rows.append(jobRow(job));
    return writeRows(jobFields(), rows, path, format, options);
}

void JobExport::startPaging()
{
    m_pager.start();
}

void JobExport::stopPaging()
{
    m_pager.disconnect(this);
    m_pager.cancel();
}

void JobExport::onPage(const JobPage &page)
{
    QStringList problems;
    for (const InvalidJob &invalid : page.invalidJobs)
        problems.append(invalid.describe());
    if (!acceptInvalidRows(problems))
        return;
    for (const Job &job : page.jobs) {
        if (!writeRow(jobRow(job)))
            return;
    }
    pageWritten(m_pager.pagesReceived(), m_pager.duplicatesSkipped(), m_pager.totalSize());
}

} // namespace BatchDeck
