#include "app/jobs/jobitemsmodel.h"

#include "app/common/servertext.h"
#include "app/jobs/jobtablemodel.h"

#include <QLocale>

namespace BatchDeck {

JobItemsModel::JobItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int JobItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int JobItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("File");
    case Status:
        return tr("Status");
    case Started:
        return tr("Started");
    case Completed:
        return tr("Completed");
    case Reason:
        return tr("Error or skip reason");
    case ItemId:
        return tr("Item ID");
    }
    return {};
}

QVariant JobItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobItem &item = m_items.at(index.row());
    const auto timeText = [](const QDateTime &time) {
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                              : QString();
    };
    if (role == Qt::ToolTipRole)
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return shownText(item.itemName);
        case Status:
            return shownText(item.status);
        case Started:
            return timeText(item.startedAt);
        case Completed:
            return timeText(item.completedAt);
        case Reason:
            return shownText(item.errorMessage.isEmpty() ? item.skipReason : item.errorMessage);
        case ItemId:
            return shownText(item.itemId);
        }
    }
    return {};
}

void JobItemsModel::setItems(const QList<JobItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

} // namespace BatchDeck
