// The Connection dialog as a new user meets it: the demo server shown as what it is, and the
// plain-http warning readable in full however small the dialog starts. Nothing here connects.
#include "app/connection/connectiondialog.h"
#include "windowtesting.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

// Whether `widget` lies whole inside `dialog`, at no less than the height its text needs.
bool wholeInside(const QWidget *widget, const QWidget *dialog)
{
    const QRect area(widget->mapTo(dialog, QPoint(0, 0)), widget->size());
    const int needed = widget->hasHeightForWidth() ? widget->heightForWidth(widget->width())
                                                   : widget->minimumSizeHint().height();
    return dialog->rect().contains(area) && widget->height() >= needed;
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plainHttpWarningIsNeverClipped_data();
    void plainHttpWarningIsNeverClipped();
    void demoInUseIsShownAsTheDemo();
    void demoNeedsNoKey();

private:
    QTemporaryDir m_settingsDir;
    QNetworkAccessManager m_network;
};

void TestConnectionDialog::initTestCase()
{
    isolateWindowTest(m_settingsDir.path());
}

void TestConnectionDialog::plainHttpWarningIsNeverClipped_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("url");
    QTest::newRow("at its own width") << 0 << "http://example.com";
    QTest::newRow("narrowed to 400 px") << 400 << "http://example.com";
    // A longer address makes the test result wrap to four lines beside its button.
    QTest::newRow("a long address at its own width") << 0 << "http://batch.example.com:8080";
}

void TestConnectionDialog::plainHttpWarningIsNeverClipped()
{
    QFETCH(int, width);
    QFETCH(QString, url);
    ConnectionDialog dialog(&m_network, ClientSettings {});
    // As small as it lets itself be before the warning shows: the warning must make room.
    dialog.resize(width > 0 ? width : dialog.width(), dialog.minimumSizeHint().height());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *warning = child<QLabel>(&dialog, "insecureHttpWarning");
    auto *buttons = child<QDialogButtonBox>(&dialog, "buttonBox");
    QVERIFY(warning && buttons);
    QVERIFY(warning->isHidden());

    QTest::keyClicks(child<QLineEdit>(&dialog, "urlEdit"), url);
    QVERIFY(warning->isVisible());
    QTRY_VERIFY2(wholeInside(warning, &dialog),
                 qPrintable(QStringLiteral("warning %1 px high, needs %2, dialog %3 px")
                                .arg(warning->height())
                                .arg(warning->heightForWidth(warning->width()))
                                .arg(dialog.height())));
    QVERIFY(wholeInside(child<QWidget>(&dialog, "insecureHttpCheck"), &dialog));
    QVERIFY(wholeInside(child<QLabel>(&dialog, "testResultLabel"), &dialog));
    QVERIFY(wholeInside(buttons, &dialog));
}

void TestConnectionDialog::demoInUseIsShownAsTheDemo()
{
    // In demo mode the dialog said "LlamaCloud US", selected, and nothing about the demo.
    ConnectionDialog dialog(&m_network, ClientSettings {});
    dialog.setDemo(QStringLiteral("127.0.0.1:41234"), true);
    auto *demo = child<QRadioButton>(&dialog, "demoRadio");
    QVERIFY(demo);
    QVERIFY(demo->isChecked());
    QVERIFY(!child<QRadioButton>(&dialog, "usRadio")->isChecked());
    QVERIFY2(demo->text().contains(u"127.0.0.1:41234"), qPrintable(demo->text()));
    QVERIFY(dialog.isDemoChosen());
    QVERIFY(
        child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestConnectionDialog::demoNeedsNoKey()
{
    ConnectionDialog dialog(&m_network, ClientSettings {});
    dialog.setDemo(QString(), false);
    auto *demo = child<QRadioButton>(&dialog, "demoRadio");
    auto *key = child<QLineEdit>(&dialog, "keyEdit");
    auto *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    auto *result = child<QLabel>(&dialog, "testResultLabel");
    QVERIFY(!demo->isChecked());
    QVERIFY(!dialog.isDemoChosen());
    QVERIFY(!ok->isEnabled()); // LlamaCloud US without a key
    QVERIFY(result->text().startsWith(u"API key:"));

    demo->click();
    QVERIFY(dialog.isDemoChosen());
    QVERIFY(ok->isEnabled());
    QVERIFY(!key->isEnabled());
    QVERIFY(!child<QToolButton>(&dialog, "showKeyButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "testButton")->isEnabled());
    QVERIFY2(result->text().contains(u"needs no key"), qPrintable(result->text()));

    child<QRadioButton>(&dialog, "euRadio")->click();
    QVERIFY(!dialog.isDemoChosen());
    QVERIFY(key->isEnabled());
    QVERIFY(!ok->isEnabled());
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
