#include "app/jobs/jobitemsmodel.h"

#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "app/jobs/jobtablemodel.h"

#include <QLocale>

namespace BatchDeck {

JobItemsModel::JobItemsModel(QObject *parent)
    : RowTableModel({QT_TR_NOOP("File"), QT_TR_NOOP("Status"), QT_TR_NOOP("Error or skip reason"),
                     QT_TR_NOOP("Started"), QT_TR_NOOP("Completed"), QT_TR_NOOP("Item ID")},
                    parent)
{ }

QVariant JobItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobItem &item = m_items.at(index.row());
    const auto timeText = [](const QDateTime &time) {
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                              : QString();
    };
    if (role == Qt::ToolTipRole) {
        return plainToolTip(index.column() == Status ? item.status
                                                     : data(index, Qt::DisplayRole).toString());
    }
    if (role == TableRoles::RawValueRole && index.column() == Status)
        return item.status;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return shownText(item.itemName);
        case Status:
            return shownText(statusWord(item.status));
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
