#include "app/indexviews/faileditemsmode.h"

#include "app/common/servertext.h"
#include "app/index/indexcontroller.h"
#include "core/export/rowexport.h"
#include "index/query/failuresreader.h"
#include "index/store/indexdatabase.h"
#include "index/sync/failuresfetch.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

namespace BatchDeck {

namespace {

ExportResult failedExport(const QString &message)
{
    ExportResult result;
    result.rows = ExportResult::Rows::Items;
    result.failure = ExportResult::Failure::Write;
    result.message = message;
    return result;
}

ExportResult writeItems(const QList<FailedItem> &items, const QString &path,
                        const CsvOptions &options)
{
    ExportResult result = RowExport::writeRows(failedItemFields(), items, failedItemRow, path,
                                               OutputFormat::Csv, options);
    result.rows = ExportResult::Rows::Items;
    return result;
}

} // namespace

FailedItemsMode::FailedItemsMode(ApiClient *client, IndexController *index, QWidget *parent)
    : QObject(parent)
    , m_client(client)
    , m_index(index)
    , m_bar(new QWidget(parent))
    , m_coverage(new QLabel(m_bar))
    , m_fetch(new QPushButton(tr("Fetch Failed Items"), m_bar))
    , m_progress(new QProgressBar(m_bar))
    , m_cancel(new QPushButton(tr("Cancel"), m_bar))
    , m_error(new QLabel(m_bar))
    , m_table(new QTableView(parent))
{
    m_bar->setObjectName(QStringLiteral("failedItemsBar"));
    m_coverage->setObjectName(QStringLiteral("failedItemsCoverage"));
    m_fetch->setObjectName(QStringLiteral("fetchFailedItems"));
    m_progress->setObjectName(QStringLiteral("failedItemsProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelFailedItemsFetch"));
    m_error->setObjectName(QStringLiteral("failedItemsFetchError"));
    m_table->setObjectName(QStringLiteral("failedItemsTable"));
    makePlainText(m_coverage);
    makePlainText(m_error);
    m_coverage->setWordWrap(true);
    m_error->setWordWrap(true);
    m_fetch->setToolTip(tr("Ask the server for the failed items of the jobs and the failed files "
                           "of the batches in the range that the index does not hold yet"));
    m_progress->setFormat(tr("%v of %m jobs and batches"));
    m_progress->setAccessibleName(tr("Fetching failed items"));
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_coverage, 1);
    layout->addWidget(m_error, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_fetch);
    layout->addWidget(m_cancel);
    showFetching(false);

    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move within it
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(FailedItemsModel::Reason,
                                                      QHeaderView::Stretch);
    // Wide enough for a folder and a file name, and for whole IDs.
    const int character = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(FailedItemsModel::FileName, character * 40);
    m_table->setColumnWidth(FailedItemsModel::JobOrBatch, character * 24);
    m_table->setColumnWidth(FailedItemsModel::ItemId, character * 24);
    m_table->setAccessibleName(tr("Failed items and files of the selected group"));
    auto *copy = new QAction(tr("&Copy IDs"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, &FailedItemsMode::copySelectedIds);
    // The table takes Ctrl+C for itself (it would copy the current cell): the IDs come first.
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const FailedItem *item = m_model.itemAt(index.row()))
            Q_EMIT openRequested(*item);
    });
    connect(m_fetch, &QPushButton::clicked, this, [this] { Q_EMIT fetchRequested(); });
    connect(m_cancel, &QPushButton::clicked, this, &FailedItemsMode::cancelFetch);
    connect(m_index, &IndexController::writesEnding, this, &FailedItemsMode::cancelFetch);
}

FailedItemsMode::~FailedItemsMode() = default;

bool FailedItemsMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copySelectedIds();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

bool FailedItemsMode::readGroups(const IndexQuery &query, QList<FailureGroup> *groups,
                                 QString *error)
{
    FailuresCoverage coverage;
    if (m_index->isAvailable()) {
        IndexFailuresReader reader(m_index->database());
        if (!reader.groups(query, groups) || !reader.coverage(query, &coverage)) {
            *error = reader.errorString();
            return false;
        }
    }
    showCoverage(coverage);
    return true;
}

bool FailedItemsMode::showGroup(const IndexQuery &query, const std::optional<QString> &shape,
                                QString *error)
{
    QList<FailedItem> items;
    if (shape && m_index->isAvailable()) {
        IndexFailuresReader reader(m_index->database());
        if (!reader.items(query, *shape, GroupItemsShown, &items)) {
            *error = reader.errorString();
            return false;
        }
    }
    m_model.setItems(items);
    return true;
}

void FailedItemsMode::clear()
{
    cancelFetch();
    m_fetchError.clear();
    m_error->clear();
    m_model.setItems({});
    showCoverage({});
}

void FailedItemsMode::showCoverage(const FailuresCoverage &coverage)
{
    const QString jobs = tr("%n job(s)", nullptr, int(coverage.jobsNotFetched));
    const QString batches = tr("%n batch(es)", nullptr, int(coverage.batchesNotFetched));
    QString text;
    if (coverage.jobsNotFetched > 0 && coverage.batchesNotFetched > 0)
        text = tr("Failed items of %1 and files of %2 are not fetched yet.").arg(jobs, batches);
    else if (coverage.jobsNotFetched > 0)
        text = tr("Failed items of %1 are not fetched yet.").arg(jobs);
    else if (coverage.batchesNotFetched > 0)
        text = tr("Failed files of %1 are not fetched yet.").arg(batches);
    else if (coverage.jobs + coverage.batches > 0)
        text = tr("The failed items and files of every job and batch in the range are fetched.");
    m_coverage->setText(text);
    m_fetch->setEnabled(coverage.notFetched() > 0);
}

void FailedItemsMode::showFetching(bool fetching)
{
    m_progress->setVisible(fetching);
    m_cancel->setVisible(fetching);
    m_fetch->setVisible(!fetching);
    m_coverage->setVisible(!fetching && m_fetchError.isEmpty());
    m_error->setVisible(!fetching && !m_fetchError.isEmpty());
}

void FailedItemsMode::startFetch(const IndexQuery &query)
{
    if (m_running || !m_index->isAvailable())
        return;
    m_fetchError.clear();
    m_error->clear();
    QList<FailuresFetchTarget> jobs, batches;
    IndexFailuresReader reader(m_index->database());
    if (!reader.jobsToFetch(query, &jobs) || !reader.batchesToFetch(query, &batches)) {
        m_fetchError = reader.errorString();
        m_error->setText(m_fetchError);
        showFetching(false);
        return;
    }
    m_running = std::make_unique<FailedItemsFetch>(m_client, m_index->database(), m_index->scope());
    m_running->setWriteQueue(m_index->writes());
    connect(m_running.get(), &FailedItemsFetch::progressed, this,
            [this](qint64 done, qint64 total) {
                m_progress->setRange(0, int(std::max<qint64>(1, total)));
                m_progress->setValue(int(done));
            });
    connect(m_running.get(), &FailedItemsFetch::finished, this, [this](const QString &error) {
        // Deleted once it has finished telling.
        m_running.release()->deleteLater();
        m_fetchError = error;
        m_error->setText(error);
        showFetching(false);
        Q_EMIT fetchFinished();
    });
    m_progress->setRange(0, int(std::max<qsizetype>(1, jobs.size() + batches.size())));
    m_progress->setValue(0);
    showFetching(true);
    m_running->start(jobs, batches);
}

void FailedItemsMode::cancelFetch()
{
    if (m_running)
        m_running->cancel();
}

bool FailedItemsMode::fetchBarHasNews() const
{
    return m_fetch->isEnabled() || isFetching() || !m_fetchError.isEmpty();
}

bool FailedItemsMode::isFetching() const
{
    return m_running && m_running->isRunning();
}

const FailedItem *FailedItemsMode::currentItem() const
{
    return m_model.itemAt(m_table->currentIndex().row());
}

QList<FailedItem> FailedItemsMode::selectedItems() const
{
    QList<FailedItem> items;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const FailedItem *item = m_model.itemAt(row.row()))
            items.append(*item);
    }
    return items;
}

void FailedItemsMode::copySelectedIds() const
{
    QList<FailedItem> items = selectedItems();
    if (items.isEmpty()) {
        if (const FailedItem *item = currentItem())
            items.append(*item);
    }
    QStringList lines;
    for (const FailedItem &item : std::as_const(items))
        lines.append(item.parentId + u'\t' + item.itemId);
    if (!lines.isEmpty())
        copyToClipboard(lines.join(u'\n'));
}

ExportRunner::BackgroundWork FailedItemsMode::exportGroup(const IndexQuery &query,
                                                          const QString &shape, const QString &path,
                                                          const CsvOptions &options) const
{
    const QString indexPath = m_index->database()->path();
    return [indexPath, query, shape, path, options](const ExportRunner::BackgroundSteps &steps) {
        // A connection of the export's thread: the window's belongs to the window's thread.
        IndexDatabase database;
        if (!database.open(indexPath, IndexDatabase::OpenMode::Existing))
            return failedExport(database.errorString());
        QList<FailedItem> items;
        IndexFailuresReader reader(&database);
        const bool read = reader.items(query, shape, 0, &items);
        database.close();
        if (!read)
            return failedExport(reader.errorString());
        if (steps.cancelled()) {
            ExportResult result;
            result.rows = ExportResult::Rows::Items;
            result.failure = ExportResult::Failure::Cancelled;
            return result;
        }
        steps.writing();
        return writeItems(items, path, options);
    };
}

ExportRunner::BackgroundWork FailedItemsMode::exportItems(const QList<FailedItem> &items,
                                                          const QString &path,
                                                          const CsvOptions &options)
{
    return [items, path, options](const ExportRunner::BackgroundSteps &steps) {
        steps.writing();
        return writeItems(items, path, options);
    };
}

} // namespace BatchDeck
