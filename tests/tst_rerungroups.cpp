#include "app/jobs/jobdetailsdialog.h"
#include "core/jobs/rerunplan.h"
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
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;
using namespace BatchDeck::Testing::Rerun;

namespace {

const QByteArray ConfigC =
    R"({"job_name": "parse_raw_file_job", "parameters": {"tier": "cost_effective"}})";
const QByteArray ConfigD =
    R"({"job_name": "parse_raw_file_job", "parameters": {"tier": "premium", "lang": "fr"}})";

// A typical failed job: 31 failed items, last processed with 4 configurations.
struct Group
{
    QString hash;
    QByteArray config;
    int first; // its items are dfl-first .. dfl-(first + count - 1)
    int count;
    QStringList itemIds() const
    {
        QStringList ids;
        for (int i = first; i < first + count; ++i)
            ids << itemId(i);
        return ids;
    }
};
const QList<Group> &fourGroups()
{
    static const QList<Group> groups {{QStringLiteral("ha"), ConfigA, 0, 12},
                                      {QStringLiteral("hb"), ConfigB, 12, 10},
                                      {QStringLiteral("hc"), ConfigC, 22, 6},
                                      {QStringLiteral("hd"), ConfigD, 28, 3}};
    return groups;
}

void setUpFourGroups(FakeJobServer &fake)
{
    fake.job.insert(u"status", QStringLiteral("failed"));
    fake.job.insert(u"failed_items", 31);
    fake.failedCount = 31;
    fake.pageSize = 10;
    for (const Group &group : fourGroups()) {
        for (int i = group.first; i < group.first + group.count; ++i)
            fake.itemWith(i, group.config, group.hash);
    }
}

// Creates a job named after its first item ("bjb-for-dfl-22"), or answers `refusal` for the
// items of configuration `refusedHash`, as long as `*refusing` holds.
std::function<TestResponse(const QJsonObject &)> creatingJobs(const QString &refusedHash = {},
                                                              const TestResponse &refusal = {},
                                                              const bool *refusing = nullptr)
{
    return [=](const QJsonObject &body) {
        const QJsonArray items = body.value(u"item_ids").toArray();
        const QString first = items.isEmpty() ? QString() : items.first().toString();
        for (const Group &group : fourGroups()) {
            if (group.hash == refusedHash && refusing && *refusing && first == itemId(group.first))
                return refusal;
        }
        return TestResponse::json(201, newJobJson(QStringLiteral("bjb-for-") + first));
    };
}

QPushButton *acceptButton(QMessageBox *question)
{
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

void saveShot(QWidget *widget, const QString &name)
{
    if (const QString shots = qEnvironmentVariable("BATCHDECK_SHOTS"); !shots.isEmpty())
        widget->grab().save(QDir(shots).filePath(name));
}

} // namespace

class TestRerunGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void oneGroupPerConfiguration_data();
    void oneGroupPerConfiguration();
    void confirmationListsTheGroupsAndCancelCreatesNothing_data();
    void confirmationListsTheGroupsAndCancelCreatesNothing();
    void confirmingCreatesOneJobPerGroup();
    void aGroupThatFailedIsReportedAndCanBeRetried_data();
    void aGroupThatFailedIsReportedAndCanBeRetried();

private:
    JobDetailsDialog *openDialog(TestHttpServer &server, const FakeJobServer &fake);
    // Waits for the plan, clicks Re-run failed items… and returns the confirmation.
    QMessageBox *askToRerun();

    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QPointer<JobDetailsDialog> m_dialog;
    QPushButton *m_button = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_message = nullptr;
};

void TestRerunGroups::cleanup()
{
    delete m_dialog; // before the client it calls
    m_client.reset();
}

JobDetailsDialog *TestRerunGroups::openDialog(TestHttpServer &server, const FakeJobServer &fake)
{
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setSettings(clientSettingsFor(server));
    m_dialog = new JobDetailsDialog(m_client.get(), parsed(fake.job), testScope());
    m_dialog->resize(900, 680);
    m_dialog->show();
    m_button = m_dialog->findChild<QPushButton *>(QStringLiteral("rerunButton"));
    m_reason = m_dialog->findChild<QLabel *>(QStringLiteral("rerunReasonLabel"));
    m_message = m_dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
    return m_dialog;
}

QMessageBox *TestRerunGroups::askToRerun()
{
    if (!QTest::qWaitFor([this] { return m_button->isEnabled(); }, 30'000))
        return nullptr;
    QTest::mouseClick(m_button, Qt::LeftButton);
    QPointer<QMessageBox> question;
    const bool asked = QTest::qWaitFor(
        [&question] {
            question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            return !question.isNull();
        },
        5'000);
    return asked ? question.data() : nullptr;
}

void TestRerunGroups::oneGroupPerConfiguration_data()
{
    QTest::addColumn<QStringList>("latestHashes"); // per failed item, dfl-0 on
    QTest::addColumn<QStringList>("expectedGroups"); // "hash: item item", in the plan's order
    QTest::newRow("one configuration: one group")
        << QStringList {"ha", "ha", "ha"} << QStringList {"ha: dfl-0 dfl-1 dfl-2"};
    QTest::newRow("two configurations, the most items first, each in the listing's order")
        << QStringList {"hb", "ha", "ha", "hb", "ha"}
        << QStringList {"ha: dfl-1 dfl-2 dfl-4", "hb: dfl-0 dfl-3"};
    QTest::newRow("as many items: in the order of their hashes")
        << QStringList {"hb", "ha"} << QStringList {"ha: dfl-1", "hb: dfl-0"};
    QTest::newRow("every item its own configuration")
        << QStringList {"hc", "ha", "hb"} << QStringList {"ha: dfl-1", "hb: dfl-2", "hc: dfl-0"};
}

void TestRerunGroups::oneGroupPerConfiguration()
{
    QFETCH(QStringList, latestHashes);
    QFETCH(QStringList, expectedGroups);
    const QHash<QString, QByteArray> configs {{"ha", ConfigA}, {"hb", ConfigB}, {"hc", ConfigC}};
    RerunInput input;
    QJsonObject job = sampleJobJson(JobId);
    job.insert(u"status", QStringLiteral("failed"));
    input.job = parsed(job);
    for (int i = 0; i < latestHashes.size(); ++i) {
        JobItem item;
        item.itemId = itemId(i);
        item.itemName = QStringLiteral("file-%1.pdf").arg(i);
        item.status = QStringLiteral("failed");
        input.failedItems.append(item);
        // An older result with another configuration does not decide the group.
        const QString hash = latestHashes.at(i);
        const QByteArray older = resultJson(item.itemId, ConfigD, QStringLiteral("hd"), 1);
        const QByteArray latest = resultJson(item.itemId, configs.value(hash), hash, 5);
        input.resultsByItemId.insert(item.itemId,
                                     resultsOf(item.itemId, "[" + latest + "," + older + "]"));
    }
    const RerunPlan plan = RerunPlan::decide(input);
    QVERIFY2(plan.isReady(), qPrintable(plan.reason));
    QStringList groups;
    for (const RerunGroup &group : plan.groups) {
        groups << group.parametersHash + u": " + group.itemIds.join(u' ');
        QCOMPARE(group.jobConfig, configs.value(group.parametersHash)); // as received
        QCOMPARE(group.jobType, QStringLiteral("parse"));
    }
    QCOMPARE(groups, expectedGroups);
    QCOMPARE(plan.itemCount(), latestHashes.size()); // every item, each once
}

void TestRerunGroups::confirmationListsTheGroupsAndCancelCreatesNothing_data()
{
    QTest::addColumn<int>("how"); // 0: Cancel clicked, else the key pressed
    QTest::newRow("Cancel clicked") << 0;
    QTest::newRow("Enter: Cancel is the default") << int(Qt::Key_Return);
    QTest::newRow("Escape") << int(Qt::Key_Escape);
}

void TestRerunGroups::confirmationListsTheGroupsAndCancelCreatesNothing()
{
    QFETCH(int, how);
    FakeJobServer fake;
    setUpFourGroups(fake);
    fake.answerCreate = creatingJobs();
    TestHttpServer server([&fake](const TestRequest &request) { return fake.answer(request); });
    openDialog(server, fake);
    QPointer<QMessageBox> question = askToRerun();
    QVERIFY(question);
    QCOMPARE(m_button->toolTip(),
             QStringLiteral("Re-run 31 failed items as 4 new jobs, one per configuration"));
    QVERIFY(!m_reason->isVisible()); // it can re-run: nothing to explain
    QCOMPARE(question->text(),
             QStringLiteral("Re-run 31 failed items of %1 as 4 new jobs, one per configuration?")
                 .arg(JobId));
    const QString listed = question->informativeText();
    for (const Group &group : fourGroups()) {
        const QString line = QStringLiteral("• parse, parameters hash %1 (parse_raw_file_job): %2 "
                                            "items")
                                 .arg(group.hash)
                                 .arg(group.count);
        QVERIFY2(listed.contains(line), qPrintable(listed));
    }
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    QCOMPARE(question->escapeButton(), question->button(QMessageBox::Cancel));
    QCOMPARE(acceptButton(question)->text(), QStringLiteral("Create 4 jobs"));
    if (how == 0)
        saveShot(question, QStringLiteral("rerun-groups-confirmation.png"));

    if (how == 0)
        QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    else
        QTest::keyClick(question, Qt::Key(how));
    QTRY_VERIFY(question.isNull() || !question->isVisible());
    QTRY_VERIFY(m_button->isEnabled()); // still offered
    QCOMPARE(createRequests(server).size(), 0);
}

void TestRerunGroups::confirmingCreatesOneJobPerGroup()
{
    FakeJobServer fake;
    setUpFourGroups(fake);
    fake.answerCreate = creatingJobs();
    TestHttpServer server([&fake](const TestRequest &request) { return fake.answer(request); });
    JobDetailsDialog *dialog = openDialog(server, fake);
    QSignalSpy created(dialog, &JobDetailsDialog::jobCreated);
    QMessageBox *question = askToRerun();
    QVERIFY(question);
    QTest::mouseClick(acceptButton(question), Qt::LeftButton);
    QVERIFY(!m_button->isEnabled()); // at once: a second click cannot create them twice
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 4, 20'000);

    const QList<TestRequest> posts = createRequests(server);
    QCOMPARE(posts.size(), 4);
    for (int i = 0; i < 4; ++i) { // the largest group first
        const Group &group = fourGroups().at(i);
        const TestRequest &post = posts.at(i);
        QCOMPARE(post.query.queryItemValue(QStringLiteral("project_id")), ProjectId);
        const QJsonObject body = QJsonDocument::fromJson(post.body).object();
        QCOMPARE(body.value(u"item_ids").toArray(), QJsonArray::fromStringList(group.itemIds()));
        QVERIFY2(post.body.contains(QByteArray("\"job_config\":" + group.config)),
                 post.body.constData());
        QCOMPARE(created.at(i).first().value<Job>().id,
                 QStringLiteral("bjb-for-") + itemId(group.first));
    }
    QTRY_COMPARE(m_message->text(),
                 QStringLiteral("Created 4 jobs to re-run the failed items: bjb-for-dfl-0 (12 "
                                "items), bjb-for-dfl-12 (10 items), bjb-for-dfl-22 (6 items), "
                                "bjb-for-dfl-28 (3 items)."));
    QVERIFY(!m_button->isEnabled());
    QVERIFY(m_reason->isVisible());
    QCOMPARE(m_reason->text(), QStringLiteral("Already re-run as 4 jobs."));
    QCOMPARE(m_button->toolTip(),
             QStringLiteral("These failed items were re-run as jobs bjb-for-dfl-0, bjb-for-dfl-12, "
                            "bjb-for-dfl-22, bjb-for-dfl-28."));
    saveShot(dialog, QStringLiteral("rerun-groups-created.png"));
}

void TestRerunGroups::aGroupThatFailedIsReportedAndCanBeRetried_data()
{
    QTest::addColumn<TestResponse>("refusal");
    QTest::addColumn<QString>("reportStart");
    QTest::addColumn<QString>("reportEnd");
    const QString created = QStringLiteral("Created 3 of 4 jobs: bjb-for-dfl-0 (12 items), "
                                           "bjb-for-dfl-12 (10 items), bjb-for-dfl-28 (3 items). ");
    QTest::newRow("refused (422): not re-run")
        << TestResponse::json(422, QByteArray(R"({"detail":"tier not allowed"})"))
        << created
            + "6 items with configuration parse, parameters hash hc (parse_raw_file_job) were "
              "not re-run."
        << "Re-run failed items… tries again for the items not re-run.";
    QTest::newRow("no answer (502): perhaps created")
        << TestResponse::json(502, QByteArray("{}"))
        << created
            + "The job for 6 items with configuration parse, parameters hash hc "
              "(parse_raw_file_job) may or may not have been created."
        << "Refresh the job list and check for new jobs before trying again.";
}

void TestRerunGroups::aGroupThatFailedIsReportedAndCanBeRetried()
{
    QFETCH(TestResponse, refusal);
    QFETCH(QString, reportStart);
    QFETCH(QString, reportEnd);
    FakeJobServer fake;
    setUpFourGroups(fake);
    bool refusing = true;
    fake.answerCreate = creatingJobs(QStringLiteral("hc"), refusal, &refusing);
    TestHttpServer server([&fake](const TestRequest &request) { return fake.answer(request); });
    JobDetailsDialog *dialog = openDialog(server, fake);
    QSignalSpy created(dialog, &JobDetailsDialog::jobCreated);
    QMessageBox *question = askToRerun();
    QVERIFY(question);
    QTest::mouseClick(acceptButton(question), Qt::LeftButton);
    // The other groups are created all the same, and the report names the one that was not.
    QTRY_VERIFY_WITH_TIMEOUT(m_message->text().startsWith(u"Created 3 of 4"), 20'000);
    QCOMPARE(created.size(), 3);
    QVERIFY2(m_message->text().startsWith(reportStart), qPrintable(m_message->text()));
    QVERIFY2(m_message->text().endsWith(reportEnd), qPrintable(m_message->text()));
    QCOMPARE(createRequests(server).size(), 4);
    saveShot(dialog,
             QStringLiteral("rerun-groups-partial-%1.png")
                 .arg(QString::fromLatin1(QTest::currentDataTag()).left(7)));

    // The group that failed is offered again, alone; the others are not created twice.
    QVERIFY(m_button->isEnabled());
    QVERIFY2(m_button->toolTip().startsWith(u"Re-run 6 failed items with configuration parse, "
                                            u"parameters hash hc"),
             qPrintable(m_button->toolTip()));
    refusing = false;
    question = askToRerun();
    QVERIFY(question);
    QCOMPARE(question->text(),
             QStringLiteral("Re-run 6 failed items of %1 with configuration parse, parameters "
                            "hash hc (parse_raw_file_job)?")
                 .arg(JobId));
    QVERIFY2(question->informativeText().contains(
                 u"The other failed items were re-run already, as jobs bjb-for-dfl-0, "
                 u"bjb-for-dfl-12, bjb-for-dfl-28."),
             qPrintable(question->informativeText()));
    QTest::mouseClick(acceptButton(question), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 4, 20'000);
    const QList<TestRequest> posts = createRequests(server);
    QCOMPARE(posts.size(), 5);
    QCOMPARE(QJsonDocument::fromJson(posts.last().body).object().value(u"item_ids").toArray(),
             QJsonArray::fromStringList(fourGroups().at(2).itemIds()));
    QTRY_COMPARE(m_message->text(),
                 QStringLiteral("Created job bjb-for-dfl-22 to re-run 6 failed items."));
    QVERIFY(!m_button->isEnabled());
    QVERIFY(m_reason->isVisible());
    QCOMPARE(m_reason->text(), QStringLiteral("Already re-run as 4 jobs."));
    QVERIFY2(m_button->toolTip().contains(u"bjb-for-dfl-22"), qPrintable(m_button->toolTip()));
}

QTEST_MAIN(TestRerunGroups)
#include "tst_rerungroups.moc"
