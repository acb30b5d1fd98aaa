#pragma once

#include "core/batches/batch.h"

#include <QTableView>

namespace BatchDeck {

class BatchTableModel;
class TableWatch;

// The v2 batch table: status badges as in the job table, Enter or double-click for details,
// Ctrl+C for the selected batch IDs, column layout remembered across restarts. Rows stay in the
// server's order: a cursor page cannot be sorted into the rest of the list. In a window that
// watches, Watch in the context menu, and the watched and ended rows marked, as in the job table.
class BatchTableView : public QTableView
{
    Q_OBJECT

public:
    explicit BatchTableView(QWidget *parent = nullptr);

    void setBatchModel(BatchTableModel *model);
    const Batch *currentBatch() const;
    QStringList selectedIds() const;
    void copySelectedIds() const;
    void restoreColumns();
    void saveColumns() const;

Q_SIGNALS:
    void openRequested(const BatchDeck::Batch &batch);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    BatchTableModel *m_model = nullptr;
    TableWatch *m_watch = nullptr;
};

} // namespace BatchDeck
