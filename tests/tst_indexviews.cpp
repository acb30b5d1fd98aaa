// The window's index views on the demo server: sort and search across every job, a time range
// and several statuses at once, failures grouped by error (of jobs, and of the failed items and
// files fetched on demand), stuck work, and the indicator.
#include "app/batches/batchdetailsdialog.h"
#include "app/batches/batchesview.h"
#include "app/batches/batchtablemodel.h"
#include "app/batches/batchtableview.h"
#include "app/common/appsettings.h"
#include "app/connection/credentialstore.h"
#include "app/export/exportdialog.h"
#include "app/export/exportrunner.h"
#include "app/index/indexcontroller.h"
#include "app/index/indexindicator.h"
#include "app/indexviews/allbatchesview.h"
#include "app/indexviews/alljobsview.h"
#include "app/indexviews/faileditemsmode.h"
#include "app/indexviews/faileditemsmodel.h"
#include "app/indexviews/failuresview.h"
#include "app/indexviews/indexfilterpanel.h"
#include "app/indexviews/openbyid.h"
#include "app/indexviews/stuckmodel.h"
#include "app/indexviews/stuckview.h"
#include "app/jobs/jobdetailsdialog.h"
#include "app/jobs/jobsview.h"
#include "app/jobs/jobtableview.h"
#include "app/shell/mainwindow.h"
#include "app/watch/watchcontroller.h"
#include "core/watch/workwatcher.h"
#include "index/query/indexreader.h"
#include "index/sync/indexwritequeue.h"
#include "windowtesting.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

// Opens `table`'s row menu on `row` (of the table's own model) and returns it; null if none.
QMenu *openRowMenu(QTableView &table, int row)
{
    table.scrollTo(table.model()->index(row, 0));
    const QPoint at = table.visualRect(table.model()->index(row, 0)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, table.viewport()->mapToGlobal(at));
    QApplication::sendEvent(table.viewport(), &event);
    for (QMenu *menu : table.findChildren<QMenu *>()) {
        if (menu->isVisible())
            return menu;
    }
    return nullptr;
}

// The first row `proxy` shows elsewhere than its source model has it; -1 if none.
int firstMovedRow(const QSortFilterProxyModel &proxy)
{
    for (int row = 0; row < proxy.rowCount(); ++row) {
        if (proxy.mapToSource(proxy.index(row, 0)).row() != row)
            return row;
    }
    return -1;
}

} // namespace

class IndexViewsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void sortCoversEveryJobOfTheIndex_data();
    void sortCoversEveryJobOfTheIndex();
    void searchCoversEveryJobOfTheIndex();
    void timeRangeAndSeveralStatusesAtOnce();
    void batchesSortAndFilterAcrossTheIndex();
    void exportWritesEveryMatchingJobOfTheIndex();
    void failuresAreGroupedAndAGroupListsItsJobs();
    void failedItemsFetchCanBeCancelled();
    void failedItemsAreFetchedGroupedAndListed();
    void failedItemsGroupIsExported();
    void failedItemsShowServerTextAsPlainText_data();
    void failedItemsShowServerTextAsPlainText();
    void stuckWorkIsListedAndCounted();
    void theIndicatorSaysWhatTheIndexHolds();
    void withoutTheIndexTheViewsSayHowToTurnItOn();
    void clearIndexEmptiesItOnlyWhenConfirmed_data();
    void clearIndexEmptiesItOnlyWhenConfirmed();
    void openById_data();
    void openById();
    void openByIdRefusesWhatIsNotAnId();

private:
    // The window on the demo server, its index synced once.
    MainWindow *startSynced();
    // Exports every matching row of the shown view to `path` through its export dialog.
    void exportAllMatching(MainWindow *window, const QString &path, ExportResult *result);
    // Jobs of the index matching `query` (its page aside): what the views must show.
    qint64 countInIndex(IndexQuery query);

    QTemporaryDir m_settingsDir;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<MainWindow> m_synced; // made once: a sync of the demo takes a while
    std::unique_ptr<MainWindow> m_window; // a test's own
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void IndexViewsTest::initTestCase()
{
    isolateWindowTest(m_settingsDir.path());
}

void IndexViewsTest::init()
{
    if (!m_synced) {
        clearSettings();
        AppSettings().saveIndexEnabled(true);
    }
}

void IndexViewsTest::cleanup()
{
    m_window.reset();
    if (!m_synced)
        return;
    // The shared window as a test found it: no filter, search or sort, the real clock.
    m_synced->findChild<QLineEdit *>(QStringLiteral("quickSearch"))->clear();
    for (IndexPagedView *view : std::initializer_list<IndexPagedView *> {
             &m_synced->allJobsView(), &m_synced->allBatchesView()}) {
        view->resetFilters();
        view->setPageSize(AppSettings().pageSize());
    }
    m_synced->allJobsView().jobTable().sortByColumn(JobTableModel::Created, Qt::DescendingOrder);
    m_synced->failuresView().setKind(FailuresView::Kind::Jobs);
    m_synced->failuresView().resetFilters();
    m_synced->index().setClock([] { return QDateTime::currentDateTimeUtc(); });
    m_synced->stuckView().thresholdBox().setValue(AppSettings::DefaultStuckAfterMinutes);
    QTRY_VERIFY(!m_synced->allJobsView().isBusy());
}

void IndexViewsTest::cleanupTestCase()
{
    m_testers.clear();
    m_synced.reset();
}

MainWindow *IndexViewsTest::startSynced()
{
    if (m_synced)
        return m_synced.get();
    m_synced = std::make_unique<MainWindow>(&m_credentials);
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
             &m_synced->allJobsView().model(), m_synced->allJobsView().jobTable().model(),
             &m_synced->allBatchesView().model(), &m_synced->failuresView().groupsModel(),
             &m_synced->failuresView().jobsModel(), &m_synced->failuresView().itemsModel(),
             &m_synced->stuckView().model()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    QSignalSpy synced(&m_synced->index(), &IndexController::syncFinished);
    m_synced->resize(1280, 760);
    m_synced->show();
    m_synced->start(true);
    if (!synced.wait(60'000) || !m_synced->index().problem().isEmpty()) {
        qWarning("%s", qPrintable(m_synced->index().problem()));
        m_testers.clear();
        m_synced.reset();
        return nullptr;
    }
    return m_synced.get();
}

void IndexViewsTest::exportAllMatching(MainWindow *window, const QString &path,
                                       ExportResult *result)
{
    window->openExportDialog();
    auto *dialog = window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("allMatchingRadio"))->isChecked());
    dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"))->setText(path);
    QSignalSpy finished(&window->exportRunner(), &ExportRunner::finished);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->buttons().constFirst()->text() == u"&Export"
                          ? buttons->buttons().constFirst()
                          : buttons->buttons().constLast(),
                      Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(60'000));
    *result = finished.constFirst().constFirst().value<ExportResult>();
}

qint64 IndexViewsTest::countInIndex(IndexQuery query)
{
    IndexReader reader(m_synced->index().database());
    qint64 count = -1;
    if (!reader.countJobs(query, &count))
        qWarning("%s", qPrintable(reader.errorString()));
    return count;
}

void IndexViewsTest::sortCoversEveryJobOfTheIndex_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<IndexQuery::Sort>("sort");
    QTest::newRow("most failed items first")
        << int(JobTableModel::Failed) << Qt::DescendingOrder << IndexQuery::Sort::FailedItems;
    QTest::newRow("fewest items first")
        << int(JobTableModel::Total) << Qt::AscendingOrder << IndexQuery::Sort::TotalItems;
    QTest::newRow("oldest first") << int(JobTableModel::Created) << Qt::AscendingOrder
                                  << IndexQuery::Sort::CreatedAt;
}

void IndexViewsTest::sortCoversEveryJobOfTheIndex()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(IndexQuery::Sort, sort);
    MainWindow *window = startSynced();
    QVERIFY(window);
    AllJobsView &view = window->allJobsView();
    window->showView(&view);
    view.setPageSize(50);
    view.jobTable().sortByColumn(column, order);

    // The first row of the page is the first of every job in the index, not of one page.
    IndexQuery expected;
    expected.sort = sort;
    expected.descending = order == Qt::DescendingOrder;
    expected.limit = 1;
    IndexReader reader(window->index().database());
    QList<IndexedJob> first;
    QVERIFY(reader.jobs(expected, &first));
    QCOMPARE(view.model().jobs().size(), 50);
    QCOMPARE(view.model().jobs().constFirst().id, first.constFirst().job.id);
    QCOMPARE(view.state().paging.total, 2500);
    QCOMPARE(view.state().paging.pageCount, 50);
}

void IndexViewsTest::searchCoversEveryJobOfTheIndex()
{
    MainWindow *window = startSynced();
    QVERIFY(window);
    window->showView(&window->allJobsView());
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("quickSearch"));
    QVERIFY(search->placeholderText().contains(QStringLiteral("every job in the index")));
    search->setText(QStringLiteral("too large"));
    IndexQuery query;
    query.text = QStringLiteral("too large");
    const qint64 matching = countInIndex(query);
    QVERIFY(matching > 0);
    QTRY_COMPARE(window->allJobsView().state().paging.total, matching);
    for (const Job &job : window->allJobsView().model().jobs())
        QVERIFY2(job.errorMessage.contains(QStringLiteral("too large")), qPrintable(job.id));
    QCOMPARE(window->allJobsView().searchCountText(),
             QStringLiteral("%1 in the index").arg(matching));
}

void IndexViewsTest::timeRangeAndSeveralStatusesAtOnce()
{
    MainWindow *window = startSynced();
    QVERIFY(window);
    AllJobsView &view = window->allJobsView();
    window->showView(&view);
    view.filters().setStatusChecked(QStringLiteral("failed"), true);
    view.filters().setStatusChecked(QStringLiteral("cancelled"), true);
    view.filters().setRange(IndexFilterPanel::Range::LastWeek);

    const QDateTime weekAgo = QDateTime::currentDateTimeUtc().addDays(-7);
    IndexQuery query;
    query.statuses = {QStringLiteral("failed"), QStringLiteral("cancelled")};
    query.createdFrom = weekAgo;
    const qint64 expected = countInIndex(query);
    QVERIFY(expected > 0);
    QCOMPARE(view.state().paging.total, expected);
    for (const Job &job : view.model().jobs()) {
        QVERIFY(job.status == u"failed" || job.status == u"cancelled");
        QVERIFY(job.createdAt >= weekAgo.addSecs(-60));
    }
    QCOMPARE(view.filterDescription(),
             QStringList({QStringLiteral("created: last 7 days"),
                          QStringLiteral("status: cancelled, failed")}));
}

void IndexViewsTest::batchesSortAndFilterAcrossTheIndex()
{
    MainWindow *window = startSynced();
    QVERIFY(window);
    AllBatchesView &view = window->allBatchesView();
    window->showView(&view);
    QCOMPARE(view.state().paging.total, 60);
    view.setPageSize(10);
    view.batchTable().sortByColumn(BatchTableModel::Id, Qt::AscendingOrder);
    IndexQuery first;
    first.sort = IndexQuery::Sort::Id;
    first.descending = false;
    first.limit = 1;
    IndexReader reader(window->index().database());
    QList<IndexedBatch> expected;
    QVERIFY(reader.batches(first, &expected));
    QCOMPARE(view.model().batches().constFirst().id, expected.constFirst().batch.id);

    view.filters().setStatusChecked(QStringLiteral("FAILED"), true);
    view.filters().setStatusChecked(QStringLiteral("COMPLETED"), true);
    IndexQuery statuses;
    statuses.statuses = {QStringLiteral("FAILED"), QStringLiteral("COMPLETED")};
    qint64 count = -1;
    QVERIFY(reader.countBatches(statuses, &count));
    QCOMPARE(view.state().paging.total, count);
    for (const Batch &batch : view.model().batches())
        QVERIFY(batch.status == u"FAILED" || batch.status == u"COMPLETED");
}

void IndexViewsTest::exportWritesEveryMatchingJobOfTheIndex()
{
    MainWindow *window = startSynced();
    QVERIFY(window);
    AllJobsView &view = window->allJobsView();
    window->showView(&view);
    view.setPageSize(50);
    view.filters().setStatusChecked(QStringLiteral("failed"), true);
    IndexQuery failed;
    failed.statuses = {QStringLiteral("failed")};
    const qint64 expected = countInIndex(failed);
    QVERIFY(expected > 50); // more than the page shown

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("failed.csv"));
    ExportResult result;
    exportAllMatching(window, path, &result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, expected);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv.count("\r\nbjb-"), expected);
    QCOMPARE(csv.count(",failed,"), expected);
    if (auto *box = window->findChild<QMessageBox *>())
        box->close();
}

void IndexViewsTest::failuresAreGroupedAndAGroupListsItsJobs()
{
    MainWindow *window = startSynced();
    QVERIFY(window);
    FailuresView &view = window->failuresView();
    window->showView(&view);
    const QList<FailureGroup> &groups = view.groupsModel().groups();
    QVERIFY(groups.size() > 3);
    // A job group's example is a job; there is no file to show.
    QVERIFY(view.groupsTable().isColumnHidden(FailureGroupsModel::ExampleFile));
    QVERIFY(!view.groupsTable().isColumnHidden(FailureGroupsModel::Example));
    qint64 total = 0;
    for (const FailureGroup &group : groups)
        total += group.count;
    IndexQuery failed;
    failed.statuses = {QStringLiteral("failed")};
    QCOMPARE(total, countInIndex(failed));

    view.selectGroup(1);
    const FailureGroup group = groups.at(1);
    QCOMPARE(view.jobsModel().jobs().size(), group.count);
    IndexReader reader(window->index().database());
    for (const Job &job : view.jobsModel().jobs()) {
        QCOMPARE(job.status, QStringLiteral("failed"));
        std::optional<IndexedJob> indexed;
        QVERIFY(reader.job(job.id, &indexed));
    }
    QCOMPARE(view.jobsModel().jobs().constFirst().id, group.exampleId); // newest first
}

void IndexViewsTest::failedItemsFetchCanBeCancelled()
{
    MainWindow *window = startSynced();
    QVERIFY(window);
    FailuresView &view = window->failuresView();
    window->showView(&view);
    view.kindBar().setCurrentIndex(int(FailuresView::Kind::Items));
    QCOMPARE(view.kind(), FailuresView::Kind::Items);
    auto *fetch = view.table()->findChild<QPushButton *>(QStringLiteral("fetchFailedItems"));
    auto *cancel = view.table()->findChild<QPushButton *>(QStringLiteral("cancelFailedItemsFetch"));
    auto *progress = view.table()->findChild<QProgressBar *>(QStringLiteral("failedItemsProgress"));
    auto *coverage = view.table()->findChild<QLabel *>(QStringLiteral("failedItemsCoverage"));
    QVERIFY(fetch && cancel && progress && coverage);
    QVERIFY(fetch->isVisible());
    QVERIFY(fetch->isEnabled());
    QVERIFY2(coverage->text().contains(u"not fetched yet"), qPrintable(coverage->text()));
    const QString before = coverage->text();

    QTest::mouseClick(fetch, Qt::LeftButton);
    QVERIFY(view.itemsMode().isFetching());
    QVERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());
    QVERIFY(!fetch->isVisible());
    QVERIFY(progress->maximum() > 1);
    QTest::mouseClick(cancel, Qt::LeftButton);

    // The view is as before: nothing fetched, ready to fetch, and the jobs' groups still there.
    QVERIFY(!view.itemsMode().isFetching());
    QVERIFY(view.itemsMode().fetchError().isEmpty());
    QTRY_VERIFY(fetch->isVisible());
    QVERIFY(!progress->isVisible());
    QVERIFY(fetch->isEnabled());
    QTRY_COMPARE(coverage->text(), before);
    view.kindBar().setCurrentIndex(int(FailuresView::Kind::Jobs));
    QVERIFY(view.groupsModel().groups().size() > 3);
    view.selectGroup(0);
    QCOMPARE(view.jobsModel().jobs().size(), view.groupsModel().groups().constFirst().count);
}

void IndexViewsTest::failedItemsAreFetchedGroupedAndListed()
{
    MainWindow *window = startSynced();
    QVERIFY(window);
    FailuresView &view = window->failuresView();
    window->showView(&view);
    view.kindBar().setCurrentIndex(int(FailuresView::Kind::Items));
    QCOMPARE(window->findChild<QLineEdit *>(QStringLiteral("quickSearch"))->placeholderText(),
             view.searchPlaceholder());
    QVERIFY(view.searchPlaceholder().startsWith(QStringLiteral("Search failed items and files")));
    // An item group's example is a file; its job or batch is in the rows.
    QVERIFY(!view.groupsTable().isColumnHidden(FailureGroupsModel::ExampleFile));
    QVERIFY(view.groupsTable().isColumnHidden(FailureGroupsModel::Example));
    auto *fetch = view.table()->findChild<QPushButton *>(QStringLiteral("fetchFailedItems"));
    auto *progress = view.table()->findChild<QProgressBar *>(QStringLiteral("failedItemsProgress"));
    auto *coverage = view.table()->findChild<QLabel *>(QStringLiteral("failedItemsCoverage"));
    QSignalSpy progressed(progress, &QProgressBar::valueChanged);
    QTest::mouseClick(fetch, Qt::LeftButton);
    QVERIFY(progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!view.itemsMode().isFetching(), 120'000);
    QVERIFY2(view.itemsMode().fetchError().isEmpty(), qPrintable(view.itemsMode().fetchError()));
    QVERIFY(!progressed.isEmpty());
    QCOMPARE(progressed.constLast().constFirst().toInt(), progress->maximum());
    QTRY_VERIFY(!fetch->isEnabled()); // everything of the range is fetched
    QVERIFY2(!coverage->text().contains(u"not fetched"), qPrintable(coverage->text()));

    const QList<FailureGroup> &groups = view.groupsModel().groups();
    QVERIFY(!groups.isEmpty());
    bool named = false;
    for (const FailureGroup &group : groups)
        named = named || !group.exampleFileName.isEmpty();
    QVERIFY(named);
    QCOMPARE(view.groupsModel().index(0, FailureGroupsModel::ExampleFile).data().toString(),
             groups.constFirst().exampleFileName);

    // A group lists its items and files, the newest first, by name.
    const int row = int(groups.size()) > 1 ? 1 : 0;
    view.selectGroup(row);
    const FailureGroup group = groups.at(row);
    const FailedItemsModel &items = view.itemsModel();
    QCOMPARE(items.rowCount(), std::min<qint64>(group.count, FailedItemsMode::GroupItemsShown));
    QCOMPARE(items.items().constFirst().parentId, group.exampleId);
    for (int i = 0; i < items.rowCount(); ++i) {
        const FailedItem &item = items.items().at(i);
        QCOMPARE(item.errorShape, group.shape);
        QCOMPARE(items.index(i, FailedItemsModel::FileName).data().toString(),
                 item.name.isEmpty() ? item.itemId : item.name);
        QVERIFY(items.index(i, FailedItemsModel::FileName)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(item.itemId));
    }

    // Ctrl+C copies the IDs of the row.
    QTableView *table = view.itemsMode().table();
    QVERIFY(table->isVisible());
    table->setFocus();
    table->selectRow(0);
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(),
             items.items().constFirst().parentId + u'\t' + items.items().constFirst().itemId);
}

void IndexViewsTest::failedItemsGroupIsExported()
{
    MainWindow *window = startSynced();
    QVERIFY(window);
    FailuresView &view = window->failuresView();
    window->showView(&view);
    view.setKind(FailuresView::Kind::Items);
    const QList<FailureGroup> &groups = view.groupsModel().groups();
    QVERIFY(!groups.isEmpty()); // fetched by the test before
    view.selectGroup(0);
    const FailureGroup group = groups.constFirst();

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("items.csv"));
    ExportResult result;
    exportAllMatching(window, path, &result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rows, ExportResult::Rows::Items);
    QCOMPARE(result.rowsWritten, group.count);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QByteArray header = lines.constFirst().trimmed();
    if (header.startsWith("\xEF\xBB\xBF"))
        header.remove(0, 3); // the byte order mark of the dialog's default
    QCOMPARE(header,
             QByteArray("kind,job_or_batch_id,item_id,file_name,status,error_message,error_shape"));
    qint64 rows = 0;
    for (const QByteArray &line : lines.mid(1)) {
        if (line.trimmed().isEmpty())
            continue;
        ++rows;
        QVERIFY2(line.startsWith("item,") || line.startsWith("file,"), line.constData());
    }
    QCOMPARE(rows, group.count);
    QVERIFY(lines.at(1).contains(group.exampleId.toUtf8()));
    if (auto *box = window->findChild<QMessageBox *>())
        box->close();
}

void IndexViewsTest::failedItemsShowServerTextAsPlainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("markup") << QStringLiteral("<b>big</b> <a href=\"x\">file</a>")
                            << QStringLiteral("<b>big</b> <a href=\"x\">file</a>");
    QTest::newRow("line breaks") << QStringLiteral("too\nlarge\r\n")
                                 << QStringLiteral("too large  ");
    QTest::newRow("terminal escape")
        << QStringLiteral("\x1b[31mred\x1b[0m\a") << QStringLiteral(" [31mred [0m ");
}

void IndexViewsTest::failedItemsShowServerTextAsPlainText()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    FailedItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FailedItem item;
    item.kind = FailedItem::Kind::BatchFile;
    item.parentId = text;
    item.itemId = text;
    item.name = text;
    item.errorMessage = text;
    FailedItem unnamed = item;
    unnamed.name.clear();
    unnamed.itemId = QStringLiteral("file-7");
    model.setItems({unnamed, item});
    QCOMPARE(model.rowCount(), 2);
    // A file whose name is not known shows as its ID.
    QCOMPARE(model.index(0, FailedItemsModel::FileName).data().toString(), unnamed.itemId);
    for (int column = 0; column < FailedItemsModel::ColumnCount; ++column) {
        if (column == FailedItemsModel::Status)
            continue;
        const QVariant value = model.index(1, column).data();
        QCOMPARE(value.typeId(), QMetaType::QString);
        QCOMPARE(value.toString(), shown);
    }
    // The tooltip shows markup as characters: escaped, never taken for rich text as sent.
    const QString tip = model.index(0, FailedItemsModel::Reason).data(Qt::ToolTipRole).toString();
    if (text.contains(u'<'))
        QVERIFY2(!tip.contains(text), qPrintable(tip));
}

void IndexViewsTest::stuckWorkIsListedAndCounted()
{
    MainWindow *window = startSynced();
    QVERIFY(window);
    // Two days on, nothing has moved: every unfinished job and batch is stuck.
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(2);
    window->index().setClock([later] { return later; });
    StuckView &view = window->stuckView();
    window->showView(&view);
    IndexReader reader(window->index().database());
    QList<IndexedJob> jobs;
    QList<IndexedBatch> batches;
    QVERIFY(reader.stuckJobs(later, 60'000, &jobs));
    QVERIFY(reader.stuckBatches(later, 60'000, &batches));
    QVERIFY(!jobs.isEmpty());
    QCOMPARE(view.model().rowCount(), jobs.size() + batches.size());
    QCOMPARE(view.state().paging.total, jobs.size() + batches.size());

    // Its rows offer the watching of the job and batch tables. Stuck work is unfinished work:
    // Watch All Running in View watches every row, and nothing of the lists not on screen.
    WatchController &watch = window->watch();
    const auto unwatchAll = qScopeGuard([&watch] {
        // The window is shared: later tests must not find its looks going on.
        for (const WatchedWork &work : watch.watcher().watched())
            watch.setWatched(work, false);
    });
    QStringList stuckIds;
    for (const IndexedJob &each : std::as_const(jobs))
        stuckIds << each.job.id;
    for (const IndexedBatch &each : std::as_const(batches))
        stuckIds << each.batch.id;
    auto *watchAll = window->findChild<QAction *>(QStringLiteral("actionWatchAllRunning"));
    QVERIFY(watchAll);
    watchAll->trigger();
    for (const QString &id : std::as_const(stuckIds))
        QVERIFY2(watch.isWatched(id), qPrintable(id));
    QCOMPARE(watch.watcher().watched().size(), stuckIds.size());

    // Every row selected, the row menu offers Stop Watching for them all.
    QTableView &table = view.stuckTable();
    table.selectAll();
    QMenu *menu = openRowMenu(table, 0);
    QVERIFY(menu);
    auto *action = menu->findChild<QAction *>(QStringLiteral("watchAction"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Stop &Watching"));
    action->trigger();
    menu->close();
    QVERIFY(watch.watcher().watched().isEmpty());

    // One row, shown elsewhere than the model has it: Watch is for that row's work.
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(table.model());
    QVERIFY(proxy);
    const auto restoreSort = qScopeGuard(
        [&table] { table.sortByColumn(StuckModel::WithoutProgressFor, Qt::AscendingOrder); });
    for (int column :
         {int(StuckModel::WithoutProgressFor), int(StuckModel::Created), int(StuckModel::Id)}) {
        if (firstMovedRow(*proxy) >= 0)
            break;
        table.sortByColumn(column, Qt::DescendingOrder);
    }
    const int shownRow = firstMovedRow(*proxy);
    QVERIFY2(shownRow >= 0, "no sort moved a row");
    const StuckModel::Row *stuck =
        view.model().rowAt(proxy->mapToSource(proxy->index(shownRow, 0)).row());
    QVERIFY(stuck);
    const QString shownId = std::holds_alternative<IndexedJob>(*stuck)
        ? std::get<IndexedJob>(*stuck).job.id
        : std::get<IndexedBatch>(*stuck).batch.id;
    table.clearSelection();
    menu = openRowMenu(table, shownRow);
    QVERIFY(menu);
    action = menu->findChild<QAction *>(QStringLiteral("watchAction"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("&Watch"));
    action->trigger();
    menu->close();
    QCOMPARE(watch.watcher().watched().size(), 1);
    QVERIFY(watch.isWatched(shownId));

    // A longer threshold leaves only what has not moved for longer.
    view.thresholdBox().setValue(3 * 24 * 60);
    jobs.clear();
    batches.clear();
    QVERIFY(reader.stuckJobs(later, 3 * 24 * 3'600'000LL, &jobs));
    QVERIFY(reader.stuckBatches(later, 3 * 24 * 3'600'000LL, &batches));
    QCOMPARE(view.model().rowCount(), jobs.size() + batches.size());

    // Back to the time of the sync, nothing has gone a week without progress, and the view says
    // so.
    window->index().setClock([] { return QDateTime::currentDateTimeUtc(); });
    view.thresholdBox().setValue(AppSettings::MaxStuckAfterMinutes);
    QCOMPARE(view.model().rowCount(), 0);
    QVERIFY(view.emptyText().contains(QStringLiteral("Nothing is stuck")));
}

void IndexViewsTest::theIndicatorSaysWhatTheIndexHolds()
{
    MainWindow *window = startSynced();
    QVERIFY(window);
    const QString text = window->indexIndicator().text();
    QVERIFY2(text.startsWith(QStringLiteral("Index: 2,500 jobs, 60 batches, synced")),
             qPrintable(text));
    QVERIFY(window->indexIndicator().syncNowAction()->isEnabled());
    QVERIFY(!window->indexIndicator().cancelAction()->isEnabled());
}

void IndexViewsTest::withoutTheIndexTheViewsSayHowToTurnItOn()
{
    // A data folder of its own, so that the index it makes is not the shared window's.
    const QString dataFolder = m_settingsDir.filePath(QStringLiteral("other-data"));
    const QByteArray sharedData = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataFolder));
    const auto restore = qScopeGuard([&] { qputenv("XDG_DATA_HOME", sharedData); });
    AppSettings().saveIndexEnabled(false);
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_window->show();
    m_window->start(true);
    m_window->showView(&m_window->allJobsView());
    QVERIFY(!m_window->index().isAvailable());
    QVERIFY(m_window->allJobsView().emptyText().contains(QStringLiteral("index is off")));
    QVERIFY(m_window->indexIndicator().text().contains(QStringLiteral("off")));
    // No copy of the user's jobs is made.
    QVERIFY(!QDir(dataFolder + QStringLiteral("/BatchDeck/index")).exists());

    // Turned on from the menu, it is made and synced.
    QSignalSpy synced(&m_window->index(), &IndexController::syncFinished);
    m_window->indexIndicator().enabledAction()->setChecked(true);
    QVERIFY(synced.wait(60'000));
    QTRY_COMPARE(m_window->allJobsView().state().paging.total, 2500);
    QVERIFY(AppSettings().indexEnabled());
    QVERIFY(QDir(dataFolder + QStringLiteral("/BatchDeck/index")).exists());
}

void IndexViewsTest::clearIndexEmptiesItOnlyWhenConfirmed_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<bool>("whileSyncing");
    QTest::newRow("confirmed") << true << false;
    // The sync is cancelled, and a page it was writing lands before the clear, not after.
    QTest::newRow("confirmed while a sync runs") << true << true;
    QTest::newRow("cancelled in the question") << false << false;
}

void IndexViewsTest::clearIndexEmptiesItOnlyWhenConfirmed()
{
    QFETCH(bool, confirm);
    QFETCH(bool, whileSyncing);
    // A data folder of its own: the shared window's index stays whole.
    const QString dataFolder =
        m_settingsDir.filePath(QStringLiteral("clear-%1").arg(QTest::currentDataTag()));
    const QByteArray sharedData = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataFolder));
    const auto restore = qScopeGuard([&] { qputenv("XDG_DATA_HOME", sharedData); });
    m_window = std::make_unique<MainWindow>(&m_credentials);
    QSignalSpy synced(&m_window->index(), &IndexController::syncFinished);
    m_window->show();
    m_window->start(true);
    QVERIFY(synced.wait(60'000));
    m_window->showView(&m_window->allJobsView());
    QTRY_COMPARE(m_window->allJobsView().state().paging.total, 2500);
    if (whileSyncing) {
        m_window->index().syncNow(IndexSync::Mode::Full);
        QVERIFY(m_window->index().isSyncing());
    }

    QSignalSpy cleared(&m_window->index(), &IndexController::cleared);
    m_window->indexIndicator().clearAction()->trigger();
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = m_window->findChild<QMessageBox *>()) != nullptr);
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    QAbstractButton *answer = question->button(QMessageBox::Cancel);
    if (confirm) {
        for (QAbstractButton *button : question->buttons()) {
            if (button->text() == QStringLiteral("Clear Index"))
                answer = button;
        }
    }
    answer->click();
    if (!confirm) {
        // A clear would be queued before this: once it has run, the index is seen as it is.
        bool queuedWritesDone = false;
        m_window->index().writes()->post(
            this, IndexWriteQueue::Ticket(), [](IndexWriter &) { return QString(); },
            [&queuedWritesDone](const QString &) { queuedWritesDone = true; });
        QTRY_VERIFY(queuedWritesDone);
        QCOMPARE(cleared.count(), 0);
        IndexReader reader(m_window->index().database());
        IndexSummary summary;
        QVERIFY(reader.summary(&summary));
        QCOMPARE(summary.jobs, 2500);
        return;
    }
    QVERIFY(cleared.wait(30'000));
    QVERIFY(!m_window->index().isSyncing());
    QTRY_COMPARE(m_window->allJobsView().state().paging.total, 0);
    QVERIFY2(m_window->allJobsView().emptyText().contains(QStringLiteral("No jobs in the index")),
             qPrintable(m_window->allJobsView().emptyText()));
    QVERIFY2(m_window->indexIndicator().text().startsWith(
                 QStringLiteral("Index: 0 jobs, 0 batches · never synced")),
             qPrintable(m_window->indexIndicator().text()));
    // Whatever the cancelled sync still had in hand was dropped, not written after the clear.
    IndexReader reader(m_window->index().database());
    IndexSummary summary;
    QVERIFY(reader.summary(&summary));
    QCOMPARE(summary.jobs, 0);
    QCOMPARE(summary.batches, 0);
}

void IndexViewsTest::openById_data()
{
    QTest::addColumn<bool>("indexOn");
    QTest::addColumn<QString>("kind");
    QTest::newRow("a job, from the index") << true << QStringLiteral("job");
    QTest::newRow("a batch, from the index") << true << QStringLiteral("batch");
    QTest::newRow("a job, from the server (index off)") << false << QStringLiteral("job");
    QTest::newRow("a batch, from the server (index off)") << false << QStringLiteral("batch");
    QTest::newRow("nowhere") << true << QStringLiteral("none");
}

void IndexViewsTest::openById()
{
    QFETCH(bool, indexOn);
    QFETCH(QString, kind);
    MainWindow *window = nullptr;
    if (indexOn) {
        window = startSynced();
    } else { // a window of its own, without the index
        const bool shared = m_synced != nullptr;
        if (shared)
            AppSettings().saveIndexEnabled(false);
        m_window = std::make_unique<MainWindow>(&m_credentials);
        if (shared)
            AppSettings().saveIndexEnabled(true);
        m_window->show();
        m_window->start(true);
        window = m_window.get();
    }
    QVERIFY(window);
    QCOMPARE(window->index().isAvailable(), indexOn);
    // IDs the demo has, read from its own lists.
    QTRY_VERIFY_WITH_TIMEOUT(!window->jobsView().model().jobs().isEmpty(), 20'000);
    window->showView(&window->batchesView());
    QTRY_VERIFY_WITH_TIMEOUT(!window->batchesView().model().batches().isEmpty(), 20'000);
    const QString id = kind == u"job" ? window->jobsView().model().jobs().at(3).id
        : kind == u"batch"            ? window->batchesView().model().batches().at(2).id
                                      : QStringLiteral("bjb-00000000-0000-0000-0000-000000000000");

    OpenById &openById = window->openById();
    QSignalSpy opened(&openById, &OpenById::opened);
    QSignalSpy notFound(&openById, &OpenById::notFound);
    QApplication::clipboard()->setText(QStringLiteral("  ") + id + QStringLiteral("\n"));
    openById.openDialog();
    auto *field = openById.dialog()->findChild<QLineEdit *>(QStringLiteral("idField"));
    QCOMPARE(field->text(), id); // the clipboard's ID, already there
    QTest::keyClick(field, Qt::Key_Return);
    if (kind == u"none") {
        QVERIFY(notFound.wait(20'000));
        QVERIFY(notFound.constFirst().constFirst().toString().contains(
            QStringLiteral("No job or batch")));
        return;
    }
    // From the index at once; from the server once it answers.
    if (indexOn)
        QCOMPARE(opened.count(), 1);
    else
        QVERIFY(opened.wait(20'000));
    auto *details = opened.constFirst().constFirst().value<QWidget *>();
    if (kind == u"job")
        QCOMPARE(qobject_cast<JobDetailsDialog *>(details)->jobId(), id);
    else
        QCOMPARE(qobject_cast<BatchDetailsDialog *>(details)->batch().id, id);
}

void IndexViewsTest::openByIdRefusesWhatIsNotAnId()
{
    QVERIFY(OpenById::checkId(QStringLiteral("bjb-12ab")).isEmpty());
    QVERIFY(OpenById::checkId(QString()).startsWith(QStringLiteral("ID:")));
    const QString refused = OpenById::checkId(QStringLiteral("../../etc <b>x</b>"));
    QVERIFY(refused.startsWith(QStringLiteral("ID:")));
    QVERIFY(refused.contains(QStringLiteral("is not a job or batch ID")));
}

QTEST_MAIN(IndexViewsTest)
#include "tst_indexviews.moc"
