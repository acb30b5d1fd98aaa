#include "app/indexviews/indexviewparts.h"

#include "app/export/exportdialog.h"
#include "core/export/jobexport.h"
#include "index/store/indexdatabase.h"

#include <limits>

namespace BatchDeck {

void openIndexExportDialog(QWidget *parent, std::optional<qint64> matching, int pageRows,
                           int selectedRows, const ExportChoices &choices)
{
    auto *dialog = new ExportDialog(matching, pageRows, selectedRows, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, dialog, [dialog, choices] {
        switch (dialog->scope()) {
        case ExportDialog::Scope::AllMatching:
            choices.allMatching(dialog->filePath(), dialog->csvOptions());
            break;
        case ExportDialog::Scope::CurrentPage:
            choices.currentPage(dialog->filePath(), dialog->csvOptions());
            break;
        case ExportDialog::Scope::SelectedRows:
            choices.selectedRows(dialog->filePath(), dialog->csvOptions());
            break;
        }
    });
    dialog->open();
}

bool readAllJobs(IndexDatabase *database, IndexQuery query, QList<Job> *jobs, QString *error)
{
    query.offset = 0;
    query.limit = std::numeric_limits<int>::max();
    QList<IndexedJob> rows;
    IndexReader reader(database);
    if (!reader.jobs(query, &rows)) {
        *error = reader.errorString();
        return false;
    }
    *jobs = jobsOf(std::move(rows));
    return true;
}

ExportRunner::BackgroundWork exportIndexJobs(const QString &indexPath, const IndexQuery &query,
                                             const QString &path, const CsvOptions &options)
{
    return [indexPath, query, path, options](const ExportRunner::BackgroundSteps &steps) {
        ExportResult result;
        IndexDatabase database;
        QList<Job> jobs;
        QString error;
        if (!database.open(indexPath, IndexDatabase::OpenMode::Existing))
            error = database.errorString();
        else if (!readAllJobs(&database, query, &jobs, &error))
            database.close();
        if (!error.isEmpty()) {
            result.failure = ExportResult::Failure::Write;
            result.message = error;
            return result;
        }
        database.close();
        if (steps.cancelled()) {
            result.failure = ExportResult::Failure::Cancelled;
            return result;
        }
        steps.writing();
        return JobExport::writeJobs(jobs, path, options);
    };
}

} // namespace BatchDeck
