#include "app/jobs/jobdetailsdialog.h"
#include "core/jobs/rerunplan.h"
#include "core/jobs/rerunplanner.h"
#include "rerunworld.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;
using namespace BatchDeck::Testing::Rerun;

class TestRerun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void planDecides_data();
    void planDecides();
    void plannerReadsEveryPageWithTheScope_data();
    void plannerReadsEveryPageWithTheScope();
    void rerunSendsTheFailedItemsAndTheConfigAsReceived();
    void confirmationCancelsOnEnterAndEscape_data();
    void confirmationCancelsOnEnterAndEscape();
    void refusalShowsTheServersDetail();
    void createIsNotRetriedOnceSent_data();
    void createIsNotRetriedOnceSent();
    void aGetIsStillRetried();
    void createIsRetriedWhenTheConnectionIsRefused();
    void actionDisabledWithReason_data();
    void actionDisabledWithReason();

private:
    JobDetailsDialog *openDialog(TestHttpServer &server, const Job &job);
    QPushButton *rerunButton(JobDetailsDialog *dialog);

    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QPointer<JobDetailsDialog> m_dialog;
};

void TestRerun::cleanup()
{
    delete m_dialog; // before the client it calls
    m_client.reset();
}

JobDetailsDialog *TestRerun::openDialog(TestHttpServer &server, const Job &job)
{
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setSettings(clientSettingsFor(server));
    m_dialog = new JobDetailsDialog(m_client.get(), job, testScope());
    m_dialog->resize(900, 680);
    m_dialog->show();
    return m_dialog;
}

QPushButton *TestRerun::rerunButton(JobDetailsDialog *dialog)
{
    return dialog->findChild<QPushButton *>(QStringLiteral("rerunButton"));
}

void TestRerun::planDecides_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("failed"); // items dfl-0 .. dfl-(n-1)
    QTest::addColumn<int>("unreadable");
    QTest::addColumn<QByteArrayList>("results"); // per item: its processing_results array
    QTest::addColumn<RerunPlan::Outcome>("outcome");
    QTest::addColumn<QString>("reasonPart"); // ready: the expected parameters_hash
    const auto list = [](const QByteArrayList &results) -> QByteArray {
        return "[" + results.join(',') + "]";
    };
    const QByteArray a0 = list({resultJson(itemId(0), ConfigA, "ha")});
    const QByteArray a1 = list({resultJson(itemId(1), ConfigA, "ha")});
    using O = RerunPlan::Outcome;
    QTest::newRow("one shared configuration")
        << "completed" << 2 << 0 << QByteArrayList {a0, a1} << O::Ready << "ha";
    QTest::newRow("the latest result decides, not an older one")
        << "failed" << 2 << 0
        << QByteArrayList {list({resultJson(itemId(0), ConfigB, "hb", 1),
                                 resultJson(itemId(0), ConfigA, "ha", 5)}),
                           a1}
        << O::Ready << "ha";
    QTest::newRow("other job types do not count")
        << "completed" << 1 << 0
        << QByteArrayList {list({resultJson(itemId(0), ConfigA, "ha", 1),
                                 resultJson(itemId(0), "{}", "hc", 9, "classify")})}
        << O::Ready << "ha";
    QTest::newRow("an item without results")
        << "completed" << 2 << 0 << QByteArrayList {a0, "[]"} << O::UnknownConfiguration
        << "1 of the 2 failed items (such as \"file-1.pdf\") have no parse processing result";
    QTest::newRow("an item with only another type's results")
        << "completed" << 1 << 0
        << QByteArrayList {list({resultJson(itemId(0), "{}", "hc", 1, "classify")})}
        << O::UnknownConfiguration << "have no parse processing result";
    QTest::newRow("an unreadable result may be the latest")
        << "completed" << 1 << 0
        << QByteArrayList {list({resultJson(itemId(0), ConfigA, "ha"), "7"})}
        << O::UnknownConfiguration << "could not all be read";
    QTest::newRow("an unreadable failed item")
        << "completed" << 1 << 1 << QByteArrayList {a0} << O::UnreadableItems
        << "1 failed item could not be read";
    QTest::newRow("no failed items") << "completed" << 0 << 0 << QByteArrayList {}
                                     << O::NoFailedItems << "This job has no failed items.";
    QTest::newRow("still running") << "running" << 1 << 0 << QByteArrayList {a0}
                                   << O::JobNotFinished << "The job is running, not finished";
    QTest::newRow("a status this client does not know")
        << "paused" << 1 << 0 << QByteArrayList {a0} << O::JobNotFinished << "paused";
}

void TestRerun::planDecides()
{
    QFETCH(QString, status);
    QFETCH(int, failed);
    QFETCH(int, unreadable);
    QFETCH(QByteArrayList, results);
    QFETCH(RerunPlan::Outcome, outcome);
    QFETCH(QString, reasonPart);
    RerunInput input;
    QJsonObject job = sampleJobJson(JobId);
    job.insert(u"status", status);
    input.job = parsed(job);
    for (int i = 0; i < failed; ++i) {
        JobItem item;
        item.itemId = itemId(i);
        item.itemName = QStringLiteral("file-%1.pdf").arg(i);
        item.status = QStringLiteral("failed");
        input.failedItems.append(item);
        input.resultsByItemId.insert(item.itemId, resultsOf(item.itemId, results.at(i)));
    }
    input.unreadableFailedItems = unreadable;
    const RerunPlan plan = RerunPlan::decide(input);
    QCOMPARE(plan.outcome, outcome);
    if (outcome != RerunPlan::Outcome::Ready) {
        QVERIFY2(plan.reason.contains(reasonPart), qPrintable(plan.reason));
        QVERIFY(plan.groups.isEmpty());
        return;
    }
    QCOMPARE(plan.reason, QString());
    QCOMPARE(plan.groups.size(), 1);
    const RerunGroup &group = plan.groups.first();
    QCOMPARE(group.parametersHash, reasonPart);
    QCOMPARE(group.jobConfig, ConfigA);
    QCOMPARE(group.jobType, QStringLiteral("parse"));
    QCOMPARE(group.itemIds.size(), failed);
    QCOMPARE(plan.itemCount(), failed);
    QVERIFY2(group.configurationSummary().startsWith(u"parse, parameters hash ha"),
             qPrintable(group.configurationSummary()));
}

void TestRerun::plannerReadsEveryPageWithTheScope_data()
{
    QTest::addColumn<int>("reportedTotal");
    QTest::newRow("total_size exact") << FakeJobServer::TrueTotal;
    // total_size is an estimate: the list ends at its first empty page, whatever it says.
    QTest::newRow("total_size estimated low") << 2;
    QTest::newRow("total_size estimated high") << 9;
    QTest::newRow("no total_size") << FakeJobServer::NoTotal;
}

void TestRerun::plannerReadsEveryPageWithTheScope()
{
    QFETCH(int, reportedTotal);
    FakeJobServer fake;
    fake.reportedTotal = reportedTotal;
    fake.failedCount = 5;
    fake.pageSize = 2; // smaller than asked: the planner follows the offsets, not the limit
    fake.allWith(ConfigA, QStringLiteral("ha"));
    TestHttpServer server([&fake](const TestRequest &request) { return fake.answer(request); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    RerunPlanner planner(&client, parsed(fake.job), testScope());
    QSignalSpy finished(&planner, &RerunPlanner::finished);
    planner.start();
    QVERIFY(finished.wait(20'000));
    const auto plan = finished.first().first().value<RerunPlan>();
    QVERIFY2(plan.isReady(), qPrintable(plan.reason));
    QCOMPARE(plan.groups.size(), 1);
    QCOMPARE(plan.groups.first().itemIds,
             (QStringList {itemId(0), itemId(1), itemId(2), itemId(3), itemId(4)}));

    int itemPages = 0, resultRequests = 0;
    for (const TestRequest &request : server.requests()) {
        QCOMPARE(request.query.queryItemValue(QStringLiteral("project_id")), ProjectId);
        QCOMPARE(request.query.queryItemValue(QStringLiteral("organization_id")), OrganizationId);
        if (request.path.endsWith(u"/items")) {
            ++itemPages;
            QCOMPARE(request.query.queryItemValue(QStringLiteral("status")),
                     QStringLiteral("failed"));
        } else if (request.path.endsWith(u"/processing-results")) {
            ++resultRequests;
            QCOMPARE(request.query.queryItemValue(QStringLiteral("job_type")),
                     QStringLiteral("parse"));
        }
    }
    QCOMPARE(itemPages, 4); // 2 + 2 + 1 items, then the empty page that ends the list
    QCOMPARE(resultRequests, 5);
}

void TestRerun::rerunSendsTheFailedItemsAndTheConfigAsReceived()
{
    FakeJobServer fake;
    fake.allWith(ConfigA, QStringLiteral("ha"));
    TestHttpServer server([&fake](const TestRequest &request) { return fake.answer(request); });
    JobDetailsDialog *dialog = openDialog(server, parsed(fake.job));
    QSignalSpy created(dialog, &JobDetailsDialog::jobCreated);
    QPushButton *button = rerunButton(dialog);
    QVERIFY(button);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20'000);
    QVERIFY2(button->toolTip().contains(u"parameters hash ha"), qPrintable(button->toolTip()));
    const auto *reason = dialog->findChild<QLabel *>(QStringLiteral("rerunReasonLabel"));
    QVERIFY(!reason->isVisible()); // it can re-run: nothing to explain

    QTest::mouseClick(button, Qt::LeftButton); // clicked twice in a row: asked once
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<QMessageBox> question;
    QTRY_VERIFY((question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                != nullptr);
    QCOMPARE(dialog->findChildren<QMessageBox *>().size(), 1);
    QCOMPARE(question->text(),
             QStringLiteral("Re-run 3 failed items of %1 with configuration parse, parameters "
                            "hash ha (parse_raw_file_job)?")
                 .arg(JobId));
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    if (const QString shots = qEnvironmentVariable("BATCHDECK_SHOTS"); !shots.isEmpty())
        question->grab().save(QDir(shots).filePath(QStringLiteral("rerun-confirmation.png")));

    QPushButton *rerun = nullptr;
    for (QAbstractButton *candidate : question->buttons()) {
        if (candidate->text() == u"Re-run")
            rerun = qobject_cast<QPushButton *>(candidate);
    }
    QVERIFY(rerun);
    QTest::mouseClick(rerun, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // at once: a second click cannot create a second job
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(created.wait(20'000));
    QCOMPARE(created.first().first().value<Job>().id, QStringLiteral("bjb-new"));

    const QList<TestRequest> posts = createRequests(server);
    QCOMPARE(posts.size(), 1);
    const TestRequest &post = posts.first();
    QCOMPARE(post.query.queryItemValue(QStringLiteral("project_id")), ProjectId);
    QCOMPARE(post.query.queryItemValue(QStringLiteral("organization_id")), OrganizationId);
    QCOMPARE(post.headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(post.body).object();
    QCOMPARE(body.keys(), (QStringList {"item_ids", "job_config"}));
    QCOMPARE(body.value(u"item_ids").toArray(), (QJsonArray {itemId(0), itemId(1), itemId(2)}));
    QVERIFY2(post.body.contains(QByteArray("\"job_config\":" + ConfigA)),
             post.body.constData()); // as sent

    const auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY2(message->text().contains(u"bjb-new"), qPrintable(message->text()));
    QVERIFY(!button->isEnabled());
    QVERIFY2(button->toolTip().contains(u"bjb-new"), qPrintable(button->toolTip()));
    QCOMPARE(reason->text(), QStringLiteral("Already re-run as job bjb-new."));
    QVERIFY(reason->isVisible());
    if (const QString shots = qEnvironmentVariable("BATCHDECK_SHOTS"); !shots.isEmpty())
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("rerun-created.png")));
}

void TestRerun::confirmationCancelsOnEnterAndEscape_data()
{
    QTest::addColumn<Qt::Key>("key");
    QTest::newRow("Enter") << Qt::Key_Return;
    QTest::newRow("Escape") << Qt::Key_Escape;
}

void TestRerun::confirmationCancelsOnEnterAndEscape()
{
    QFETCH(Qt::Key, key);
    FakeJobServer fake;
    fake.allWith(ConfigA, QStringLiteral("ha"));
    TestHttpServer server([&fake](const TestRequest &request) { return fake.answer(request); });
    JobDetailsDialog *dialog = openDialog(server, parsed(fake.job));
    QPushButton *button = rerunButton(dialog);
    QVERIFY(button);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20'000);
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<QMessageBox> question;
    QTRY_VERIFY((question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                != nullptr);
    QTest::keyClick(question, key);
    QTRY_VERIFY(question.isNull() || !question->isVisible());
    QTRY_VERIFY(button->isEnabled());
    QCOMPARE(createRequests(server).size(), 0);
}

void TestRerun::refusalShowsTheServersDetail()
{
    FakeJobServer fake;
    fake.allWith(ConfigA, QStringLiteral("ha"));
    fake.createAnswer = TestResponse::json(
        422,
        QByteArray(R"({"detail":[{"loc":["body","job_config","parameters","tier"],)"
                   R"("msg":"Input should be 'fast' or 'agentic'","type":"enum"}]})"));
    TestHttpServer server([&fake](const TestRequest &request) { return fake.answer(request); });
    JobDetailsDialog *dialog = openDialog(server, parsed(fake.job));
    QPushButton *button = rerunButton(dialog);
    QVERIFY(button);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20'000);
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<QMessageBox> question;
    QTRY_VERIFY((question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                != nullptr);
    question->button(QMessageBox::Cancel); // the other one is Re-run
    for (QAbstractButton *candidate : question->buttons()) {
        if (candidate->text() == u"Re-run")
            candidate->click();
    }
    const auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"HTTP 422"), 20'000);
    QVERIFY2(message->text().startsWith(u"The failed items were not re-run."),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(u"body.job_config.parameters.tier"),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(u"Input should be 'fast' or 'agentic'"),
             qPrintable(message->text()));
    QTRY_VERIFY(button->isEnabled()); // nothing was created: trying again is safe
    QCOMPARE(createRequests(server).size(), 1);
}

void TestRerun::createIsNotRetriedOnceSent_data()
{
    QTest::addColumn<TestResponse>("response");
    QTest::newRow("502 from a proxy") << TestResponse::json(502, QByteArray("{}"));
    QTest::newRow("503 even with x-should-retry: true")
        << TestResponse::json(503, QByteArray("{}")).withHeader("x-should-retry", "true");
    QTest::newRow("429") << TestResponse::json(429, QByteArray("{}"));
    QTest::newRow("connection closed without an answer") << TestResponse::closeConnection();
    QTest::newRow("connection reset without an answer") << TestResponse::resetConnection();
    const QByteArray created =
        QJsonDocument(sampleJobJson(QStringLiteral("bjb-new"))).toJson(QJsonDocument::Compact);
    QTest::newRow("201 cut off") << TestResponse::json(201, created.left(created.size() / 2))
                                        .announcingLength(created.size());
}

void TestRerun::createIsNotRetriedOnceSent()
{
    QFETCH(TestResponse, response);
    TestHttpServer server([response](const TestRequest &) { return response; });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, 3));
    JobCreateRequest request;
    request.itemIds = QStringList {itemId(0)};
    request.jobConfig = ConfigA;
    ApiError received;
    bool done = false;
    JobsApi(&client).createJob(request, testScope(), this, [&](const Job &, const ApiError &error) {
        received = error;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20'000);
    QVERIFY(!received.isOk());
    QCOMPARE(received.attempts, 1);
    // Also when the connection closes before any answer, which Qt 6.4 would take for a stale
    // keep-alive connection and answer by sending the request again on its own.
    QCOMPARE(server.requests().size(), 1);
}

void TestRerun::aGetIsStillRetried()
{
    // The same 502 on a call that may be repeated is asked again: the rule is per call.
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(502, QByteArray("{}")); });
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server, 2));
    ApiError received;
    bool done = false;
    JobsApi(&client).itemProcessingResults(
        itemId(0), testScope(), std::nullopt, this,
        [&](const ItemProcessingResults &, const ApiError &error) {
            received = error;
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20'000);
    QCOMPARE(received.attempts, 3);
    QCOMPARE(server.requests().size(), 3);
}

void TestRerun::createIsRetriedWhenTheConnectionIsRefused()
{
    // A port nobody listens on: the connection is refused before anything is sent.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ClientSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    settings.apiKey = QStringLiteral("sk-test-secret");
    settings.maxRetries = 2;
    settings.retryBaseDelayMs = 1;
    settings.retryMaxDelayMs = 4;
    ApiClient client(&m_network);
    client.setSettings(settings);
    JobCreateRequest request;
    request.itemIds = QStringList {itemId(0)};
    request.jobConfig = ConfigA;
    ApiError received;
    bool done = false;
    JobsApi(&client).createJob(request, testScope(), this, [&](const Job &, const ApiError &error) {
        received = error;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20'000);
    QCOMPARE(received.kind, ApiError::Kind::Transport);
    QCOMPARE(received.attempts, 3);
}

void TestRerun::actionDisabledWithReason_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("itemWithoutResults");
    QTest::addColumn<int>("itemsStatus");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("an item without results")
        << "completed" << true << 200 << "cannot know the configuration";
    QTest::newRow("job still running") << "running" << false << 200 << "once it has finished";
    QTest::newRow("failed items cannot be listed")
        << "completed" << false << 404 << "The failed items could not be listed";
}

void TestRerun::actionDisabledWithReason()
{
    QFETCH(QString, status);
    QFETCH(bool, itemWithoutResults);
    QFETCH(int, itemsStatus);
    QFETCH(QString, reasonPart);
    FakeJobServer fake;
    fake.job.insert(u"status", status);
    fake.itemsStatus = itemsStatus;
    fake.allWith(ConfigA, QStringLiteral("ha"));
    if (itemWithoutResults)
        fake.results.remove(itemId(1));
    TestHttpServer server([&fake](const TestRequest &request) { return fake.answer(request); });
    JobDetailsDialog *dialog = openDialog(server, parsed(fake.job));
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("rerunButton"));
    QVERIFY(button);
    QTRY_VERIFY2_WITH_TIMEOUT(button->toolTip().contains(reasonPart), qPrintable(button->toolTip()),
                              20'000);
    QVERIFY(!button->isEnabled());
    // Not only in the tooltip of a disabled button, which many never find: beside it.
    const auto *reason = dialog->findChild<QLabel *>(QStringLiteral("rerunReasonLabel"));
    QVERIFY(reason);
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(), button->toolTip());
    QCOMPARE(reason->textFormat(), Qt::PlainText);
    if (const QString shots = qEnvironmentVariable("BATCHDECK_SHOTS"); !shots.isEmpty()) {
        dialog->grab().save(QDir(shots).filePath(
            QStringLiteral("rerun-reason-%1.png")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'))));
    }
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    QCOMPARE(createRequests(server).size(), 0);
}

QTEST_MAIN(TestRerun)
#include "core/jobs/jobsapi.h"
#include "tst_rerun.moc"
