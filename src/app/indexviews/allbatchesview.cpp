#include "app/indexviews/allbatchesview.h"

#include "app/batches/batchdetailsdialog.h"
#include "app/batches/batchtableview.h"
#include "app/export/exportrunner.h"
#include "app/index/indexcontroller.h"
#include "app/indexviews/indexfilterpanel.h"
#include "app/indexviews/indexviewparts.h"
#include "core/batches/batch.h"
#include "index/query/indexreader.h"

#include <QHeaderView>

namespace BatchDeck {

namespace {

// The index's order for a column of the batches table.
IndexQuery::Sort sortFor(int column)
{
    using Sort = IndexQuery::Sort;
    switch (BatchTableModel::Column(column)) {
    case BatchTableModel::Status:
        return Sort::Status;
    case BatchTableModel::Id:
        return Sort::Id;
    case BatchTableModel::JobType:
    case BatchTableModel::Configuration: // no order of its own in the index: by type
        return Sort::Type;
    case BatchTableModel::SourceDirectory:
        return Sort::Directory;
    case BatchTableModel::Project:
        return Sort::Project;
    case BatchTableModel::Created:
        return Sort::CreatedAt;
    case BatchTableModel::Updated:
        return Sort::UpdatedAt;
    case BatchTableModel::ColumnCount:
        break;
    }
    return Sort::CreatedAt;
}

// The job types a v2 batch runs (config.job.type).
const QStringList &batchJobTypes()
{
    static const QStringList types {QStringLiteral("parse_v2"), QStringLiteral("extract_v2"),
                                    QStringLiteral("classify_v2")};
    return types;
}

QList<Batch> batchesOf(QList<IndexedBatch> rows)
{
    QList<Batch> batches;
    batches.reserve(rows.size());
    for (IndexedBatch &row : rows)
        batches.append(std::move(row.batch));
    return batches;
}

} // namespace

AllBatchesView::AllBatchesView(const ShellServices &services, IndexController *index,
                               QObject *parent)
    : IndexPagedView(
        index, new IndexFilterPanel(knownBatchStatuses(), batchJobTypes(), services.window), parent)
    , m_services(services)
    , m_table(new BatchTableView(services.window))
{
    filters().setObjectName(QStringLiteral("indexBatchesSidebar"));
    m_table->setObjectName(QStringLiteral("allBatchesTable"));
    m_table->setBatchModel(&m_model);
    m_model.setNameCatalog(services.catalog);
    m_table->setSortingEnabled(true);
    sortBy(m_table->horizontalHeader(), BatchTableModel::Created, sortFor);
    connect(m_table, &BatchTableView::openRequested, this, &AllBatchesView::openDetails);
}

AllBatchesView::~AllBatchesView() = default;

QString AllBatchesView::title() const
{
    return tr("All batches");
}

QString AllBatchesView::toolTip() const
{
    return tr("Every v2 batch in the local index: sort and search across all of them, with a "
              "time range");
}

QString AllBatchesView::searchPlaceholder() const
{
    return tr("Search every batch in the index: its source directory's or project's name, or "
              "the start of its ID (Ctrl+F)");
}

QWidget *AllBatchesView::table()
{
    return m_table;
}

void AllBatchesView::connectToServer(bool shown)
{
    m_details.closeAll();
    IndexPagedView::connectToServer(shown);
}

bool AllBatchesView::readPage(IndexReader &reader, const IndexQuery &query, qint64 *total,
                              QMap<QString, qint64> *counts)
{
    QList<IndexedBatch> rows;
    if (!reader.countBatches(query, total) || !reader.batches(query, &rows)
        || !reader.batchStatusCounts(query, counts))
        return false;
    m_model.setBatches(batchesOf(std::move(rows)));
    return true;
}

void AllBatchesView::openCurrent()
{
    if (const Batch *batch = m_table->currentBatch())
        openDetails(*batch);
}

void AllBatchesView::openDetails(const Batch &batch)
{
    m_details.open(batch.id, [this, &batch] {
        return new BatchDetailsDialog(m_services.client, batch, m_index->scope(), m_services.window,
                                      m_services.catalog);
    });
}

void AllBatchesView::openExportDialog()
{
    const QStringList selectedIds = m_table->selectedIds();
    QList<Batch> selected;
    for (const Batch &batch : m_model.batches()) {
        if (selectedIds.contains(batch.id))
            selected.append(batch);
    }
    ExportRunner *runner = m_services.exportRunner;
    ExportChoices choices;
    choices.allMatching = [this, runner](const QString &path, const CsvOptions &options) {
        IndexQuery all = fullQuery();
        all.offset = 0;
        all.limit = std::numeric_limits<int>::max();
        QList<IndexedBatch> rows;
        IndexReader reader(m_index->database());
        if (!reader.batches(all, &rows)) {
            Q_EMIT loadFailed(indexReadError(reader.errorString()));
            return;
        }
        runner->exportBatches(batchesOf(std::move(rows)), path, options);
    };
    choices.currentPage = [this, runner](const QString &path, const CsvOptions &options) {
        runner->exportBatches(m_model.batches(), path, options);
    };
    choices.selectedRows = [runner, selected](const QString &path, const CsvOptions &options) {
        runner->exportBatches(selected, path, options);
    };
    openIndexExportDialog(m_services.window, state().paging.total, int(m_model.batches().size()),
                          int(selected.size()), choices);
}

} // namespace BatchDeck
