#pragma once

#include "app/common/rowtablemodel.h"
#include "index/query/failuresreader.h"

namespace BatchDeck {

// The failed items of v1 jobs and failed files of v2 batches of one failure group (the Failures
// view's "Failed items and files"), newest first: each by its file name, or its ID when the
// name is not known.
class FailedItemsModel : public RowTableModel
{
    Q_OBJECT

public:
    enum Column { FileName, Reason, Status, JobOrBatch, ItemId, ColumnCount };
    Q_ENUM(Column)

    explicit FailedItemsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setItems(const QList<FailedItem> &items);
    const QList<FailedItem> &items() const { return m_items; }
    const FailedItem *itemAt(int row) const;

private:
    int shownRowCount() const override { return int(m_items.size()); }

    QList<FailedItem> m_items;
};

} // namespace BatchDeck
