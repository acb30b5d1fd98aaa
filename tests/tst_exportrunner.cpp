// What the window says after exporting every matching job.
#include "exportrunner.h"
#include "hostilepagingservers.h"

#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

class TestExportRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finishedMessageCountsDuplicatesFromShiftingPages_data();
    void finishedMessageCountsDuplicatesFromShiftingPages();

private:
    QNetworkAccessManager m_network;
};

void TestExportRunner::finishedMessageCountsDuplicatesFromShiftingPages_data()
{
    QTest::addColumn<QList<int>>("newJobsBeforeRequest");
    QTest::addColumn<bool>("duplicates");
    QTest::newRow("jobs created while paging") << QList<int> {0, 5} << true;
    QTest::newRow("a list that stays put") << QList<int> {} << false;
}

void TestExportRunner::finishedMessageCountsDuplicatesFromShiftingPages()
{
    QFETCH(QList<int>, newJobsBeforeRequest);
    QFETCH(bool, duplicates);
    // The window asks for pages of 1000: 1,200 jobs take two requests.
    HostilePaging::ShiftingList list(1200, newJobsBeforeRequest, HostilePaging::Total::Present);
    TestHttpServer server(list.handler());
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    QWidget window;
    ExportRunner runner(&client, &window);
    QSignalSpy finished(&runner, &ExportRunner::finished);
    QTemporaryDir directory;
    runner.exportMatching({}, directory.filePath(QStringLiteral("jobs.csv")), {});
    QVERIFY(finished.wait(60'000));
    const ExportResult result = finished.first().first().value<ExportResult>();
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, 1200);
    QCOMPARE(result.duplicatesSkipped, list.rowsSent() - 1200);

    QMessageBox *box = window.findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"Exported 1,200 jobs"), qPrintable(box->text()));
    if (duplicates) {
        QCOMPARE(box->informativeText(),
                 QStringLiteral("5 duplicate rows from shifting pages were left out (jobs were "
                                "created during the export; each job is written once)."));
    } else {
        QVERIFY(box->informativeText().isEmpty());
    }
}

QTEST_MAIN(TestExportRunner)
#include "tst_exportrunner.moc"
