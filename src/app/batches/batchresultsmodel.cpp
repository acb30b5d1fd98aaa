#include "app/batches/batchresultsmodel.h"

#include "app/common/detailsparts.h"
#include "app/common/servertext.h"
#include "app/common/statuswords.h"

#include <QMap>

namespace BatchDeck {

namespace {

QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    return text.replace(u'\n', QStringLiteral(" · "));
}

} // namespace

BatchResultsModel::BatchResultsModel(QObject *parent)
    : RowTableModel({QT_TR_NOOP("File"), QT_TR_NOOP("Job type"), QT_TR_NOOP("Job ID"),
                     QT_TR_NOOP("Error message")},
                    parent)
{ }

const BatchResult *BatchResultsModel::resultAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_all.at(m_shown.at(row)) : nullptr;
}

QString BatchResultsModel::cellText(const BatchResult &result, int column)
{
    switch (column) {
    case File:
        return result.sourceDirectoryFileId;
    case JobType:
        return result.jobReference ? result.jobReference->type : QString();
    case JobId:
        return result.jobReference ? result.jobReference->id : QString();
    case Error:
        return result.errorMessage;
    default:
        return {};
    }
}

QVariant BatchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchResult &result = *resultAt(index.row());
    const QString text = shownText(cellText(result, index.column()));
    const bool withoutJob = index.column() == JobId && !result.jobReference;
    switch (role) {
    case Qt::DisplayRole:
        if (withoutJob)
            return noJobText(result);
        if (index.column() == Error) // one line a row: the whole error is in the preview
            return oneLine(text);
        if (index.column() == JobType) // the word, as in the batch list; raw in the tooltip
            return shownText(jobTypeWord(text));
        return index.column() == File ? shownText(fileText(result)) : text;
    case Qt::ToolTipRole:
        if (withoutJob)
            return plainToolTip(noJobToolTip(result));
        return plainToolTip(index.column() == File ? fileToolTip(result) : text);
    case Qt::UserRole: // the value itself, for copying: the ID behind a file's name
        return text;
    default:
        return {};
    }
}

QString BatchResultsModel::noJobText(const BatchResult &result) const
{
    if (!m_batchFinished)
        return tr("— (no job yet)");
    return result.errorMessage.isEmpty() ? tr("— (no job)")
                                         : tr("— (no job: failed before processing)");
}

QString BatchResultsModel::noJobToolTip(const BatchResult &result) const
{
    if (!m_batchFinished)
        return tr("The batch has not made a job for this file yet.");
    return result.errorMessage.isEmpty()
        ? tr("The batch finished without making a job for this file.")
        : tr("No job could be made for this file, so it was never processed; the error says "
             "why.");
}

QString BatchResultsModel::errorText(const BatchResult &result) const
{
    if (!result.errorMessage.isEmpty())
        return shownText(result.errorMessage);
    if (!result.jobReference)
        return noJobToolTip(result);
    return tr("No error: the batch reports none for this file.");
}

const DirectoryFile *BatchResultsModel::fileOf(const BatchResult &result) const
{
    const auto found = m_files.constFind(result.sourceDirectoryFileId);
    return found == m_files.cend() ? nullptr : &*found;
}

QString BatchResultsModel::fileText(const BatchResult &result) const
{
    const DirectoryFile *file = fileOf(result);
    if (!file)
        return result.sourceDirectoryFileId;
    return file->isDeleted() ? tr("%1 (deleted)").arg(file->displayName) : file->displayName;
}

QString BatchResultsModel::fileToolTip(const BatchResult &result) const
{
    const DirectoryFile *file = fileOf(result);
    if (!file)
        return result.sourceDirectoryFileId; // the whole ID, however narrow the column
    QString tip = tr("%1\nFile ID: %2").arg(file->displayName, result.sourceDirectoryFileId);
    if (file->isDeleted())
        tip += u'\n' + tr("Deleted from the directory: %1").arg(detailsTimeText(file->deletedAt));
    return shownText(tip);
}

void BatchResultsModel::addFiles(const QList<DirectoryFile> &files)
{
    for (const DirectoryFile &file : files)
        m_files.insert(file.id, file);
    if (!files.isEmpty() && rowCount() > 0)
        Q_EMIT dataChanged(index(0, File), index(rowCount() - 1, File),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

void BatchResultsModel::forgetFiles()
{
    m_files.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, File), index(rowCount() - 1, File),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

int BatchResultsModel::withoutJobCount() const
{
    return int(std::count_if(m_all.begin(), m_all.end(), [](const BatchResult &result) {
        return !result.errorMessage.isEmpty() && !result.jobReference;
    }));
}

int BatchResultsModel::failureCount() const
{
    return int(std::count_if(m_all.begin(), m_all.end(), [](const BatchResult &result) {
        return !result.errorMessage.isEmpty();
    }));
}

void BatchResultsModel::rebuildShown()
{
    m_shown.clear();
    for (int row = 0; row < m_all.size(); ++row) {
        if (!m_onlyFailures || !m_all.at(row).errorMessage.isEmpty())
            m_shown.append(row);
    }
}

void BatchResultsModel::setResults(const QList<BatchResult> &results, bool batchFinished)
{
    beginResetModel();
    m_all = results;
    m_batchFinished = batchFinished;
    rebuildShown();
    endResetModel();
}

void BatchResultsModel::setOnlyFailures(bool onlyFailures)
{
    if (onlyFailures == m_onlyFailures)
        return;
    beginResetModel();
    m_onlyFailures = onlyFailures;
    rebuildShown();
    endResetModel();
}

QString BatchResultsModel::cellsText(const QModelIndexList &indexes)
{
    QMap<int, QMap<int, QString>> grid; // row -> column -> text, both in order
    for (const QModelIndex &index : indexes) {
        QString text = index.data(Qt::UserRole).toString();
        text.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
        grid[index.row()][index.column()] = text;
    }
    QStringList lines;
    for (const QMap<int, QString> &row : std::as_const(grid))
        lines << QStringList(row.cbegin(), row.cend()).join(u'\t');
    return lines.join(u'\n');
}

} // namespace BatchDeck
