// The Connection dialog's side of keeping the API key safe: plain http only with the user's
// explicit, remembered consent, and no key with control characters. Nothing here connects.
#include "app/common/appsettings.h"
#include "app/connection/connectioncontroller.h"
#include "app/connection/connectiondialog.h"
#include "app/connection/credentialstore.h"
#include "windowtesting.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

class TestConnectionSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void dialogRefusesPlainHttpUntilAllowed_data();
    void dialogRefusesPlainHttpUntilAllowed();
    void dialogRefusesKeyWithControlCharacter_data();
    void dialogRefusesKeyWithControlCharacter();
    void consentIsRememberedForItsAddressOnly();

private:
    struct DialogParts
    {
        QLineEdit *url;
        QLineEdit *key;
        QCheckBox *allowInsecure;
        QLabel *warning;
        QLabel *problem;
        QPushButton *ok;
    };
    static DialogParts partsOf(ConnectionDialog &dialog);

    QTemporaryDir m_settingsDir;
    QNetworkAccessManager m_network;
};

void TestConnectionSafety::initTestCase()
{
    qunsetenv("LLAMA_CLOUD_API_KEY");
    qunsetenv("LLAMA_PARSE_API_KEY");
    qunsetenv("LLAMA_CLOUD_BASE_URL");
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestConnectionSafety::init()
{
    clearSettings();
}

TestConnectionSafety::DialogParts TestConnectionSafety::partsOf(ConnectionDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    return {dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit")),
            dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit")),
            dialog.findChild<QCheckBox *>(QStringLiteral("insecureHttpCheck")),
            dialog.findChild<QLabel *>(QStringLiteral("insecureHttpWarning")),
            dialog.findChild<QLabel *>(QStringLiteral("testResultLabel")),
            buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr};
}

void TestConnectionSafety::dialogRefusesPlainHttpUntilAllowed_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("needsConsent");
    QTest::newRow("http://example.com") << "http://example.com" << true;
    QTest::newRow("http://192.0.2.1:8080") << "http://192.0.2.1:8080" << true;
    QTest::newRow("http://127.0.0.1.nip.io") << "http://127.0.0.1.nip.io" << true;
    QTest::newRow("http://localhost:8080") << "http://localhost:8080" << false;
    QTest::newRow("http://127.0.0.2") << "http://127.0.0.2" << false;
    QTest::newRow("http://[::1]:8080") << "http://[::1]:8080" << false;
    QTest::newRow("https://example.com") << "https://example.com" << false;
}

void TestConnectionSafety::dialogRefusesPlainHttpUntilAllowed()
{
    QFETCH(QString, url);
    QFETCH(bool, needsConsent);
    ConnectionDialog dialog(&m_network, ClientSettings {});
    const DialogParts parts = partsOf(dialog);
    QVERIFY(parts.url && parts.key && parts.allowInsecure && parts.warning && parts.problem
            && parts.ok);
    parts.key->setText(QStringLiteral("llx-test-key"));
    QTest::keyClicks(parts.url, url); // as typed: selects "Other server"

    // The opt-in is offered only where it is needed, with its warning.
    QCOMPARE(parts.allowInsecure->isHidden(), !needsConsent);
    QCOMPARE(parts.warning->isHidden(), !needsConsent);
    QCOMPARE(parts.ok->isEnabled(), !needsConsent);
    if (!needsConsent) {
        QVERIFY(!dialog.settings().allowInsecureHttp);
        QVERIFY2(dialog.settings().validationError().isEmpty(),
                 qPrintable(dialog.settings().validationError()));
        return;
    }
    QVERIFY2(parts.problem->text().contains(u"plain http")
                 && parts.problem->text().contains(u"unencrypted"),
             qPrintable(parts.problem->text()));
    QVERIFY(parts.warning->text().contains(u"unencrypted"));

    parts.allowInsecure->click();
    QVERIFY(parts.ok->isEnabled());
    QVERIFY(dialog.settings().allowInsecureHttp);
    QVERIFY2(dialog.settings().validationError().isEmpty(),
             qPrintable(dialog.settings().validationError()));

    // Back to a LlamaCloud region: the consent does not travel with it.
    dialog.findChild<QRadioButton *>(QStringLiteral("usRadio"))->click();
    QVERIFY(!dialog.settings().allowInsecureHttp);
    QVERIFY(parts.allowInsecure->isHidden());
}

void TestConnectionSafety::dialogRefusesKeyWithControlCharacter_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("line feed") << "llx-abcdef\nX-Injected: yes";
    QTest::newRow("carriage return") << "llx-abcdef\rX-Injected: yes";
    QTest::newRow("tab") << "llx-abc\tdef";
    QTest::newRow("Unicode line separator") << QStringLiteral("llx-abc\u2028def");
}

void TestConnectionSafety::dialogRefusesKeyWithControlCharacter()
{
    QFETCH(QString, key);
    ConnectionDialog dialog(&m_network, ClientSettings {});
    const DialogParts parts = partsOf(dialog);
    QVERIFY(parts.key && parts.problem && parts.ok);
    parts.key->setText(key);
    QVERIFY(!parts.ok->isEnabled());
    QVERIFY2(parts.problem->text().startsWith(u"API key:")
                 && parts.problem->text().contains(u"control character"),
             qPrintable(parts.problem->text()));
    parts.key->setText(QStringLiteral("llx-abcdef"));
    QVERIFY(parts.ok->isEnabled());
}

void TestConnectionSafety::consentIsRememberedForItsAddressOnly()
{
    const QUrl plainHttp(QStringLiteral("http://192.0.2.1:8080"));
    ClientSettings chosen;
    chosen.baseUrl = plainHttp;
    chosen.apiKey = QStringLiteral("llx-remembered");
    chosen.allowInsecureHttp = true;

    QNetworkAccessManager network;
    {
        ApiClient client(&network);
        MemoryCredentialStore credentials;
        ConnectionController controller(&client, &credentials);
        controller.useCloud(chosen); // connects nowhere: nothing is requested here
    }
    QVERIFY(AppSettings().insecureHttpAllowed(plainHttp));
    QVERIFY(!AppSettings().insecureHttpAllowed(QUrl(QStringLiteral("http://10.0.0.2:8080"))));

    // After a restart the saved address comes back with its consent; the dialog shows it ticked.
    qputenv("LLAMA_CLOUD_API_KEY", "llx-from-environment");
    ApiClient client(&network);
    MemoryCredentialStore credentials;
    ConnectionController controller(&client, &credentials);
    QSignalSpy connected(&controller, &ConnectionController::connected);
    controller.restore(false);
    qunsetenv("LLAMA_CLOUD_API_KEY");
    QCOMPARE(connected.size(), 1);
    QCOMPARE(client.settings().baseUrl, plainHttp);
    QVERIFY(client.settings().allowInsecureHttp);
    ConnectionDialog dialog(&m_network, client.settings());
    QVERIFY(partsOf(dialog).allowInsecure->isChecked());
    QVERIFY(dialog.settings().allowInsecureHttp);

    // Withdrawing the consent forgets it.
    chosen.allowInsecureHttp = false;
    controller.useCloud(chosen);
    QVERIFY(!AppSettings().insecureHttpAllowed(plainHttp));
}

QTEST_MAIN(TestConnectionSafety)
#include "tst_connectionsafety.moc"
