#include "jobfilterproxymodel.h"

#include "jobtablemodel.h"

namespace BatchDeck {

JobFilterProxyModel::JobFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void JobFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidateRowsFilter();
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_searchText.isEmpty())
        return true;
    for (int column : {JobTableModel::Id, JobTableModel::Directory, JobTableModel::Error}) {
        const QModelIndex index = sourceModel()->index(sourceRow, column, sourceParent);
        if (index.data(JobTableModel::RawValueRole)
                .toString()
                .contains(m_searchText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace BatchDeck
