#pragma once

#include "core/export/csvwriter.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ExportDialog;
}

namespace BatchDeck {

// Asks what to export (every matching job, the page, or the selection), where, and how.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { AllMatching, CurrentPage, SelectedRows };

    ExportDialog(std::optional<qint64> matchingJobs, int pageJobs, int selectedJobs,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Words for v2 batches instead of jobs, and a "batches-….csv" file name.
    void useBatchWording(std::optional<qint64> matchingBatches);
    Scope scope() const;
    QString filePath() const;
    CsvOptions csvOptions() const;
    // Pages requested at once for every matching job (saved for the next export).
    int concurrency() const;

    // "batch-jobs-20261129-140512.csv" in the given folder.
    static QString defaultFileName(const QDateTime &localTime);

private:
    void browse();
    void validate();
    // The pages-at-once setting applies to every matching job, read by offsets only.
    void updateConcurrencyField();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QString m_fileDialogTitle; // empty: the words for jobs
    bool m_pagesInOrder = false; // batches: cursor pages, one after another
};

} // namespace BatchDeck
