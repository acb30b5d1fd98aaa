#pragma once

#include "app/batches/batchresultsmodel.h"
#include "core/batches/batchesapi.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class BatchDetailsDialog;
}

namespace BatchDeck {

class NameCatalog;

// One v2 batch: its fields with copy buttons, the configuration snapshot (job type,
// configuration ID, the whole config as JSON), the per-file results (GET ?expand=results) with
// "only failures" and copying of the selected cells, and Cancel for a batch that is not finished.
class BatchDetailsDialog : public QDialog
{
    Q_OBJECT

public:
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

    std::unique_ptr<Ui::BatchDetailsDialog> m_ui;
    ApiClient *m_client;
    Batch m_batch;
    ProjectScope m_scope;
    QPointer<const NameCatalog> m_names;
    BatchResultsModel m_results;
    QPointer<ApiCall> m_call;
    bool m_cancelling = false;
};

} // namespace BatchDeck
