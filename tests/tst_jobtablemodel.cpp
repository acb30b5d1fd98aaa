#include "app/jobs/jobfilterproxymodel.h"
#include "app/jobs/jobtablemodel.h"
#include "app/jobs/jobtableview.h"
#include "catalogtesting.h"
#include "core/catalog/namecatalog.h"
#include "testhttpserver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace BatchDeck;
using Testing::TestHttpServer;
using Testing::TestRequest;
using Testing::TestResponse;

namespace {

Job job(const QString &id, const QString &status = QStringLiteral("completed"))
{
    Job parsed;
    QJsonObject json = Testing::sampleJobJson(id);
    json.insert(u"status", status);
    Job::fromJson(json, &parsed);
    return parsed;
}

} // namespace

class TestJobTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compactIds_data();
    void compactIds();
    void init();
    void cleanup();
    void displayAndRawValues_data();
    void displayAndRawValues();
    void refreshUpdatesInPlace();
    void rowsChangeWithoutReset_data();
    void rowsChangeWithoutReset();
    void refreshOfAThousandRowsKeepsSelection_data();
    void refreshOfAThousandRowsKeepsSelection();
    void relativeTimes_data();
    void relativeTimes();
    void progressNeverPassesAHundred_data();
    void progressNeverPassesAHundred();
    void finishedWithoutCompletedAtHasNoDuration();
    void namesShowWithTheIdAsTooltip_data();
    void namesShowWithTheIdAsTooltip();
    void namesArrivingRepaintTheirColumns();
    void copiesAndCsvKeepIds();

private:
    // A catalog of the test server's names: project "proj-1" is "Finance" and directory "dir-1"
    // "Invoices", as sampleJobJson's job names them.
    void loadNames(NameCatalog *catalog);

    QNetworkAccessManager m_network;
    std::unique_ptr<TestHttpServer> m_server;
    JobTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestJobTableModel::init()
{
    m_model = new JobTableModel;
    m_tester = new QAbstractItemModelTester(m_model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setNow(QDateTime(QDate(2026, 1, 1), QTime(2, 0), QTimeZone::utc()));
}

void TestJobTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
    m_server.reset();
}

void TestJobTableModel::compactIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("shown");
    QTest::newRow("a LlamaCloud job ID: its kind, start and end")
        << "bjb-2c1c4f9e-0d4b-4c47-9a55-7f3e1ab72543"
        << "bjb-2c1c4f9e…2543";
    QTest::newRow("a batch ID") << "bat-9f8e7d6c-5b4a-4321-8fed-cba987654321"
                                << "bat-9f8e7d6c…4321";
    QTest::newRow("a UUID without a kind") << "808475f0-1a2b-4c3d-8e9f-0a1b2c3d4e5f"
                                           << "808475f0…4e5f";
    QTest::newRow("a short ID stays whole") << "job-0001"
                                            << "job-0001";
    QTest::newRow("no shorter for being cut: stays whole") << "bjb-12345678abcdef"
                                                           << "bjb-12345678abcdef";
    QTest::newRow("empty") << ""
                           << "";
}

void TestJobTableModel::compactIds()
{
    QFETCH(QString, id);
    QFETCH(QString, shown);
    QCOMPARE(compactIdText(id), shown);
    Job job;
    job.id = id;
    job.status = QStringLiteral("running");
    m_model->setJobs({job});
    const QModelIndex cell = m_model->index(0, JobTableModel::Id);
    QCOMPARE(cell.data().toString(), shown);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), id);
    QCOMPARE(cell.data(JobTableModel::RawValueRole).toString(), id);
}

void TestJobTableModel::displayAndRawValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("raw");
    QTest::newRow("id") << int(JobTableModel::Id) << "bjb-1" << QVariant(QStringLiteral("bjb-1"));
    QTest::newRow("status as a word, raw as received")
        << int(JobTableModel::Status) << "Completed" << QVariant(QStringLiteral("completed"));
    QTest::newRow("job type as a word, raw as received")
        << int(JobTableModel::Type) << "Parse" << QVariant(QStringLiteral("parse"));
    QTest::newRow("progress") << int(JobTableModel::Progress) << "100%" << QVariant(1.0);
    QTest::newRow("total") << int(JobTableModel::Total) << "10" << QVariant(qint64(10));
    QTest::newRow("failed") << int(JobTableModel::Failed) << "2" << QVariant(qint64(2));
    QTest::newRow("created relative")
        << int(JobTableModel::Created) << "1 h ago"
        << QVariant(QDateTime(QDate(2026, 1, 1), QTime(1, 0), QTimeZone::utc()));
    QTest::newRow("duration") << int(JobTableModel::Duration) << "37 min 11 s"
                              << QVariant(qint64(2231307));
    QTest::newRow("error") << int(JobTableModel::Error) << "2 files failed"
                           << QVariant(QStringLiteral("2 files failed"));
}

void TestJobTableModel::displayAndRawValues()
{
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, raw);
    m_model->setJobs({job(QStringLiteral("bjb-1"))});
    const QModelIndex index = m_model->index(0, column);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(index.data(JobTableModel::RawValueRole), raw);
    QCOMPARE(index.data(JobTableModel::JobIdRole).toString(), QStringLiteral("bjb-1"));
}

void TestJobTableModel::refreshUpdatesInPlace()
{
    m_model->setJobs(
        {job(QStringLiteral("a"), QStringLiteral("running")), job(QStringLiteral("b"))});
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setJobs(
        {job(QStringLiteral("a"), QStringLiteral("failed")), job(QStringLiteral("b"))});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(m_model->index(0, JobTableModel::Status).data(JobTableModel::RawValueRole).toString(),
             QStringLiteral("failed"));
}

void TestJobTableModel::rowsChangeWithoutReset_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");
    const auto ids = [](const char *text) {
        return QString::fromLatin1(text).split(u',', Qt::SkipEmptyParts);
    };
    QTest::newRow("new jobs on top") << ids("c,d,e") << ids("a,b,c,d,e") << 2 << 0;
    QTest::newRow("new on top pushes the last off") << ids("c,d,e") << ids("a,c,d") << 1 << 1;
    QTest::newRow("a job moves up") << ids("a,b,c") << ids("c,a,b") << 0 << 0;
    QTest::newRow("all different") << ids("a,b") << ids("x,y,z") << 3 << 2;
    QTest::newRow("emptied") << ids("a,b") << ids("") << 0 << 2;
    QTest::newRow("from empty") << ids("") << ids("a") << 1 << 0;
}

void TestJobTableModel::rowsChangeWithoutReset()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    const auto jobsFor = [](const QStringList &ids) {
        QList<Job> jobs;
        for (const QString &id : ids)
            jobs << job(id);
        return jobs;
    };
    m_model->setJobs(jobsFor(before));
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy insertedSpy(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removedSpy(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->setJobs(jobsFor(after));
    QCOMPARE(reset.size(), 0);
    int insertedRows = 0;
    for (const QList<QVariant> &signal : insertedSpy)
        insertedRows += signal.at(2).toInt() - signal.at(1).toInt() + 1;
    int removedRows = 0;
    for (const QList<QVariant> &signal : removedSpy)
        removedRows += signal.at(2).toInt() - signal.at(1).toInt() + 1;
    QCOMPARE(insertedRows, inserted);
    QCOMPARE(removedRows, removed);
    QStringList ids;
    for (const Job &job : m_model->jobs())
        ids << job.id;
    QCOMPARE(ids, after);
}

void TestJobTableModel::refreshOfAThousandRowsKeepsSelection_data()
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

void TestJobTableModel::refreshOfAThousandRowsKeepsSelection()
{
    QFETCH(bool, reversed);
    QFETCH(int, removedRow);
    QFETCH(int, newOnTop);
    QFETCH(QList<int>, changedRows);
    QFETCH(int, layoutChanges);
    constexpr int Rows = 1000;
    const Job sample = job(QStringLiteral("sample"), QStringLiteral("running"));
    const auto jobWithId = [&](const QString &id) {
        Job copy = sample;
        copy.id = id;
        return copy;
    };
    QList<Job> before;
    for (int row = 0; row < Rows; ++row)
        before << jobWithId(QStringLiteral("bjb-%1").arg(row, 4, 10, QLatin1Char('0')));
    QList<Job> after;
    for (int row = 0; row < newOnTop; ++row)
        after << jobWithId(QStringLiteral("new-%1").arg(row));
    for (int i = 0; i < Rows; ++i) {
        const int row = reversed ? Rows - 1 - i : i;
        if (row == removedRow)
            continue;
        Job kept = before.at(row);
        if (changedRows.contains(row))
            kept.status = QStringLiteral("failed");
        after << kept;
    }
    m_model->setJobs(before);

    QItemSelectionModel selection(m_model);
    const QList<int> selectedRows {0, 1, 10, 250, 500, 998, 999};
    QSet<QString> expectedSelection;
    for (const int row : selectedRows) {
        selection.select(m_model->index(row, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (row != removedRow)
            expectedSelection.insert(before.at(row).id);
    }
    const QString currentId = before.at(998).id;
    selection.setCurrentIndex(m_model->index(998, JobTableModel::Status),
                              QItemSelectionModel::NoUpdate);

    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    m_model->setJobs(after);

    // The data is the new list's.
    QCOMPARE(m_model->rowCount(), int(after.size()));
    for (int row = 0; row < after.size(); ++row) {
        QCOMPARE(m_model->index(row, JobTableModel::Id).data().toString(), after.at(row).id);
        QCOMPARE(m_model->index(row, JobTableModel::Status).data(JobTableModel::RawValueRole),
                 after.at(row).status);
    }
    QVERIFY(m_model->jobs() == after);

    // The selection and the current index follow their jobs.
    QSet<QString> selectedIds;
    const QModelIndexList selectedNow = selection.selectedRows();
    for (const QModelIndex &index : selectedNow)
        selectedIds.insert(index.data(JobTableModel::JobIdRole).toString());
    QCOMPARE(selectedNow.size(), expectedSelection.size());
    QCOMPARE(selectedIds, expectedSelection);
    QCOMPARE(selection.currentIndex().data(JobTableModel::JobIdRole).toString(), currentId);
    QCOMPARE(selection.currentIndex().column(), int(JobTableModel::Status));

    // A few signals, not one a row: one dataChanged over the changed rows, one layout change.
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), layoutChanges);
    QCOMPARE(changed.size(), changedRows.isEmpty() ? 0 : 1);
    for (const int changedRow : std::as_const(changedRows)) {
        const int changedNow = m_model->rowOf(before.at(changedRow).id);
        QVERIFY(changed.first().at(0).toModelIndex().row() <= changedNow);
        QVERIFY(changed.first().at(1).toModelIndex().row() >= changedNow);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().column(), JobTableModel::ColumnCount - 1);
    }
    QCOMPARE(inserted.size(), newOnTop > 0 ? 1 : 0);
    QCOMPARE(removed.size(), removedRow >= 0 ? 1 : 0);
    QCOMPARE(moved.size(), 0);
}

void TestJobTableModel::relativeTimes_data()
{
    QTest::addColumn<int>("secondsAgo");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << 30 << "just now";
    QTest::newRow("minutes") << 5 * 60 << "5 min ago";
    QTest::newRow("hours") << 3 * 3600 << "3 h ago";
    QTest::newRow("days") << 2 * 86400 << "2 days ago";
    // The %n texts, in their English singular and plural forms (resources/translations).
    QTest::newRow("one minute") << 60 << "1 min ago";
    QTest::newRow("just under two minutes") << 119 << "1 min ago";
    QTest::newRow("one hour") << 3600 << "1 h ago";
    QTest::newRow("one day") << 86400 << "1 day ago";
    QTest::newRow("just under two days") << 2 * 86400 - 1 << "1 day ago";
    QTest::newRow("six days") << 6 * 86400 << "6 days ago";
}

void TestJobTableModel::relativeTimes()
{
    QFETCH(int, secondsAgo);
    QFETCH(QString, text);
    const QDateTime now(QDate(2026, 1, 10), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(relativeTimeText(now.addSecs(-secondsAgo), now), text);
}

void TestJobTableModel::progressNeverPassesAHundred_data()
{
    QTest::addColumn<int>("processed");
    QTest::addColumn<int>("failed");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QString>("display");
    QTest::addColumn<double>("raw");
    // Of 10 items.
    QTest::newRow("counted separately") << 5 << 2 << 1 << "80%" << 0.8;
    QTest::newRow("processed includes failed and skipped") << 10 << 2 << 1 << "100%" << 1.0;
    QTest::newRow("processed includes failed and skipped, still running")
        << 6 << 3 << 2 << "60%" << 0.6;
    QTest::newRow("processed past the total") << 12 << 0 << 0 << "100%" << 1.0;
    QTest::newRow("part done") << 6 << 0 << 0 << "60%" << 0.6;
}

void TestJobTableModel::progressNeverPassesAHundred()
{
    QFETCH(int, processed);
    QFETCH(int, failed);
    QFETCH(int, skipped);
    QFETCH(QString, display);
    QFETCH(double, raw);
    Job running = job(QStringLiteral("bjb-1"), QStringLiteral("running"));
    running.processedItems = processed;
    running.failedItems = failed;
    running.skippedItems = skipped;
    m_model->setJobs({running});
    const QModelIndex index = m_model->index(0, JobTableModel::Progress);
    QCOMPARE(index.data().toString(), display);
    QCOMPARE(index.data(JobTableModel::RawValueRole).toDouble(), raw);
    QCOMPARE(index.data(JobTableModel::ProgressRole).value<JobProgress>(),
             JobProgress::of(running));
}

void TestJobTableModel::finishedWithoutCompletedAtHasNoDuration()
{
    Job finished = job(QStringLiteral("bjb-1"), QStringLiteral("failed"));
    finished.completedAt = QDateTime();
    m_model->setJobs({finished});
    const QModelIndex index = m_model->index(0, JobTableModel::Duration);
    QCOMPARE(index.data().toString(), QString());
    QVERIFY(!index.data(JobTableModel::RawValueRole).isValid());
}

void TestJobTableModel::loadNames(NameCatalog *catalog)
{
    QSignalSpy loaded(catalog, &NameCatalog::loaded);
    catalog->refresh();
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(catalog->problem(), QString());
}

namespace {

TestHttpServer::Handler namingServer()
{
    return [](const TestRequest &request) {
        using namespace Testing::Catalog;
        if (request.path == ProjectsPath)
            return TestResponse::json(
                200, QByteArray(R"([{"id":"proj-1","name":"Finance","organization_id":"o"}])"));
        return TestResponse::json(
            200,
            Testing::directoryPageJson({Testing::directoryJson(
                QStringLiteral("dir-1"), QStringLiteral("proj-1"), QStringLiteral("Invoices"))}));
    };
}

} // namespace

void TestJobTableModel::namesShowWithTheIdAsTooltip_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("directoryId");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("tooltip");

    QTest::newRow("named directory shows its name") << int(JobTableModel::Directory) << "dir-1"
                                                    << "Invoices"
                                                    << "dir-1";
    QTest::newRow("unknown directory shows its ID") << int(JobTableModel::Directory) << "dir-9"
                                                    << "dir-9"
                                                    << "dir-9";
    QTest::newRow("no directory shows nothing") << int(JobTableModel::Directory) << ""
                                                << ""
                                                << "";
    QTest::newRow("named project shows its name") << int(JobTableModel::Project) << "dir-1"
                                                  << "Finance"
                                                  << "proj-1";
}

void TestJobTableModel::namesShowWithTheIdAsTooltip()
{
    QFETCH(int, column);
    QFETCH(QString, directoryId);
    QFETCH(QString, display);
    QFETCH(QString, tooltip);
    m_server = std::make_unique<TestHttpServer>(namingServer());
    ApiClient client(&m_network);
    client.setSettings(Testing::clientSettingsFor(*m_server));
    NameCatalog catalog(&client);
    loadNames(&catalog);
    m_model->setNameCatalog(&catalog);

    QJsonObject json = Testing::sampleJobJson(QStringLiteral("bjb-1"));
    if (directoryId.isEmpty())
        json.remove(u"directory_id");
    else
        json.insert(u"directory_id", directoryId);
    Job parsed;
    QCOMPARE(Job::fromJson(json, &parsed), QString());
    m_model->setJobs({parsed});
    const QModelIndex index = m_model->index(0, column);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), tooltip);
    // Sorting, search and export keep working on the ID.
    QCOMPARE(index.data(JobTableModel::RawValueRole).toString(), tooltip);
}

void TestJobTableModel::namesArrivingRepaintTheirColumns()
{
    m_server = std::make_unique<TestHttpServer>(namingServer());
    ApiClient client(&m_network);
    client.setSettings(Testing::clientSettingsFor(*m_server));
    NameCatalog catalog(&client);
    m_model->setNameCatalog(&catalog);
    m_model->setJobs({job(QStringLiteral("bjb-1")), job(QStringLiteral("bjb-2"))});
    QCOMPARE(m_model->index(1, JobTableModel::Directory).data().toString(), u"dir-1");

    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    loadNames(&catalog);
    QVERIFY(!changed.isEmpty());
    const QModelIndex topLeft = changed.last().at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.last().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(topLeft.column(), int(JobTableModel::Directory));
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(bottomRight.column(), int(JobTableModel::Project));
    QCOMPARE(m_model->index(1, JobTableModel::Directory).data().toString(), u"Invoices");

    // Another server: its names are not known yet, so the IDs show again.
    ClientSettings other = Testing::clientSettingsFor(*m_server);
    other.apiKey = QStringLiteral("sk-another-key");
    client.setSettings(other);
    QCOMPARE(m_model->index(1, JobTableModel::Directory).data().toString(), u"dir-1");
}

void TestJobTableModel::copiesAndCsvKeepIds()
{
    m_server = std::make_unique<TestHttpServer>(namingServer());
    ApiClient client(&m_network);
    client.setSettings(Testing::clientSettingsFor(*m_server));
    NameCatalog catalog(&client);
    loadNames(&catalog);
    m_model->setNameCatalog(&catalog);
    m_model->setJobs({job(QStringLiteral("bjb-1"))});
    JobFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    JobTableView view;
    view.setModels(m_model, &proxy);
    view.selectRow(0);
    QCOMPARE(view.model()->index(0, JobTableModel::Directory).data().toString(), u"Invoices");

    view.copySelectedIds();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("bjb-1"));
    view.copySelectedAsCsv();
    const QString csv = QGuiApplication::clipboard()->text();
    QVERIFY2(csv.contains(u",dir-1,") && csv.contains(u",proj-1,"), qPrintable(csv));
    QVERIFY2(!csv.contains(u"Invoices") && !csv.contains(u"Finance"), qPrintable(csv));

    // The quick search finds a job by its directory's name as well as its ID.
    proxy.setSearchText(QStringLiteral("voic"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("dir-1"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("receipts"));
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_MAIN(TestJobTableModel)
#include "tst_jobtablemodel.moc"
