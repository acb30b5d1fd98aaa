#include "app/indexviews/failuregroupsmodel.h"

#include "app/common/servertext.h"
#include "app/common/tablecells.h"

#include <QLocale>

namespace BatchDeck {

FailureGroupsModel::FailureGroupsModel(QObject *parent)
    : RowTableModel({QT_TR_NOOP("Error pattern"), QT_TR_NOOP("Jobs"), QT_TR_NOOP("First seen"),
                     QT_TR_NOOP("Last seen"), QT_TR_NOOP("Job types"), QT_TR_NOOP("Directories"),
                     QT_TR_NOOP("Example"), QT_TR_NOOP("Example file")},
                    parent)
{ }

void FailureGroupsModel::setGroups(const QList<FailureGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

void FailureGroupsModel::setItems(bool items)
{
    if (m_items == items)
        return;
    m_items = items;
    Q_EMIT headerDataChanged(Qt::Horizontal, Count, Count);
}

QVariant FailureGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (m_items && section == Count && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Failures");
    return RowTableModel::headerData(section, orientation, role);
}

const FailureGroup *FailureGroupsModel::groupAt(int row) const
{
    return row >= 0 && row < m_groups.size() ? &m_groups.at(row) : nullptr;
}

int FailureGroupsModel::rowOf(const QString &shape) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).shape == shape)
            return row;
    }
    return -1;
}

QVariant FailureGroupsModel::data(const QModelIndex &index, int role) const
{
    const FailureGroup *group = index.isValid() ? groupAt(index.row()) : nullptr;
    if (!group)
        return {};
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Pattern:
            return group->shape.isEmpty() ? tr("(no message)") : shownText(group->shape);
        case Count:
            return locale.toString(group->count);
        case FirstSeen:
            return relativeTimeText(group->firstSeen, now);
        case LastSeen:
            return relativeTimeText(group->lastSeen, now);
        case JobTypes:
            return group->jobTypes.join(QStringLiteral(", "));
        case Directories:
            return locale.toString(group->directories);
        case Example:
            return shownText(group->exampleId);
        case ExampleFile:
            return shownText(group->exampleFileName);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Pattern:
        case Example:
        case ExampleFile:
            if (m_items)
                return plainToolTip(tr("%1\n\nNewest: %2 of %3\n%4")
                                        .arg(group->shape, group->exampleFileName, group->exampleId,
                                             group->exampleMessage));
            return plainToolTip(tr("%1\n\nNewest: %2\n%3")
                                    .arg(group->shape, group->exampleId, group->exampleMessage));
        case FirstSeen:
            return locale.toString(group->firstSeen.toLocalTime(), QLocale::LongFormat);
        case LastSeen:
            return locale.toString(group->lastSeen.toLocalTime(), QLocale::LongFormat);
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Count || index.column() == Directories)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case TableRoles::RawValueRole:
        switch (Column(index.column())) {
        case Count:
            return group->count;
        case FirstSeen:
            return group->firstSeen;
        case LastSeen:
            return group->lastSeen;
        case Directories:
            return group->directories;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        break;
    }
    return {};
}

} // namespace BatchDeck
