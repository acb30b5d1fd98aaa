// Where the window opens: within the screen it is on, whatever was saved or however small the
// screen (1024×768, or 2x scaling, which halves the logical size).
#include "app/connection/credentialstore.h"
#include "app/jobs/jobsview.h"
#include "app/jobs/jobtablemodel.h"
#include "app/jobs/jobtableview.h"
#include "app/shell/mainwindow.h"
#include "app/shell/windowgeometry.h"
#include "windowtesting.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

class TestWindowGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void smallWindowShowsStatusProgressAndError_data();
    void smallWindowShowsStatusProgressAndError();
    void fittedWithinTheScreen_data();
    void fittedWithinTheScreen();
    void firstStartFitsTheScreen_data();
    void firstStartFitsTheScreen();

private:
    QTemporaryDir m_settingsDir;
    MemoryCredentialStore m_credentials;
};

void TestWindowGeometry::initTestCase()
{
    isolateWindowTest(m_settingsDir.path());
}

void TestWindowGeometry::smallWindowShowsStatusProgressAndError_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x768") << QSize(1024, 768);
    QTest::newRow("1280x760") << QSize(1280, 760);
}

void TestWindowGeometry::smallWindowShowsStatusProgressAndError()
{
    // At 1024 pixels the error was 1,300 pixels to the right, behind a horizontal scroll.
    QFETCH(QSize, size);
    clearSettings();
    MainWindow window(&m_credentials);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start(true);
    QTRY_COMPARE_WITH_TIMEOUT(window.jobsView().model().rowCount(), 50, 20'000);
    auto *table = window.findChild<JobTableView *>(QStringLiteral("jobTable"));
    QVERIFY(table);
    QCOMPARE(table->horizontalScrollBar()->value(), 0);
    const QHeaderView *header = table->horizontalHeader();
    const int viewport = table->viewport()->width();
    for (int column : {JobTableModel::Id, JobTableModel::Status, JobTableModel::Progress}) {
        const int left = header->sectionViewportPosition(column);
        QVERIFY2(
            left >= 0 && left + header->sectionSize(column) <= viewport,
            qPrintable(
                QStringLiteral("column %1 at %2 of %3 px").arg(column).arg(left).arg(viewport)));
    }
    // Enough of the error to read its start; the whole of it is in the tooltip and details.
    const int errorLeft = header->sectionViewportPosition(JobTableModel::Error);
    QVERIFY2(
        errorLeft >= 0 && viewport - errorLeft >= 160,
        qPrintable(QStringLiteral("the error starts at %1 of %2 px").arg(errorLeft).arg(viewport)));
    // The ID is shortened to make that room, and whole where it is copied from.
    const QModelIndex id = table->model()->index(0, JobTableModel::Id);
    const QString wholeId = id.data(JobTableModel::RawValueRole).toString();
    QVERIFY(id.data().toString().size() < wholeId.size());
    QCOMPARE(id.data(Qt::ToolTipRole).toString(), wholeId);
    QVERIFY(header->sectionSize(JobTableModel::Id)
            >= table->fontMetrics().horizontalAdvance(id.data().toString()));
}

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

QTEST_MAIN(TestWindowGeometry)
#include "tst_windowgeometry.moc"
