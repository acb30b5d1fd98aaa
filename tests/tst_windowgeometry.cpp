// Where the window opens: within the screen it is on, whatever was saved or however small the
// screen (1024×768, or 2x scaling, which halves the logical size).
#include "app/shell/windowgeometry.h"

#include <QTest>

using namespace BatchDeck;

class TestWindowGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fittedWithinTheScreen_data();
    void fittedWithinTheScreen();
    void firstStartFitsTheScreen_data();
    void firstStartFitsTheScreen();
};

void TestWindowGeometry::fittedWithinTheScreen_data()
{
    QTest::addColumn<QRect>("wanted");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("fitted");
    const QRect fullHd(0, 0, 1920, 1040);
    QTest::newRow("already inside: kept")
        << QRect(100, 50, 1280, 760) << fullHd << QRect(100, 50, 1280, 760);
    QTest::newRow("saved on a larger screen: shrunk and moved in")
        << QRect(300, 200, 1920, 1040) << QRect(0, 0, 1024, 740) << QRect(0, 0, 1024, 740);
    QTest::newRow("hanging off the right and bottom: moved in")
        << QRect(1500, 900, 800, 600) << fullHd << QRect(1120, 440, 800, 600);
    QTest::newRow("left of a second screen: moved onto this one")
        << QRect(-1500, 100, 800, 600) << QRect(1920, 0, 1280, 1000) << QRect(1920, 100, 800, 600);
    QTest::newRow("2x scaling on 1024x768: half the logical room")
        << QRect(0, 0, 1280, 760) << QRect(0, 0, 512, 364) << QRect(0, 0, 512, 364);
}

void TestWindowGeometry::fittedWithinTheScreen()
{
    QFETCH(QRect, wanted);
    QFETCH(QRect, available);
    QFETCH(QRect, fitted);
    QCOMPARE(fittedWindowGeometry(wanted, available), fitted);
    QVERIFY(available.contains(fittedWindowGeometry(wanted, available)));
}

void TestWindowGeometry::firstStartFitsTheScreen_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("first");
    QTest::newRow("a large screen: the preferred size, centred")
        << QRect(0, 0, 1920, 1040) << QRect(320, 140, 1280, 760);
    QTest::newRow("1024x768 with a panel: the whole available area")
        << QRect(0, 28, 1024, 740) << QRect(0, 28, 1024, 740);
}

void TestWindowGeometry::firstStartFitsTheScreen()
{
    QFETCH(QRect, available);
    QFETCH(QRect, first);
    QCOMPARE(firstWindowGeometry(available), first);
}

QTEST_GUILESS_MAIN(TestWindowGeometry)
#include "tst_windowgeometry.moc"
