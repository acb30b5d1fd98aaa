#pragma once

#include "app/common/rowtablemodel.h"
#include "app/common/tablecells.h"
#include "core/jobs/job.h"
#include "core/jobs/jobprogress.h"

#include <QDateTime>
#include <QList>
#include <QPointer>

namespace BatchDeck {

class NameCatalog;
class RowDiff;
class WatchMarks;

// The loaded page of jobs. DisplayRole is readable, localized text; RawValueRole holds the typed
// value for sorting and export. The Directory and Project columns show names when the catalog
// knows them, with the ID as their tooltip and RawValueRole: copies and exports keep IDs.
class JobTableModel : public RowTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Type,
        Status,
        Progress,
        Total,
        Processed,
        Failed,
        Skipped,
        Created,
        Started,
        Completed,
        Updated,
        Duration,
        Directory,
        Project,
        Error,
        JobRecord,
        Workflow,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = TableRoles::RawValueRole,
        JobIdRole = Qt::UserRole + 2,
        ProgressRole = TableRoles::ProgressRole,
    };

    explicit JobTableModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the rows with `jobs`, updating in place where the same jobs are still there so
    // that selection and scroll position survive a refresh.
    void setJobs(const QList<Job> &jobs);
    const QList<Job> &jobs() const { return m_jobs; }
    const Job *jobAt(int row) const;
    int rowOf(const QString &jobId, int from = 0) const;
    void updateJob(const Job &job);
    // "5 min ago" and running durations age: repaint those columns.
    void refreshRelativeTimes();
    // Shows the catalog's names for directory and project IDs, repainting when they change.
    void setNameCatalog(const NameCatalog *catalog);
    // The job's directory by name, when the catalog knows it; empty otherwise.
    QString directoryNameOf(const Job &job) const { return nameOf(job, Directory); }
    // Marks watched jobs and those whose end was not seen (font, background, an icon by the
    // ID), repainting when the marks change.
    void setWatchMarks(const WatchMarks *marks);

    // For tests: what "now" is when the display says "5 min ago".
    void setNow(const QDateTime &now) { m_now = now; }

private:
    int shownRowCount() const override { return int(m_jobs.size()); }
    friend class RowDiff; // setJobs() diffs the rows through the protected begin/end calls

    QVariant displayData(const Job &job, int column) const;
    QString toolTipText(const Job &job, int column) const; // before plainToolTip()
    QVariant rawData(const Job &job, int column) const;
    QString nameOf(const Job &job, int column) const; // empty when not known
    void namesChanged();
    QDateTime now() const;

    QList<Job> m_jobs;
    QDateTime m_now;
    QPointer<const NameCatalog> m_catalog;
    QPointer<const WatchMarks> m_marks;
};

} // namespace BatchDeck
