#pragma once

#include "app/common/rowtablemodel.h"
#include "core/batches/batch.h"
#include "core/catalog/directoryfile.h"

#include <QHash>
#include <QModelIndexList>

namespace BatchDeck {

// The per-file results of one batch (GET /api/v2/batches/{id}?expand=results). With "only
// failures", just the files with an error message: no job could be created for them, or their
// job failed. The File column shows a file's display name once addFiles() named it, with the ID
// as its tooltip and as what is copied (Qt::UserRole), as the batch table does for directories.
// An error shows on one line (its line breaks as " · "); the tooltip and errorText() give it
// whole. A file without a job says why: not yet (the batch runs), or it failed before processing
// (the batch has finished).
class BatchResultsModel : public RowTableModel
{
    Q_OBJECT

public:
    enum Column { File, JobType, JobId, Error, ColumnCount };
    Q_ENUM(Column)

    explicit BatchResultsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // `batchFinished`: the batch will make no more jobs, so a file without one never gets one.
    void setResults(const QList<BatchResult> &results, bool batchFinished = false);
    bool batchFinished() const { return m_batchFinished; }
    // Names files by ID (a page of the source directory's files at a time); forgetFiles() drops
    // them, for another directory.
    void addFiles(const QList<DirectoryFile> &files);
    void forgetFiles();
    const DirectoryFile *fileOf(const BatchResult &result) const;
    void setOnlyFailures(bool onlyFailures);
    bool onlyFailures() const { return m_onlyFailures; }
    int failureCount() const; // results with an error message
    int withoutJobCount() const; // ... of which no job could be created
    int allCount() const { return int(m_all.size()); }
    const BatchResult *resultAt(int row) const;
    // For the row's result: the file's name as the File column shows it ("name (deleted)", or
    // the ID while unnamed), and its whole error as sent, or a sentence when there is none.
    QString fileText(const BatchResult &result) const;
    QString errorText(const BatchResult &result) const;

    // The cells' text for the clipboard: one line per row, tab between columns, in the view's
    // order; a cell's line breaks and tabs become spaces so the grid stays a grid.
    static QString cellsText(const QModelIndexList &indexes);

private:
    int shownRowCount() const override { return int(m_shown.size()); }
    static QString cellText(const BatchResult &result, int column);
    QString fileToolTip(const BatchResult &result) const;
    QString noJobText(const BatchResult &result) const;
    QString noJobToolTip(const BatchResult &result) const;
    void rebuildShown();

    QList<BatchResult> m_all;
    QHash<QString, DirectoryFile> m_files; // by ID
    QList<int> m_shown; // indexes into m_all
    bool m_onlyFailures = false;
    bool m_batchFinished = false;
};

} // namespace BatchDeck
