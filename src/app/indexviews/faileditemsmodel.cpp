#include "app/indexviews/faileditemsmodel.h"

#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "app/common/tablecells.h"

namespace BatchDeck {

namespace {

// Server text on one line: control characters (line breaks, escapes) become spaces, so a row
// shows as one line and nothing reaches the cell but printable text.
QString oneLine(const QString &text)
{
    QString line = shownText(text);
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return line;
}

} // namespace

FailedItemsModel::FailedItemsModel(QObject *parent)
    : RowTableModel({QT_TR_NOOP("File name"), QT_TR_NOOP("Reason"), QT_TR_NOOP("Status"),
                     QT_TR_NOOP("Job or batch"), QT_TR_NOOP("Item ID")},
                    parent)
{ }

void FailedItemsModel::setItems(const QList<FailedItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const FailedItem *FailedItemsModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

QVariant FailedItemsModel::data(const QModelIndex &index, int role) const
{
    const FailedItem *item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    const bool file = item->kind == FailedItem::Kind::BatchFile;
    switch (role) {
    case Qt::DisplayRole:
    case TableRoles::RawValueRole:
        switch (Column(index.column())) {
        case FileName:
            return oneLine(item->name.isEmpty() ? item->itemId : item->name);
        case Reason:
            return item->errorMessage.isEmpty() ? tr("(no message)") : oneLine(item->errorMessage);
        case Status:
            return file ? statusWord(QStringLiteral("failed")) : oneLine(statusWord(item->status));
        case JobOrBatch:
            return oneLine(item->parentId);
        case ItemId:
            return oneLine(item->itemId);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case FileName:
        case ItemId:
            return plainToolTip(file ? tr("File ID: %1").arg(item->itemId)
                                     : tr("Item ID: %1").arg(item->itemId));
        case Reason:
            return plainToolTip(item->errorMessage);
        case JobOrBatch:
            return plainToolTip(file ? tr("Batch %1").arg(item->parentId)
                                     : tr("Job %1").arg(item->parentId));
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

} // namespace BatchDeck
