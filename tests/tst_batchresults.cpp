// A v2 batch's Results tab on a par with v1's items: files by name (the ID in the tooltip and in
// copies), each error readable whole as plain text under the table, and a file without a job
// saying why. BatchResultsModel alone, and BatchDetailsDialog against the demo server on
// 127.0.0.1.
#include "app/batches/batchdetailsdialog.h"
#include "demo/demoserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace BatchDeck;

namespace {

BatchResult result(const QString &file, const QString &jobId, const QString &error = {})
{
    BatchResult value;
    value.sourceDirectoryFileId = file;
    if (!jobId.isEmpty())
        value.jobReference = BatchJobReference {QStringLiteral("parse_v2"), jobId};
    value.errorMessage = error;
    return value;
}

DirectoryFile file(const QString &id, const QString &name, bool deleted = false)
{
    DirectoryFile value;
    value.id = id;
    value.displayName = name;
    if (deleted)
        value.deletedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
    return value;
}

} // namespace

class TestBatchResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filesShowTheirNamesWithTheIdInTooltipAndCopy();
    void aFileWithoutAJobSaysWhy_data();
    void aFileWithoutAJobSaysWhy();
    void anErrorShowsOnOneLineAndWholeElsewhere_data();
    void anErrorShowsOnOneLineAndWholeElsewhere();
    void demoBatchNamesItsFilesAndShowsWholeErrors_data();
    void demoBatchNamesItsFilesAndShowsWholeErrors();

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<ApiClient> m_client;
};

void TestBatchResults::initTestCase()
{
    DemoConfig config;
    config.jobCount = 200;
    config.now = QDateTime(QDate(2026, 11, 29), QTime(12, 0), QTimeZone::utc());
    m_demo = std::make_unique<DemoServer>(config);
    QVERIFY2(m_demo->listen(), qPrintable(m_demo->errorString()));
    m_client = std::make_unique<ApiClient>(&m_network);
    ClientSettings settings;
    settings.baseUrl = m_demo->baseUrl();
    settings.apiKey = DemoServer::apiKey();
    settings.maxRetries = 0;
    m_client->setSettings(settings);
}

void TestBatchResults::filesShowTheirNamesWithTheIdInTooltipAndCopy()
{
    BatchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults({result(QStringLiteral("dfl-1"), QStringLiteral("pjb-1")),
                      result(QStringLiteral("dfl-2"), {}, QStringLiteral("Empty file")),
                      result(QStringLiteral("dfl-3"), QStringLiteral("pjb-3"))},
                     true);
    const auto fileCell = [&](int row, int role = Qt::DisplayRole) {
        return model.index(row, BatchResultsModel::File).data(role).toString();
    };
    QCOMPARE(fileCell(0), QStringLiteral("dfl-1")); // not named yet
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.addFiles({file(QStringLiteral("dfl-1"), QStringLiteral("invoices/inv-0001.pdf")),
                    file(QStringLiteral("dfl-2"), QStringLiteral("<b>scan</b>.png"), true)});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(fileCell(0), QStringLiteral("invoices/inv-0001.pdf"));
    QCOMPARE(fileCell(1), QStringLiteral("<b>scan</b>.png (deleted)")); // literally
    QCOMPARE(fileCell(2), QStringLiteral("dfl-3")); // a file the listing did not name
    QVERIFY(fileCell(0, Qt::ToolTipRole).contains(u"dfl-1"));
    QVERIFY2(fileCell(1, Qt::ToolTipRole).contains(u"&lt;b&gt;scan"),
             qPrintable(fileCell(1, Qt::ToolTipRole))); // escaped, never bold
    QCOMPARE(fileCell(0, Qt::UserRole), QStringLiteral("dfl-1"));
    QCOMPARE(model.fileText(*model.resultAt(1)), QStringLiteral("<b>scan</b>.png (deleted)"));
    QCOMPARE(BatchResultsModel::cellsText({model.index(0, BatchResultsModel::File),
                                           model.index(0, BatchResultsModel::JobId)}),
             QStringLiteral("dfl-1\tpjb-1"));
}

void TestBatchResults::aFileWithoutAJobSaysWhy_data()
{
    QTest::addColumn<bool>("batchFinished");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("why"); // a word of its tooltip
    QTest::newRow("running batch, no error: not yet") << false << QString() << "— (no job yet)"
                                                      << "not made a job for this file yet";
    QTest::newRow("running batch, an error: still not yet") << false << "Empty file"
                                                            << "— (no job yet)"
                                                            << "not made a job for this file yet";
    QTest::newRow("finished batch, an error: failed before processing")
        << true << "Empty file"
        << "— (no job: failed before processing)"
        << "never processed";
    QTest::newRow("finished batch, no error: no job, no reason given")
        << true << QString() << "— (no job)"
        << "finished without making a job";
}

void TestBatchResults::aFileWithoutAJobSaysWhy()
{
    QFETCH(bool, batchFinished);
    QFETCH(QString, error);
    QFETCH(QString, shown);
    QFETCH(QString, why);
    BatchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults({result(QStringLiteral("dfl-1"), QStringLiteral("pjb-1")),
                      result(QStringLiteral("dfl-2"), {}, error)},
                     batchFinished);
    QCOMPARE(model.batchFinished(), batchFinished);
    const QModelIndex job = model.index(1, BatchResultsModel::JobId);
    QCOMPARE(job.data().toString(), shown);
    QVERIFY2(job.data(Qt::ToolTipRole).toString().contains(why),
             qPrintable(job.data(Qt::ToolTipRole).toString()));
    QCOMPARE(job.data(Qt::UserRole).toString(), QString()); // a copy holds no decoration
    QCOMPARE(model.index(0, BatchResultsModel::JobId).data().toString(), QStringLiteral("pjb-1"));
    QCOMPARE(model.errorText(*model.resultAt(1)),
             error.isEmpty() ? job.data(Qt::ToolTipRole).toString() : error);
}

void TestBatchResults::anErrorShowsOnOneLineAndWholeElsewhere_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("cell");
    QTest::newRow("one line") << "Corrupt PDF: xref table not found"
                              << "Corrupt PDF: xref table not found";
    QTest::newRow("several lines") << "Parse failed for 2 files:\na.pdf: empty\r\nb.pdf: locked"
                                   << "Parse failed for 2 files: · a.pdf: empty · b.pdf: locked";
    QTest::newRow("looks like markup") << "<h1>Session expired</h1><a href=\"x\">log in</a>"
                                       << "<h1>Session expired</h1><a href=\"x\">log in</a>";
}

void TestBatchResults::anErrorShowsOnOneLineAndWholeElsewhere()
{
    QFETCH(QString, error);
    QFETCH(QString, cell);
    BatchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults({result(QStringLiteral("dfl-1"), QStringLiteral("pjb-1"), error)}, true);
    const QModelIndex index = model.index(0, BatchResultsModel::Error);
    QCOMPARE(index.data().toString(), cell);
    QCOMPARE(index.data(Qt::UserRole).toString(), error);
    QCOMPARE(model.errorText(*model.resultAt(0)), error);
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip == error || (tip.contains(u"&lt;h1&gt;") && !tip.contains(u"<h1>")),
             qPrintable(tip));
}

void TestBatchResults::demoBatchNamesItsFilesAndShowsWholeErrors_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("a failed batch") << "FAILED";
    QTest::newRow("a completed batch") << "COMPLETED";
    QTest::newRow("a cancelled batch") << "CANCELLED";
}

void TestBatchResults::demoBatchNamesItsFilesAndShowsWholeErrors()
{
    QFETCH(QString, status);
    // The batch of that status with the most files whose job failed or was never made.
    DemoCatalog::BatchFilter filter;
    filter.status = status;
    QJsonObject chosen;
    int mostErrors = -1;
    for (const QJsonObject &listed : m_demo->catalog().batches(filter)) {
        const QJsonObject full = *m_demo->catalog().batch(listed.value(u"id").toString(), true);
        int errors = 0;
        for (const QJsonValue &value : full.value(u"results").toArray())
            errors += value[u"error_message"].isString();
        if (errors > mostErrors) {
            mostErrors = errors;
            chosen = listed;
        }
    }
    QVERIFY(!chosen.isEmpty());
    Batch batch;
    QVERIFY(Batch::fromJson(QJsonDocument(chosen).toJson(), &batch).isEmpty());
    DemoCatalog::FileFilter withDeleted;
    withDeleted.includeDeleted = true;
    QHash<QString, QJsonObject> files;
    const QList<QJsonObject> demoFiles =
        *m_demo->catalog().files(batch.sourceDirectoryId, withDeleted);
    for (const QJsonObject &demoFile : demoFiles)
        files.insert(demoFile.value(u"id").toString(), demoFile);

    BatchDetailsDialog dialog(m_client.get(), batch, {});
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    QAbstractItemModelTester tester(&dialog.results(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.resize(900, 640);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.batch().results.has_value(), 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoadingFileNames(), 20'000);
    const BatchResultsModel &model = dialog.results();
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.batchFinished());

    // Every file by its name, the ID behind it; a file without a job says it failed early.
    int longestRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const BatchResult &shown = *model.resultAt(row);
        const QJsonObject demoFile = files.value(shown.sourceDirectoryFileId);
        QVERIFY2(!demoFile.isEmpty(), qPrintable(shown.sourceDirectoryFileId));
        const QString name = demoFile.value(u"display_name").toString();
        const QModelIndex fileIndex = model.index(row, BatchResultsModel::File);
        QCOMPARE(fileIndex.data().toString(),
                 demoFile.value(u"deleted_at").isNull() ? name : name + u" (deleted)");
        QVERIFY(fileIndex.data(Qt::ToolTipRole).toString().contains(shown.sourceDirectoryFileId));
        QCOMPARE(fileIndex.data(Qt::UserRole).toString(), shown.sourceDirectoryFileId);
        if (!shown.jobReference)
            QCOMPARE(model.index(row, BatchResultsModel::JobId).data().toString(),
                     QStringLiteral("— (no job: failed before processing)"));
        if (!shown.errorMessage.isEmpty()
            && (longestRow < 0
                || shown.errorMessage.size() > model.resultAt(longestRow)->errorMessage.size()))
            longestRow = row;
    }

    // The current row's whole error, under the table, as plain text.
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("resultsTable"));
    auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("errorPreview"));
    auto *caption = dialog.findChild<QLabel *>(QStringLiteral("errorCaption"));
    QVERIFY(table && preview && caption);
    QVERIFY(preview->isVisible());
    QVERIFY(preview->isReadOnly());
    QCOMPARE(caption->textFormat(), Qt::PlainText);
    QCOMPARE(preview->toPlainText(), QString()); // nothing chosen yet
    const int row = longestRow >= 0 ? longestRow : 0;
    table->setCurrentIndex(model.index(row, BatchResultsModel::File));
    const BatchResult &current = *model.resultAt(row);
    QCOMPARE(preview->toPlainText(), model.errorText(current));
    if (!current.errorMessage.isEmpty())
        QCOMPARE(preview->toPlainText(), current.errorMessage);
    QVERIFY2(caption->text().contains(model.fileText(current)), qPrintable(caption->text()));
    // For a developer's look: BATCHDECK_DEV_SHOTS=<folder> saves the dialog.
    if (const QString shots = qEnvironmentVariable("BATCHDECK_DEV_SHOTS"); !shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/v2-results-%1.png").arg(status)));
}

QTEST_MAIN(TestBatchResults)
#include "tst_batchresults.moc"
