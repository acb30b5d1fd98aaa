#pragma once

#include "app/common/rowtablemodel.h"
#include "core/jobs/processingresult.h"

namespace BatchDeck {

// One item's processing results for the details view: what ran, when, with which
// configuration, and where the output is.
class ProcessingResultsModel : public RowTableModel
{
    Q_OBJECT

public:
    enum Column { JobType, ProcessedAt, ParametersHash, OutputLocation, ColumnCount };
    Q_ENUM(Column)
    // The typed value behind a cell: the UTC QDateTime for ProcessedAt, the text otherwise.
    static constexpr int RawValueRole = Qt::UserRole;

    explicit ProcessingResultsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setResults(const QList<ProcessingResult> &results);
    const QList<ProcessingResult> &results() const { return m_results; }

private:
    int shownRowCount() const override { return int(m_results.size()); }
    QList<ProcessingResult> m_results;
};

} // namespace BatchDeck
