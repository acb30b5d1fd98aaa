// The window in German, as installTranslations() sets it up for a German system: the menus,
// the table's words, Qt's own buttons, and times and numbers in the German locale's format. The
// window runs on the built-in demo server on 127.0.0.1.
#include "app/connection/credentialstore.h"
#include "app/jobs/jobsview.h"
#include "app/jobs/jobtablemodel.h"
#include "app/shell/mainwindow.h"
#include "core/translations.h"
#include "windowtesting.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

class TestWindowLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void menusSpeakGerman();
    void tableSpeaksGerman();
    void qtsOwnButtonsSpeakGerman();

private:
    MainWindow *startDemo();

    QTemporaryDir m_settingsDir;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
};

void TestWindowLanguage::initTestCase()
{
    isolateWindowTest(m_settingsDir.path());
    // What the app does on a German system: the translation for the system's language, and the
    // locale's formats for times and numbers.
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    QCOMPARE(installTranslations(german), QStringLiteral("de"));
}

void TestWindowLanguage::cleanup()
{
    m_modelTester.reset();
    m_window.reset();
}

MainWindow *TestWindowLanguage::startDemo()
{
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        &m_window->jobsView().model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1280, 760);
    m_window->show();
    m_window->start(true);
    return m_window.get();
}

void TestWindowLanguage::menusSpeakGerman()
{
    MainWindow *window = startDemo();
    QStringList titles;
    for (const QAction *menu : window->menuBar()->actions())
        titles.append(menu->text());
    for (const char *title : {"&Datei", "&Ansicht", "&Gehe zu", "&Hilfe"})
        QVERIFY2(titles.contains(QString::fromUtf8(title)), qPrintable(titles.join(u", ")));
    QVERIFY2(!titles.contains(QStringLiteral("&File")), qPrintable(titles.join(u", ")));
}

void TestWindowLanguage::tableSpeaksGerman()
{
    MainWindow *window = startDemo();
    const JobTableModel &model = window->jobsView().model();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 50, 20'000);
    const QStringList germanStatuses {"Ausstehend",     "Gedrosselt",     "Läuft",
                                      "Verteilt",       "In Bearbeitung", "Abgeschlossen",
                                      "Fehlgeschlagen", "Übersprungen",   "Abgebrochen"};
    QSet<QString> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.insert(model.index(row, JobTableModel::Status).data().toString());
    for (const QString &status : std::as_const(shown))
        QVERIFY2(germanStatuses.contains(status), qPrintable(status));
    QCOMPARE(model.headerData(JobTableModel::Status, Qt::Horizontal).toString(),
             QStringLiteral("Status"));
    QCOMPARE(model.headerData(JobTableModel::Created, Qt::Horizontal).toString(),
             QStringLiteral("Erstellt"));
    // A time's tooltip: the German long format first ("Montag, 7. Dezember 2026 …"), the
    // API's UTC time (ISO 8601, not translated) second.
    const QString tooltip = model.index(0, JobTableModel::Created).data(Qt::ToolTipRole).toString();
    const QLocale german;
    bool namesAGermanDay = false;
    for (int day = 1; day <= 7; ++day)
        namesAGermanDay = namesAGermanDay || tooltip.startsWith(german.dayName(day));
    QVERIFY2(namesAGermanDay, qPrintable(tooltip));
    QVERIFY2(tooltip.section(u'\n', 1).endsWith(u'Z'), qPrintable(tooltip));
}

void TestWindowLanguage::qtsOwnButtonsSpeakGerman()
{
    // Qt's own words come from Debian's qt6-translations-l10n (packaging/debian-packages.txt).
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
}

QTEST_MAIN(TestWindowLanguage)
#include "tst_windowlanguage.moc"
