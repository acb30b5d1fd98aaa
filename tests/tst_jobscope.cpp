// A job's own calls (status, items, cancel): the project and organization they carry, a page
// with an unreadable item, and a cancel the server refuses with 409.
#include "app/batches/batchesview.h"
#include "app/common/appsettings.h"
#include "app/connection/connectioncontroller.h"
#include "app/connection/credentialstore.h"
#include "app/export/exportrunner.h"
#include "app/jobs/jobdetailsdialog.h"
#include "app/jobs/jobitemsmodel.h"
#include "app/jobs/jobsview.h"
#include "app/shell/mainwindow.h"
#include "core/batches/batchesapi.h"
#include "core/catalog/catalogapi.h"
#include "core/jobs/jobsapi.h"
#include "demo/demoserver.h"
#include "testhttpserver.h"
#include "windowtesting.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QString ProjectId = QStringLiteral("5b1a4c2e-8f3d-4e6a-9b7c-0d1e2f3a4b5c");
const QString OrganizationId = QStringLiteral("00000000-0000-0000-0000-000000000000"); // nil

const ProjectScope Scope {ProjectId, OrganizationId};

template<typename Result>
struct Outcome
{
    Result result;
    ApiError error;
    int calls = 0;
};

bool isScoped(const TestRequest &request)
{
    return request.query.queryItemValue(QStringLiteral("project_id")) == ProjectId
        && request.query.queryItemValue(QStringLiteral("organization_id")) == OrganizationId;
}

QJsonObject runningJobJson()
{
    QJsonObject job = sampleJobJson(QStringLiteral("bjb-7"));
    job.insert(u"project_id", ProjectId);
    job.insert(u"status", QStringLiteral("running"));
    job.remove(u"completed_at");
    return job;
}

QJsonObject itemJson(const QString &id)
{
    return QJsonObject {{QStringLiteral("item_id"), id},
                        {QStringLiteral("item_name"), QString(id + QStringLiteral(".pdf"))},
                        {QStringLiteral("status"), QStringLiteral("completed")}};
}

// Like an account with several projects: a job call without this project and organization is
// answered 404, as for a job the caller cannot see. `items` is the items endpoint's answer.
TestHttpServer::Handler scopedServer(const QJsonObject &items)
{
    return [items](const TestRequest &request) {
        if (!isScoped(request))
            return TestResponse::json(404, QByteArray(R"({"detail":"Batch job not found"})"));
        if (request.path.endsWith(u"/items"))
            return TestResponse::json(200, items);
        if (request.path.endsWith(u"/cancel")) {
            return TestResponse::json(
                200,
                QByteArray(
                    R"({"job_id":"bjb-7","status":"cancelled","processed_items":7,"message":"Cancelled"})"));
        }
        if (request.path.endsWith(u"/bjb-7"))
            return TestResponse::json(200,
                                      QJsonObject {{QStringLiteral("job"), runningJobJson()},
                                                   {QStringLiteral("progress_percentage"), 70}});
        return TestResponse::json(
            200,
            QJsonObject {{QStringLiteral("items"), QJsonArray {runningJobJson()}},
                         {QStringLiteral("total_size"), 1}});
    };
}

QJsonObject threeItemsOneUnreadable()
{
    QJsonObject broken = itemJson(QStringLiteral("i2"));
    broken.remove(u"status");
    return QJsonObject {
        {QStringLiteral("items"),
         QJsonArray {itemJson(QStringLiteral("i1")), broken, itemJson(QStringLiteral("i3"))}},
        {QStringLiteral("total_size"), 3}};
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TestJobScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void jobCallsCarryTheScope_data();
    void jobCallsCarryTheScope();
    void invalidScopeIsRefusedBeforeSending();
    void itemsPageKeepsReadableItems();
    void cancelConflictIsNotRetried();
    void detailsDialogCallsCarryTheScope();
    void detailsDialogCountsUnreadableItems();
    void mainWindowScopesDetailsByTheFilter();
    void demoServerHonoursTheScope();

private:
    // Calls `endpoint` ("status", "items" or "cancel") of job bjb-7 and waits for the answer;
    // none when it does not come, which the caller must fail on.
    std::optional<ApiError> callJob(ApiClient &client, const QString &endpoint,
                                    const ProjectScope &scope);

    QNetworkAccessManager m_network;
    QTemporaryDir m_settingsDir;
};

void TestJobScope::initTestCase()
{
    qunsetenv("LLAMA_CLOUD_API_KEY");
    qunsetenv("LLAMA_PARSE_API_KEY");
    qunsetenv("LLAMA_CLOUD_BASE_URL");
    QApplication::setOrganizationName(QStringLiteral("BatchDeckScopeTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestJobScope::init()
{
    clearSettings();
    m_network.clearConnectionCache();
}

std::optional<ApiError> TestJobScope::callJob(ApiClient &client, const QString &endpoint,
                                              const ProjectScope &scope)
{
    QObject context;
    ApiError received;
    int calls = 0;
    const auto done = [&](const auto &, const ApiError &error) {
        received = error;
        ++calls;
    };
    const QString jobId = QStringLiteral("bjb-7");
    if (endpoint == u"status")
        JobsApi(&client).jobStatus(jobId, scope, &context, done);
    else if (endpoint == u"items")
        JobsApi(&client).listJobItems(jobId, scope, {}, &context, done);
    else
        JobsApi(&client).cancelJob(jobId, scope, {}, &context, done);
    if (!QTest::qWaitFor([&] { return calls > 0; }, 20'000))
        return std::nullopt;
    return received;
}

void TestJobScope::jobCallsCarryTheScope_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("path");
    QTest::newRow("status") << "status"
                            << "/api/v1/beta/batch-processing/bjb-7";
    QTest::newRow("items") << "items"
                           << "/api/v1/beta/batch-processing/bjb-7/items";
    QTest::newRow("cancel") << "cancel"
                            << "/api/v1/beta/batch-processing/bjb-7/cancel";
}

void TestJobScope::jobCallsCarryTheScope()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, path);
    TestHttpServer server(scopedServer(threeItemsOneUnreadable()));
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));

    const std::optional<ApiError> scoped = callJob(client, endpoint, Scope);
    QVERIFY(scoped);
    QVERIFY2(scoped->isOk(), qPrintable(scoped->message));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().last().path, path);
    QCOMPARE(server.requests().last().query.queryItemValue(QStringLiteral("project_id")),
             ProjectId);
    QCOMPARE(server.requests().last().query.queryItemValue(QStringLiteral("organization_id")),
             OrganizationId);

    // The same call without the scope is what such a server refuses.
    const std::optional<ApiError> unscoped = callJob(client, endpoint, {});
    QVERIFY(unscoped);
    QCOMPARE(unscoped->httpStatus, 404);
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(!server.requests().last().query.hasQueryItem(QStringLiteral("project_id")));
}

void TestJobScope::invalidScopeIsRefusedBeforeSending()
{
    TestHttpServer server(scopedServer({}));
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    for (const QString &endpoint :
         {QStringLiteral("status"), QStringLiteral("items"), QStringLiteral("cancel")}) {
        const std::optional<ApiError> error =
            callJob(client, endpoint, ProjectScope {QStringLiteral("proj-1"), std::nullopt});
        QVERIFY(error);
        QCOMPARE(error->kind, ApiError::Kind::InvalidArgument);
        QVERIFY2(error->message.startsWith(u"project_id "), qPrintable(error->message));
    }
    QCOMPARE(server.requests().size(), 0);
}

void TestJobScope::itemsPageKeepsReadableItems()
{
    TestHttpServer server(scopedServer(threeItemsOneUnreadable()));
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    QObject context;
    Outcome<ItemPage> outcome;
    ListItemsQuery query;
    query.offset = 200;
    JobsApi(&client).listJobItems(QStringLiteral("bjb-7"), Scope, query, &context,
                                  [&](const ItemPage &page, const ApiError &error) {
                                      outcome = {page, error, outcome.calls + 1};
                                  });
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 20'000);
    QVERIFY2(outcome.error.isOk(), qPrintable(outcome.error.message));
    QCOMPARE(outcome.result.items.size(), 2);
    QCOMPARE(outcome.result.items.at(0).itemId, QStringLiteral("i1"));
    QCOMPARE(outcome.result.items.at(1).itemId, QStringLiteral("i3"));
    QCOMPARE(outcome.result.invalidItems.size(), 1);
    QCOMPARE(outcome.result.invalidItems.first().position, 201);
    const QString described = outcome.result.invalidItems.first().describe();
    QVERIFY2(described.contains(u"position 202") && described.contains(u"\"status\" is missing"),
             qPrintable(described));
}

void TestJobScope::cancelConflictIsNotRetried()
{
    TestHttpServer server([](const TestRequest &) {
        return TestResponse::json(409,
                                  QByteArray(R"({"detail":"Job bjb-7 is already completed"})"));
    });
    ApiClient client(&m_network);
    ClientSettings settings = clientSettingsFor(server, 5);
    // The back-off a retry would wait through, long enough that a retry could not go unseen.
    settings.retryBaseDelayMs = 500;
    settings.retryMaxDelayMs = 8000;
    client.setSettings(settings);

    const std::optional<ApiError> answer = callJob(client, QStringLiteral("cancel"), Scope);
    QVERIFY(answer);
    const ApiError &error = *answer;
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 409);
    QCOMPARE(error.attempts, 1);
    QVERIFY2(error.message.contains(u"Job bjb-7 is already completed"), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u"Gave up"), qPrintable(error.message));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().path,
             QStringLiteral("/api/v1/beta/batch-processing/bjb-7/cancel"));
}

void TestJobScope::detailsDialogCallsCarryTheScope()
{
    TestHttpServer server(scopedServer(threeItemsOneUnreadable()));
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    Job job;
    QCOMPARE(Job::fromJson(runningJobJson(), &job), QString());
    QWidget parent;
    auto *dialog = new JobDetailsDialog(&client, job, Scope, &parent);
    dialog->show();

    auto *progress = child<QProgressBar>(dialog, "progressBar");
    auto *items = child<QTableView>(dialog, "itemsTable");
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 20'000); // the status answer is shown
    QTRY_COMPARE_WITH_TIMEOUT(items->model()->rowCount(), 2, 20'000);
    QVERIFY2(child<QLabel>(dialog, "messageLabel")->text().isEmpty(),
             qPrintable(child<QLabel>(dialog, "messageLabel")->text()));

    // Cancel, confirmed with the question's destructive button.
    auto *cancelButton = child<QPushButton>(dialog, "cancelJobButton");
    QVERIFY(cancelButton->isEnabled());
    cancelButton->click();
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = dialog->findChild<QMessageBox *>()) != nullptr);
    QAbstractButton *confirm = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            confirm = button;
    }
    QVERIFY(confirm);
    confirm->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(dialog, "messageLabel")->text().contains(u"Job cancelled"), 20'000);

    QStringList paths;
    for (const TestRequest &request : server.requests()) {
        QVERIFY2(isScoped(request), qPrintable(request.path + u'?' + request.query.toString()));
        paths << request.path;
    }
    QVERIFY(paths.contains(QStringLiteral("/api/v1/beta/batch-processing/bjb-7")));
    QVERIFY(paths.contains(QStringLiteral("/api/v1/beta/batch-processing/bjb-7/items")));
    QVERIFY(paths.contains(QStringLiteral("/api/v1/beta/batch-processing/bjb-7/cancel")));
}

void TestJobScope::detailsDialogCountsUnreadableItems()
{
    TestHttpServer server(scopedServer(threeItemsOneUnreadable()));
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    Job job;
    QCOMPARE(Job::fromJson(runningJobJson(), &job), QString());
    QWidget parent;
    auto *dialog = new JobDetailsDialog(&client, job, Scope, &parent);
    auto *items = child<QTableView>(dialog, "itemsTable");
    QAbstractItemModelTester tester(items->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog->show();

    auto *range = child<QLabel>(dialog, "itemsRangeLabel");
    QTRY_VERIFY_WITH_TIMEOUT(range->text().contains(u"could not be read"), 20'000);
    // All three positions are on the page; the readable two are shown, the third is counted.
    QCOMPARE(range->text(),
             QStringLiteral("Showing 1–3 of 3 · 1 item on this page could not be "
                            "read"));
    QVERIFY2(range->toolTip().contains(u"position 2 could not be read"),
             qPrintable(range->toolTip()));
    QCOMPARE(items->model()->rowCount(), 2);
    QCOMPARE(items->model()->index(1, JobItemsModel::ItemId).data().toString(),
             QStringLiteral("i3"));
}

void TestJobScope::mainWindowScopesDetailsByTheFilter()
{
    JobFilter filter;
    filter.projectId = ProjectId;
    filter.organizationId = OrganizationId;
    AppSettings().saveJobsFilter(filter);

    TestHttpServer server(scopedServer(threeItemsOneUnreadable()));
    MemoryCredentialStore credentials;
    MainWindow window(&credentials);
    QAbstractItemModelTester tester(&window.jobsView().model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    ClientSettings settings = clientSettingsFor(server);
    window.connection().useCloud(settings);
    QTRY_COMPARE_WITH_TIMEOUT(window.jobsView().model().rowCount(), 1, 20'000);
    QCOMPARE(window.jobsView().browser().filter(), filter);

    const qsizetype before = server.requests().size();
    JobDetailsDialog *dialog =
        window.jobsView().openDetails(window.jobsView().browser().jobs().first());
    QCOMPARE(dialog->scope(), filter.scope());
    auto *items = child<QTableView>(dialog, "itemsTable");
    QTRY_COMPARE_WITH_TIMEOUT(items->model()->rowCount(), 2, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>(dialog, "progressBar")->value() > 0, 20'000);
    QVERIFY(server.requests().size() >= before + 2);
    for (qsizetype i = before; i < server.requests().size(); ++i)
        QVERIFY2(isScoped(server.requests().at(i)), qPrintable(server.requests().at(i).path));
}

void TestJobScope::demoServerHonoursTheScope()
{
    DemoConfig config;
    config.jobCount = 200;
    config.seed = 3;
    DemoServer demo(config);
    QVERIFY2(demo.listen(), qPrintable(demo.errorString()));
    ClientSettings settings;
    settings.baseUrl = demo.baseUrl();
    settings.apiKey = DemoServer::apiKey();
    settings.maxRetries = 0;
    ApiClient client(&m_network);
    client.setSettings(settings);

    // A pending job (it stays cancellable) and the project it belongs to.
    QObject context;
    Outcome<JobPage> list;
    ListJobsQuery query;
    query.status = QStringLiteral("pending");
    query.limit = 1;
    JobsApi(&client).listJobs(query, &context, [&](const JobPage &page, const ApiError &error) {
        list = {page, error, 1};
    });
    QTRY_COMPARE_WITH_TIMEOUT(list.calls, 1, 20'000);
    QVERIFY2(list.error.isOk(), qPrintable(list.error.message));
    QCOMPARE(list.result.jobs.size(), 1);
    const Job job = list.result.jobs.first();
    const ProjectScope own {job.projectId, demo.dataset().organizationId()};
    const ProjectScope nilProject {QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                   std::nullopt};

    Outcome<JobStatusResult> status;
    const auto statusOf = [&](const ProjectScope &scope) {
        status.calls = 0;
        JobsApi(&client).jobStatus(job.id, scope, &context,
                                   [&](const JobStatusResult &r, const ApiError &e) {
                                       status = {r, e, 1};
                                   });
        return QTest::qWaitFor([&] { return status.calls == 1; }, 20'000);
    };
    QVERIFY(statusOf(own));
    QVERIFY2(status.error.isOk(), qPrintable(status.error.message));
    QCOMPARE(status.result.job.id, job.id);
    // The nil UUID is a valid UUID (no 422); no job of the demo lives in that project.
    QVERIFY(statusOf(nilProject));
    QCOMPARE(status.error.httpStatus, 404);

    Outcome<ItemPage> items;
    JobsApi(&client).listJobItems(job.id, own, {}, &context,
                                  [&](const ItemPage &r, const ApiError &e) {
                                      items = {r, e, 1};
                                  });
    QTRY_COMPARE_WITH_TIMEOUT(items.calls, 1, 20'000);
    QVERIFY2(items.error.isOk(), qPrintable(items.error.message));
    QVERIFY(!items.result.items.isEmpty());

    Outcome<CancelResult> cancel;
    JobsApi(&client).cancelJob(job.id, nilProject, {}, &context,
                               [&](const CancelResult &r, const ApiError &e) {
                                   cancel = {r, e, 1};
                               });
    QTRY_COMPARE_WITH_TIMEOUT(cancel.calls, 1, 20'000);
    QCOMPARE(cancel.error.httpStatus, 404); // outside the scope: not cancelled
    JobsApi(&client).cancelJob(job.id, own, {}, &context,
                               [&](const CancelResult &r, const ApiError &e) {
                                   cancel = {r, e, 2};
                               });
    QTRY_COMPARE_WITH_TIMEOUT(cancel.calls, 2, 20'000);
    QVERIFY2(cancel.error.isOk(), qPrintable(cancel.error.message));
    QCOMPARE(cancel.result.status, QStringLiteral("cancelled"));
}

QTEST_MAIN(TestJobScope)
#include "core/jobs/jobsapi.h"
#include "tst_jobscope.moc"
