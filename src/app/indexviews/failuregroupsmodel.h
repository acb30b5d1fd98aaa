#pragma once

#include "app/common/rowtablemodel.h"
#include "index/query/indexreader.h"

namespace BatchDeck {

// The Failures view's groups: failed jobs with one error shape each, the largest first.
class FailureGroupsModel : public RowTableModel
{
    Q_OBJECT

public:
    enum Column {
        Pattern,
        Count,
        FirstSeen,
        LastSeen,
        JobTypes,
        Directories,
        Example,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit FailureGroupsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setGroups(const QList<FailureGroup> &groups);
    const QList<FailureGroup> &groups() const { return m_groups; }
    const FailureGroup *groupAt(int row) const;
    int rowOf(const QString &shape) const;
    void setNow(const QDateTime &now) { m_now = now; }

private:
    int shownRowCount() const override { return int(m_groups.size()); }

    QList<FailureGroup> m_groups;
    QDateTime m_now;
};

} // namespace BatchDeck
