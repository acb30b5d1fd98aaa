#include "app/jobs/jobdetailsdialog.h"

#include "app/common/detailsparts.h"
#include "app/common/pagingbar.h"
#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "app/common/tablecells.h"
#include "app/common/tabledelegates.h"
#include "app/jobs/jobtablemodel.h"
#include "app/jobs/processingresultspanel.h"
#include "core/catalog/namecatalog.h"
#include "core/jobs/jobsapi.h"
#include "core/translations.h"
#include "ui_jobdetailsdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace BatchDeck {

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? JobDetailsDialog::tr("—") : text;
}

// " · 2 items on this page could not be read", or nothing.
QString unreadableItemsNote(const QList<InvalidItem> &invalid)
{
    if (invalid.isEmpty())
        return {};
    return JobDetailsDialog::tr(" · %n items on this page could not be read", nullptr,
                                int(invalid.size()));
}

// Why, one line per item, for the tooltip.
QString unreadableItemsDetails(const QList<InvalidItem> &invalid)
{
    QStringList lines;
    for (const InvalidItem &item : invalid)
        lines << item.describe();
    return lines.join(u'\n');
}

} // namespace

JobDetailsDialog::JobDetailsDialog(ApiClient *client, const Job &job, const ProjectScope &scope,
                                   QWidget *parent, const NameCatalog *names)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::JobDetailsDialog>())
    , m_client(client)
    , m_scope(scope)
    , m_names(names)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    emphasizeId(m_ui->idValue);

    const auto copier = [](QLabel *label) { return [label] { copyToClipboard(label->text()); }; };
    // The project and directory labels may show a name: their buttons copy the ID.
    const auto copyText = [](const QString &text) { copyToClipboard(text); };
    connect(m_ui->copyIdButton, &QToolButton::clicked, this, copier(m_ui->idValue));
    connect(m_ui->copyProjectButton, &QToolButton::clicked, this,
            [this, copyText] { copyText(m_job.projectId); });
    connect(m_ui->copyDirectoryButton, &QToolButton::clicked, this,
            [this, copyText] { copyText(m_job.directoryId); });
    if (m_names)
        connect(m_names, &NameCatalog::namesChanged, this, &JobDetailsDialog::showNames);
    connect(m_ui->copyJobRecordButton, &QToolButton::clicked, this, copier(m_ui->jobRecordValue));
    connect(m_ui->copyWorkflowButton, &QToolButton::clicked, this, copier(m_ui->workflowValue));

    m_ui->itemStatusCombo->addItem(tr("All items"), QString());
    for (const QString &status : knownItemStatuses())
        m_ui->itemStatusCombo->addItem(status.at(0).toUpper() + status.mid(1), status);
    m_ui->itemsTable->setModel(&m_items);
    m_ui->itemsTable->setItemDelegateForColumn(JobItemsModel::Status,
                                               new StatusBadgeDelegate(this));
    m_ui->itemsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->itemsTable->verticalHeader()->hide();
    m_ui->itemsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_ui->itemsTable->setColumnWidth(JobItemsModel::Name, 210);
    m_ui->itemsTable->setColumnWidth(JobItemsModel::Status, 115);
    m_ui->itemsTable->setColumnWidth(JobItemsModel::Reason, 250);
    m_ui->itemsTable->setColumnWidth(JobItemsModel::Started, 155);
    m_ui->itemsTable->setColumnWidth(JobItemsModel::Completed, 155);
    connect(m_ui->itemStatusCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_itemsOffset = 0;
        loadItems();
    });
    connect(m_ui->itemsPreviousButton, &QToolButton::clicked, this, [this] {
        m_itemsOffset = std::max<qint64>(0, m_itemsOffset - ItemsPageSize);
        loadItems();
    });
    connect(m_ui->itemsNextButton, &QToolButton::clicked, this, [this] {
        m_itemsOffset += ItemsPageSize;
        loadItems();
    });

    connect(m_ui->itemsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobDetailsDialog::loadResultsOfSelectedItem);
    m_ui->itemsSplitter->setStretchFactor(0, 3);
    m_ui->itemsSplitter->setStretchFactor(1, 2);

    m_rerun =
        new RerunController(m_client, m_scope, m_ui->rerunButton, m_ui->rerunReasonLabel, this);
    connect(m_rerun, &RerunController::message, this, &JobDetailsDialog::showMessage);
    connect(m_rerun, &RerunController::jobCreated, this, &JobDetailsDialog::jobCreated);
    m_ui->messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); // a new job's ID

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &JobDetailsDialog::refresh);
    connect(m_ui->cancelJobButton, &QPushButton::clicked, this, &JobDetailsDialog::confirmCancel);
    m_autoRefresh.setInterval(AutoRefreshMs);
    connect(&m_autoRefresh, &QTimer::timeout, this, &JobDetailsDialog::refresh);

    showJob(job);
    refresh();
    loadItems();
}

JobDetailsDialog::~JobDetailsDialog() = default;

void JobDetailsDialog::showJob(const Job &job)
{
    m_job = job;
    setWindowTitle(shownText(tr("Job %1").arg(job.id)));
    setPlainText(m_ui->idValue, job.id);
    m_ui->statusBadge->setStatus(job.status);
    setPlainText(m_ui->typeValue, jobTypeWord(job.jobType));
    setPlainToolTip(m_ui->typeValue, job.jobType);
    showNames();
    setPlainText(m_ui->jobRecordValue, orDash(job.jobRecordId));
    setPlainText(m_ui->workflowValue, orDash(job.workflowId));
    m_ui->copyDirectoryButton->setEnabled(!job.directoryId.isEmpty());
    m_ui->copyJobRecordButton->setEnabled(!job.jobRecordId.isEmpty());
    m_ui->copyWorkflowButton->setEnabled(!job.workflowId.isEmpty());
    m_ui->createdValue->setText(detailsTimeText(job.createdAt));
    m_ui->startedValue->setText(detailsTimeText(job.startedAt));
    m_ui->completedValue->setText(detailsTimeText(job.completedAt));
    m_ui->updatedValue->setText(detailsTimeText(job.updatedAt));
    const std::optional<qint64> duration = jobDurationMs(job, QDateTime::currentDateTimeUtc());
    m_ui->durationValue->setText(duration ? durationText(*duration)
                                         + (job.completedAt.isValid() ? QString() : tr(" so far"))
                                          : tr("—"));
    showProgress(JobProgress::of(job));
    const QLocale locale;
    m_ui->countsValue->setText(
        tr("%1 total: %2 processed, %3 failed, %4 skipped")
            .arg(locale.toString(job.totalItems), locale.toString(job.processedItems),
                 locale.toString(job.failedItems), locale.toString(job.skippedItems)));
    m_ui->errorText->setPlainText(job.errorMessage.isEmpty() ? tr("No error.")
                                                             : shownText(job.errorMessage));
    m_rerun->setJob(job);
    const bool finished = isFinished(job.knownStatus());
    m_ui->cancelJobButton->setEnabled(!finished && job.knownStatus() != JobStatus::Unknown);
    m_ui->cancelJobButton->setToolTip(finished ? tr("This job has finished.") : QString());
    if (finished)
        m_autoRefresh.stop();
    else if (!m_autoRefresh.isActive())
        m_autoRefresh.start();
}

void JobDetailsDialog::showNames()
{
    const auto show = [](QLabel *label, const QString &id, const QString &name,
                         const QString &idCaption) {
        setPlainText(label, name.isEmpty() ? id : tr("%1 (%2)").arg(name, id));
        setPlainToolTip(label, idCaption.arg(id));
    };
    show(m_ui->projectValue, m_job.projectId,
         m_names ? m_names->projectName(m_job.projectId) : QString(), tr("Project ID: %1"));
    if (m_job.directoryId.isEmpty()) {
        m_ui->directoryValue->setText(tr("— (a list of items)"));
        m_ui->directoryValue->setToolTip({});
    } else {
        show(m_ui->directoryValue, m_job.directoryId,
             m_names ? m_names->directoryName(m_job.directoryId) : QString(),
             tr("Directory ID: %1"));
    }
}

void JobDetailsDialog::showProgress(const JobProgress &progress)
{
    m_ui->progressBar->setValue(progress.percent()); // whole percent, as its text and the table
    // "100% done" only when nothing failed; the badge, not the bar's colour, says the job failed,
    // as in the table, where the failure colour is for failed items alone.
    m_ui->progressBar->setFormat(progress.jobFailed ? tr("Failed at %1").arg(progress.percentText())
                                     : progress.failed ? tr("%1 processed, %n failed", nullptr,
                                                            pluralFormCount(progress.failed))
                                                             .arg(progress.percentText())
                                                       : tr("%1 done").arg(progress.percentText()));
    setPlainToolTip(m_ui->progressBar, progress.summary());
}

void JobDetailsDialog::refresh()
{
    if (m_statusCall)
        m_statusCall->abort();
    m_statusCall = JobsApi(m_client).jobStatus(
        m_job.id, m_scope, this, [this](const JobStatusResult &result, const ApiError &error) {
            if (error.kind == ApiError::Kind::Aborted)
                return;
            if (!error.isOk()) {
                showMessage(error.message, true);
                return;
            }
            const bool changed = result.job != m_job;
            // The bar follows the job's counts, as the table does, rather than
            // progress_percentage: the two must agree, and neither may pass 100%.
            showJob(result.job);
            if (changed) {
                Q_EMIT jobUpdated(result.job);
                if (!m_itemsCall)
                    loadItems();
            }
        });
}

void JobDetailsDialog::loadItems()
{
    if (m_itemsCall)
        m_itemsCall->abort();
    ListItemsQuery query;
    const QString status = m_ui->itemStatusCombo->currentData().toString();
    if (!status.isEmpty())
        query.status = status;
    query.limit = ItemsPageSize;
    query.offset = m_itemsOffset;
    m_ui->itemsRangeLabel->setText(tr("Loading…"));
    m_itemsCall = JobsApi(m_client).listJobItems(
        m_job.id, m_scope, query, this, [this, query](const ItemPage &page, const ApiError &error) {
            if (error.kind == ApiError::Kind::Aborted)
                return;
            if (!error.isOk()) {
                m_ui->itemsRangeLabel->setText(tr("Items could not be loaded"));
                showMessage(error.message, true);
                return;
            }
            // The selected item stays selected (and its results shown) across a reload.
            const QModelIndexList selected = m_ui->itemsTable->selectionModel()->selectedRows();
            const QString selectedId =
                selected.isEmpty() ? QString() : m_items.items().at(selected.first().row()).itemId;
            // Items the server sent outside the status asked for are left out and counted.
            QList<JobItem> items = page.items;
            const qsizetype outsideFilter =
                items.removeIf([&query](const JobItem &item) { return !query.matches(item); });
            m_items.setItems(items);
            const auto kept =
                std::find_if(items.cbegin(), items.cend(), [&selectedId](const JobItem &item) {
                    return item.itemId == selectedId;
                });
            if (!selectedId.isEmpty() && kept != items.cend())
                m_ui->itemsTable->selectRow(int(kept - items.cbegin()));
            else
                loadResultsOfSelectedItem(); // a reset selects nothing and says nothing
            m_itemsTotal = page.totalSize;
            // Unreadable items hold positions on the page too: the range and paging count them.
            const qint64 received = page.itemCount();
            // total_size is an estimate: a full page means there may be more, whatever it
            // says; a total above what was seen also offers the next page.
            const bool hasNext = received >= ItemsPageSize
                || (page.totalSize && m_itemsOffset + received < *page.totalSize);
            m_ui->itemsRangeLabel->setText(
                (received == 0
                     ? tr("No items")
                     : PagingBar::rangeText(m_itemsOffset, received, page.totalSize, hasNext))
                + unreadableItemsNote(page.invalidItems)
                + (outsideFilter > 0 ? tr(" (%n left out: not of the status asked for)", nullptr,
                                          int(outsideFilter))
                                     : QString()));
            setPlainToolTip(m_ui->itemsRangeLabel, unreadableItemsDetails(page.invalidItems));
            m_ui->itemsPreviousButton->setEnabled(m_itemsOffset > 0);
            m_ui->itemsNextButton->setEnabled(hasNext);
        });
}

void JobDetailsDialog::loadResultsOfSelectedItem()
{
    if (m_resultsCall)
        m_resultsCall->abort();
    const QModelIndexList rows = m_ui->itemsTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_ui->resultsPanel->showNoSelection();
        return;
    }
    const JobItem item = m_items.items().at(rows.first().row());
    m_ui->resultsPanel->showLoading(item.itemName);
    // Every type: the history of the file, not only of this job's kind of processing.
    m_resultsCall = JobsApi(m_client).itemProcessingResults(
        item.itemId, m_scope, std::nullopt, this,
        [this](const ItemProcessingResults &results, const ApiError &error) {
            if (error.kind == ApiError::Kind::Aborted)
                return;
            if (error.isOk())
                m_ui->resultsPanel->showResults(results);
            else
                m_ui->resultsPanel->showError(error.message);
        });
}

void JobDetailsDialog::confirmCancel()
{
    askBeforeCancelling(this,
                        {tr("Cancel job"), tr("Cancel job %1?").arg(m_job.id),
                         tr("Items already processed keep their results; the rest will "
                            "not be processed. This cannot be undone."),
                         tr("Cancel job"), QStringLiteral("cancelJobConfirmation")},
                        [this] { cancelJob(); });
}

void JobDetailsDialog::cancelJob()
{
    m_ui->cancelJobButton->setEnabled(false);
    showMessage(tr("Cancelling…"), false);
    JobsApi(m_client).cancelJob(
        m_job.id, m_scope, {}, this, [this](const CancelResult &result, const ApiError &error) {
            if (!error.isOk()) {
                showMessage(tr("The job was not cancelled. %1").arg(error.message), true);
                m_ui->cancelJobButton->setEnabled(true);
                return;
            }
            showMessage(tr("Job cancelled: %1").arg(result.message), false);
            refresh();
        });
}

void JobDetailsDialog::showMessage(const QString &text, bool isError)
{
    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? statusColor(QStringLiteral("failed"), this->palette())
                             : this->palette().color(QPalette::WindowText));
    m_ui->messageLabel->setPalette(palette);
    setPlainText(m_ui->messageLabel, text);
}

} // namespace BatchDeck
