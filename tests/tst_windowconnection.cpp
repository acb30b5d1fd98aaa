#include "app/batches/batchesview.h"
#include "app/connection/connectioncontroller.h"
#include "app/connection/connectiondialog.h"
#include "app/connection/credentialstore.h"
#include "app/export/exportrunner.h"
#include "app/jobs/jobsview.h"
#include "app/shell/mainwindow.h"
#include "testhttpserver.h"
#include "windowtesting.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

QStringList idsOf(const JobTableModel &model)
{
    QStringList ids;
    for (const Job &job : model.jobs())
        ids << job.id;
    return ids;
}

ClientSettings settingsFor(const TestHttpServer &server, const QString &key)
{
    ClientSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.apiKey = key;
    settings.maxRetries = 0;
    return settings;
}

// Jobs named after the key that asked; a key other than the first one waits for its answer.
TestResponse jobsForKey(const TestRequest &request, const QString &prefix)
{
    const QString key = QString::fromUtf8(request.headers.value("authorization")).mid(7);
    TestResponse response =
        TestResponse::json(200, jobListJson(0, 2, 2, prefix + key + QStringLiteral("-")));
    return key == u"sk-first-key-1" ? response : response.delayedBy(1'000);
}

} // namespace

class TestWindowConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void switchingClearsTheOldRowsAtOnce_data();
    void switchingClearsTheOldRowsAtOnce();
    void connectionDialogShowsTheServerInUse_data();
    void connectionDialogShowsTheServerInUse();
    void connectionDialogShowsTheDemoInUse();
    void connectionDialogSwitchesToTheDemo();
    void oversizedAnswerIsAnErrorNotACrash();

private:
    QTemporaryDir m_settingsDir;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowConnection::initTestCase()
{
    isolateWindowTest(m_settingsDir.path());
}

void TestWindowConnection::init()
{
    clearSettings();
}

void TestWindowConnection::cleanup()
{
    m_window.reset();
    qunsetenv("LLAMA_CLOUD_API_KEY");
    qunsetenv("LLAMA_CLOUD_BASE_URL");
}

void TestWindowConnection::switchingClearsTheOldRowsAtOnce_data()
{
    QTest::addColumn<bool>("otherServer");
    QTest::addColumn<QStringList>("expectedIds");
    QTest::newRow("another server") << true
                                    << QStringList {QStringLiteral("second-sk-second-key-2-0"),
                                                    QStringLiteral("second-sk-second-key-2-1")};
    QTest::newRow("another key, same server")
        << false
        << QStringList {QStringLiteral("first-sk-second-key-2-0"),
                        QStringLiteral("first-sk-second-key-2-1")};
}

void TestWindowConnection::switchingClearsTheOldRowsAtOnce()
{
    QFETCH(bool, otherServer);
    QFETCH(QStringList, expectedIds);
    TestHttpServer first(
        [](const TestRequest &request) { return jobsForKey(request, QStringLiteral("first-")); });
    TestHttpServer second(
        [](const TestRequest &request) { return jobsForKey(request, QStringLiteral("second-")); });
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_window->show();
    m_window->connection().useCloud(settingsFor(first, QStringLiteral("sk-first-key-1")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->jobsView().model().rowCount(), 2, 20'000);

    // The second connection's answer takes a second; until then no row of the first may show.
    m_window->connection().useCloud(
        settingsFor(otherServer ? second : first, QStringLiteral("sk-second-key-2")));
    QCOMPARE(m_window->jobsView().model().rowCount(), 0);
    QVERIFY(
        m_window->jobsView().browser().jobs().isEmpty()); // nor be exported as "the current page"
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(m_window->jobsView().model()), expectedIds, 20'000);
}

void TestWindowConnection::connectionDialogShowsTheServerInUse_data()
{
    QTest::addColumn<bool>("fromEnvironment");
    QTest::newRow("saved server and key") << false;
    QTest::newRow("LLAMA_CLOUD_BASE_URL and LLAMA_CLOUD_API_KEY") << true;
}

void TestWindowConnection::connectionDialogShowsTheServerInUse()
{
    QFETCH(bool, fromEnvironment);
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 2, 2)); });
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_window->show();
    if (fromEnvironment) {
        qputenv("LLAMA_CLOUD_API_KEY", "sk-from-environment");
        qputenv("LLAMA_CLOUD_BASE_URL", server.baseUrl().toString().toUtf8());
        m_window->start(false);
    } else {
        m_window->connection().useCloud(settingsFor(server, QStringLiteral("sk-saved-key-1")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_window->jobsView().model().rowCount(), 2, 20'000);
    QCOMPARE(m_window->client().settings().baseUrl, server.baseUrl());

    m_window->findChild<QAction *>(QStringLiteral("actionConnection"))->trigger();
    ConnectionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConnectionDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("customRadio"))->isChecked());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->text(),
             server.baseUrl().toString());
    // A key from the environment stays there: the dialog neither shows nor stores it.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->text(),
             fromEnvironment ? QString() : QStringLiteral("sk-saved-key-1"));
    dialog->reject();
}

void TestWindowConnection::connectionDialogShowsTheDemoInUse()
{
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_window->show();
    m_window->start(true);
    QVERIFY(m_window->connection().isDemo());
    m_window->findChild<QAction *>(QStringLiteral("actionConnection"))->trigger();
    ConnectionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConnectionDialog *>()) && dialog->isVisible());
    auto *demo = dialog->findChild<QRadioButton *>(QStringLiteral("demoRadio"));
    QVERIFY(demo->isChecked());
    QVERIFY2(demo->text().contains(m_window->client().settings().displayName()),
             qPrintable(demo->text()));
    QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("usRadio"))->isChecked());
    // The demo's key is the demo's: it is not offered as a key for LlamaCloud.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->text(), QString());
    dialog->accept();
    QVERIFY(m_window->connection().isDemo());
}

void TestWindowConnection::connectionDialogSwitchesToTheDemo()
{
    TestHttpServer server(
        [](const TestRequest &) { return TestResponse::json(200, jobListJson(0, 2, 2)); });
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_window->show();
    m_window->connection().useCloud(settingsFor(server, QStringLiteral("sk-saved-key-1")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->jobsView().model().rowCount(), 2, 20'000);
    m_window->findChild<QAction *>(QStringLiteral("actionConnection"))->trigger();
    ConnectionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConnectionDialog *>()) && dialog->isVisible());
    QVERIFY(!dialog->isDemoChosen());
    dialog->findChild<QRadioButton *>(QStringLiteral("demoRadio"))->click();
    dialog->accept();
    QVERIFY(m_window->connection().isDemo());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->jobsView().model().rowCount(), 50, 20'000);
}

void TestWindowConnection::oversizedAnswerIsAnErrorNotACrash()
{
    // An answer over the cap (here 256 KB instead of 64 MB, to keep the test quick) ends in the
    // error banner, with the window alive and the request not retried.
    TestHttpServer server([](const TestRequest &) {
        // 4 MB without a Content-Length, so the size shows only while reading. (An endless
        // body from this thread's own server can starve the window's reading under load.)
        return TestResponse::json(200, QByteArray(4 * 1024 * 1024, ' ')).withoutContentLength();
    });
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_window->show();
    ClientSettings settings = settingsFor(server, QStringLiteral("sk-oversized-1"));
    settings.maxRetries = 3;
    settings.maxAnswerBytes = 256 * 1024;
    m_window->connection().useCloud(settings);
    auto *banner = m_window->findChild<QWidget *>(QStringLiteral("errorBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 60'000);
    const QString text = m_window->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
    QVERIFY2(text.contains(QLatin1String("larger than 256 kB")), qPrintable(text));
    QCOMPARE(m_window->jobsView().model().rowCount(), 0);
}

QTEST_MAIN(TestWindowConnection)
#include "tst_windowconnection.moc"
