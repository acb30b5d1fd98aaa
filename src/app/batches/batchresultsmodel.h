#pragma once

#include "app/common/rowtablemodel.h"
#include "core/batches/batch.h"

#include <QModelIndexList>

namespace BatchDeck {

// The per-file results of one batch (GET /api/v2/batches/{id}?expand=results). With "only
// failures", just the files the batch could not create or associate a job for (an error message).
class BatchResultsModel : public RowTableModel
{
    Q_OBJECT

public:
    enum Column { File, JobType, JobId, Error, ColumnCount };
    Q_ENUM(Column)

    explicit BatchResultsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setResults(const QList<BatchResult> &results);
    void setOnlyFailures(bool onlyFailures);
    bool onlyFailures() const { return m_onlyFailures; }
    int failureCount() const;
    int allCount() const { return int(m_all.size()); }
    const BatchResult *resultAt(int row) const;

    // The cells' text for the clipboard: one line per row, tab between columns, in the view's
    // order; a cell's line breaks and tabs become spaces so the grid stays a grid.
    static QString cellsText(const QModelIndexList &indexes);

private:
    int shownRowCount() const override { return int(m_shown.size()); }
    static QString cellText(const BatchResult &result, int column);
    void rebuildShown();

    QList<BatchResult> m_all;
    QList<int> m_shown; // indexes into m_all
    bool m_onlyFailures = false;
};

} // namespace BatchDeck
