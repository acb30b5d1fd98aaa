// Sorting the v1 list orders the loaded page only (the server pages newest first): the page bar
// says so, and "Export current page" writes the rows in the order the table shows them.
#include "app/connection/credentialstore.h"
#include "app/export/exportdialog.h"
#include "app/export/exportrunner.h"
#include "app/jobs/jobsview.h"
#include "app/jobs/jobtablemodel.h"
#include "app/jobs/jobtableview.h"
#include "app/shell/mainwindow.h"
#include "windowtesting.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

QStringList idsOf(const QList<Job> &jobs)
{
    QStringList ids;
    for (const Job &job : jobs)
        ids << job.id;
    return ids;
}

} // namespace

class TestPageSort : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pageBarSaysWhenSortedWithinThePage_data();
    void pageBarSaysWhenSortedWithinThePage();
    void currentPageIsExportedInTheOrderShown();

private:
    MainWindow *startDemo();

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_exportDir;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestPageSort::initTestCase()
{
    isolateWindowTest(m_settingsDir.path());
    QVERIFY(m_exportDir.isValid());
}

void TestPageSort::init()
{
    clearSettings();
}

void TestPageSort::cleanup()
{
    m_proxyTester.reset();
    m_window.reset();
}

MainWindow *TestPageSort::startDemo()
{
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_window->findChild<JobTableView *>()->model(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1280, 760);
    m_window->show();
    m_window->start(true);
    return m_window.get();
}

void TestPageSort::pageBarSaysWhenSortedWithinThePage_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("withinPage");
    QTest::newRow("newest first: the server's own order")
        << int(JobTableModel::Created) << Qt::DescendingOrder << false;
    QTest::newRow("oldest first") << int(JobTableModel::Created) << Qt::AscendingOrder << true;
    QTest::newRow("most failed items first")
        << int(JobTableModel::Failed) << Qt::DescendingOrder << true;
    QTest::newRow("by status") << int(JobTableModel::Status) << Qt::AscendingOrder << true;
}

void TestPageSort::pageBarSaysWhenSortedWithinThePage()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, withinPage);
    MainWindow *window = startDemo();
    QTRY_COMPARE_WITH_TIMEOUT(window->jobsView().model().rowCount(), 50, 20'000);
    auto *range = child<QLabel>(window, "rangeLabel");
    QTRY_VERIFY(range->text().startsWith(u"Showing 1–50"));
    QVERIFY2(!range->text().contains(u"sorted within this page"), qPrintable(range->text()));

    child<JobTableView>(window, "jobTable")->sortByColumn(column, order);
    QCOMPARE(range->text().contains(u"sorted within this page"), withinPage);
    QCOMPARE(range->toolTip().isEmpty(), !withinPage);
    QVERIFY(range->text().startsWith(u"Showing 1–50"));
}

void TestPageSort::currentPageIsExportedInTheOrderShown()
{
    MainWindow *window = startDemo();
    QTRY_COMPARE_WITH_TIMEOUT(window->jobsView().model().rowCount(), 50, 20'000);
    auto *table = child<JobTableView>(window, "jobTable");
    table->sortByColumn(JobTableModel::Failed, Qt::DescendingOrder);
    const QStringList shown = idsOf(table->shownJobs());
    QCOMPARE(shown.size(), 50);
    QVERIFY(shown != idsOf(window->jobsView().browser().jobs())); // the sort moved rows

    window->openExportDialog();
    auto *dialog = window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    child<QRadioButton>(dialog, "currentPageRadio")->click();
    const QString path = m_exportDir.filePath(QStringLiteral("page.csv"));
    child<QLineEdit>(dialog, "pathEdit")->setText(path);
    QSignalSpy finished(&window->exportRunner(), &ExportRunner::finished);
    auto *buttons = child<QDialogButtonBox>(dialog, "buttonBox");
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->click();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000); // a page is written at once
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList written;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype line = 1; line < lines.size(); ++line) { // after the header
        if (!lines.at(line).trimmed().isEmpty())
            written << QString::fromUtf8(lines.at(line).split(',').constFirst());
    }
    QCOMPARE(written, shown);
}

QTEST_MAIN(TestPageSort)
#include "tst_pagesort.moc"
