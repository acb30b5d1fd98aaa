// The v2 filter panel: the project and directory pickers it shares with the v1 sidebar (same
// words, names become IDs, text that names nothing is never sent), the created from / to field
// (typed ISO dates, a calendar that opens at today, "Any", quick ranges) and the per-status
// counts, read from the server's total_size and shown only where it gives one.
#include "app/batches/batchesview.h"
#include "app/batches/batchfilterpanel.h"
#include "app/common/daterangefield.h"
#include "app/common/elidedlabel.h"
#include "app/common/namepicker.h"
#include "app/connection/connectioncontroller.h"
#include "app/connection/credentialstore.h"
#include "app/jobs/jobfilterpanel.h"
#include "app/jobs/jobsview.h"
#include "app/shell/mainwindow.h"
#include "batchtesting.h"
#include "catalogtesting.h"
#include "core/catalog/namecatalog.h"
#include "windowtesting.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

TestResponse catalogOrFailure(const TestRequest &request)
{
    return catalogResponse(request).value_or(TestResponse::json(500, QByteArray("{}")));
}

QString isoDay(int daysFromToday)
{
    return DateRangeField::today().addDays(daysFromToday).toString(Qt::ISODate);
}

} // namespace

class TestBatchFilterPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pickersSayWhatTheV1SidebarSays_data();
    void pickersSayWhatTheV1SidebarSays();
    void namesAndIdsBecomeTheQuery_data();
    void namesAndIdsBecomeTheQuery();
    void textThatNamesNothingIsNeverSent_data();
    void textThatNamesNothingIsNeverSent();
    void datesAreTyped_data();
    void datesAreTyped();
    void quickRangesAreOneClick_data();
    void quickRangesAreOneClick();
    void calendarOpensAtTheFieldsDayOrToday_data();
    void calendarOpensAtTheFieldsDayOrToday();
    void statusCountsAreTheServersTotals_data();
    void statusCountsAreTheServersTotals();

private:
    void loadNames();
    // The query the panel announces once the pause after `change` is over.
    ListBatchesQuery appliedAfter(const std::function<void()> &change);

    QTemporaryDir m_settingsDir;
    QNetworkAccessManager m_network;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<NameCatalog> m_catalog;
    std::unique_ptr<BatchFilterPanel> m_panel;
};

void TestBatchFilterPanel::initTestCase()
{
    isolateWindowTest(m_settingsDir.path());
}

void TestBatchFilterPanel::init()
{
    clearSettings();
    m_server = std::make_unique<TestHttpServer>(catalogOrFailure);
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setSettings(clientSettingsFor(*m_server));
    m_catalog = std::make_unique<NameCatalog>(m_client.get());
    m_panel = std::make_unique<BatchFilterPanel>();
    m_panel->resize(260, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestBatchFilterPanel::cleanup()
{
    m_panel.reset();
    m_catalog.reset();
    m_client.reset();
    m_server.reset();
}

void TestBatchFilterPanel::loadNames()
{
    QSignalSpy loaded(m_catalog.get(), &NameCatalog::loaded);
    m_catalog->refresh();
    QVERIFY(loaded.wait(10'000));
    m_panel->setNameCatalog(m_catalog.get());
}

ListBatchesQuery TestBatchFilterPanel::appliedAfter(const std::function<void()> &change)
{
    QSignalSpy changed(m_panel.get(), &BatchFilterPanel::queryChanged);
    change();
    if (!changed.wait(5'000))
        return {};
    return changed.last().at(0).value<ListBatchesQuery>();
}

void TestBatchFilterPanel::pickersSayWhatTheV1SidebarSays_data()
{
    QTest::addColumn<QString>("v2");
    QTest::addColumn<QString>("v1");
    QTest::addColumn<QByteArray>("property");
    QTest::newRow("project label") << "batchProjectLabel"
                                   << "projectLabel" << QByteArray("text");
    QTest::newRow("directory label") << "batchDirectoryLabel"
                                     << "directoryLabel" << QByteArray("text");
    QTest::newRow("project placeholder") << "batchProjectEdit"
                                         << "projectEdit" << QByteArray("placeholderText");
    QTest::newRow("directory placeholder") << "batchDirectoryEdit"
                                           << "directoryEdit" << QByteArray("placeholderText");
    QTest::newRow("project tooltip") << "batchProjectCombo"
                                     << "projectCombo" << QByteArray("toolTip");
    QTest::newRow("directory tooltip") << "batchDirectoryCombo"
                                       << "directoryCombo" << QByteArray("toolTip");
}

void TestBatchFilterPanel::pickersSayWhatTheV1SidebarSays()
{
    QFETCH(QString, v2);
    QFETCH(QString, v1);
    QFETCH(QByteArray, property);
    JobFilterPanel sidebar;
    const QVariant v1Value = child<QWidget>(&sidebar, v1)->property(property.constData());
    QVERIFY(!v1Value.toString().isEmpty());
    QCOMPARE(child<QWidget>(m_panel.get(), v2)->property(property.constData()), v1Value);
}

void TestBatchFilterPanel::namesAndIdsBecomeTheQuery_data()
{
    QTest::addColumn<QString>("project"); // typed in the project picker, or empty
    QTest::addColumn<QString>("directory"); // typed in the directory picker, or empty
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<QString>("directoryId");
    QTest::addColumn<QStringList>("listed"); // the directory picker's list
    const QStringList all {"Contracts", "Invoices", "Receipts"};
    const QString none;
    QTest::newRow("project by name, in another case")
        << "legal" << none << Catalog::LegalProjectId << none << QStringList {"Contracts"};
    QTest::newRow("project by ID") << Catalog::FinanceProjectId << none << Catalog::FinanceProjectId
                                   << none << QStringList {"Invoices", "Receipts"};
    QTest::newRow("directory by name") << none << "Receipts" << none << "dir-2" << all;
    QTest::newRow("directory by ID not listed") << none << "dir-77" << none << "dir-77" << all;
    QTest::newRow("both by name") << "Finance"
                                  << "Invoices" << Catalog::FinanceProjectId << "dir-1"
                                  << QStringList {"Invoices", "Receipts"};
}

void TestBatchFilterPanel::namesAndIdsBecomeTheQuery()
{
    QFETCH(QString, project);
    QFETCH(QString, directory);
    QFETCH(QString, projectId);
    QFETCH(QString, directoryId);
    QFETCH(QStringList, listed);
    loadNames();
    const ListBatchesQuery query = appliedAfter([&] {
        child<QLineEdit>(m_panel.get(), QStringLiteral("batchProjectEdit"))->setText(project);
        child<QLineEdit>(m_panel.get(), QStringLiteral("batchDirectoryEdit"))->setText(directory);
    });
    QCOMPARE(query.projectId.value_or(QString()), projectId);
    QCOMPARE(query.sourceDirectoryId.value_or(QString()), directoryId);
    QCOMPARE(query, m_panel->query());
    auto *directories = child<NamePicker>(m_panel.get(), QStringLiteral("batchDirectoryCombo"));
    QStringList texts;
    for (int row = 0; row < directories->count(); ++row)
        texts << directories->itemText(row);
    QCOMPARE(texts, listed);
}

void TestBatchFilterPanel::textThatNamesNothingIsNeverSent_data()
{
    QTest::addColumn<QString>("project"); // chosen first, or empty
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("said");
    const QString none;
    QTest::newRow("a project name, not a UUID") << none << "batchProjectEdit"
                                                << "Marketing"
                                                << "batchProjectMessage"
                                                << "No project named 'Marketing'";
    QTest::newRow("part of no directory name, a project chosen") << "Finance"
                                                                 << "batchDirectoryEdit"
                                                                 << "man"
                                                                 << "batchDirectoryMessage"
                                                                 << "No directory named 'man'";
    QTest::newRow("a day that is none") << none << "createdFromEdit"
                                        << "2026-02-30"
                                        << "batchValidationLabel"
                                        << "Created from: '2026-02-30' is not a date.";
    QTest::newRow("a date cut short") << none << "createdToEdit"
                                      << "2026-11"
                                      << "batchValidationLabel"
                                      << "Created to: '2026-11' is not a date.";
}

void TestBatchFilterPanel::textThatNamesNothingIsNeverSent()
{
    QFETCH(QString, project);
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    QFETCH(QString, said);
    loadNames();
    if (!project.isEmpty()) {
        QCOMPARE(appliedAfter([&] {
                     child<QLineEdit>(m_panel.get(), QStringLiteral("batchProjectEdit"))
                         ->setText(project);
                 }).projectId,
                 std::optional(Catalog::FinanceProjectId));
    }
    const ListBatchesQuery before = m_panel->query();
    QSignalSpy changed(m_panel.get(), &BatchFilterPanel::queryChanged);
    auto *edit = child<QLineEdit>(m_panel.get(), field);
    edit->setFocus();
    QTest::keyClicks(edit, typed);
    auto *label = child<QLabel>(m_panel.get(), message);
    const auto shown = [label] {
        if (auto *elided = qobject_cast<ElidedLabel *>(label))
            return elided->fullText();
        return label->isVisible() ? label->text() : QString();
    };
    QTRY_VERIFY2(shown().startsWith(said), qPrintable(shown()));
    QVERIFY(m_panel->validationMessage().startsWith(said));
    QVERIFY(!m_panel->hasPendingChange());
    QVERIFY(changed.isEmpty());
    QCOMPARE(m_panel->query(), before); // the text stands for nothing
}

void TestBatchFilterPanel::datesAreTyped_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown"); // what the field holds then
    QTest::addColumn<QString>("sent"); // the bound in the query; empty: none
    QTest::newRow("from, ISO") << "createdFromEdit"
                               << "2026-11-20"
                               << "2026-11-20"
                               << "2026-11-20";
    QTest::newRow("to, ISO") << "createdToEdit"
                             << "2026-11-20"
                             << "2026-11-20"
                             << "2026-11-20";
    QTest::newRow("from, digits only") << "createdFromEdit"
                                       << "20261120"
                                       << "20261120"
                                       << "2026-11-20";
    // The case: typing over "Any" gave "Any20261120". The field is empty, not "Any".
    QTest::newRow("letters are not taken") << "createdFromEdit"
                                           << "Any2026-11-20"
                                           << "2026-11-20"
                                           << "2026-11-20";
}

void TestBatchFilterPanel::datesAreTyped()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    QFETCH(QString, sent);
    auto *edit = child<QLineEdit>(m_panel.get(), field);
    QCOMPARE(edit->text(), QString()); // "Any" is the placeholder, not text
    QCOMPARE(edit->placeholderText(), QStringLiteral("Any"));
    const ListBatchesQuery query = appliedAfter([&] {
        edit->setFocus();
        QTest::keyClicks(edit, typed);
    });
    QCOMPARE(edit->text(), shown);
    const bool from = field == u"createdFromEdit";
    QCOMPARE(from ? query.createdAtOnOrAfter : query.createdAtOnOrBefore, std::optional(sent));
    QCOMPARE(from ? query.createdAtOnOrBefore : query.createdAtOnOrAfter, std::nullopt);

    // Cleared, the bound is "Any" again.
    const ListBatchesQuery cleared = appliedAfter([&] {
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
    });
    QCOMPARE(cleared.createdAtOnOrAfter, std::nullopt);
    QCOMPARE(cleared.createdAtOnOrBefore, std::nullopt);
}

void TestBatchFilterPanel::quickRangesAreOneClick_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("firstDay"); // days from today
    QTest::newRow("today") << "todayButton"
                           << "Today" << 0;
    QTest::newRow("last 7 days") << "last7DaysButton"
                                 << "Last 7 days" << -6;
    QTest::newRow("last 30 days") << "last30DaysButton"
                                  << "Last 30 days" << -29;
}

void TestBatchFilterPanel::quickRangesAreOneClick()
{
    QFETCH(QString, button);
    QFETCH(QString, text);
    QFETCH(int, firstDay);
    auto *quick = child<QToolButton>(m_panel.get(), button);
    QCOMPARE(quick->text(), text);
    QSignalSpy changed(m_panel.get(), &BatchFilterPanel::queryChanged);
    QTest::mouseClick(quick, Qt::LeftButton);
    QVERIFY(changed.wait(5'000));
    QCOMPARE(changed.size(), 1);
    const ListBatchesQuery query = changed.last().at(0).value<ListBatchesQuery>();
    QCOMPARE(query.createdAtOnOrAfter, std::optional(isoDay(firstDay)));
    QCOMPARE(query.createdAtOnOrBefore, std::optional(isoDay(0)));
    QCOMPARE(child<QLineEdit>(m_panel.get(), QStringLiteral("createdFromEdit"))->text(),
             isoDay(firstDay));
}

void TestBatchFilterPanel::calendarOpensAtTheFieldsDayOrToday_data()
{
    QTest::addColumn<QString>("typed"); // in the field first
    QTest::addColumn<QDate>("opensAt");
    QTest::newRow("empty field: today") << QString() << DateRangeField::today();
    QTest::newRow("a day typed: that day") << "2024-02-29" << QDate(2024, 2, 29);
}

void TestBatchFilterPanel::calendarOpensAtTheFieldsDayOrToday()
{
    QFETCH(QString, typed);
    QFETCH(QDate, opensAt);
    auto *edit = child<QLineEdit>(m_panel.get(), QStringLiteral("createdFromEdit"));
    edit->setText(typed);
    QTest::mouseClick(
        child<QToolButton>(m_panel.get(), QStringLiteral("createdFromCalendarButton")),
        Qt::LeftButton);
    auto *calendar = child<QCalendarWidget>(m_panel.get(), QStringLiteral("createdFromCalendar"));
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), opensAt);
    QCOMPARE(calendar->yearShown(), opensAt.year());
    QCOMPARE(calendar->monthShown(), opensAt.month());
    // Under its field.
    const QPoint field = edit->mapToGlobal(QPoint(0, edit->height()));
    QCOMPARE(calendar->window()->mapToGlobal(QPoint()).x(), field.x());
    QVERIFY(calendar->window()->mapToGlobal(QPoint()).y() >= field.y());

    // Enter on the day before picks it: the field holds it, the calendar closes.
    const QDate picked = opensAt.addDays(-1);
    calendar->setSelectedDate(picked);
    const ListBatchesQuery query = appliedAfter([&] {
        QTest::keyClick(child<QTableView>(calendar, QStringLiteral("qt_calendar_calendarview")),
                        Qt::Key_Return);
    });
    QCOMPARE(edit->text(), picked.toString(Qt::ISODate));
    QCOMPARE(query.createdAtOnOrAfter, std::optional(picked.toString(Qt::ISODate)));
    QTRY_VERIFY(!calendar->isVisible());
}

void TestBatchFilterPanel::statusCountsAreTheServersTotals_data()
{
    QTest::addColumn<bool>("totals"); // whether the server sends total_size
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("with total_size")
        << true << QStringList {"All (23)",       "Pending (1)", "Throttled (0)", "Running (2)",
                                "Completed (12)", "Failed (7)",  "Cancelled (1)"};
    QTest::newRow("without total_size: no numbers")
        << false << QStringList {"All",       "Pending", "Throttled", "Running",
                                 "Completed", "Failed",  "Cancelled"};
}

void TestBatchFilterPanel::statusCountsAreTheServersTotals()
{
    QFETCH(bool, totals);
    QFETCH(QStringList, labels);
    const QHash<QString, int> byStatus {{"", 23},        {"PENDING", 1},    {"THROTTLED", 0},
                                        {"RUNNING", 2},  {"COMPLETED", 12}, {"FAILED", 7},
                                        {"CANCELLED", 1}};
    auto list = std::make_shared<BatchListServerState>();
    list->count = 3;
    const TestHttpServer::Handler batches = batchListHandler(list);
    m_server->setHandler([byStatus, totals, batches](const TestRequest &request) {
        if (std::optional<TestResponse> names = catalogResponse(request))
            return *names;
        if (request.path.startsWith(u"/api/v1/"))
            return TestResponse::json(200, jobListJson(0, 3, 3));
        if (request.path == u"/api/v2/batches"
            && request.query.queryItemValue(QStringLiteral("page_size")) == u"1") {
            QJsonObject body {{QStringLiteral("items"), QJsonArray {}}};
            if (totals)
                body.insert(u"total_size",
                            byStatus.value(request.query.queryItemValue(QStringLiteral("status"))));
            return TestResponse::json(200, body);
        }
        return batches(request);
    });
    MemoryCredentialStore credentials;
    MainWindow window(&credentials);
    window.resize(1280, 760);
    window.show();
    window.connection().useCloud(clientSettingsFor(*m_server));
    QTRY_VERIFY_WITH_TIMEOUT(window.jobsView().browser().lastRefreshed().isValid(), 20'000);
    window.showView(&window.batchesView());
    auto *statuses =
        child<QListWidget>(&window.batchesView().filters(), QStringLiteral("batchStatusList"));
    const auto texts = [statuses] {
        QStringList found;
        for (int row = 0; row < statuses->count(); ++row)
            found << statuses->item(row)->text();
        return found;
    };
    if (totals) {
        QTRY_COMPARE_WITH_TIMEOUT(texts(), labels, 20'000);
    } else {
        // Every count was asked for and answered without a total: still no numbers.
        QTRY_VERIFY_WITH_TIMEOUT(window.batchesView().browser().lastRefreshed().isValid(), 20'000);
        const auto counted = [this] {
            int answered = 0;
            for (const TestRequest &request : m_server->requests())
                answered += request.query.queryItemValue(QStringLiteral("page_size")) == u"1";
            return answered;
        };
        QTRY_COMPARE_WITH_TIMEOUT(counted(), int(labels.size()), 20'000);
        QCOMPARE(texts(), labels);
    }
    // Each count asked with page_size=1 and its status; "All" without one.
    QStringList asked;
    for (const TestRequest &request : m_server->requests()) {
        if (request.path == u"/api/v2/batches"
            && request.query.queryItemValue(QStringLiteral("page_size")) == u"1")
            asked << request.query.queryItemValue(QStringLiteral("status"));
    }
    asked.sort();
    QCOMPARE(
        asked,
        QStringList({"", "CANCELLED", "COMPLETED", "FAILED", "PENDING", "RUNNING", "THROTTLED"}));
}

QTEST_MAIN(TestBatchFilterPanel)
#include "tst_batchfilterpanel.moc"
