#pragma once

#include "core/jobs/job.h"

#include <QTableView>

namespace BatchDeck {

class JobTableModel;
class JobFilterProxyModel;
class TableWatch;

// The job table: status badges and progress bars, a column chooser in the header's context
// menu, column layout remembered across restarts, Ctrl+C for the selected IDs, Enter for details.
// In a window that watches, Watch in the context menu, and the watched and ended rows marked.
class JobTableView : public QTableView
{
    Q_OBJECT

public:
    explicit JobTableView(QWidget *parent = nullptr);

    void setModels(JobTableModel *model, JobFilterProxyModel *proxy);
    // Column order, widths, visibility and sort, from and to AppSettings.
    void restoreColumns();
    void saveColumns() const;

    // The rows as the table shows them: in its sort order, without those the search hides.
    QList<Job> shownJobs() const;
    QList<Job> selectedJobs() const;
    const Job *currentJob() const;
    void copySelectedIds() const;
    void copySelectedAsCsv() const;

Q_SIGNALS:
    void openRequested(const BatchDeck::Job &job);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void showColumnMenu(const QPoint &position);
    const Job *jobAt(const QModelIndex &proxyIndex) const;

    JobTableModel *m_model = nullptr;
    JobFilterProxyModel *m_proxy = nullptr;
    TableWatch *m_watch = nullptr;
};

} // namespace BatchDeck
