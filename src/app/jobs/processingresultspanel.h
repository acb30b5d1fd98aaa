#pragma once

#include "app/jobs/processingresultsmodel.h"

#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class ProcessingResultsPanel;
}

namespace BatchDeck {

// The processing results of the item selected in the details view, with their loading, empty
// and error states. Ctrl+C (or the context menu) copies the selected cell; "Copy output location"
// copies the selected result's output path.
class ProcessingResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProcessingResultsPanel(QWidget *parent = nullptr);
    ~ProcessingResultsPanel() override;

    void showNoSelection();
    void showLoading(const QString &itemName);
    void showResults(const ItemProcessingResults &results);
    void showError(const QString &message);

    QString stateText() const;
    const ProcessingResultsModel &model() const { return m_model; }

private:
    void setState(const QString &text, bool isError);
    void copySelectedCell();
    void copyOutputLocation();
    void updateActions();

    std::unique_ptr<Ui::ProcessingResultsPanel> m_ui;
    ProcessingResultsModel m_model;
    QAction *m_copyAction;
    QAction *m_copyOutputAction;
};

} // namespace BatchDeck
