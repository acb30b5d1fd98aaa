#include "app/batches/batchtablemodel.h"

#include "app/common/rowdiff.h"
#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "app/common/tablecells.h"
#include "app/watch/watchmarks.h"
#include "core/catalog/namecatalog.h"

#include <QLocale>

namespace BatchDeck {

BatchTableModel::BatchTableModel(QObject *parent)
    : RowTableModel({QT_TR_NOOP("Status"), QT_TR_NOOP("ID"), QT_TR_NOOP("Job type"),
                     QT_TR_NOOP("Configuration"), QT_TR_NOOP("Source directory"),
                     QT_TR_NOOP("Project"), QT_TR_NOOP("Created"), QT_TR_NOOP("Updated")},
                    parent)
{ }

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return RowTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

const Batch *BatchTableModel::batchAt(int row) const
{
    return row >= 0 && row < m_batches.size() ? &m_batches.at(row) : nullptr;
}

int BatchTableModel::rowOf(const QString &batchId) const
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (m_batches.at(row).id == batchId)
            return row;
    }
    return -1;
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Batch &batch = m_batches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return shownValue(displayData(batch, index.column()));
    case BatchIdRole:
        return batch.id;
    case RawValueRole:
        return rawData(batch, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Id && m_marks)
            return plainToolTip(m_marks->withToolTipLine(batch.id, toolTipText(batch, Id)));
        return plainToolTip(toolTipText(batch, index.column()));
    default:
        return m_marks ? m_marks->rowData(batch.id, role, index.column() == Id) : QVariant();
    }
}

QString BatchTableModel::toolTipText(const Batch &batch, int column) const
{
    const QVariant raw = rawData(batch, column);
    if (raw.typeId() == QMetaType::QDateTime && raw.toDateTime().isValid()) {
        const QDateTime time = raw.toDateTime();
        return tr("%1\n%2").arg(QLocale().toString(time.toLocalTime(), QLocale::LongFormat),
                                time.toUTC().toString(Qt::ISODateWithMs));
    }
    return raw.toString(); // the whole ID (the one behind a name), however narrow the column
}

QVariant BatchTableModel::rawData(const Batch &batch, int column) const
{
    switch (column) {
    case Status:
        return batch.status;
    case Id:
        return batch.id;
    case JobType:
        return batch.jobType;
    case Configuration:
        return batch.configurationId;
    case SourceDirectory:
        return batch.sourceDirectoryId;
    case Project:
        return batch.projectId;
    case Created:
        return batch.createdAt;
    case Updated:
        return batch.updatedAt;
    default:
        return {};
    }
}

QVariant BatchTableModel::displayData(const Batch &batch, int column) const
{
    switch (column) {
    case Id:
        return compactIdText(batch.id);
    case Status:
        return statusWord(batch.status);
    case JobType:
        return jobTypeWord(batch.jobType);
    case Created:
    case Updated:
        return relativeTimeText(rawData(batch, column).toDateTime(),
                                m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    case SourceDirectory:
    case Project: {
        const QString name = nameOf(batch, column);
        return name.isEmpty() ? rawData(batch, column) : QVariant(name);
    }
    default:
        return rawData(batch, column);
    }
}

void BatchTableModel::setBatches(const QList<Batch> &batches)
{
    // Diffed by ID, as the job table is: a refresh keeps the selection and the current row on
    // the batches still listed, and a proxy re-sorts once, not once a row.
    RowDiff::apply(*this, m_batches, batches, [](const Batch &batch) { return batch.id; });
}

void BatchTableModel::updateBatch(const Batch &batch)
{
    const int row = rowOf(batch.id);
    if (row < 0)
        return;
    m_batches[row] = batch;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString BatchTableModel::nameOf(const Batch &batch, int column) const
{
    if (!m_catalog)
        return {};
    if (column == SourceDirectory) {
        return batch.sourceDirectoryId.isEmpty()
            ? QString()
            : m_catalog->directoryName(batch.sourceDirectoryId);
    }
    return batch.projectId.isEmpty() ? QString() : m_catalog->projectName(batch.projectId);
}

void BatchTableModel::setNameCatalog(const NameCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (catalog)
        connect(catalog, &NameCatalog::namesChanged, this, &BatchTableModel::namesChanged);
    namesChanged();
}

void BatchTableModel::setWatchMarks(const WatchMarks *marks)
{
    if (m_marks)
        disconnect(m_marks, nullptr, this, nullptr);
    m_marks = marks;
    if (marks)
        connect(marks, &WatchMarks::changed, this, &BatchTableModel::repaintRowMarks);
    repaintRowMarks();
}

void BatchTableModel::namesChanged()
{
    if (m_batches.isEmpty())
        return;
    static_assert(Project == SourceDirectory + 1, "one range covers both name columns");
    Q_EMIT dataChanged(index(0, SourceDirectory), index(rowCount() - 1, Project),
                       {Qt::DisplayRole});
}

void BatchTableModel::refreshRelativeTimes()
{
    if (m_batches.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, Created), index(rowCount() - 1, Updated),
                       {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace BatchDeck
