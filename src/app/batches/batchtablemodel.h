#pragma once

#include "app/common/rowtablemodel.h"
#include "app/common/servertext.h"
#include "app/common/tablecells.h"
#include "core/batches/batch.h"

#include <QDateTime>
#include <QList>
#include <QPointer>

namespace BatchDeck {

class NameCatalog;
class RowDiff;
class WatchMarks;

// The loaded page of v2 batches. DisplayRole is readable text; Qt::UserRole holds the batch ID
// on every column (for copying); RawValueRole the typed value (status as sent, QDateTime). The
// Source directory and Project columns show names when the catalog knows them, with the ID as
// their tooltip and RawValueRole: copies and exports keep IDs (as JobTableModel does).
class BatchTableModel : public RowTableModel
{
    Q_OBJECT

public:
    enum Column {
        Status,
        Id,
        JobType,
        Configuration,
        SourceDirectory,
        Project,
        Created,
        Updated,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        BatchIdRole = Qt::UserRole,
        RawValueRole = TableRoles::RawValueRole,
    };

    explicit BatchTableModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the rows, updating in place where the same batches are still there so that
    // selection and scroll position survive a refresh.
    void setBatches(const QList<Batch> &batches);
    const QList<Batch> &batches() const { return m_batches; }
    const Batch *batchAt(int row) const;
    int rowOf(const QString &batchId) const;
    // A batch as the server now reports it (after a cancel, say); nothing if not shown.
    void updateBatch(const Batch &batch);
    void refreshRelativeTimes();
    // Shows the catalog's names for directory and project IDs, repainting when they change.
    void setNameCatalog(const NameCatalog *catalog);
    // The batch's source directory by name, when the catalog knows it; empty otherwise.
    QString directoryNameOf(const Batch &batch) const { return nameOf(batch, SourceDirectory); }
    // Marks watched batches and those whose end was not seen, as JobTableModel does.
    void setWatchMarks(const WatchMarks *marks);

    // For tests: what "now" is when the display says "5 min ago".
    void setNow(const QDateTime &now) { m_now = now; }

private:
    int shownRowCount() const override { return int(m_batches.size()); }
    friend class RowDiff; // setBatches() diffs the rows through the protected begin/end calls

    QVariant displayData(const Batch &batch, int column) const;
    QString toolTipText(const Batch &batch, int column) const; // before plainToolTip()
    QVariant rawData(const Batch &batch, int column) const;
    QString nameOf(const Batch &batch, int column) const; // empty when not known
    void namesChanged();

    QList<Batch> m_batches;
    QDateTime m_now;
    QPointer<const NameCatalog> m_catalog;
    QPointer<const WatchMarks> m_marks;
};

} // namespace BatchDeck
