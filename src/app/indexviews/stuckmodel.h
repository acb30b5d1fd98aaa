#pragma once

#include "app/common/rowtablemodel.h"
#include "index/query/indexreader.h"

#include <QPointer>

#include <variant>

namespace BatchDeck {

class WatchMarks;

// Stuck work: unfinished jobs and batches whose counts have not moved for a while, with how long
// they have been in their status and since their last progress.
class StuckModel : public RowTableModel
{
    Q_OBJECT

public:
    enum Column {
        Kind,
        Id,
        Status,
        Type,
        Progress,
        InStatusFor,
        WithoutProgressFor,
        LastProgress,
        Created,
        ColumnCount
    };
    Q_ENUM(Column)
    using Row = std::variant<IndexedJob, IndexedBatch>;

    explicit StuckModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setRows(const QList<IndexedJob> &jobs, const QList<IndexedBatch> &batches,
                 const QDateTime &now);
    const Row *rowAt(int row) const;
    int jobCount() const { return m_jobCount; }
    // Marks watched work and work whose end was not seen, as the job table does.
    void setWatchMarks(const WatchMarks *marks);

private:
    int shownRowCount() const override { return int(m_rows.size()); }

    QList<Row> m_rows;
    int m_jobCount = 0;
    QDateTime m_now;
    QPointer<const WatchMarks> m_marks;
};

} // namespace BatchDeck
