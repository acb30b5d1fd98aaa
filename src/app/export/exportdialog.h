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

    // "batch-jobs-20261129-140512.csv" in the given folder.
    static QString defaultFileName(const QDateTime &localTime);

private:
    void browse();
    void validate();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QString m_fileDialogTitle; // empty: the words for jobs
};

} // namespace BatchDeck
