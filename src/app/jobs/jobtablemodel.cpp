#include "app/jobs/jobtablemodel.h"

#include "app/common/rowdiff.h"
#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "app/watch/watchmarks.h"
#include "core/catalog/namecatalog.h"

#include <QLocale>

namespace BatchDeck {

JobTableModel::JobTableModel(QObject *parent)
    : RowTableModel({QT_TR_NOOP("ID"), QT_TR_NOOP("Type"), QT_TR_NOOP("Status"),
                     QT_TR_NOOP("Progress"), QT_TR_NOOP("Total"), QT_TR_NOOP("Processed"),
                     QT_TR_NOOP("Failed"), QT_TR_NOOP("Skipped"), QT_TR_NOOP("Created"),
                     QT_TR_NOOP("Started"), QT_TR_NOOP("Completed"), QT_TR_NOOP("Updated"),
                     QT_TR_NOOP("Duration"), QT_TR_NOOP("Directory"), QT_TR_NOOP("Project"),
                     QT_TR_NOOP("Error"), QT_TR_NOOP("Job record"), QT_TR_NOOP("Workflow")},
                    parent)
{ }

QDateTime JobTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

const Job *JobTableModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs.at(row) : nullptr;
}

int JobTableModel::rowOf(const QString &jobId, int from) const
{
    for (int row = from; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == jobId)
            return row;
    }
    return -1;
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return RowTableModel::headerData(section, orientation, role);
    case Qt::ToolTipRole:
        return tr("%1. Sorting applies to the loaded page only: the API has no server-side sort.")
            .arg(RowTableModel::headerData(section, orientation).toString());
    case Qt::TextAlignmentRole:
        return section >= Total && section <= Skipped ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                      : int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return shownValue(displayData(job, index.column()));
    case RawValueRole:
        return rawData(job, index.column());
    case JobIdRole:
        return job.id;
    case ProgressRole:
        return QVariant::fromValue(JobProgress::of(job));
    case Qt::TextAlignmentRole:
        return (index.column() >= Total && index.column() <= Skipped) || index.column() == Duration
            ? int(Qt::AlignRight | Qt::AlignVCenter)
            : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Id && m_marks)
            return plainToolTip(m_marks->withToolTipLine(job.id, toolTipText(job, Id)));
        return plainToolTip(toolTipText(job, index.column()));
    default:
        return m_marks ? m_marks->rowData(job.id, role, index.column() == Id) : QVariant();
    }
}

QString JobTableModel::toolTipText(const Job &job, int column) const
{
    const QVariant raw = rawData(job, column);
    if (raw.typeId() == QMetaType::QDateTime && raw.toDateTime().isValid()) {
        const QDateTime time = raw.toDateTime();
        return tr("%1\n%2").arg(QLocale().toString(time.toLocalTime(), QLocale::LongFormat),
                                time.toUTC().toString(Qt::ISODateWithMs));
    }
    if (column == Progress)
        return JobProgress::of(job).summary(); // each count, not only the percentage
    if (column == Error && !job.errorMessage.isEmpty())
        return job.errorMessage;
    if (column == Id || column == Directory || column == Project || column == Status
        || column == Type)
        return raw.toString(); // the whole ID, the one behind a name, the value as sent
    return displayData(job, column).toString();
}

QVariant JobTableModel::rawData(const Job &job, int column) const
{
    switch (column) {
    case Id:
        return job.id;
    case Type:
        return job.jobType;
    case Status:
        return job.status;
    case Progress:
        return JobProgress::of(job).fraction();
    case Total:
        return job.totalItems;
    case Processed:
        return job.processedItems;
    case Failed:
        return job.failedItems;
    case Skipped:
        return job.skippedItems;
    case Created:
        return job.createdAt;
    case Started:
        return job.startedAt;
    case Completed:
        return job.completedAt;
    case Updated:
        return job.updatedAt;
    case Duration:
        if (const std::optional<qint64> duration = jobDurationMs(job, now()))
            return *duration;
        return QVariant();
    case Directory:
        return job.directoryId;
    case Project:
        return job.projectId;
    case Error:
        return job.errorMessage;
    case JobRecord:
        return job.jobRecordId;
    case Workflow:
        return job.workflowId;
    }
    return {};
}

QVariant JobTableModel::displayData(const Job &job, int column) const
{
    const QLocale locale;
    switch (column) {
    case Id:
        return compactIdText(job.id);
    case Status:
        return statusWord(job.status);
    case Type:
        return jobTypeWord(job.jobType);
    case Progress:
        return JobProgress::of(job).percentText();
    case Total:
    case Processed:
    case Failed:
    case Skipped:
        return locale.toString(rawData(job, column).toLongLong());
    case Created:
    case Started:
    case Completed:
    case Updated:
        return relativeTimeText(rawData(job, column).toDateTime(), now());
    case Duration: {
        const QVariant raw = rawData(job, column);
        return raw.isValid() ? durationText(raw.toLongLong()) : QString();
    }
    case Error:
        return job.errorMessage.simplified();
    case Directory:
    case Project: {
        const QString name = nameOf(job, column);
        return name.isEmpty() ? rawData(job, column) : QVariant(name);
    }
    default:
        return rawData(job, column);
    }
}

void JobTableModel::setJobs(const QList<Job> &jobs)
{
    // A refresh mostly brings the same jobs, changed, with a few new ones on top. The rows are
    // diffed by ID instead of resetting the model, so that the view keeps its selection,
    // current row and scroll position.
    RowDiff::apply(*this, m_jobs, jobs, [](const Job &job) { return job.id; });
}

void JobTableModel::updateJob(const Job &job)
{
    const int row = rowOf(job.id);
    if (row < 0 || m_jobs.at(row) == job)
        return;
    m_jobs[row] = job;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString JobTableModel::nameOf(const Job &job, int column) const
{
    if (!m_catalog)
        return {};
    if (column == Directory)
        return job.directoryId.isEmpty() ? QString() : m_catalog->directoryName(job.directoryId);
    return job.projectId.isEmpty() ? QString() : m_catalog->projectName(job.projectId);
}

void JobTableModel::setNameCatalog(const NameCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (catalog)
        connect(catalog, &NameCatalog::namesChanged, this, &JobTableModel::namesChanged);
    namesChanged();
}

void JobTableModel::setWatchMarks(const WatchMarks *marks)
{
    if (m_marks)
        disconnect(m_marks, nullptr, this, nullptr);
    m_marks = marks;
    if (marks)
        connect(marks, &WatchMarks::changed, this, &JobTableModel::repaintRowMarks);
    repaintRowMarks();
}

void JobTableModel::namesChanged()
{
    if (m_jobs.isEmpty())
        return;
    static_assert(Project == Directory + 1, "one range covers both name columns");
    Q_EMIT dataChanged(index(0, Directory), index(rowCount() - 1, Project), {Qt::DisplayRole});
}

void JobTableModel::refreshRelativeTimes()
{
    if (m_jobs.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, Created), index(rowCount() - 1, Duration),
                       {Qt::DisplayRole, Qt::ToolTipRole, RawValueRole});
}

} // namespace BatchDeck
