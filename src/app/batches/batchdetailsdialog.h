#pragma once

#include "app/batches/batchresultsmodel.h"
#include "core/batches/batchesapi.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class BatchDetailsDialog;
}

class QAction;
class QLabel;
class QPlainTextEdit;

namespace BatchDeck {

class DirectoryFilePager;
class NameCatalog;
class WatchToggle;

// One v2 batch: its fields with copy buttons, the configuration snapshot (job type,
// configuration ID, the whole config as JSON), the per-file results (GET ?expand=results) with
// "only failures" and copying of the selected cells, and Cancel for a batch that is not finished.
// The results name their files: the source directory's files are listed (deleted ones too), and
// a result opens its job's status or its file's download. Under the table, the current file's
// whole error, as plain text: the column shows it on one line, cut to its width.
class BatchDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    // Files named at most: a directory far larger than this is listed no further (the rest show
    // as IDs), so that opening a batch never walks an endless directory.
    static constexpr qint64 MaxNamedFiles = 50'000;
    static constexpr int FilePageSize = 100;

    // `scope`: the project and organization of the list the batch came from; every call sends them.
    // `names`, when given, names the batch's project and source directory beside their IDs.
    BatchDetailsDialog(ApiClient *client, const Batch &batch, const ProjectScope &scope,
                       QWidget *parent = nullptr, const NameCatalog *names = nullptr);
    ~BatchDetailsDialog() override;

    const Batch &batch() const { return m_batch; }
    BatchResultsModel &results() { return m_results; }
    // Asks for the batch and its results again.
    void refresh();
    void copySelectedResults() const;
    // For the current result row: its job's status in a dialog of its own, or its source file
    // opened from a fresh download URL (http or https only, never with the API key).
    void showJobStatus();
    void openSourceFile();
    bool isLoadingFileNames() const { return !m_filesPager.isNull(); }

Q_SIGNALS:
    // The batch as the server now reports it, for the batch table to update its row.
    void batchUpdated(const BatchDeck::Batch &batch);

private:
    void reload(bool keepMessage);
    void showBatch(const Batch &batch);
    void showResults();
    void showNames();
    void confirmCancel();
    void cancelBatch();
    void showMessage(const QString &text, bool isError);
    void loadFileNames();
    void onFileNamesEnd(const ApiError &error);
    const BatchResult *currentResult() const;
    QString fileText(const BatchResult &result) const; // "name (ID)", or the ID
    void updateResultActions();
    void showCurrentError();

    std::unique_ptr<Ui::BatchDetailsDialog> m_ui;
    ApiClient *m_client;
    Batch m_batch;
    ProjectScope m_scope;
    QPointer<const NameCatalog> m_names;
    BatchResultsModel m_results;
    QPointer<ApiCall> m_call;
    bool m_cancelling = false;
    QPointer<DirectoryFilePager> m_filesPager;
    QString m_filesDirectory; // the directory whose files are named (or being listed)
    QAction *m_jobStatusAction = nullptr;
    QAction *m_openFileAction = nullptr;
    QLabel *m_errorCaption = nullptr;
    QPlainTextEdit *m_errorPreview = nullptr;
    QPointer<ApiCall> m_fileCall;
    WatchToggle *m_watchToggle = nullptr;
};

} // namespace BatchDeck
