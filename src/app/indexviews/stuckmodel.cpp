#include "app/indexviews/stuckmodel.h"

#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "app/common/tablecells.h"
#include "app/watch/watchmarks.h"

#include <QLocale>

namespace BatchDeck {

namespace {

// What a stuck row shows, job or batch alike.
struct StuckFacts
{
    QString kind, id, status, type, progress;
    QDateTime statusSince, lastProgressAt, createdAt;
};

StuckFacts factsOf(const StuckModel::Row &row)
{
    if (const auto *indexed = std::get_if<IndexedJob>(&row)) {
        const Job &job = indexed->job;
        return {StuckModel::tr("job"),
                job.id,
                job.status,
                job.jobType,
                StuckModel::tr("%1 of %2").arg(job.processedItems).arg(job.totalItems),
                indexed->statusSince,
                indexed->lastProgressAt,
                job.createdAt};
    }
    const auto &indexed = std::get<IndexedBatch>(row);
    const Batch &batch = indexed.batch;
    return {StuckModel::tr("batch"), batch.id,       batch.status,
            batch.jobType,           QString(),      indexed.statusSince,
            indexed.lastProgressAt,  batch.createdAt};
}

} // namespace

StuckModel::StuckModel(QObject *parent)
    : RowTableModel({QT_TR_NOOP("Kind"), QT_TR_NOOP("ID"), QT_TR_NOOP("Status"), QT_TR_NOOP("Type"),
                     QT_TR_NOOP("Processed"), QT_TR_NOOP("In status for"),
                     QT_TR_NOOP("No progress for"), QT_TR_NOOP("Last progress"),
                     QT_TR_NOOP("Created")},
                    parent)
{ }

void StuckModel::setRows(const QList<IndexedJob> &jobs, const QList<IndexedBatch> &batches,
                         const QDateTime &now)
{
    beginResetModel();
    m_rows.clear();
    for (const IndexedJob &job : jobs)
        m_rows.append(job);
    for (const IndexedBatch &batch : batches)
        m_rows.append(batch);
    // The longest without progress first, jobs and batches alike.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return factsOf(a).lastProgressAt < factsOf(b).lastProgressAt;
    });
    m_jobCount = int(jobs.size());
    m_now = now;
    endResetModel();
}

const StuckModel::Row *StuckModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant StuckModel::data(const QModelIndex &index, int role) const
{
    const Row *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const StuckFacts facts = factsOf(*row);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Kind:
            return facts.kind;
        case Id:
            return shownText(compactIdText(facts.id));
        case Status:
            return shownText(statusWord(facts.status));
        case Type:
            return shownText(jobTypeWord(facts.type));
        case Progress:
            return facts.progress;
        case InStatusFor:
            return durationText(std::max<qint64>(0, facts.statusSince.msecsTo(m_now)));
        case WithoutProgressFor:
            return durationText(std::max<qint64>(0, facts.lastProgressAt.msecsTo(m_now)));
        case LastProgress:
            return relativeTimeText(facts.lastProgressAt, m_now);
        case Created:
            return relativeTimeText(facts.createdAt, m_now);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case InStatusFor:
            return tr("In status %1 since %2")
                .arg(statusWord(facts.status),
                     locale.toString(facts.statusSince.toLocalTime(), QLocale::LongFormat));
        case WithoutProgressFor:
        case LastProgress:
            return tr("Its counts last moved %1 (as of the index's last sync)")
                .arg(locale.toString(facts.lastProgressAt.toLocalTime(), QLocale::LongFormat));
        case Id:
            return plainToolTip(m_marks ? m_marks->withToolTipLine(facts.id, facts.id) : facts.id);
        default:
            return plainToolTip(facts.id);
        }
    case TableRoles::RawValueRole:
        switch (Column(index.column())) {
        case InStatusFor:
            return facts.statusSince;
        case WithoutProgressFor:
        case LastProgress:
            return facts.lastProgressAt;
        case Created:
            return facts.createdAt;
        case Status:
            return facts.status;
        case Type:
            return facts.type;
        case Id:
            return facts.id;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        if (m_marks)
            return m_marks->rowData(facts.id, role, index.column() == Id);
        break;
    }
    return {};
}

void StuckModel::setWatchMarks(const WatchMarks *marks)
{
    if (m_marks)
        disconnect(m_marks, nullptr, this, nullptr);
    m_marks = marks;
    if (marks)
        connect(marks, &WatchMarks::changed, this, &StuckModel::repaintRowMarks);
    repaintRowMarks();
}

} // namespace BatchDeck
