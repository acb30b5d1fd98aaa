// What the window says after exporting every matching job.
#include "app/common/appsettings.h"
#include "app/export/exportrunner.h"
#include "app/shell/shellstatus.h"
#include "core/catalog/namecatalog.h"
#include "core/export/jobexport.h"
#include "hostilepagingservers.h"
#include "windowtesting.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

// The window's export runner against a test server, and a folder for its file.
struct RunnerUnderTest
{
    RunnerUnderTest(QNetworkAccessManager *network, const TestHttpServer &server,
                    int maxRetries = 0)
        : client(network)
    {
        client.setSettings(clientSettingsFor(server, maxRetries));
    }
    // Exports every job matching `filter` and waits for the result.
    ExportResult exportAll(const JobFilter &filter = {})
    {
        runner.exportMatching(filter, directory.filePath(QStringLiteral("jobs.csv")), {});
        if (!finished.wait(60'000))
            return {};
        return finished.first().first().value<ExportResult>();
    }

    ApiClient client;
    QWidget window;
    ExportRunner runner {&client, &window};
    QSignalSpy finished {&runner, &ExportRunner::finished};
    QTemporaryDir directory;
};

} // namespace

class TestExportRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void finishedMessageCountsDuplicatesFromShiftingPages_data();
    void finishedMessageCountsDuplicatesFromShiftingPages();
    void theSettingSetsThePagesInFlight_data();
    void theSettingSetsThePagesInFlight();
    void aServerAskingToSlowDownIsToldWhileTheExportWaits();
    void theDialogSaysItIsSavingWithoutCancel();
    void progressIsShownWithoutRunningTheEventLoopInside();
    void aBackgroundExportIsCancelledBeforeItWrites_data();
    void aBackgroundExportIsCancelledBeforeItWrites();
    void aBackgroundExportIsWaitedForWhenTheWindowCloses();

private:
    QNetworkAccessManager m_network;
    QTemporaryDir m_settingsDir;
};

void TestExportRunner::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    isolateWindowTest(m_settingsDir.path());
}

void TestExportRunner::finishedMessageCountsDuplicatesFromShiftingPages_data()
{
    QTest::addColumn<int>("server"); // 0: shifting list, total; 1: no total; 2: total 1,300;
                                     // 3: every third job completed under a "failed" filter
    QTest::addColumn<QList<int>>("newJobsBeforeRequest");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("warning");
    QTest::addColumn<QString>("note");
    QTest::newRow("jobs created while paging, the total grew: said, no warning")
        << 0 << QList<int> {0, 5} << 1200 << false
        << "5 jobs arrived during the export (the server's total grew from 1,200 to 1,205); the "
           "5 rows they pushed onto later pages were written once.";
    QTest::newRow("a list that stays put") << 0 << QList<int> {} << 1200 << false << "";
    QTest::newRow("jobs repeated with no total to explain them: the list changed")
        << 1 << QList<int> {0, 5} << 1200 << true
        << "The list of jobs shifted while it was read (5 rows came again at shifting offsets), "
           "so up to 5 jobs may be missing; the output keeps every row served, each once. "
           "Export again for a complete list.";
    QTest::newRow("the server's estimate was high") << 2 << QList<int> {} << 1200 << true
                                                    << "The server estimated 1,300 jobs; 1,200 "
                                                       "were listed.";
    QTest::newRow("jobs outside the status filter were sent")
        << 3 << QList<int> {} << 800 << true
        << "The server sent 400 jobs that do not match the filter asked for; they were left out.";
}

void TestExportRunner::finishedMessageCountsDuplicatesFromShiftingPages()
{
    // One page after another, so that every row the server sent reaches the export and the
    // repeats can be counted from the server's side.
    clearSettings();
    AppSettings().saveExportConcurrency(1);
    QFETCH(int, server);
    QFETCH(QList<int>, newJobsBeforeRequest);
    QFETCH(int, rows);
    QFETCH(bool, warning);
    QFETCH(QString, note);
    // The window asks for pages of 1000: 1,200 jobs take two requests (and an empty third).
    HostilePaging::ShiftingList list(1200, newJobsBeforeRequest,
                                     server == 1 ? HostilePaging::Total::Absent
                                                 : HostilePaging::Total::Present);
    TestHttpServer::Handler handler = list.handler();
    if (server == 2)
        handler = HostilePaging::overstatedTotal(1200, 1300);
    if (server == 3) {
        handler = [](const TestRequest &request) {
            const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
            const int count = std::max(0, std::min(1000, 1200 - offset));
            QJsonObject body = jobListJson(offset, count, 1200);
            QJsonArray items = body.value(u"items").toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                QJsonObject job = items.at(i).toObject();
                job.insert(u"status", (offset + i) % 3 == 1 ? "completed" : "failed");
                items.replace(i, job);
            }
            body.insert(u"items", items);
            return TestResponse::json(200, body);
        };
    }
    TestHttpServer http(handler);
    RunnerUnderTest test(&m_network, http);
    JobFilter filter;
    if (server == 3)
        filter.status = QStringLiteral("failed");
    const ExportResult result = test.exportAll(filter);
    QCOMPARE(test.finished.size(), 1);
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, rows);
    if (server <= 1)
        QCOMPARE(result.duplicatesSkipped, list.rowsSent() - 1200);

    QMessageBox *box = test.window.findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("Exported %1 jobs").arg(QLocale().toString(rows))),
             qPrintable(box->text()));
    QCOMPARE(box->informativeText(), note);
    QCOMPARE(box->icon(), warning ? QMessageBox::Warning : QMessageBox::Information);
    QCOMPARE(box->windowTitle().contains(u"the list changed"), server == 1);
}

void TestExportRunner::theSettingSetsThePagesInFlight_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("1: one page after another") << 1;
    QTest::newRow("4 at once") << 4;
}

void TestExportRunner::theSettingSetsThePagesInFlight()
{
    QFETCH(int, concurrency);
    clearSettings();
    AppSettings().saveExportConcurrency(concurrency);
    int held = 0;
    int peak = 0;
    TestHttpServer http;
    http.setHandler([&](const TestRequest &request) {
        held = int(http.requests().size()) - http.responsesSent();
        peak = std::max(peak, held);
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        const int count = std::max(0, std::min(1000, 12'000 - offset));
        return TestResponse::json(200, jobListJson(offset, count, 12'000)).delayedBy(40);
    });
    RunnerUnderTest test(&m_network, http);
    QVERIFY(test.exportAll().isOk());
    QVERIFY2(concurrency == 1 ? peak == 1 : peak > 1 && peak <= concurrency,
             qPrintable(QString::number(peak)));
}

void TestExportRunner::aServerAskingToSlowDownIsToldWhileTheExportWaits()
{
    // Answers one request at a time, each after 300 ms, and refuses a second one meanwhile,
    // asking to wait 400 ms. The pages are made once: 1,000 jobs take a while to write.
    clearSettings();
    QHash<int, QByteArray> pages;
    for (int offset = 0; offset <= 3000; offset += 1000) {
        pages.insert(offset,
                     QJsonDocument(jobListJson(offset, std::min(1000, 3000 - offset), 3000))
                         .toJson(QJsonDocument::Compact));
    }
    TestHttpServer http;
    http.setHandler([&](const TestRequest &request) {
        if (http.requests().size() - http.responsesSent() > 1) {
            return TestResponse::json(429, QJsonObject {{"detail", "Too Many Requests"}})
                .withHeader("retry-after-ms", "400");
        }
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        return TestResponse::json(200, pages.value(offset)).delayedBy(300);
    });
    RunnerUnderTest test(&m_network, http, 10);
    QStatusBar bar;
    NameCatalog catalog(&test.client);
    ShellStatus status(&bar, &test.client, &catalog, &test.runner);
    auto *label = bar.findChild<QLabel *>(QStringLiteral("throttleLabel"));
    QVERIFY(label);
    QVERIFY(!label->isVisibleTo(&bar));
    QSignalSpy throttles(&test.runner, &ExportRunner::throttleChanged);
    test.runner.exportMatching({}, test.directory.filePath(QStringLiteral("jobs.csv")), {});

    QTRY_VERIFY_WITH_TIMEOUT(label->isVisibleTo(&bar), 30'000);
    QVERIFY2(label->text().startsWith(u"Server asks to slow down: waiting "),
             qPrintable(label->text()));
    QVERIFY2(label->text().contains(u"in flight"), qPrintable(label->text()));
    auto *progress = test.window.findChild<QProgressDialog *>();
    QVERIFY(progress);
    QVERIFY2(progress->labelText().contains(label->text()), qPrintable(progress->labelText()));

    QVERIFY(test.finished.wait(60'000));
    const ExportResult result = test.finished.first().first().value<ExportResult>();
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, 3000); // nothing lost to the waits
    QVERIFY(!label->isVisibleTo(&bar)); // told that it is over
    QVERIFY(throttles.first().first().value<PagingThrottle>().isActive());
    QVERIFY(!throttles.last().first().value<PagingThrottle>().isActive());
}

void TestExportRunner::theDialogSaysItIsSavingWithoutCancel()
{
    clearSettings();
    TestHttpServer http([](const TestRequest &request) {
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        return TestResponse::json(
            200, jobListJson(offset, std::max(0, std::min(1000, 1200 - offset)), 1200));
    });
    RunnerUnderTest test(&m_network, http);
    const auto enabledButtons = [](const QProgressDialog *dialog) {
        QStringList texts;
        for (const QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->isEnabled())
                texts << button->text();
        }
        return texts;
    };
    test.runner.exportMatching({}, test.directory.filePath(QStringLiteral("jobs.csv")), {});
    QPointer<QProgressDialog> progress = test.window.findChild<QProgressDialog *>();
    QVERIFY(progress);
    QCOMPARE(enabledButtons(progress), QStringList {QStringLiteral("Cancel")});
    // What the dialog shows as the export ends: it was saving, and it is closed only then.
    QString label = QStringLiteral("<no dialog>");
    QStringList buttons = {QStringLiteral("<no dialog>")};
    connect(&test.runner, &ExportRunner::finished, this, [&] {
        if (!progress)
            return;
        label = progress->labelText();
        buttons = enabledButtons(progress);
    });
    QVERIFY(test.finished.wait(60'000));
    const ExportResult result = test.finished.first().first().value<ExportResult>();
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(label, QStringLiteral("Saving the file…"));
    QCOMPARE(buttons, QStringList {});
}

void TestExportRunner::progressIsShownWithoutRunningTheEventLoopInside()
{
    // QProgressDialog::setValue() of a modal dialog runs the event loop from inside: the next
    // pages were written (and the window painted) before one page's update returned. An event
    // posted as the bar moves must come after the whole update, its label included.
    clearSettings();
    TestHttpServer http([](const TestRequest &request) {
        const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        return TestResponse::json(
            200, jobListJson(offset, std::max(0, std::min(1000, 3000 - offset)), 3000));
    });
    RunnerUnderTest test(&m_network, http);
    test.runner.exportMatching({}, test.directory.filePath(QStringLiteral("jobs.csv")), {});
    QPointer<QProgressDialog> progress = test.window.findChild<QProgressDialog *>();
    QVERIFY(progress);
    auto *bar = progress->findChild<QProgressBar *>();
    QVERIFY(bar);
    QStringList labelsAfterUpdates;
    QString firstLabel;
    connect(bar, &QProgressBar::valueChanged, this, [&](int value) {
        if (value <= 0)
            return;
        QMetaObject::invokeMethod(
            this,
            [&, value] {
                if (progress && firstLabel.isEmpty())
                    firstLabel = progress->labelText();
                if (progress && !progress->labelText().contains(QLocale().toString(value)))
                    labelsAfterUpdates
                        << QStringLiteral("%1: %2").arg(value).arg(progress->labelText());
                else
                    labelsAfterUpdates << QString();
            },
            Qt::QueuedConnection);
    });
    QVERIFY(test.finished.wait(60'000));
    const ExportResult result = test.finished.first().first().value<ExportResult>();
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.rowsWritten, 3000);
    QCOMPARE(labelsAfterUpdates, QStringList(3)); // three pages, each label in place
    QVERIFY2(firstLabel.contains(u"(1 page)"), qPrintable(firstLabel));
}

void TestExportRunner::aBackgroundExportIsCancelledBeforeItWrites_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("cancelled while it reads: no file, no message") << true;
    QTest::newRow("not cancelled: Cancel goes once it writes, and it finishes") << false;
}

void TestExportRunner::aBackgroundExportIsCancelledBeforeItWrites()
{
    QFETCH(bool, cancel);
    QWidget window;
    ApiClient client(&m_network);
    ExportRunner runner(&client, &window);
    QSignalSpy finished(&runner, &ExportRunner::finished);
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("rows.csv"));
    // The work "reads" until the test lets it go, so that Cancel comes while it reads.
    auto reading = std::make_shared<QSemaphore>();
    auto goOn = std::make_shared<QSemaphore>();
    runner.exportInBackground(
        QStringLiteral("Reading rows…"), ExportResult::Rows::Jobs,
        [reading, goOn, path](const ExportRunner::BackgroundSteps &steps) {
            reading->release();
            goOn->acquire();
            ExportResult result;
            if (steps.cancelled()) {
                result.failure = ExportResult::Failure::Cancelled;
                return result;
            }
            steps.writing();
            return JobExport::writeJobs({}, path, {});
        },
        path);
    QVERIFY(runner.isRunning());
    QVERIFY(reading->tryAcquire(1, 10'000));
    auto *progress = window.findChild<QProgressDialog *>();
    QVERIFY(progress);
    auto *cancelButton = progress->findChild<QPushButton *>();
    QVERIFY(cancelButton);
    if (cancel)
        cancelButton->click();
    goOn->release();
    QVERIFY(finished.wait(10'000));
    const ExportResult result = finished.constFirst().constFirst().value<ExportResult>();
    QVERIFY(!runner.isRunning());
    if (cancel) {
        QCOMPARE(result.failure, ExportResult::Failure::Cancelled);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!window.findChild<QMessageBox *>());
    } else {
        QVERIFY(result.isOk());
        QVERIFY(QFile::exists(path));
        QTRY_VERIFY(window.findChild<QMessageBox *>());
    }
}

void TestExportRunner::aBackgroundExportIsWaitedForWhenTheWindowCloses()
{
    auto goOn = std::make_shared<QSemaphore>();
    auto sawCancel = std::make_shared<std::atomic<bool>>(false);
    auto ended = std::make_shared<std::atomic<bool>>(false);
    {
        QWidget window;
        ApiClient client(&m_network);
        auto *runner = new ExportRunner(&client, &window);
        auto started = std::make_shared<QSemaphore>();
        runner->exportInBackground(
            QStringLiteral("Reading rows…"), ExportResult::Rows::Jobs,
            [started, goOn, sawCancel, ended](const ExportRunner::BackgroundSteps &steps) {
                started->release();
                // Goes on once the runner is being destroyed and has said to stop.
                while (!steps.cancelled())
                    goOn->tryAcquire(1, 10);
                sawCancel->store(true);
                ended->store(true);
                ExportResult result;
                result.failure = ExportResult::Failure::Cancelled;
                return result;
            },
            QStringLiteral("unused.csv"));
        QVERIFY(started->tryAcquire(1, 10'000));
    } // the window and its runner go: the runner tells the export to stop and waits for it
    QVERIFY(sawCancel->load());
    QVERIFY(ended->load());
}

QTEST_MAIN(TestExportRunner)
#include "tst_exportrunner.moc"
