// The v2 batch table model and the batch results model, each under QAbstractItemModelTester.
#include "app/batches/batchresultsmodel.h"
#include "app/batches/batchtablemodel.h"
#include "app/common/statuswords.h"
#include "batchtesting.h"
#include "catalogtesting.h"
#include "core/catalog/namecatalog.h"
#include "testhttpserver.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

Batch parsed(const QJsonObject &json)
{
    Batch batch;
    const QString problem = Batch::fromJson(QJsonDocument(json).toJson(), &batch);
    if (!problem.isEmpty())
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
    return batch;
}

BatchResult result(const QString &file, const QString &jobId, const QString &error = {})
{
    BatchResult value;
    value.sourceDirectoryFileId = file;
    if (!jobId.isEmpty())
        value.jobReference = BatchJobReference {QStringLiteral("parse_v2"), jobId};
    value.errorMessage = error;
    return value;
}

const QString ProjectId = QStringLiteral("5d1d2c3e-1111-4222-8333-944455556666");

// Names for listedBatchJson's IDs: its project is "Finance", its source directory
// "dir-invoices-2026" is "Q3 invoices".
TestHttpServer::Handler namingServer()
{
    return [](const TestRequest &request) {
        if (request.path == Catalog::ProjectsPath)
            return TestResponse::json(
                200,
                QJsonDocument(QJsonArray {projectJson(ProjectId, QStringLiteral("Finance"))})
                    .toJson());
        return TestResponse::json(200,
                                  QJsonDocument(directoryPageJson({directoryJson(
                                                    QStringLiteral("dir-invoices-2026"), ProjectId,
                                                    QStringLiteral("Q3 invoices"))}))
                                      .toJson());
    };
}

void loadNames(NameCatalog *catalog)
{
    QSignalSpy loaded(catalog, &NameCatalog::loaded);
    catalog->refresh();
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(catalog->problem(), QString());
}

} // namespace

class TestBatchTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusReadsAsAWord_data();
    void statusReadsAsAWord();
    void columnsShowTheBatch();
    void everyColumnCarriesTheIdForCopying();
    void refreshWithTheSameBatchesUpdatesInPlace();
    void refreshOfAThousandRowsKeepsSelection_data();
    void refreshOfAThousandRowsKeepsSelection();
    void namesShowWithTheIdAsTooltip_data();
    void namesShowWithTheIdAsTooltip();
    void namesArrivingRepaintTheirColumns();
    void onlyFailuresShowsTheFilesWithAnError();
    void selectedCellsCopyAsAGrid();

private:
    QNetworkAccessManager m_network;
};

void TestBatchTableModel::statusReadsAsAWord_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("shown");
    QTest::newRow("COMPLETED") << "COMPLETED"
                               << "Completed";
    QTest::newRow("THROTTLED") << "THROTTLED"
                               << "Throttled";
    QTest::newRow("CANCELLED") << "CANCELLED"
                               << "Cancelled";
    QTest::newRow("a status this client does not know, as received") << "PAUSED_BY_ADMIN"
                                                                     << "PAUSED_BY_ADMIN";
    QTest::newRow("a v1 status in lower case: the same word as in v1") << "running"
                                                                       << "Running";
}

void TestBatchTableModel::statusReadsAsAWord()
{
    QFETCH(QString, status);
    QFETCH(QString, shown);
    BatchTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatches({parsed(listedBatchJson(QStringLiteral("bat-1"), status))});
    QCOMPARE(model.index(0, BatchTableModel::Status).data().toString(), shown);
    QCOMPARE(model.index(0, BatchTableModel::Status).data(Qt::ToolTipRole).toString(), status);
    QCOMPARE(statusWord(status), shown);
}

void TestBatchTableModel::columnsShowTheBatch()
{
    BatchTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(QDateTime(QDate(2026, 11, 2), QTime(10, 30), QTimeZone::utc()));
    model.setBatches({parsed(listedBatchJson(QStringLiteral("bat-7")))});
    QCOMPARE(model.columnCount(), int(BatchTableModel::ColumnCount));
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role).toString();
    };
    QCOMPARE(cell(BatchTableModel::Id), QStringLiteral("bat-7"));
    QCOMPARE(cell(BatchTableModel::JobType), QStringLiteral("Parse"));
    QCOMPARE(cell(BatchTableModel::JobType, Qt::ToolTipRole), QStringLiteral("parse_v2"));
    QCOMPARE(cell(BatchTableModel::Configuration), QStringLiteral("cfg-PARSE_AGENTIC"));
    QCOMPARE(cell(BatchTableModel::SourceDirectory), QStringLiteral("dir-invoices-2026"));
    QCOMPARE(cell(BatchTableModel::Project),
             QStringLiteral("5d1d2c3e-1111-4222-8333-944455556666"));
    QCOMPARE(cell(BatchTableModel::Created), QStringLiteral("2 h ago"));
    QCOMPARE(cell(BatchTableModel::Updated), QStringLiteral("44 min ago"));
    QVERIFY2(cell(BatchTableModel::Created, Qt::ToolTipRole).endsWith(u"2026-11-02T08:30:00.000Z"),
             qPrintable(cell(BatchTableModel::Created, Qt::ToolTipRole)));
    QCOMPARE(cell(BatchTableModel::Id, Qt::ToolTipRole), QStringLiteral("bat-7"));
    QCOMPARE(model.headerData(BatchTableModel::JobType, Qt::Horizontal).toString(),
             QStringLiteral("Job type"));
    QCOMPARE(
        model.index(0, BatchTableModel::Created).data(BatchTableModel::RawValueRole).toDateTime(),
        QDateTime(QDate(2026, 11, 2), QTime(8, 30), QTimeZone::utc()));
}

void TestBatchTableModel::everyColumnCarriesTheIdForCopying()
{
    BatchTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatches({parsed(listedBatchJson(QStringLiteral("bat-a"))),
                      parsed(listedBatchJson(QStringLiteral("bat-b")))});
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.index(1, column).data(Qt::UserRole).toString(), QStringLiteral("bat-b"));
}

void TestBatchTableModel::refreshWithTheSameBatchesUpdatesInPlace()
{
    BatchTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatches({parsed(listedBatchJson(QStringLiteral("bat-a"), QStringLiteral("RUNNING"))),
                      parsed(listedBatchJson(QStringLiteral("bat-b"), QStringLiteral("RUNNING")))});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBatches({parsed(listedBatchJson(QStringLiteral("bat-a"), QStringLiteral("RUNNING"))),
                      parsed(listedBatchJson(QStringLiteral("bat-b"), QStringLiteral("FAILED")))});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, BatchTableModel::Status).data().toString(), QStringLiteral("Failed"));

    // Other batches: the rows are replaced, not the model reset (the selection of a batch still
    // listed survives a refresh).
    model.setBatches({parsed(listedBatchJson(QStringLiteral("bat-c")))});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, BatchTableModel::Id).data().toString(), QStringLiteral("bat-c"));

    Batch cancelled = parsed(listedBatchJson(QStringLiteral("bat-c"), QStringLiteral("CANCELLED")));
    model.updateBatch(cancelled);
    QCOMPARE(model.index(0, BatchTableModel::Status).data().toString(),
             QStringLiteral("Cancelled"));
}

void TestBatchTableModel::refreshOfAThousandRowsKeepsSelection_data()
{
    QTest::addColumn<bool>("reversed");
    QTest::addColumn<int>("removedRow"); // in the first list; -1: none
    QTest::addColumn<int>("newOnTop");
    QTest::addColumn<QList<int>>("changedRows"); // in the first list
    QTest::addColumn<int>("layoutChanges");
    QTest::newRow("reversed") << true << -1 << 0 << QList<int>() << 1;
    QTest::newRow("reversed, a row removed") << true << 500 << 0 << QList<int>() << 1;
    QTest::newRow("reversed, new rows on top") << true << -1 << 3 << QList<int>() << 1;
    QTest::newRow("reversed, a row changed") << true << -1 << 0 << QList<int> {10} << 1;
    QTest::newRow("reversed, a row removed, new rows on top, a row changed")
        << true << 500 << 3 << QList<int> {10} << 1;
    QTest::newRow("reversed, rows changed far apart")
        << true << -1 << 0 << QList<int> {10, 20, 600} << 1;
    QTest::newRow("same order, new rows on top, a row changed")
        << false << -1 << 3 << QList<int> {10} << 0;
    QTest::newRow("same order, a row removed") << false << 500 << 0 << QList<int>() << 0;
}

void TestBatchTableModel::refreshOfAThousandRowsKeepsSelection()
{
    QFETCH(bool, reversed);
    QFETCH(int, removedRow);
    QFETCH(int, newOnTop);
    QFETCH(QList<int>, changedRows);
    QFETCH(int, layoutChanges);
    constexpr int Rows = 1000;
    const Batch sample =
        parsed(listedBatchJson(QStringLiteral("sample"), QStringLiteral("RUNNING")));
    const auto batchWithId = [&](const QString &id) {
        Batch copy = sample;
        copy.id = id;
        return copy;
    };
    QList<Batch> before;
    for (int row = 0; row < Rows; ++row)
        before << batchWithId(QStringLiteral("bat-%1").arg(row, 4, 10, QLatin1Char('0')));
    QList<Batch> after;
    for (int row = 0; row < newOnTop; ++row)
        after << batchWithId(QStringLiteral("new-%1").arg(row));
    for (int i = 0; i < Rows; ++i) {
        const int row = reversed ? Rows - 1 - i : i;
        if (row == removedRow)
            continue;
        Batch kept = before.at(row);
        if (changedRows.contains(row))
            kept.status = QStringLiteral("FAILED");
        after << kept;
    }
    BatchTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatches(before);

    QItemSelectionModel selection(&model);
    const QList<int> selectedRows {0, 1, 10, 250, 500, 998, 999};
    QSet<QString> expectedSelection;
    for (const int row : selectedRows) {
        selection.select(model.index(row, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (row != removedRow)
            expectedSelection.insert(before.at(row).id);
    }
    const QString currentId = before.at(998).id;
    selection.setCurrentIndex(model.index(998, BatchTableModel::Status),
                              QItemSelectionModel::NoUpdate);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    model.setBatches(after);

    // The data is the new list's.
    QCOMPARE(model.rowCount(), int(after.size()));
    for (int row = 0; row < after.size(); ++row) {
        QCOMPARE(model.index(row, BatchTableModel::Id).data().toString(), after.at(row).id);
        QCOMPARE(model.index(row, BatchTableModel::Status).data(Qt::ToolTipRole).toString(),
                 after.at(row).status);
    }
    QVERIFY(model.batches() == after);

    // The selection and the current index follow their batches.
    QSet<QString> selectedIds;
    const QModelIndexList selectedNow = selection.selectedRows();
    for (const QModelIndex &index : selectedNow)
        selectedIds.insert(index.data(BatchTableModel::BatchIdRole).toString());
    QCOMPARE(selectedNow.size(), expectedSelection.size());
    QCOMPARE(selectedIds, expectedSelection);
    QCOMPARE(selection.currentIndex().data(BatchTableModel::BatchIdRole).toString(), currentId);
    QCOMPARE(selection.currentIndex().column(), int(BatchTableModel::Status));

    // A few signals, not one a row: one dataChanged over the changed rows, one layout change.
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), layoutChanges);
    QCOMPARE(changed.size(), changedRows.isEmpty() ? 0 : 1);
    for (const int changedRow : std::as_const(changedRows)) {
        const int changedNow = model.rowOf(before.at(changedRow).id);
        QCOMPARE(model.index(changedNow, BatchTableModel::Status).data().toString(),
                 QStringLiteral("Failed"));
        QVERIFY(changed.first().at(0).toModelIndex().row() <= changedNow);
        QVERIFY(changed.first().at(1).toModelIndex().row() >= changedNow);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().column(), BatchTableModel::ColumnCount - 1);
    }
    QCOMPARE(inserted.size(), newOnTop > 0 ? 1 : 0);
    QCOMPARE(removed.size(), removedRow >= 0 ? 1 : 0);
    QCOMPARE(moved.size(), 0);
}

void TestBatchTableModel::namesShowWithTheIdAsTooltip_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("directoryId");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("id");

    QTest::newRow("named source directory shows its name")
        << int(BatchTableModel::SourceDirectory) << "dir-invoices-2026"
        << "Q3 invoices"
        << "dir-invoices-2026";
    QTest::newRow("unknown source directory shows its ID")
        << int(BatchTableModel::SourceDirectory) << "dir-9"
        << "dir-9"
        << "dir-9";
    QTest::newRow("named project shows its name")
        << int(BatchTableModel::Project) << "dir-invoices-2026"
        << "Finance" << ProjectId;
}

void TestBatchTableModel::namesShowWithTheIdAsTooltip()
{
    QFETCH(int, column);
    QFETCH(QString, directoryId);
    QFETCH(QString, display);
    QFETCH(QString, id);
    TestHttpServer server(namingServer());
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    loadNames(&catalog);
    BatchTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNameCatalog(&catalog);

    QJsonObject json = listedBatchJson(QStringLiteral("bat-1"));
    json.insert(u"source_directory_id", directoryId);
    model.setBatches({parsed(json)});
    const QModelIndex index = model.index(0, column);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), id);
    // Sorting, copying and export keep working on IDs.
    QCOMPARE(index.data(BatchTableModel::RawValueRole).toString(), id);
    QCOMPARE(index.data(BatchTableModel::BatchIdRole).toString(), QStringLiteral("bat-1"));
}

void TestBatchTableModel::namesArrivingRepaintTheirColumns()
{
    TestHttpServer server(namingServer());
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    NameCatalog catalog(&client);
    BatchTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNameCatalog(&catalog);
    model.setBatches({parsed(listedBatchJson(QStringLiteral("bat-a"))),
                      parsed(listedBatchJson(QStringLiteral("bat-b")))});
    QCOMPARE(model.index(1, BatchTableModel::SourceDirectory).data().toString(),
             u"dir-invoices-2026");

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    loadNames(&catalog);
    QVERIFY(!changed.isEmpty());
    const QModelIndex topLeft = changed.last().at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.last().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(topLeft.column(), int(BatchTableModel::SourceDirectory));
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(bottomRight.column(), int(BatchTableModel::Project));
    QCOMPARE(model.index(1, BatchTableModel::SourceDirectory).data().toString(), u"Q3 invoices");
    QCOMPARE(model.index(1, BatchTableModel::Project).data().toString(), u"Finance");

    // Another server: its names are not known yet, so the IDs show again.
    ClientSettings other = clientSettingsFor(server);
    other.apiKey = QStringLiteral("sk-another-key");
    client.setSettings(other);
    QCOMPARE(model.index(1, BatchTableModel::SourceDirectory).data().toString(),
             u"dir-invoices-2026");
}

void TestBatchTableModel::onlyFailuresShowsTheFilesWithAnError()
{
    BatchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults({result(QStringLiteral("dfl-1"), QStringLiteral("pjb-1")),
                      result(QStringLiteral("dfl-2"), {}, QStringLiteral("File is encrypted")),
                      result(QStringLiteral("dfl-3"), {})});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.failureCount(), 1);
    QCOMPARE(model.index(0, BatchResultsModel::JobId).data().toString(), QStringLiteral("pjb-1"));
    QCOMPARE(model.index(0, BatchResultsModel::JobType).data().toString(), QStringLiteral("Parse"));
    QCOMPARE(model.index(0, BatchResultsModel::JobType).data(Qt::ToolTipRole).toString(),
             QStringLiteral("parse_v2"));
    QCOMPARE(model.index(0, BatchResultsModel::JobType).data(Qt::UserRole).toString(),
             QStringLiteral("parse_v2"));
    QCOMPARE(model.index(2, BatchResultsModel::JobId).data().toString(),
             QStringLiteral("— (no job yet)"));
    QCOMPARE(model.index(2, BatchResultsModel::JobId).data(Qt::UserRole).toString(), QString());

    model.setOnlyFailures(true);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, BatchResultsModel::File).data().toString(), QStringLiteral("dfl-2"));
    QCOMPARE(model.index(0, BatchResultsModel::Error).data().toString(),
             QStringLiteral("File is encrypted"));
    model.setOnlyFailures(false);
    QCOMPARE(model.rowCount(), 3);
}

void TestBatchTableModel::selectedCellsCopyAsAGrid()
{
    BatchResultsModel model;
    model.setResults({result(QStringLiteral("dfl-1"), QStringLiteral("pjb-1")),
                      result(QStringLiteral("dfl-2"), {}, QStringLiteral("bad\tfile\nreally"))});
    const QModelIndexList cells {
        model.index(1, BatchResultsModel::Error), model.index(0, BatchResultsModel::JobId),
        model.index(1, BatchResultsModel::File), model.index(0, BatchResultsModel::File)};
    QCOMPARE(BatchResultsModel::cellsText(cells),
             QStringLiteral("dfl-1\tpjb-1\ndfl-2\tbad file really"));
}

QTEST_MAIN(TestBatchTableModel)
#include "tst_batchtablemodel.moc"
