#pragma once

#include "core/jobs/jobitem.h"

#include <QAbstractTableModel>

namespace BatchDeck {

// One page of a job's items (files) for the details view.
class JobItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Status, Reason, Started, Completed, ItemId, ColumnCount };
    Q_ENUM(Column)

    explicit JobItemsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setItems(const QList<JobItem> &items);
    const QList<JobItem> &items() const { return m_items; }

private:
    QList<JobItem> m_items;
};

} // namespace BatchDeck
