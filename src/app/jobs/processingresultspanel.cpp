#include "app/jobs/processingresultspanel.h"

#include "app/common/servertext.h"
#include "app/common/tabledelegates.h"
#include "ui_processingresultspanel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>

namespace BatchDeck {

ProcessingResultsPanel::ProcessingResultsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProcessingResultsPanel>())
{
    m_ui->setupUi(this);
    m_ui->resultsTable->setModel(&m_model);
    m_ui->resultsTable->verticalHeader()->hide();
    m_ui->resultsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultsTable->setColumnWidth(ProcessingResultsModel::JobType, 90);
    m_ui->resultsTable->setColumnWidth(ProcessingResultsModel::ProcessedAt, 150);
    m_ui->resultsTable->setColumnWidth(ProcessingResultsModel::ParametersHash, 180);

    m_copyAction = new QAction(tr("&Copy"), this);
    m_copyAction->setObjectName(QStringLiteral("copyCellAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyOutputAction = new QAction(tr("Copy &output location"), this);
    m_copyOutputAction->setObjectName(QStringLiteral("copyOutputAction"));
    m_ui->resultsTable->addAction(m_copyAction);
    m_ui->resultsTable->addAction(m_copyOutputAction);
    connect(m_copyAction, &QAction::triggered, this, &ProcessingResultsPanel::copySelectedCell);
    connect(m_copyOutputAction, &QAction::triggered, this,
            &ProcessingResultsPanel::copyOutputLocation);
    connect(m_ui->copyOutputButton, &QToolButton::clicked, this,
            &ProcessingResultsPanel::copyOutputLocation);
    connect(m_ui->resultsTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProcessingResultsPanel::updateActions);
    connect(&m_model, &QAbstractItemModel::modelReset, this,
            &ProcessingResultsPanel::updateActions);
    showNoSelection();
}

ProcessingResultsPanel::~ProcessingResultsPanel() = default;

QString ProcessingResultsPanel::stateText() const
{
    return m_ui->stateLabel->text();
}

void ProcessingResultsPanel::setState(const QString &text, bool isError)
{
    QPalette palette = m_ui->stateLabel->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? statusColor(QStringLiteral("failed"), this->palette())
                             : this->palette().color(QPalette::WindowText));
    m_ui->stateLabel->setPalette(palette);
    setPlainText(m_ui->stateLabel, text);
}

void ProcessingResultsPanel::showNoSelection()
{
    m_model.setResults({});
    setState(tr("Select an item to see its processing results."), false);
}

void ProcessingResultsPanel::showLoading(const QString &itemName)
{
    m_model.setResults({}); // never the previous item's results under this item's name
    setState(tr("Loading the results of %1…").arg(itemName), false);
}

void ProcessingResultsPanel::showResults(const ItemProcessingResults &results)
{
    m_model.setResults(results.results);
    QString text = results.results.isEmpty()
        ? tr("No processing results yet.")
        : tr("%n results for %1", nullptr, int(results.results.size())).arg(results.itemName);
    if (!results.invalidResults.isEmpty()) {
        QStringList problems;
        for (const InvalidProcessingResult &invalid : results.invalidResults)
            problems << invalid.describe();
        text += tr(" · %1 could not be read").arg(results.invalidResults.size());
        setPlainToolTip(m_ui->stateLabel, problems.join(u'\n'));
    } else {
        m_ui->stateLabel->setToolTip({});
    }
    setState(text, false);
    if (m_model.rowCount() > 0)
        m_ui->resultsTable->setCurrentIndex(m_model.index(0, ProcessingResultsModel::JobType));
}

void ProcessingResultsPanel::showError(const QString &message)
{
    m_model.setResults({});
    setState(tr("The processing results could not be loaded. %1").arg(message), true);
}

void ProcessingResultsPanel::copySelectedCell()
{
    const QModelIndex current = m_ui->resultsTable->currentIndex();
    if (current.isValid())
        copyToClipboard(current.data(Qt::DisplayRole).toString());
}

void ProcessingResultsPanel::copyOutputLocation()
{
    const QModelIndex current = m_ui->resultsTable->currentIndex();
    if (current.isValid())
        copyToClipboard(m_model.results().at(current.row()).outputS3Path);
}

void ProcessingResultsPanel::updateActions()
{
    const bool hasCurrent = m_ui->resultsTable->currentIndex().isValid();
    m_copyAction->setEnabled(hasCurrent);
    m_copyOutputAction->setEnabled(hasCurrent);
    m_ui->copyOutputButton->setEnabled(hasCurrent);
}

} // namespace BatchDeck
