#include "app/indexviews/alljobsview.h"

#include "app/export/exportrunner.h"
#include "app/index/indexcontroller.h"
#include "app/indexviews/indexfilterpanel.h"
#include "app/indexviews/indexviewparts.h"
#include "app/jobs/jobdetailsdialog.h"
#include "app/jobs/jobtableview.h"
#include "core/jobs/jobenums.h"
#include "index/query/indexreader.h"
#include "index/store/indexdatabase.h"

#include <QHeaderView>
#include <QLocale>

namespace BatchDeck {

namespace {

// The index's order for a column of the jobs table.
IndexQuery::Sort sortFor(int column)
{
    using Sort = IndexQuery::Sort;
    switch (JobTableModel::Column(column)) {
    case JobTableModel::Id:
        return Sort::Id;
    case JobTableModel::Type:
        return Sort::Type;
    case JobTableModel::Status:
        return Sort::Status;
    case JobTableModel::Progress:
        return Sort::Progress;
    case JobTableModel::Total:
        return Sort::TotalItems;
    case JobTableModel::Processed:
        return Sort::ProcessedItems;
    case JobTableModel::Failed:
        return Sort::FailedItems;
    case JobTableModel::Skipped:
        return Sort::SkippedItems;
    case JobTableModel::Created:
        return Sort::CreatedAt;
    case JobTableModel::Started:
        return Sort::StartedAt;
    case JobTableModel::Completed:
        return Sort::CompletedAt;
    case JobTableModel::Updated:
        return Sort::UpdatedAt;
    case JobTableModel::Duration:
        return Sort::Duration;
    case JobTableModel::Directory:
        return Sort::Directory;
    case JobTableModel::Project:
        return Sort::Project;
    case JobTableModel::Error:
        return Sort::Error;
    case JobTableModel::JobRecord:
        return Sort::JobRecord;
    case JobTableModel::Workflow:
        return Sort::Workflow;
    case JobTableModel::ColumnCount:
        break;
    }
    return Sort::CreatedAt;
}

} // namespace

AllJobsView::AllJobsView(const ShellServices &services, IndexController *index, QObject *parent)
    : IndexPagedView(
        index, new IndexFilterPanel(knownJobStatuses(), knownJobTypes(), services.window), parent)
    , m_services(services)
    , m_table(new JobTableView(services.window))
{
    filters().setObjectName(QStringLiteral("indexSidebar"));
    m_table->setObjectName(QStringLiteral("allJobsTable"));
    m_table->setModels(&m_model, &m_proxy);
    m_model.setNameCatalog(services.catalog);
    sortBy(m_table->horizontalHeader(), JobTableModel::Created, sortFor);
    connect(m_table, &JobTableView::openRequested, this, &AllJobsView::openDetails);
}

AllJobsView::~AllJobsView() = default;

QString AllJobsView::title() const
{
    return tr("All jobs");
}

QString AllJobsView::toolTip() const
{
    return tr("Every v1 job in the local index: sort and search across all of them, with a time "
              "range");
}

QString AllJobsView::searchPlaceholder() const
{
    return tr("Search every job in the index: words of its error, its directory's or "
              "project's name, or the start of its ID (Ctrl+F)");
}

QWidget *AllJobsView::table()
{
    return m_table;
}

void AllJobsView::connectToServer(bool shown)
{
    m_details.closeAll();
    IndexPagedView::connectToServer(shown);
}

bool AllJobsView::readPage(IndexReader &reader, const IndexQuery &query, qint64 *total,
                           QMap<QString, qint64> *counts)
{
    QList<IndexedJob> rows;
    if (!reader.jobsPage(query, &rows, total, counts))
        return false;
    m_model.setJobs(jobsOf(std::move(rows)));
    return true;
}

void AllJobsView::openCurrent()
{
    if (const Job *job = m_table->currentJob())
        openDetails(*job);
}

JobDetailsDialog *AllJobsView::openDetails(const Job &job)
{
    return m_details.open(job.id, [this, &job] {
        return new JobDetailsDialog(m_services.client, job, m_index->scope(), m_services.window,
                                    m_services.catalog);
    });
}

void AllJobsView::openExportDialog()
{
    const QList<Job> selected = m_table->selectedJobs();
    ExportRunner *runner = m_services.exportRunner;
    ExportChoices choices;
    const qint64 matching = state().paging.total.value_or(0);
    choices.allMatching = [this, runner, matching](const QString &path, const CsvOptions &options) {
        runner->exportInBackground(
            tr("Reading %1 jobs from the index and writing them…")
                .arg(QLocale().toString(matching)),
            ExportResult::Rows::Jobs,
            exportIndexJobs(m_index->database()->path(), fullQuery(), path, options), path);
    };
    choices.currentPage = [this, runner](const QString &path, const CsvOptions &options) {
        runner->exportJobs(m_model.jobs(), path, options);
    };
    choices.selectedRows = [runner, selected](const QString &path, const CsvOptions &options) {
        runner->exportJobs(selected, path, options);
    };
    openIndexExportDialog(m_services.window, state().paging.total, int(m_model.jobs().size()),
                          int(selected.size()), choices);
}

} // namespace BatchDeck
