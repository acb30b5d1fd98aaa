#pragma once

#include "app/common/rowtablemodel.h"
#include "index/query/indexreader.h"

namespace BatchDeck {

// The Failures view's groups: failed jobs, or failed items and files, with one error shape each,
// the largest first.
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
        ExampleFile, // failed items and files only
        ColumnCount
    };
    Q_ENUM(Column)

    explicit FailureGroupsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Groups of failed items and files: the count is of them, not of jobs.
    void setItems(bool items);
    void setGroups(const QList<FailureGroup> &groups);
    const QList<FailureGroup> &groups() const { return m_groups; }
    const FailureGroup *groupAt(int row) const;
    int rowOf(const QString &shape) const;
    void setNow(const QDateTime &now) { m_now = now; }

private:
    int shownRowCount() const override { return int(m_groups.size()); }

    QList<FailureGroup> m_groups;
    QDateTime m_now;
    bool m_items = false;
};

} // namespace BatchDeck
