#include "app/common/statusbadge.h"
#include "app/common/tabledelegates.h"
#include "app/jobs/jobdetailsdialog.h"
#include "app/jobs/jobtablemodel.h"
#include "app/jobs/processingresultsmodel.h"
#include "app/jobs/processingresultspanel.h"
#include "core/jobs/jobprogress.h"
#include "testhttpserver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QString JobId = QStringLiteral("bjb-details-1");

Job parsed(const QJsonObject &json)
{
    Job job;
    const QString problem = Job::fromJson(json, &job);
    if (!problem.isEmpty())
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
    return job;
}

QJsonObject runningJobJson()
{
    QJsonObject job = sampleJobJson(JobId);
    job.insert(u"status", QStringLiteral("running"));
    job.insert(u"completed_at", QJsonValue::Null);
    return job;
}

QJsonObject statusAnswer(const QJsonObject &job, double progressPercentage = 50)
{
    return QJsonObject {{QStringLiteral("job"), job},
                        {QStringLiteral("progress_percentage"), progressPercentage}};
}

bool isStatusRequest(const TestRequest &request)
{
    return request.method == "GET" && request.path.endsWith(JobId);
}

// Status and items of one job; a cancel request is answered and recorded.
TestResponse answerFor(const TestRequest &request, const QJsonObject &job)
{
    if (request.path.endsWith(u"/items"))
        return TestResponse::json(200,
                                  QJsonObject {{QStringLiteral("items"), QJsonArray()},
                                               {QStringLiteral("total_size"), 0}});
    if (request.path.endsWith(u"/cancel"))
        return TestResponse::json(
            200,
            QJsonObject {{QStringLiteral("job_id"), JobId},
                         {QStringLiteral("status"), QStringLiteral("cancelled")},
                         {QStringLiteral("processed_items"), 7},
                         {QStringLiteral("message"), QStringLiteral("Cancelled")}});
    return TestResponse::json(200, statusAnswer(job));
}

qsizetype cancelRequests(const TestHttpServer &server)
{
    return std::count_if(
        server.requests().begin(), server.requests().end(),
        [](const TestRequest &request) { return request.path.endsWith(u"/cancel"); });
}

// Two items; the results endpoint answers `resultsAnswer` for every item.
TestResponse answerWithItems(const TestRequest &request, const TestResponse &resultsAnswer)
{
    if (request.path.endsWith(u"/processing-results"))
        return resultsAnswer;
    if (request.path.endsWith(u"/items")) {
        QJsonArray items;
        for (int i = 0; i < 2; ++i)
            items.append(
                QJsonObject {{QStringLiteral("item_id"), QStringLiteral("dfl-%1").arg(i)},
                             {QStringLiteral("item_name"), QStringLiteral("file-%1.pdf").arg(i)},
                             {QStringLiteral("status"), QStringLiteral("completed")}});
        return TestResponse::json(
            200, QJsonObject {{QStringLiteral("items"), items}, {QStringLiteral("total_size"), 2}});
    }
    return answerFor(request, sampleJobJson(JobId));
}

QByteArray resultsBody(int count)
{
    QByteArray results;
    for (int i = 0; i < count; ++i) {
        results += (i ? "," : "")
            + QStringLiteral(R"({"result_id":"r%1","item_id":"dfl-0","job_type":"%2",)"
                             R"("job_config":{"job_name":"parse_raw_file_job"},)"
                             R"("parameters_hash":"hash-%1","output_s3_path":"s3://out/r%1.json",)"
                             R"("output_metadata":null,"processed_at":"2026-02-0%3T08:30:00Z"})")
                  .arg(i)
                  .arg(i == 1 ? QStringLiteral("summarize") : QStringLiteral("parse"))
                  .arg(i + 1)
                  .toUtf8();
    }
    return R"({"item_id":"dfl-0","item_name":"file-0.pdf","processing_results":[)" + results + "]}";
}

} // namespace

class TestJobDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void confirmationKeepsTheJobOnEnterAndEscape_data();
    void confirmationKeepsTheJobOnEnterAndEscape();
    void progressAndDurationAgreeWithTheTable_data();
    void progressAndDurationAgreeWithTheTable();
    void olderStatusAnswerIsIgnored();
    void selectedItemShowsItsResults_data();
    void selectedItemShowsItsResults();
    void resultsCanBeCopied();
    void itemsPageByTheirOwnEndAndLeaveOutOtherStatuses();

private:
    JobDetailsDialog *open(TestHttpServer &server, const Job &job);

    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QPointer<JobDetailsDialog> m_dialog;
};

void TestJobDetails::cleanup()
{
    delete m_dialog; // before the client it calls
    m_client.reset();
}

JobDetailsDialog *TestJobDetails::open(TestHttpServer &server, const Job &job)
{
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setSettings(clientSettingsFor(server));
    m_dialog = new JobDetailsDialog(m_client.get(), job, {});
    m_dialog->show();
    return m_dialog;
}

void TestJobDetails::confirmationKeepsTheJobOnEnterAndEscape_data()
{
    QTest::addColumn<Qt::Key>("key");
    QTest::newRow("Enter") << Qt::Key_Return;
    QTest::newRow("keypad Enter") << Qt::Key_Enter;
    QTest::newRow("Escape") << Qt::Key_Escape;
}

void TestJobDetails::confirmationKeepsTheJobOnEnterAndEscape()
{
    QFETCH(Qt::Key, key);
    TestHttpServer server(
        [](const TestRequest &request) { return answerFor(request, runningJobJson()); });
    JobDetailsDialog *dialog = open(server, parsed(runningJobJson()));
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
    QVERIFY(cancel);
    QTRY_VERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QPointer<QMessageBox> question;
    QTRY_VERIFY((question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                != nullptr);
    QVERIFY(question->text().contains(JobId));
    QCOMPARE(question->defaultButton()->text(), QStringLiteral("Keep running"));

    QTest::keyClick(question, key);
    QTRY_VERIFY(question.isNull() || !question->isVisible());
    // Confirming shows "Cancelling…" at once, before the request goes out.
    const auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY2(!message->text().startsWith(u"Cancelling"), qPrintable(message->text()));
    QVERIFY(cancel->isEnabled());
    QCOMPARE(cancelRequests(server), 0);
}

void TestJobDetails::progressAndDurationAgreeWithTheTable_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("processed");
    QTest::addColumn<int>("failed");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<bool>("hasCompletedAt");
    QTest::addColumn<QString>("progressText");
    QTest::addColumn<int>("barValue");
    QTest::addColumn<QString>("duration");
    // Of 10 items; started 01:00:05.250, completed 01:37:16.557 when given.
    QTest::newRow("processed includes failed and skipped: not 'done' with failures")
        << "completed" << 10 << 2 << 1 << true << "100% processed, 2 failed" << 100
        << "37 min 11 s";
    QTest::newRow("all done, none failed")
        << "completed" << 10 << 0 << 0 << true << "100% done" << 100 << "37 min 11 s";
    QTest::newRow("counted separately, running")
        << "running" << 4 << 1 << 1 << false << "60% processed, 1 failed" << 60 << "";
    QTest::newRow("failed job") << "failed" << 6 << 1 << 0 << true << "Failed at 70%" << 70
                                << "37 min 11 s";
    QTest::newRow("finished without completed_at")
        << "completed" << 7 << 2 << 1 << false << "100% processed, 2 failed" << 100 << "—";
}

void TestJobDetails::progressAndDurationAgreeWithTheTable()
{
    QFETCH(QString, status);
    QFETCH(int, processed);
    QFETCH(int, failed);
    QFETCH(int, skipped);
    QFETCH(bool, hasCompletedAt);
    QFETCH(QString, progressText);
    QFETCH(int, barValue);
    QFETCH(QString, duration);
    QJsonObject json = sampleJobJson(JobId);
    json.insert(u"status", status);
    json.insert(u"processed_items", processed);
    json.insert(u"failed_items", failed);
    json.insert(u"skipped_items", skipped);
    if (!hasCompletedAt)
        json.insert(u"completed_at", QJsonValue::Null);
    // The server's own percentage does not decide: the table has only the counts. (3% is in the
    // documented range 0-100, which the reader holds the server to, and agrees with no row.)
    TestHttpServer server([json](const TestRequest &request) {
        return request.path.endsWith(JobId) ? TestResponse::json(200, statusAnswer(json, 3))
                                            : answerFor(request, json);
    });
    const Job job = parsed(json);
    Job before = job;
    before.status = QStringLiteral("pending"); // the answer changes it: jobUpdated tells when
    JobDetailsDialog *dialog = open(server, before);
    QSignalSpy updated(dialog, &JobDetailsDialog::jobUpdated);
    QVERIFY(updated.wait(20'000));
    QCOMPARE(dialog->job(), job);

    auto *bar = dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QCOMPARE(bar->format(), progressText);
    QCOMPARE(bar->value(), barValue);
    QVERIFY(bar->value() <= bar->maximum());
    JobTableModel table;
    table.setJobs({job});
    const QString tableText = table.index(0, JobTableModel::Progress).data().toString();
    QVERIFY2(progressText.contains(tableText), qPrintable(tableText)); // the same percentage
    // The failure colour is for failed items: the bar is not painted red for a failed job.
    const QColor failure = statusColor(QStringLiteral("failed"), dialog->palette());
    QVERIFY(bar->palette().color(QPalette::Highlight) != failure);
    QCOMPARE(bar->toolTip(), JobProgress::of(job).summary());

    if (!duration.isEmpty()) {
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("durationValue"))->text(), duration);
        const QString tableDuration = table.index(0, JobTableModel::Duration).data().toString();
        QCOMPARE(tableDuration, duration == u"—" ? QString() : duration);
    }
}

void TestJobDetails::olderStatusAnswerIsIgnored()
{
    // The first status answer is slow and says "running"; the second, asked for later, comes
    // at once and says "completed". The late first answer must not undo the second.
    QJsonObject completed = sampleJobJson(JobId);
    int statusRequests = 0;
    TestHttpServer server([&](const TestRequest &request) {
        if (!isStatusRequest(request))
            return answerFor(request, completed);
        ++statusRequests;
        if (statusRequests == 1)
            return TestResponse::json(200, statusAnswer(runningJobJson())).delayedBy(1'500);
        return TestResponse::json(200, statusAnswer(completed));
    });
    Job start = parsed(runningJobJson());
    start.processedItems = 1;
    JobDetailsDialog *dialog = open(server, start); // asks for the status at once
    QTRY_COMPARE_WITH_TIMEOUT(statusRequests, 1, 20'000);
    QSignalSpy updated(dialog, &JobDetailsDialog::jobUpdated);
    dialog->refresh();
    QVERIFY(updated.wait(20'000));
    QCOMPARE(dialog->job().status, QStringLiteral("completed"));

    QVERIFY(!updated.wait(3'000)); // the slow answer is due after 1.5 s
    QCOMPARE(dialog->job().status, QStringLiteral("completed"));
    QCOMPARE(dialog->findChild<StatusBadge *>(QStringLiteral("statusBadge"))->status(),
             QStringLiteral("completed"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text(), QString());
}

void TestJobDetails::selectedItemShowsItsResults_data()
{
    QTest::addColumn<TestResponse>("answer");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("state");
    QTest::newRow("two results, one of a type this client does not know")
        << TestResponse::json(200, resultsBody(2)) << 2 << "2 results for file-0.pdf";
    QTest::newRow("no results yet")
        << TestResponse::json(200, QByteArray(R"({"item_id":"dfl-0","item_name":"file-0.pdf"})"))
        << 0 << "No processing results yet.";
    QTest::newRow("server error")
        << TestResponse::json(500, QByteArray(R"({"detail":"boom"})")) << 0
        << "The processing results could not be loaded. The server failed";
    QTest::newRow("unreadable answer")
        << TestResponse::json(200, QByteArray("[]")) << 0
        << "The processing results could not be loaded. The server's answer could not be read";
}

void TestJobDetails::selectedItemShowsItsResults()
{
    QFETCH(TestResponse, answer);
    QFETCH(int, rows);
    QFETCH(QString, state);
    TestHttpServer server([&](const TestRequest &request) {
        return answerWithItems(request, answer.delayedBy(300));
    });
    JobDetailsDialog *dialog = open(server, parsed(sampleJobJson(JobId)));
    auto *panel = dialog->findChild<ProcessingResultsPanel *>(QStringLiteral("resultsPanel"));
    QVERIFY(panel);
    QAbstractItemModelTester tester(const_cast<ProcessingResultsModel *>(&panel->model()),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->stateText(), QStringLiteral("Select an item to see its processing results."));
    auto *items = dialog->findChild<QTableView *>(QStringLiteral("itemsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(items->model()->rowCount(), 2, 20'000);
    items->selectRow(0);
    QCOMPARE(panel->stateText(), QStringLiteral("Loading the results of file-0.pdf…"));
    QTRY_VERIFY2_WITH_TIMEOUT(panel->stateText().startsWith(state), qPrintable(panel->stateText()),
                              20'000);
    QCOMPARE(panel->model().rowCount(), rows);
    // The results asked for (the job's status and items may be asked for again meanwhile).
    const QList<TestRequest> requests = server.requests();
    const auto resultsRequest =
        std::find_if(requests.crbegin(), requests.crend(),
                     [](const auto &r) { return r.path.endsWith(u"/processing-results"); });
    QVERIFY(resultsRequest != requests.crend());
    const TestRequest &request = *resultsRequest;
    QCOMPARE(request.path,
             QStringLiteral("/api/v1/beta/batch-processing/items/dfl-0/processing-results"));
    QVERIFY(!request.query.hasQueryItem(QStringLiteral("job_type"))); // the whole history
    if (rows == 2) {
        const ProcessingResultsModel &model = panel->model();
        QCOMPARE(model.index(1, ProcessingResultsModel::JobType).data().toString(),
                 QStringLiteral("summarize"));
        QCOMPARE(model.index(0, ProcessingResultsModel::ParametersHash).data().toString(),
                 QStringLiteral("hash-0"));
        QCOMPARE(model.index(0, ProcessingResultsModel::OutputLocation).data().toString(),
                 QStringLiteral("s3://out/r0.json"));
        QCOMPARE(
            model.index(0, ProcessingResultsModel::ProcessedAt).data(Qt::ToolTipRole).toString(),
            QStringLiteral("2026-02-01T08:30:00.000Z"));
        QCOMPARE(model.index(0, ProcessingResultsModel::ProcessedAt)
                     .data(ProcessingResultsModel::RawValueRole)
                     .toDateTime(),
                 QDateTime(QDate(2026, 2, 1), QTime(8, 30), Qt::UTC));
        if (const QString shots = qEnvironmentVariable("BATCHDECK_SHOTS"); !shots.isEmpty()) {
            dialog->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("details-results.png")));
        }
    }
    items->clearSelection();
    QCOMPARE(panel->model().rowCount(), 0);
}

void TestJobDetails::resultsCanBeCopied()
{
    TestHttpServer server([](const TestRequest &request) {
        return answerWithItems(request, TestResponse::json(200, resultsBody(1)));
    });
    JobDetailsDialog *dialog = open(server, parsed(sampleJobJson(JobId)));
    dialog->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    auto *panel = dialog->findChild<ProcessingResultsPanel *>(QStringLiteral("resultsPanel"));
    auto *items = dialog->findChild<QTableView *>(QStringLiteral("itemsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(items->model()->rowCount(), 2, 20'000);
    items->selectRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(panel->model().rowCount(), 1, 20'000);
    auto *table = panel->findChild<QTableView *>(QStringLiteral("resultsTable"));
    table->setCurrentIndex(panel->model().index(0, ProcessingResultsModel::ParametersHash));
    table->setFocus();
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("hash-0"));
    auto *copyOutput = panel->findChild<QAction *>(QStringLiteral("copyOutputAction"));
    QVERIFY(copyOutput);
    QVERIFY(table->actions().contains(copyOutput)); // in the context menu
    copyOutput->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("s3://out/r0.json"));
}

void TestJobDetails::itemsPageByTheirOwnEndAndLeaveOutOtherStatuses()
{
    // A full page of items under a total_size of 2 (an estimate): Next stays offered. Asked for
    // failed items, the server also sends completed ones: they are left out and counted.
    TestHttpServer server([](const TestRequest &request) {
        if (!request.path.endsWith(u"/items"))
            return answerFor(request, sampleJobJson(JobId));
        const bool failedOnly = request.query.queryItemValue(QStringLiteral("status")) == u"failed";
        QJsonArray items;
        for (int i = 0; i < JobDetailsDialog::ItemsPageSize; ++i)
            items.append(
                QJsonObject {{QStringLiteral("item_id"), QStringLiteral("dfl-%1").arg(i)},
                             {QStringLiteral("item_name"), QStringLiteral("file-%1.pdf").arg(i)},
                             {QStringLiteral("status"),
                              failedOnly && i % 4 == 0 ? QStringLiteral("completed")
                                                       : QStringLiteral("failed")}});
        return TestResponse::json(
            200, QJsonObject {{QStringLiteral("items"), items}, {QStringLiteral("total_size"), 2}});
    });
    JobDetailsDialog *dialog = open(server, parsed(sampleJobJson(JobId)));
    auto *items = dialog->findChild<QTableView *>(QStringLiteral("itemsTable"));
    auto *next = dialog->findChild<QToolButton *>(QStringLiteral("itemsNextButton"));
    auto *range = dialog->findChild<QLabel *>(QStringLiteral("itemsRangeLabel"));
    QVERIFY(items && next && range);
    QTRY_COMPARE_WITH_TIMEOUT(items->model()->rowCount(), JobDetailsDialog::ItemsPageSize, 20'000);
    QVERIFY(next->isEnabled());

    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("itemStatusCombo"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(QStringLiteral("failed")));
    QTRY_COMPARE_WITH_TIMEOUT(items->model()->rowCount(), 75, 20'000);
    QVERIFY2(range->text().contains(u"25 left out: not of the status asked for"),
             qPrintable(range->text()));
}

QTEST_MAIN(TestJobDetails)
#include "tst_jobdetails.moc"
