#include "app/batches/batchdetailsdialog.h"

#include "app/batches/referencedjobdialog.h"
#include "app/common/detailsparts.h"
#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "app/common/tabledelegates.h"
#include "app/watch/watchtoggle.h"
#include "core/batches/batchesapi.h"
#include "core/catalog/catalogapi.h"
#include "core/catalog/directoryfilepager.h"
#include "core/catalog/namecatalog.h"
#include "ui_batchdetailsdialog.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

namespace BatchDeck {

namespace {

// Why a download URL is not to be opened, as the end of a sentence; empty when it may be. A URL
// is the server's text: the browser gets only web addresses, and never the API key.
QString downloadUrlProblem(const QUrl &url, const QString &apiKey)
{
    if (url.isEmpty())
        return BatchDetailsDialog::tr("the server gave no download address for it");
    if (!url.isValid())
        return BatchDetailsDialog::tr("the server's download address is not a valid address");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return BatchDetailsDialog::tr("BatchDeck opens only http and https addresses, and the "
                                      "server's download address is a \"%1\" address")
            .arg(scheme.left(20));
    if (url.host().isEmpty())
        return BatchDetailsDialog::tr("the server's download address names no host");
    if (!url.userInfo().isEmpty())
        return BatchDetailsDialog::tr("the server's download address carries a user name or "
                                      "password");
    if (!apiKey.isEmpty()
        && (url.toString(QUrl::FullyDecoded).contains(apiKey)
            || url.toString(QUrl::FullyEncoded).contains(apiKey)))
        return BatchDetailsDialog::tr("the server's download address holds the API key");
    return {};
}

} // namespace

BatchDetailsDialog::BatchDetailsDialog(ApiClient *client, const Batch &batch,
                                       const ProjectScope &scope, QWidget *parent,
                                       const NameCatalog *names)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BatchDetailsDialog>())
    , m_client(client)
    , m_scope(scope)
    , m_names(names)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    emphasizeId(m_ui->idValue);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->configText->setFont(mono);

    // Copy buttons copy the value itself: the raw status, the UTC time, the ID behind a name,
    // never the decoration.
    const auto copier = [this](auto value) {
        return [this, value] { copyToClipboard(value(m_batch)); };
    };
    connect(m_ui->copyIdButton, &QToolButton::clicked, this,
            copier([](const Batch &b) { return b.id; }));
    connect(m_ui->copyStatusButton, &QToolButton::clicked, this,
            copier([](const Batch &b) { return b.status; }));
    connect(m_ui->copyProjectButton, &QToolButton::clicked, this,
            copier([](const Batch &b) { return b.projectId; }));
    connect(m_ui->copyDirectoryButton, &QToolButton::clicked, this,
            copier([](const Batch &b) { return b.sourceDirectoryId; }));
    if (m_names)
        connect(m_names, &NameCatalog::namesChanged, this, &BatchDetailsDialog::showNames);
    connect(m_ui->copyCreatedButton, &QToolButton::clicked, this,
            copier([](const Batch &b) { return b.createdAt.toUTC().toString(Qt::ISODateWithMs); }));
    connect(m_ui->copyUpdatedButton, &QToolButton::clicked, this,
            copier([](const Batch &b) { return b.updatedAt.toUTC().toString(Qt::ISODateWithMs); }));

    m_ui->resultsTable->setModel(&m_results);
    m_ui->resultsTable->verticalHeader()->hide();
    m_ui->resultsTable->horizontalHeader()->setStretchLastSection(true);
    // One line a file: the job ID whole (wrapped, it was cut in the middle of a UUID), a long
    // error elided, and whole in the tooltip and in the preview under the table.
    m_ui->resultsTable->setWordWrap(false);
    m_ui->resultsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    const int idWidth =
        fontMetrics().horizontalAdvance(QStringLiteral("pjb-00000000-0000-0000-0000-000000000000"))
        + 16;
    // A file shows by name once named (fitted to the names then), by ID until.
    m_ui->resultsTable->setColumnWidth(BatchResultsModel::File, idWidth);
    m_ui->resultsTable->setColumnWidth(BatchResultsModel::JobType, 90);
    m_ui->resultsTable->setColumnWidth(BatchResultsModel::JobId, idWidth);
    m_errorCaption = new QLabel(m_ui->resultsTab);
    m_errorCaption->setObjectName(QStringLiteral("errorCaption"));
    makePlainText(m_errorCaption);
    m_errorPreview = new QPlainTextEdit(m_ui->resultsTab);
    m_errorPreview->setObjectName(QStringLiteral("errorPreview"));
    m_errorPreview->setAccessibleName(tr("Error message of the selected file"));
    m_errorPreview->setReadOnly(true);
    m_errorPreview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_errorPreview->setPlaceholderText(tr("Select a file to read its whole error message here."));
    m_errorPreview->setFixedHeight(fontMetrics().lineSpacing() * 4
                                   + 2 * m_errorPreview->frameWidth() + 8);
    const int tableAt = m_ui->resultsLayout->indexOf(m_ui->resultsTable);
    m_ui->resultsLayout->insertWidget(tableAt + 1, m_errorCaption);
    m_ui->resultsLayout->insertWidget(tableAt + 2, m_errorPreview);
    m_errorCaption->setBuddy(m_errorPreview);
    auto *copyCells = new QAction(tr("&Copy"), m_ui->resultsTable);
    copyCells->setShortcut(QKeySequence::Copy);
    copyCells->setShortcutContext(Qt::WidgetShortcut);
    connect(copyCells, &QAction::triggered, this, &BatchDetailsDialog::copySelectedResults);
    m_ui->resultsTable->addAction(copyCells);
    connect(m_ui->onlyFailuresCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_results.setOnlyFailures(on);
        showResults();
    });
    // The current row's job and file: buttons (Alt+J, Alt+L) and the table's context menu.
    m_jobStatusAction = new QAction(tr("Show the &job's status…"), m_ui->resultsTable);
    m_openFileAction = new QAction(tr("Open the source fi&le"), m_ui->resultsTable);
    m_ui->resultsTable->addAction(m_jobStatusAction);
    m_ui->resultsTable->addAction(m_openFileAction);
    connect(m_jobStatusAction, &QAction::triggered, this, &BatchDetailsDialog::showJobStatus);
    connect(m_openFileAction, &QAction::triggered, this, &BatchDetailsDialog::openSourceFile);
    connect(m_ui->jobStatusButton, &QPushButton::clicked, this, &BatchDetailsDialog::showJobStatus);
    connect(m_ui->openFileButton, &QPushButton::clicked, this, &BatchDetailsDialog::openSourceFile);
    for (auto update :
         {&BatchDetailsDialog::updateResultActions, &BatchDetailsDialog::showCurrentError}) {
        connect(m_ui->resultsTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
                update);
        connect(&m_results, &QAbstractItemModel::modelReset, this, update);
        connect(&m_results, &QAbstractItemModel::dataChanged, this, update);
    }

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &BatchDetailsDialog::refresh);
    connect(m_ui->cancelBatchButton, &QPushButton::clicked, this,
            &BatchDetailsDialog::confirmCancel);
    m_watchToggle = new WatchToggle(m_ui->buttonsLayout,
                                    m_ui->buttonsLayout->indexOf(m_ui->refreshButton), this);
    showBatch(batch);
    refresh();
}

BatchDetailsDialog::~BatchDetailsDialog() = default;

void BatchDetailsDialog::showBatch(const Batch &batch)
{
    // A list page carries no results: keep those already loaded until the batch brings its own.
    const std::optional<QList<BatchResult>> results =
        batch.results ? batch.results : (batch.id == m_batch.id ? m_batch.results : std::nullopt);
    m_batch = batch;
    m_batch.results = results;
    setWindowTitle(shownText(tr("Batch %1").arg(batch.id)));
    setPlainText(m_ui->idValue, batch.id);
    m_ui->statusBadge->setStatus(batch.status);
    m_ui->statusBadge->setMinimumWidth(m_ui->statusBadge->sizeHint().width()); // never elided
    setPlainText(m_ui->statusValue, statusWord(batch.status));
    setPlainToolTip(m_ui->statusValue, batch.status); // Copy copies it too
    showNames();
    m_ui->createdValue->setText(detailsTimeText(batch.createdAt));
    m_ui->updatedValue->setText(detailsTimeText(batch.updatedAt));
    m_ui->copyCreatedButton->setEnabled(batch.createdAt.isValid());
    m_ui->copyUpdatedButton->setEnabled(batch.updatedAt.isValid());
    setPlainText(m_ui->jobTypeValue, jobTypeWord(batch.jobType));
    setPlainToolTip(m_ui->jobTypeValue, batch.jobType);
    setPlainText(m_ui->configurationValue, batch.configurationId);
    m_ui->configText->setPlainText(shownText(
        QString::fromUtf8(QJsonDocument(batch.config()).toJson(QJsonDocument::Indented))));
    const BatchStatus status = batch.knownStatus();
    const bool cancellable = status == BatchStatus::Pending || status == BatchStatus::Throttled
        || status == BatchStatus::Running;
    m_ui->cancelBatchButton->setEnabled(cancellable && !m_cancelling);
    m_ui->cancelBatchButton->setToolTip(
        cancellable ? tr("Stop the batch; files already processed keep their jobs.")
                    : tr("Only a pending, throttled or running batch can be cancelled."));
    m_results.setResults(m_batch.results.value_or(QList<BatchResult>()),
                         isFinished(batch.knownStatus()));
    showResults();
    loadFileNames();
    m_watchToggle->setWork(
        WatchedWork::ofBatch(batch, m_scope,
                             m_names && !batch.sourceDirectoryId.isEmpty()
                                 ? m_names->directoryName(batch.sourceDirectoryId)
                                 : QString()));
}

void BatchDetailsDialog::loadFileNames()
{
    // Once per directory, and only for results to name; a failed listing is tried again with
    // the next refresh.
    if (!m_batch.results || m_batch.results->isEmpty() || m_batch.sourceDirectoryId.isEmpty()
        || m_batch.sourceDirectoryId == m_filesDirectory)
        return;
    if (m_filesPager)
        m_filesPager->deleteLater(); // of another directory
    m_results.forgetFiles();
    m_filesDirectory = m_batch.sourceDirectoryId;
    ListDirectoryFilesQuery query;
    query.directoryId = m_filesDirectory;
    query.scope = m_scope;
    query.includeDeleted = true; // an old batch's files may have been deleted since
    query.pageSize = FilePageSize;
    auto *pager = new DirectoryFilePager(m_client, query, this);
    pager->setMaxRows(MaxNamedFiles);
    m_filesPager = pager;
    connect(pager, &DirectoryFilePager::pageReceived, this,
            [this](const DirectoryFilePage &page) { m_results.addFiles(page.files); });
    connect(pager, &DirectoryFilePager::finished, this, [this, pager](const ApiError &error) {
        if (pager != m_filesPager)
            return; // of a directory no longer shown
        onFileNamesEnd(error);
        pager->deleteLater();
    });
    setPlainText(m_ui->fileNamesNote, tr("Loading the names of the source directory's files…"));
    pager->start();
}

void BatchDetailsDialog::onFileNamesEnd(const ApiError &error)
{
    const bool cut =
        m_filesPager->rowsReceived() >= MaxNamedFiles && !m_filesPager->summary().reachedEnd;
    m_filesPager.clear();
    if (error.kind == ApiError::Kind::Aborted)
        return;
    if (!error.isOk()) {
        m_filesDirectory.clear(); // asked again on the next refresh
        setPlainText(
            m_ui->fileNamesNote,
            tr("File names could not be loaded, so files show as IDs: %1").arg(error.message));
    } else if (cut) {
        setPlainText(m_ui->fileNamesNote,
                     tr("Only the first %1 files of the source directory are named; the rest "
                        "show as IDs.")
                         .arg(QLocale().toString(MaxNamedFiles)));
    } else {
        setPlainText(m_ui->fileNamesNote, {});
    }
    if (error.isOk()) {
        // Named now: as wide as the names, within reason, so that the error has room.
        QTableView *table = m_ui->resultsTable;
        table->resizeColumnToContents(BatchResultsModel::File);
        const int widest = std::max(200, table->viewport()->width() * 2 / 5);
        if (table->columnWidth(BatchResultsModel::File) > widest)
            table->setColumnWidth(BatchResultsModel::File, widest);
    }
}

void BatchDetailsDialog::showCurrentError()
{
    const BatchResult *result = currentResult();
    if (!result) {
        setPlainText(m_errorCaption, tr("Error message"));
        m_errorPreview->clear();
        return;
    }
    setPlainText(m_errorCaption, tr("Error message of %1").arg(m_results.fileText(*result)));
    m_errorPreview->setPlainText(m_results.errorText(*result));
}

const BatchResult *BatchDetailsDialog::currentResult() const
{
    const QModelIndex current = m_ui->resultsTable->currentIndex();
    return current.isValid() ? m_results.resultAt(current.row()) : nullptr;
}

QString BatchDetailsDialog::fileText(const BatchResult &result) const
{
    const DirectoryFile *file = m_results.fileOf(result);
    return file ? tr("%1 (%2)").arg(file->displayName, result.sourceDirectoryFileId)
                : result.sourceDirectoryFileId;
}

void BatchDetailsDialog::updateResultActions()
{
    const BatchResult *result = currentResult();
    QString jobReason, fileReason;
    if (!result) {
        jobReason = fileReason = tr("Select a file in the results first.");
    } else {
        if (!result->jobReference)
            jobReason = tr("No job was created for this file.");
        else if (!knownJobReferenceTypes().contains(result->jobReference->type))
            jobReason = tr("BatchDeck cannot show a job of type \"%1\".")
                            .arg(result->jobReference->type.left(80));
        const DirectoryFile *file = m_results.fileOf(*result);
        if (m_batch.sourceDirectoryId.isEmpty())
            fileReason = tr("The batch names no source directory to ask for the file.");
        else if (file && file->isDeleted())
            fileReason = tr("The file was deleted from the directory: there is nothing to open.");
    }
    const auto apply = [](QAction *action, QPushButton *button, const QString &reason,
                          const QString &what) {
        action->setEnabled(reason.isEmpty());
        button->setEnabled(reason.isEmpty());
        setPlainToolTip(button, reason.isEmpty() ? what : reason);
        action->setToolTip(button->toolTip());
    };
    apply(m_jobStatusAction, m_ui->jobStatusButton, jobReason,
          tr("Show the status of the parse or extract job the batch created for the selected "
             "file."));
    apply(m_openFileAction, m_ui->openFileButton, fileReason,
          tr("Open the selected source file from a download address the server gives now."));
}

void BatchDetailsDialog::showJobStatus()
{
    const BatchResult *result = currentResult();
    if (!result || !m_jobStatusAction->isEnabled())
        return;
    auto *dialog =
        new ReferencedJobDialog(m_client, *result->jobReference, m_scope, fileText(*result), this);
    dialog->show();
}

void BatchDetailsDialog::openSourceFile()
{
    const BatchResult *result = currentResult();
    if (!result || !m_openFileAction->isEnabled())
        return;
    if (m_fileCall)
        m_fileCall->abort(); // the newest click counts
    const QString file = fileText(*result);
    showMessage(tr("Asking the server for a download address of %1…").arg(file), false);
    // A fresh presigned URL each time: one listed earlier may have expired.
    m_fileCall = CatalogApi(m_client).directoryFile(
        m_batch.sourceDirectoryId, result->sourceDirectoryFileId, m_scope, true, this,
        [this, file](const DirectoryFile &answer, const ApiError &error) {
            if (error.kind == ApiError::Kind::Aborted)
                return;
            if (!error.isOk()) {
                showMessage(tr("%1 could not be opened: %2").arg(file, error.message), true);
                return;
            }
            if (const QString problem =
                    downloadUrlProblem(answer.downloadUrl, m_client->settings().apiKey);
                !problem.isEmpty()) {
                showMessage(tr("%1 was not opened: %2.").arg(file, problem), true);
                return;
            }
            if (!QDesktopServices::openUrl(answer.downloadUrl)) {
                showMessage(tr("No application could open the download of %1.").arg(file), true);
                return;
            }
            showMessage(tr("Opened the download of %1.").arg(file), false);
        });
}

void BatchDetailsDialog::showNames()
{
    const auto show = [](QLabel *label, const QString &id, const QString &name,
                         const QString &idCaption) {
        setPlainText(label, name.isEmpty() ? id : tr("%1 (%2)").arg(name, id));
        setPlainToolTip(label, id.isEmpty() ? QString() : idCaption.arg(id));
    };
    show(m_ui->projectValue, m_batch.projectId,
         m_names && !m_batch.projectId.isEmpty() ? m_names->projectName(m_batch.projectId)
                                                 : QString(),
         tr("Project ID: %1"));
    show(m_ui->directoryValue, m_batch.sourceDirectoryId,
         m_names && !m_batch.sourceDirectoryId.isEmpty()
             ? m_names->directoryName(m_batch.sourceDirectoryId)
             : QString(),
         tr("Source directory ID: %1"));
}

void BatchDetailsDialog::showResults()
{
    if (!m_batch.results) {
        m_ui->resultsSummary->setText(
            isFinished(m_batch.knownStatus())
                ? tr("The server sent no per-file results for this batch.")
                : tr("Per-file results are given once the batch has finished running."));
        return;
    }
    const QLocale locale;
    const int withoutJob = m_results.withoutJobCount();
    const int failedJobs = m_results.failureCount() - withoutJob;
    QString summary = tr("%1 files, %2 without a job because of an error")
                          .arg(locale.toString(m_results.allCount()), locale.toString(withoutJob));
    if (failedJobs > 0)
        summary = tr("%1, %2 whose job failed").arg(summary, locale.toString(failedJobs));
    m_ui->resultsSummary->setText(summary);
}

void BatchDetailsDialog::refresh()
{
    reload(false);
}

void BatchDetailsDialog::reload(bool keepMessage)
{
    if (m_call)
        m_call->abort(); // a newer answer is on its way
    m_ui->refreshButton->setEnabled(false);
    m_call =
        BatchesApi(m_client).batch(m_batch.id, m_scope, true, this,
                                   [this, keepMessage](const Batch &batch, const ApiError &error) {
                                       if (error.kind == ApiError::Kind::Aborted)
                                           return;
                                       m_ui->refreshButton->setEnabled(true);
                                       if (!error.isOk()) {
                                           showMessage(error.message, true);
                                           return;
                                       }
                                       if (!keepMessage)
                                           showMessage({}, false);
                                       showBatch(batch);
                                       Q_EMIT batchUpdated(batch);
                                   });
}

void BatchDetailsDialog::copySelectedResults() const
{
    const QString text =
        BatchResultsModel::cellsText(m_ui->resultsTable->selectionModel()->selectedIndexes());
    if (!text.isEmpty())
        copyToClipboard(text);
}

void BatchDetailsDialog::confirmCancel()
{
    askBeforeCancelling(this,
                        {tr("Cancel batch"), tr("Cancel batch %1?").arg(m_batch.id),
                         tr("Files already processed keep their jobs; the rest will not "
                            "be processed. This cannot be undone."),
                         tr("Cancel batch"), QStringLiteral("cancelBatchConfirmation")},
                        [this] { cancelBatch(); });
}

void BatchDetailsDialog::cancelBatch()
{
    m_cancelling = true;
    m_ui->cancelBatchButton->setEnabled(false);
    showMessage(tr("Cancelling…"), false);
    BatchesApi(m_client).cancelBatch(
        m_batch.id, m_scope, this, [this](const Batch &batch, const ApiError &error) {
            m_cancelling = false;
            if (!error.isOk()) {
                // A 409 says why (already finished, say): the server's words are in the message.
                showMessage(tr("The batch was not cancelled. %1").arg(error.message), true);
                showBatch(m_batch);
                reload(true); // the status the server has now, under the server's words
                return;
            }
            // The server may still be winding the batch down: say so rather than "cancelled".
            showMessage(batch.knownStatus() == BatchStatus::Cancelled
                            ? tr("Batch cancelled.")
                            : tr("Cancel requested. The batch's status is now: %1.")
                                  .arg(statusWord(batch.status)),
                        false);
            showBatch(batch);
            Q_EMIT batchUpdated(batch);
        });
}

void BatchDetailsDialog::showMessage(const QString &text, bool isError)
{
    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? statusColor(QStringLiteral("failed"), this->palette())
                             : this->palette().color(QPalette::WindowText));
    m_ui->messageLabel->setPalette(palette);
    setPlainText(m_ui->messageLabel, text);
}

} // namespace BatchDeck
