#include "app/common/rowtablemodel.h"

#include <QCoreApplication>

namespace BatchDeck {

RowTableModel::RowTableModel(std::initializer_list<const char *> titles, QObject *parent)
    : QAbstractTableModel(parent)
    , m_titles(titles)
{ }

int RowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : shownRowCount();
}

int RowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_titles.size());
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_titles.size())
        return {};
    return QCoreApplication::translate(metaObject()->className(), m_titles.at(section));
}

void RowTableModel::repaintRowMarks()
{
    if (rowCount() == 0)
        return;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                       {Qt::FontRole, Qt::BackgroundRole, Qt::DecorationRole, Qt::ToolTipRole});
}

} // namespace BatchDeck
