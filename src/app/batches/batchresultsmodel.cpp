#include "app/batches/batchresultsmodel.h"

#include "app/common/servertext.h"
#include <QMap>

namespace BatchDeck {

BatchResultsModel::BatchResultsModel(QObject *parent)
    : RowTableModel({QT_TR_NOOP("File"), QT_TR_NOOP("Job type"), QT_TR_NOOP("Job ID"),
                     QT_TR_NOOP("Error message")},
                    parent)
{ }

const BatchResult *BatchResultsModel::resultAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_all.at(m_shown.at(row)) : nullptr;
}

QString BatchResultsModel::cellText(const BatchResult &result, int column)
{
    switch (column) {
    case File:
        return result.sourceDirectoryFileId;
    case JobType:
        return result.jobReference ? result.jobReference->type : QString();
    case JobId:
        return result.jobReference ? result.jobReference->id : QString();
    case Error:
        return result.errorMessage;
    default:
        return {};
    }
}

QVariant BatchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchResult &result = *resultAt(index.row());
    const QString text = shownText(cellText(result, index.column()));
    switch (role) {
    case Qt::DisplayRole:
        if (text.isEmpty() && index.column() == JobId && !result.jobReference)
            return tr("— (no job yet)");
        return text;
    case Qt::ToolTipRole:
        return plainToolTip(text);
    case Qt::UserRole: // the value itself, for copying
        return text;
    default:
        return {};
    }
}

int BatchResultsModel::failureCount() const
{
    return int(std::count_if(m_all.begin(), m_all.end(), [](const BatchResult &result) {
        return !result.errorMessage.isEmpty();
    }));
}

void BatchResultsModel::rebuildShown()
{
    m_shown.clear();
    for (int row = 0; row < m_all.size(); ++row) {
        if (!m_onlyFailures || !m_all.at(row).errorMessage.isEmpty())
            m_shown.append(row);
    }
}

void BatchResultsModel::setResults(const QList<BatchResult> &results)
{
    beginResetModel();
    m_all = results;
    rebuildShown();
    endResetModel();
}

void BatchResultsModel::setOnlyFailures(bool onlyFailures)
{
    if (onlyFailures == m_onlyFailures)
        return;
    beginResetModel();
    m_onlyFailures = onlyFailures;
    rebuildShown();
    endResetModel();
}

QString BatchResultsModel::cellsText(const QModelIndexList &indexes)
{
    QMap<int, QMap<int, QString>> grid; // row -> column -> text, both in order
    for (const QModelIndex &index : indexes) {
        QString text = index.data(Qt::UserRole).toString();
        text.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
        grid[index.row()][index.column()] = text;
    }
    QStringList lines;
    for (const QMap<int, QString> &row : std::as_const(grid))
        lines << QStringList(row.values()).join(u'\t');
    return lines.join(u'\n');
}

} // namespace BatchDeck
