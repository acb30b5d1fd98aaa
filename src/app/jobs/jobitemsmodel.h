#pragma once

#include "app/common/rowtablemodel.h"
#include "core/jobs/jobitem.h"

namespace BatchDeck {

// One page of a job's items (files) for the details view.
class JobItemsModel : public RowTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Status, Reason, Started, Completed, ItemId, ColumnCount };
    Q_ENUM(Column)

    explicit JobItemsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setItems(const QList<JobItem> &items);
    const QList<JobItem> &items() const { return m_items; }

private:
    int shownRowCount() const override { return int(m_items.size()); }
    QList<JobItem> m_items;
};

} // namespace BatchDeck
