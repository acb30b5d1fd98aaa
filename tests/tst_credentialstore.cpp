// The API key in the system keychain, against a real Secret Service. ctest runs this twice
// through run-with-keyring.sh: once with a private, unlocked GNOME Keyring, once with no session
// bus at all. Each function belongs to one of the two; the other run skips it.
#include "app/batches/batchesview.h"
#include "app/common/appsettings.h"
#include "app/connection/connectioncontroller.h"
#include "app/connection/credentialstore.h"
#include "app/export/exportrunner.h"
#include "app/jobs/jobsview.h"
#include "app/shell/mainwindow.h"
#include "testhttpserver.h"
#include "windowtesting.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

constexpr int KeychainTimeoutMs = 30'000; // a keychain answers in milliseconds; this is for load

const QString WithKeyring = QStringLiteral("gnome-keyring");
const QString WithoutKeychain = QStringLiteral("none");

QString keychainUnderTest()
{
    return qEnvironmentVariable("BATCHDECK_KEYCHAIN_UNDER_TEST");
}

// Turns the store's callbacks into a signal, so that tests wait with QSignalSpy.
class Outcome : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void arrived(const QString &key, const QString &problem);
};

struct ReadResult
{
    QString key;
    QString problem;
};

std::optional<ReadResult> readKey(CredentialStore &store, const QString &account)
{
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::arrived);
    store.readKey(account, &outcome, [&outcome](const QString &key, const QString &problem) {
        Q_EMIT outcome.arrived(key, problem);
    });
    if (spy.isEmpty() && !spy.wait(KeychainTimeoutMs))
        return std::nullopt;
    return ReadResult {spy.at(0).at(0).toString(), spy.at(0).at(1).toString()};
}

// What a fresh store, with nothing in memory, finds in the keychain.
std::optional<ReadResult> readFromKeychain(const QString &account)
{
    KeychainCredentialStore fresh;
    return readKey(fresh, account);
}

using WriteOrDelete =
    std::function<void(CredentialStore &, QObject *, CredentialStore::WriteCallback)>;

// The problem reported, or nullopt when no answer came.
std::optional<QString> change(CredentialStore &store, const WriteOrDelete &operation)
{
    Outcome outcome;
    QSignalSpy spy(&outcome, &Outcome::arrived);
    operation(store, &outcome,
              [&outcome](const QString &problem) { Q_EMIT outcome.arrived({}, problem); });
    if (spy.isEmpty() && !spy.wait(KeychainTimeoutMs))
        return std::nullopt;
    return spy.at(0).at(1).toString();
}

std::optional<QString> writeKey(CredentialStore &store, const QString &account, const QString &key)
{
    return change(store, [&](CredentialStore &s, QObject *context, auto callback) {
        s.writeKey(account, key, context, std::move(callback));
    });
}

std::optional<QString> deleteKey(CredentialStore &store, const QString &account)
{
    return change(store, [&](CredentialStore &s, QObject *context, auto callback) {
        s.deleteKey(account, context, std::move(callback));
    });
}

QString accountFor(const TestHttpServer &server)
{
    return server.baseUrl().adjusted(QUrl::StripTrailingSlash).toString();
}

TestHttpServer::Handler emptyJobList()
{
    return [](const TestRequest &) {
        return TestResponse::json(
            200, QByteArray(R"({"items":[],"next_page_token":null,"total_size":0})"));
    };
}

QString currentPage(MainWindow &window)
{
    return window.findChild<QStackedWidget *>(QStringLiteral("pages"))
        ->currentWidget()
        ->objectName();
}

// The folders where an app keeps files, in QStandardPaths' test mode.
QStringList appFolders()
{
    QStringList folders;
    for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
                          QStandardPaths::GenericDataLocation, QStandardPaths::AppDataLocation,
                          QStandardPaths::GenericCacheLocation, QStandardPaths::CacheLocation})
        folders << QStandardPaths::writableLocation(location);
    folders.removeDuplicates();
    return folders;
}

// Every file under `folders` that holds `key` as UTF-8, UTF-16 or base64.
QStringList filesHolding(const QString &key, const QStringList &folders)
{
    const QList<QByteArray> forms {
        key.toUtf8(), QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2),
        key.toUtf8().toBase64()};
    QStringList found;
    for (const QString &folder : folders) {
        QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QByteArray &form : forms) {
                if (content.contains(form))
                    found << file.fileName();
            }
        }
    }
    return found;
}

} // namespace

// Each run does the functions for the keychain it has. (A macro: QSKIP must return from the test.)
#define SKIP_UNLESS_KEYCHAIN_IS(wanted)                                                            \
    if (keychainUnderTest() != (wanted))                                                           \
    QSKIP((wanted) == WithKeyring ? "for the run with GNOME Keyring (ctest's tst_credentialstore)" \
                                  : "for the run without a keychain (ctest's "                     \
                                    "tst_credentialstore_without_keychain)")

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    // With a private GNOME Keyring:
    void storesReadsReplacesAndDeletes_data();
    void storesReadsReplacesAndDeletes();
    void forgetKeyAsksThenRemovesTheKey_data();
    void forgetKeyAsksThenRemovesTheKey();
    void forgetKeyIsOffWithoutASavedKey();
    // With no keychain:
    void withoutKeychainTheKeyStaysInMemoryOnly();
    void withoutKeychainForgetKeyStillForgets();
};

void TestCredentialStore::initTestCase()
{
    // Never the user's own keychain: run-with-keyring.sh gives each run a private one (or none).
    QVERIFY2(keychainUnderTest() == WithKeyring || keychainUnderTest() == WithoutKeychain,
             "run this through ctest, or tests/run-with-keyring.sh [--no-keychain] COMMAND");
    QVERIFY(QDir::homePath().contains(u"batchdeck-keyring."));
    qunsetenv("LLAMA_CLOUD_API_KEY");
    qunsetenv("LLAMA_PARSE_API_KEY");
    qunsetenv("LLAMA_CLOUD_BASE_URL");
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("BatchDeckTests"));
    QApplication::setApplicationName(QStringLiteral("tst_credentialstore"));
}

void TestCredentialStore::init()
{
    clearSettings();
}

void TestCredentialStore::storesReadsReplacesAndDeletes_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("LlamaCloud-shaped keys") << QStringLiteral("llx-first-0123456789abcdef")
                                            << QStringLiteral("llx-second-fedcba9876543210");
    QTest::newRow("non-ASCII and spaces")
        << QStringLiteral("clé à café ✓") << QStringLiteral("second key, with spaces");
    QTest::newRow("a 4 KB key") << QString(4096, u'k') << QString(4096, u'q');
}

void TestCredentialStore::storesReadsReplacesAndDeletes()
{
    SKIP_UNLESS_KEYCHAIN_IS(WithKeyring);
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QString account = QStringLiteral("https://store-test.invalid/")
        + QString::fromLatin1(QTest::currentDataTag());
    KeychainCredentialStore store;

    std::optional<ReadResult> read = readKey(store, account);
    QVERIFY(read);
    QCOMPARE(read->key, QString());
    QCOMPARE(read->problem, QString()); // nothing saved yet is not a problem

    std::optional<QString> problem = writeKey(store, account, first);
    QVERIFY(problem);
    QCOMPARE(*problem, QString());
    read = readFromKeychain(account);
    QVERIFY(read);
    QCOMPARE(read->problem, QString());
    QCOMPARE(read->key, first);

    problem = writeKey(store, account, second);
    QVERIFY(problem);
    QCOMPARE(*problem, QString());
    read = readFromKeychain(account);
    QVERIFY(read);
    QCOMPARE(read->key, second);

    problem = deleteKey(store, account);
    QVERIFY(problem);
    QCOMPARE(*problem, QString());
    for (CredentialStore *reader :
         {static_cast<CredentialStore *>(&store), static_cast<CredentialStore *>(nullptr)}) {
        read = reader ? readKey(*reader, account) : readFromKeychain(account);
        QVERIFY(read);
        QCOMPARE(read->key, QString());
        QCOMPARE(read->problem, QString());
    }
    // Deleting what is not there is not a problem either.
    problem = deleteKey(store, account);
    QVERIFY(problem);
    QCOMPARE(*problem, QString());
}

void TestCredentialStore::forgetKeyAsksThenRemovesTheKey_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("forgotten");
    QTest::newRow("Cancel keeps the key") << QStringLiteral("cancel") << false;
    QTest::newRow("Escape keeps the key") << QStringLiteral("escape") << false;
    QTest::newRow("Enter keeps the key (the default button)") << QStringLiteral("enter") << false;
    QTest::newRow("Forget key removes it") << QStringLiteral("forget") << true;
}

void TestCredentialStore::forgetKeyAsksThenRemovesTheKey()
{
    SKIP_UNLESS_KEYCHAIN_IS(WithKeyring);
    QFETCH(QString, answer);
    QFETCH(bool, forgotten);
    TestHttpServer server(emptyJobList());
    const QString key = QStringLiteral("llx-forget-") + QUuid::createUuid().toString(QUuid::Id128);
    // Saved as by an earlier session: the server in the settings, the key in the keychain.
    {
        KeychainCredentialStore store;
        const std::optional<QString> problem = writeKey(store, accountFor(server), key);
        QVERIFY(problem);
        QCOMPARE(*problem, QString());
    }
    {
        AppSettings saved;
        saved.saveConnectionMode(ConnectionMode::Cloud);
        saved.saveBaseUrl(server.baseUrl());
    }

    MainWindow window; // with the system keychain
    window.show();
    window.start(false);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("browserPage"),
                              KeychainTimeoutMs);
    QCOMPARE(window.client().settings().apiKey, key);
    auto *forgetAction = window.findChild<QAction *>(QStringLiteral("actionForgetKey"));
    QVERIFY(forgetAction);
    QVERIFY(forgetAction->isEnabled());

    forgetAction->trigger();
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("forgetKeyConfirmation"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QVERIFY(box->text().contains(server.baseUrl().host()));
    QVERIFY(!box->text().contains(key));
    if (answer == u"cancel") {
        box->button(QMessageBox::Cancel)->click();
    } else if (answer == u"escape") {
        QTest::keyClick(box, Qt::Key_Escape);
    } else if (answer == u"enter") {
        QTest::keyClick(box, Qt::Key_Return);
    } else {
        QPushButton *forget = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                forget = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(forget);
        forget->click();
    }
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("forgetKeyConfirmation")));

    if (!forgotten) {
        QCOMPARE(currentPage(window), QStringLiteral("browserPage"));
        QCOMPARE(window.client().settings().apiKey, key);
        const std::optional<ReadResult> read = readFromKeychain(accountFor(server));
        QVERIFY(read);
        QCOMPARE(read->key, key);
        KeychainCredentialStore cleanup;
        QVERIFY(deleteKey(cleanup, accountFor(server)));
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("welcomePage"),
                              KeychainTimeoutMs);
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("welcomeNote"))
                    ->text()
                    .contains(u"removed from this computer"));
    QVERIFY(!forgetAction->isEnabled());
    QVERIFY(!window.connection().isConnected());
    QCOMPARE(window.client().settings().apiKey, QString());
    const std::optional<ReadResult> read = readFromKeychain(accountFor(server));
    QVERIFY(read);
    QCOMPARE(read->key, QString());
    QCOMPARE(read->problem, QString());

    // The next start asks for a key instead of finding one.
    MainWindow restarted;
    restarted.start(false);
    QTRY_COMPARE(currentPage(restarted), QStringLiteral("welcomePage"));
    QVERIFY(!restarted.connection().isConnected());
}

void TestCredentialStore::forgetKeyIsOffWithoutASavedKey()
{
    SKIP_UNLESS_KEYCHAIN_IS(WithKeyring);
    MainWindow window;
    auto *forgetAction = window.findChild<QAction *>(QStringLiteral("actionForgetKey"));
    QVERIFY(forgetAction);
    window.start(false);
    QTRY_COMPARE(currentPage(window), QStringLiteral("welcomePage"));
    QVERIFY(!forgetAction->isEnabled()); // nothing saved

    window.connection().useDemo();
    QTRY_COMPARE(currentPage(window), QStringLiteral("browserPage"));
    QVERIFY(!forgetAction->isEnabled()); // the demo's key is not the user's
}

void TestCredentialStore::withoutKeychainTheKeyStaysInMemoryOnly()
{
    SKIP_UNLESS_KEYCHAIN_IS(WithoutKeychain);
    TestHttpServer server(emptyJobList());
    const QString key = QStringLiteral("llx-memory-") + QUuid::createUuid().toString(QUuid::Id128);
    KeychainCredentialStore store;
    auto window = std::make_unique<MainWindow>(&store);
    window->show();
    QSignalSpy storageProblem(&window->connection(), &ConnectionController::storageProblem);
    ClientSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.apiKey = key;
    window->connection().useCloud(settings);
    QVERIFY(storageProblem.wait(KeychainTimeoutMs));

    // What the user reads: a sentence, not "org.freedesktop.DBus.Error..." or a libsecret message.
    const QString expected =
        QStringLiteral("No system keychain (such as GNOME Keyring or KWallet) could be reached, so "
                       "the key is kept in memory until BatchDeck quits and will be asked for "
                       "again next time.");
    QCOMPARE(storageProblem.at(0).at(0).toString(), expected);
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("errorLabel"))->text(), expected);
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("errorBanner"))->isVisible());
    QCOMPARE(window->connection().storageNote(), expected);

    // The window works on, with the key in memory.
    QCOMPARE(currentPage(*window), QStringLiteral("browserPage"));
    QTRY_VERIFY_WITH_TIMEOUT(!server.requests().isEmpty(), KeychainTimeoutMs);
    QCOMPARE(server.requests().constFirst().headers.value("authorization"),
             QByteArray("Bearer " + key.toUtf8()));
    const std::optional<ReadResult> read = readKey(store, accountFor(server));
    QVERIFY(read);
    QCOMPARE(read->key, key);
    QVERIFY(!read->problem.contains(u"DBus"));

    // ... and only there: no config, data or cache file holds it, settings included.
    window->close();
    window.reset();
    QCOMPARE(AppSettings().baseUrl(), server.baseUrl());
    QSettings settingsFile; // only for where the file is
    settingsFile.sync();
    const QStringList folders = appFolders();
    QVERIFY2(std::any_of(
                 folders.cbegin(), folders.cend(),
                 [&](const QString &folder) { return settingsFile.fileName().startsWith(folder); }),
             qPrintable(settingsFile.fileName()));
    const QStringList holders = filesHolding(key, folders);
    QVERIFY2(holders.isEmpty(), qPrintable(holders.join(u", ")));
}

void TestCredentialStore::withoutKeychainForgetKeyStillForgets()
{
    SKIP_UNLESS_KEYCHAIN_IS(WithoutKeychain);
    TestHttpServer server(emptyJobList());
    KeychainCredentialStore store;
    const QString account = accountFor(server);
    std::optional<QString> problem = writeKey(store, account, QStringLiteral("llx-in-memory"));
    QVERIFY(problem);
    QVERIFY(problem->contains(u"kept in memory"));

    problem = deleteKey(store, account);
    QVERIFY(problem);
    // The keychain could not be asked, so the user hears that, in words.
    QCOMPARE(*problem,
             QStringLiteral("No system keychain (such as GNOME Keyring or KWallet) could be "
                            "reached, so the key may still be saved there: remove the BatchDeck "
                            "entry with the keychain's own tool."));
    // The copy in memory is gone in any case.
    const std::optional<ReadResult> read = readKey(store, account);
    QVERIFY(read);
    QCOMPARE(read->key, QString());
}

QTEST_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
