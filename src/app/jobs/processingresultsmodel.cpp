#include "app/jobs/processingresultsmodel.h"

#include "app/common/servertext.h"
#include "core/json/isotime.h"

#include <QLocale>

namespace BatchDeck {

ProcessingResultsModel::ProcessingResultsModel(QObject *parent)
    : RowTableModel({QT_TR_NOOP("Job type"), QT_TR_NOOP("Processed at"),
                     QT_TR_NOOP("Parameters hash"), QT_TR_NOOP("Output location")},
                    parent)
{ }

QVariant ProcessingResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProcessingResult &result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case JobType:
            return shownText(result.jobType);
        case ProcessedAt:
            return QLocale().toString(result.processedAt.toLocalTime(), QLocale::ShortFormat);
        case ParametersHash:
            return shownText(result.parametersHash);
        case OutputLocation:
            return shownText(result.outputS3Path);
        }
        break;
    case Qt::ToolTipRole:
        // The exact instant, as the API and the CSV export write it.
        if (index.column() == ProcessedAt)
            return toIsoUtc(result.processedAt);
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    case RawValueRole:
        if (index.column() == ProcessedAt)
            return result.processedAt;
        return data(index, Qt::DisplayRole);
    }
    return {};
}

void ProcessingResultsModel::setResults(const QList<ProcessingResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

} // namespace BatchDeck
