#include "app/jobs/jobfilterproxymodel.h"

#include "app/jobs/jobtablemodel.h"

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
    // The directory's name, as shown, finds its jobs too.
    return sourceModel()
        ->index(sourceRow, JobTableModel::Directory, sourceParent)
        .data()
        .toString()
        .contains(m_searchText, Qt::CaseInsensitive);
}

bool JobFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Names sort as they read; an ID with no name sorts among them by itself.
    if (left.column() == JobTableModel::Directory || left.column() == JobTableModel::Project)
        return QString::localeAwareCompare(left.data().toString().toCaseFolded(),
                                           right.data().toString().toCaseFolded())
            < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace BatchDeck
