// Text from the server is data: every place of the window shows it literally (never as HTML,
// never as a link) and never shows or copies the API key.
#include "app/batches/batchdetailsdialog.h"
#include "app/batches/batchesview.h"
#include "app/batches/batchtablemodel.h"
#include "app/connection/connectioncontroller.h"
#include "app/connection/connectiondialog.h"
#include "app/connection/credentialstore.h"
#include "app/export/exportrunner.h"
#include "app/jobs/jobdetailsdialog.h"
#include "app/jobs/jobsview.h"
#include "app/jobs/jobtablemodel.h"
#include "app/jobs/jobtableview.h"
#include "app/shell/mainwindow.h"
#include "core/catalog/namecatalog.h"
#include "hostiletextserver.h"
#include "windowtesting.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QStringList HostileTexts {HostileHtml,   HostileJobId,     HostileBatchId,
                                HostileItemId, HostileProjectId, HostileDirectoryId};

// What QToolTip shows for `tip`: it takes the tip for HTML when Qt::mightBeRichText says so.
QString shownByToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

// The hostile strings `text` holds literally.
QStringList hostileTextsIn(const QString &text)
{
    QStringList found;
    for (const QString &hostile : HostileTexts) {
        if (text.contains(hostile))
            found << hostile;
    }
    return found;
}

// A label that shows server text: literally, and with no link to follow.
bool isPlainTextLabel(const QLabel *label, QString *problem)
{
    if (label->textFormat() != Qt::PlainText)
        *problem = QStringLiteral("%1: text format %2, not Qt::PlainText")
                       .arg(label->objectName())
                       .arg(int(label->textFormat()));
    else if (label->openExternalLinks())
        *problem = QStringLiteral("%1 opens external links").arg(label->objectName());
    else if (label->textInteractionFlags() & Qt::LinksAccessibleByMouse)
        *problem = QStringLiteral("%1: links accessible by mouse").arg(label->objectName());
    return problem->isEmpty();
}

Job parsedJob(const QJsonObject &json)
{
    Job job;
    const QString problem = Job::fromJson(json, &job);
    if (!problem.isEmpty())
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
    return job;
}

Batch parsedBatch(const QJsonObject &json)
{
    Batch batch;
    const QString problem =
        Batch::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact), &batch);
    if (!problem.isEmpty())
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
    return batch;
}

// The hostile server, except that the job is running (so that it can be cancelled) or that
// the calls ending in `failingSuffix` fail with HostileHtml as the error's detail.
TestHttpServer::Handler hostileServer(bool runningJob = false, const QString &failingSuffix = {})
{
    const TestHttpServer::Handler hostile = hostileTextHandler();
    return [=](const TestRequest &request) {
        if (!failingSuffix.isEmpty() && request.path.endsWith(failingSuffix))
            return TestResponse::json(409, QJsonObject {{QStringLiteral("detail"), HostileHtml}});
        TestResponse response = hostile(request);
        if (runningJob && request.path.endsWith(QUrl::toPercentEncoding(HostileJobId))) {
            QJsonObject job = hostileJobJson();
            job.insert(u"status", QStringLiteral("running"));
            response.body = QJsonDocument(QJsonObject {{QStringLiteral("job"), job},
                                                       {QStringLiteral("progress_percentage"), 50}})
                                .toJson(QJsonDocument::Compact);
        }
        return response;
    };
}

} // namespace

class TestServerText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void jobDetailsLabelsShowServerTextLiterally_data();
    void jobDetailsLabelsShowServerTextLiterally();
    void batchDetailsLabelsShowServerTextLiterally_data();
    void batchDetailsLabelsShowServerTextLiterally();
    void connectionTestShowsTheServersDetailLiterally();
    void labelToolTipsShowServerTextLiterally_data();
    void labelToolTipsShowServerTextLiterally();
    void tableCellsAndTheirToolTipsShowServerTextLiterally_data();
    void tableCellsAndTheirToolTipsShowServerTextLiterally();
    void messageBoxesShowServerTextLiterally_data();
    void messageBoxesShowServerTextLiterally();
    void echoedKeyIsMaskedOnScreenAndClipboard_data();
    void echoedKeyIsMaskedOnScreenAndClipboard();
    void exportFailureShowsTheServersDetailLiterally();
    void mainWindowShowsServerTextLiterally();
    void mainWindowMasksAnEchoedKeyInCopies();
    void screenshotsOfHostileText();

private:
    MainWindow *startWindowOn(const TestHttpServer &server);
    void connectTo(TestHttpServer &server);
    // Opens the details of the hostile job, with names, and waits for items and the status.
    JobDetailsDialog *openJobDetails(TestHttpServer &server, bool waitForItems = true);
    BatchDetailsDialog *openBatchDetails(TestHttpServer &server);

    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<NameCatalog> m_names;
    QPointer<QDialog> m_dialog;
    QTemporaryDir m_settingsDir;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<MainWindow> m_window;
};

void TestServerText::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    isolateWindowTest(m_settingsDir.path());
}

void TestServerText::init()
{
    clearSettings();
}

MainWindow *TestServerText::startWindowOn(const TestHttpServer &server)
{
    m_window = std::make_unique<MainWindow>(&m_credentials);
    m_window->resize(1200, 700);
    m_window->show();
    m_window->connection().useCloud(clientSettingsFor(server));
    return m_window.get();
}

void TestServerText::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox *>(widget))
            delete widget;
    }
    delete m_dialog; // before the client it calls
    m_window.reset();
    m_names.reset();
    m_client.reset();
    QGuiApplication::clipboard()->clear();
}

void TestServerText::connectTo(TestHttpServer &server)
{
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setSettings(clientSettingsFor(server));
    m_names = std::make_unique<NameCatalog>(m_client.get());
    QSignalSpy loaded(m_names.get(), &NameCatalog::loaded);
    m_names->refresh();
    QVERIFY(loaded.wait());
    QVERIFY(!m_names->projectName(HostileProjectId).isEmpty());
}

JobDetailsDialog *TestServerText::openJobDetails(TestHttpServer &server, bool waitForItems)
{
    connectTo(server);
    if (QTest::currentTestFailed())
        return nullptr;
    auto *dialog = new JobDetailsDialog(m_client.get(), parsedJob(hostileJobJson()), {}, nullptr,
                                        m_names.get());
    m_dialog = dialog;
    dialog->show();
    auto *items = dialog->findChild<QTableView *>(QStringLiteral("itemsTable"));
    if (waitForItems && !QTest::qWaitFor([items] { return items->model()->rowCount() == 1; }))
        QTest::qFail("The items did not load", __FILE__, __LINE__);
    return dialog;
}

BatchDetailsDialog *TestServerText::openBatchDetails(TestHttpServer &server)
{
    connectTo(server);
    if (QTest::currentTestFailed())
        return nullptr;
    Batch listed = parsedBatch(hostileBatchJson());
    listed.results.reset(); // as a list page brings it: the dialog loads them
    auto *dialog = new BatchDetailsDialog(m_client.get(), listed, {}, nullptr, m_names.get());
    m_dialog = dialog;
    dialog->show();
    auto *results = dialog->findChild<QTableView *>(QStringLiteral("resultsTable"));
    if (!QTest::qWaitFor([results] { return results->model()->rowCount() == 2; }))
        QTest::qFail("The batch's results did not load", __FILE__, __LINE__);
    return dialog;
}

void TestServerText::jobDetailsLabelsShowServerTextLiterally_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("failingSuffix"); // calls that fail with a hostile detail
    QTest::addColumn<QString>("expected");
    QTest::newRow("job ID") << "idValue" << QString() << HostileJobId;
    QTest::newRow("job type") << "typeValue" << QString() << HostileHtml;
    QTest::newRow("job record") << "jobRecordValue" << QString() << HostileHtml;
    QTest::newRow("workflow") << "workflowValue" << QString() << HostileHtml;
    QTest::newRow("project name") << "projectValue" << QString() << HostileHtml;
    QTest::newRow("directory name") << "directoryValue" << QString() << HostileHtml;
    QTest::newRow("item name above its results") << "stateLabel" << QString() << HostileHtml;
    QTest::newRow("error detail of the status call") << "messageLabel"
                                                     << "1%3C%2Fb%3E" << HostileHtml;
    QTest::newRow("error detail of the items call") << "messageLabel"
                                                    << "/items" << HostileHtml;
    QTest::newRow("error detail of the results call") << "stateLabel"
                                                      << "/processing-results" << HostileHtml;
}

void TestServerText::jobDetailsLabelsShowServerTextLiterally()
{
    QFETCH(QString, label);
    QFETCH(QString, failingSuffix);
    QFETCH(QString, expected);
    TestHttpServer server(hostileServer(false, failingSuffix));
    JobDetailsDialog *dialog = openJobDetails(server, failingSuffix != u"/items");
    QVERIFY(dialog);
    auto *items = dialog->findChild<QTableView *>(QStringLiteral("itemsTable"));
    if (label == u"stateLabel")
        items->selectRow(0); // the panel names the item, then shows its results or the error
    auto *shown = dialog->findChild<QLabel *>(label);
    QVERIFY(shown);
    QTRY_VERIFY2(shown->text().contains(expected), qPrintable(shown->text()));
    if (label == u"stateLabel")
        QTRY_VERIFY(!shown->text().startsWith(u"Loading"));
    QString problem;
    QVERIFY2(isPlainTextLabel(shown, &problem), qPrintable(problem));
}

void TestServerText::batchDetailsLabelsShowServerTextLiterally_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");
    QTest::newRow("batch ID") << "idValue" << HostileBatchId;
    QTest::newRow("job type") << "jobTypeValue" << HostileHtml;
    QTest::newRow("configuration") << "configurationValue" << HostileHtml;
    QTest::newRow("project name") << "projectValue" << HostileHtml;
    QTest::newRow("source directory name") << "directoryValue" << HostileHtml;
    QTest::newRow("error detail of a refused cancel") << "messageLabel" << HostileHtml;
}

void TestServerText::batchDetailsLabelsShowServerTextLiterally()
{
    QFETCH(QString, label);
    QFETCH(QString, expected);
    TestHttpServer server(hostileServer());
    BatchDetailsDialog *dialog = openBatchDetails(server);
    QVERIFY(dialog);
    if (label == u"messageLabel") {
        auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelBatchButton"));
        QTRY_VERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = dialog->findChild<QMessageBox *>()));
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    }
    auto *shown = dialog->findChild<QLabel *>(label);
    QVERIFY(shown);
    QTRY_VERIFY2(shown->text().contains(expected), qPrintable(shown->text()));
    QString problem;
    QVERIFY2(isPlainTextLabel(shown, &problem), qPrintable(problem));
}

void TestServerText::connectionTestShowsTheServersDetailLiterally()
{
    TestHttpServer server(hostileServer(false, QStringLiteral("/batch-processing")));
    ConnectionDialog dialog(&m_network, clientSettingsFor(server));
    dialog.show();
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testButton"));
    QVERIFY(test && test->isEnabled());
    test->click();
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("testResultLabel"));
    QTRY_VERIFY2(result->text().contains(HostileHtml), qPrintable(result->text()));
    QString problem;
    QVERIFY2(isPlainTextLabel(result, &problem), qPrintable(problem));
}

void TestServerText::labelToolTipsShowServerTextLiterally_data()
{
    QTest::addColumn<bool>("batch");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");
    QTest::newRow("job's project ID")
        << false << "projectValue" << QStringLiteral("Project ID: %1").arg(HostileProjectId);
    QTest::newRow("job's directory ID")
        << false << "directoryValue" << QStringLiteral("Directory ID: %1").arg(HostileDirectoryId);
    QTest::newRow("batch's project ID")
        << true << "projectValue" << QStringLiteral("Project ID: %1").arg(HostileProjectId);
    QTest::newRow("batch's source directory ID")
        << true << "directoryValue"
        << QStringLiteral("Source directory ID: %1").arg(HostileDirectoryId);
}

void TestServerText::labelToolTipsShowServerTextLiterally()
{
    QFETCH(bool, batch);
    QFETCH(QString, label);
    QFETCH(QString, expected);
    TestHttpServer server(hostileServer());
    QDialog *dialog = batch ? static_cast<QDialog *>(openBatchDetails(server))
                            : static_cast<QDialog *>(openJobDetails(server));
    QVERIFY(dialog);
    auto *shown = dialog->findChild<QLabel *>(label);
    QVERIFY(shown);
    QCOMPARE(shownByToolTip(shown->toolTip()), expected);
}

void TestServerText::tableCellsAndTheirToolTipsShowServerTextLiterally_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("v1 jobs") << "jobs";
    QTest::newRow("v1 job's items") << "itemsTable";
    QTest::newRow("item's processing results") << "resultsTable in jobs";
    QTest::newRow("v2 batches") << "batches";
    QTest::newRow("v2 batch's results") << "resultsTable";
}

void TestServerText::tableCellsAndTheirToolTipsShowServerTextLiterally()
{
    QFETCH(QString, table);
    TestHttpServer server(hostileServer());
    JobTableModel jobs;
    BatchTableModel batches;
    QAbstractItemModel *model = nullptr;
    if (table == u"jobs") {
        connectTo(server);
        jobs.setNameCatalog(m_names.get());
        jobs.setJobs({parsedJob(hostileJobJson())});
        model = &jobs;
    } else if (table == u"batches") {
        connectTo(server);
        batches.setNameCatalog(m_names.get());
        batches.setBatches({parsedBatch(hostileBatchJson())});
        model = &batches;
    } else if (table == u"itemsTable" || table == u"resultsTable in jobs") {
        JobDetailsDialog *dialog = openJobDetails(server);
        QVERIFY(dialog);
        auto *items = dialog->findChild<QTableView *>(QStringLiteral("itemsTable"));
        model = items->model();
        if (table != u"itemsTable") {
            items->selectRow(0);
            auto *panel = dialog->findChild<QWidget *>(QStringLiteral("resultsPanel"));
            auto *results = panel->findChild<QTableView *>(QStringLiteral("resultsTable"));
            QTRY_COMPARE(results->model()->rowCount(), 1);
            model = results->model();
        }
    } else {
        BatchDetailsDialog *dialog = openBatchDetails(server);
        QVERIFY(dialog);
        model = dialog->findChild<QTableView *>(QStringLiteral("resultsTable"))->model();
    }
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int hostileCells = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QString display = index.data(Qt::DisplayRole).toString();
            const QString tip = index.data(Qt::ToolTipRole).toString();
            const QString where = QStringLiteral("row %1, column %2 (%3)")
                                      .arg(row)
                                      .arg(column)
                                      .arg(model->headerData(column, Qt::Horizontal).toString());
            // A cell is painted as plain text; its tooltip must be read as plain text too.
            const QStringList inCell = hostileTextsIn(display);
            const QStringList inTip = hostileTextsIn(tip);
            hostileCells += int(!inCell.isEmpty());
            for (const QString &hostile : inTip) {
                QVERIFY2(shownByToolTip(tip).contains(hostile),
                         qPrintable(QStringLiteral("%1: the tooltip %2 shows as %3")
                                        .arg(where, tip, shownByToolTip(tip))));
            }
            if (!tip.isEmpty() && !Qt::mightBeRichText(tip))
                continue;
            // A tooltip Qt reads as HTML holds the server text only escaped.
            QVERIFY2(!tip.contains(u"<h1") && !tip.contains(u"<b>") && !tip.contains(u"<u>")
                         && !tip.contains(u"<i>"),
                     qPrintable(where + QStringLiteral(": unescaped tags in ") + tip));
        }
    }
    QVERIFY2(hostileCells > 0, "no cell showed the server's text");
}

void TestServerText::messageBoxesShowServerTextLiterally_data()
{
    QTest::addColumn<bool>("batch");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cancel a job") << false << HostileJobId;
    QTest::newRow("cancel a batch") << true << HostileBatchId;
}

void TestServerText::messageBoxesShowServerTextLiterally()
{
    QFETCH(bool, batch);
    QFETCH(QString, expected);
    TestHttpServer server(hostileServer(true));
    QDialog *dialog = batch ? static_cast<QDialog *>(openBatchDetails(server))
                            : static_cast<QDialog *>(openJobDetails(server));
    QVERIFY(dialog);
    auto *cancel = dialog->findChild<QPushButton *>(batch ? QStringLiteral("cancelBatchButton")
                                                          : QStringLiteral("cancelJobButton"));
    QTRY_VERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = dialog->findChild<QMessageBox *>()));
    QCOMPARE(question->textFormat(), Qt::PlainText);
    QVERIFY2(question->text().contains(expected), qPrintable(question->text()));
    for (QLabel *label : question->findChildren<QLabel *>()) {
        if (!label->pixmap().isNull())
            continue; // the icon
        QString problem;
        QVERIFY2(isPlainTextLabel(label, &problem), qPrintable(problem));
    }
}

void TestServerText::echoedKeyIsMaskedOnScreenAndClipboard_data()
{
    QTest::addColumn<QString>("place");
    QTest::newRow("job's error in the details") << "errorText";
    QTest::newRow("job record copied with its button") << "copyJobRecordButton";
    QTest::newRow("job type label") << "typeValue";
    QTest::newRow("item cells and tooltips") << "itemsTable";
    QTest::newRow("batch results copied with Ctrl+C") << "resultsTable";
    QTest::newRow("batch configuration") << "configText";
    QTest::newRow("batch status copied with its button") << "copyStatusButton";
}

void TestServerText::echoedKeyIsMaskedOnScreenAndClipboard()
{
    QFETCH(QString, place);
    TestHttpServer server;
    const QString key = clientSettingsFor(server).apiKey;
    QVERIFY(key.size() >= 8); // registered for masking
    const QString echo = QStringLiteral("The key %1 is invalid").arg(key);
    const TestHttpServer::Handler echoing = hostileTextHandler(echo);
    server.setHandler([echoing, echo](const TestRequest &request) {
        if (!request.path.endsWith(QUrl::toPercentEncoding(HostileBatchId)))
            return echoing(request);
        QJsonObject batch = hostileBatchJson(echo);
        batch.insert(u"status", echo); // copied as it is, unlike the cells and labels
        return TestResponse::json(200, batch);
    });
    const bool batch =
        place == u"resultsTable" || place == u"configText" || place == u"copyStatusButton";
    QDialog *dialog = batch ? static_cast<QDialog *>(openBatchDetails(server))
                            : static_cast<QDialog *>(openJobDetails(server));
    QVERIFY(dialog);
    QString shown;
    if (place == u"errorText" || place == u"configText") {
        shown = dialog->findChild<QPlainTextEdit *>(place)->toPlainText();
    } else if (place == u"typeValue") {
        shown = dialog->findChild<QLabel *>(place)->text();
    } else if (place == u"itemsTable") {
        const QAbstractItemModel *model = dialog->findChild<QTableView *>(place)->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            shown += model->index(0, column).data(Qt::DisplayRole).toString() + u'\n'
                + model->index(0, column).data(Qt::ToolTipRole).toString() + u'\n';
        }
    } else if (place == u"resultsTable") {
        auto *table = dialog->findChild<QTableView *>(place);
        table->setFocus();
        table->selectAll();
        QTest::keySequence(table, QKeySequence::Copy);
        shown = QGuiApplication::clipboard()->text();
    } else {
        auto *button = dialog->findChild<QToolButton *>(place);
        QTRY_VERIFY(button->isEnabled());
        button->click();
        shown = QGuiApplication::clipboard()->text();
    }
    QVERIFY2(shown.contains(u"The key [API key] is invalid"), qPrintable(shown));
    QVERIFY2(!shown.contains(key), qPrintable(shown));
}

void TestServerText::exportFailureShowsTheServersDetailLiterally()
{
    TestHttpServer server(hostileServer(false, QStringLiteral("/batch-processing")));
    ApiClient client(&m_network);
    client.setSettings(clientSettingsFor(server));
    QWidget window;
    ExportRunner runner(&client, &window);
    QSignalSpy finished(&runner, &ExportRunner::finished);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    runner.exportMatching({}, directory.filePath(QStringLiteral("jobs.csv")), {});
    QVERIFY(finished.wait(60'000));
    QVERIFY(!finished.first().first().value<ExportResult>().isOk());
    QMessageBox *box = window.findChild<QMessageBox *>();
    QVERIFY(box);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY2(box->text().contains(HostileHtml), qPrintable(box->text()));
    for (QLabel *label : box->findChildren<QLabel *>()) {
        if (!label->pixmap().isNull())
            continue; // the icon
        QString problem;
        QVERIFY2(isPlainTextLabel(label, &problem), qPrintable(problem));
    }
}

void TestServerText::mainWindowShowsServerTextLiterally()
{
    TestHttpServer server(hostileServer(false, QStringLiteral("/batch-processing")));
    MainWindow *window = startWindowOn(server);
    auto *banner = window->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(HostileHtml), 20'000);
    QString problem;
    QVERIFY2(isPlainTextLabel(banner, &problem), qPrintable(problem));
    for (QLabel *label : window->statusBar()->findChildren<QLabel *>())
        QVERIFY2(isPlainTextLabel(label, &problem), qPrintable(problem));
}

void TestServerText::mainWindowMasksAnEchoedKeyInCopies()
{
    TestHttpServer server;
    const QString key = clientSettingsFor(server).apiKey;
    server.setHandler(hostileTextHandler(QStringLiteral("The key %1 is invalid").arg(key)));
    MainWindow *window = startWindowOn(server);
    auto *table = window->findChild<JobTableView *>(QStringLiteral("jobTable"));
    QVERIFY(table);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 20'000);
    table->selectAll();
    table->copySelectedAsCsv();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"The key [API key] is invalid"), qPrintable(copied));
    QVERIFY2(!copied.contains(key), qPrintable(copied));
}

// With BATCHDECK_HOSTILE_SCREENSHOTS=<folder>, saves the details dialogs and a tooltip as the
// hostile server fills them, for a person to look at.
void TestServerText::screenshotsOfHostileText()
{
    const QString folder = qEnvironmentVariable("BATCHDECK_HOSTILE_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set BATCHDECK_HOSTILE_SCREENSHOTS to a folder to save the screenshots");
    QVERIFY(QDir().mkpath(folder));
    TestHttpServer server(hostileServer());
    JobDetailsDialog *jobDialog = openJobDetails(server);
    QVERIFY(jobDialog);
    jobDialog->resize(1100, 820);
    jobDialog->findChild<QTableView *>(QStringLiteral("itemsTable"))->selectRow(0);
    auto *panel = jobDialog->findChild<QWidget *>(QStringLiteral("resultsPanel"));
    QTRY_COMPARE(
        panel->findChild<QTableView *>(QStringLiteral("resultsTable"))->model()->rowCount(), 1);
    QVERIFY(jobDialog->grab().save(
        QDir(folder).filePath(QStringLiteral("hostile-html-job-details.png"))));
    auto *project = jobDialog->findChild<QLabel *>(QStringLiteral("projectValue"));
    QToolTip::showText(project->mapToGlobal(QPoint(10, 10)), project->toolTip(), project);
    QWidget *tip = nullptr;
    QTRY_VERIFY((tip = [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->inherits("QTipLabel") && widget->isVisible())
                return widget;
        }
        return static_cast<QWidget *>(nullptr);
    }()));
    QVERIFY(tip->grab().save(QDir(folder).filePath(QStringLiteral("hostile-html-tooltip.png"))));
    QToolTip::hideText();
    auto *tabs = jobDialog->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentIndex(1); // the items and the selected item's processing results
    QVERIFY(jobDialog->grab().save(
        QDir(folder).filePath(QStringLiteral("hostile-html-job-items.png"))));
    delete m_dialog;
    m_names.reset();
    m_client.reset();

    BatchDetailsDialog *batchDialog = openBatchDetails(server);
    QVERIFY(batchDialog);
    batchDialog->resize(1000, 720);
    QVERIFY(batchDialog->grab().save(
        QDir(folder).filePath(QStringLiteral("hostile-html-batch-details.png"))));
}

QTEST_MAIN(TestServerText)
#include "tst_servertext.moc"
