// The job and batch details windows keep the ID they were opened for: an answer about another
// job or batch is shown as an error, never adopted, so a later Cancel still goes to the record
// the user chose. Real HTTP on 127.0.0.1, one TestHttpServer per test.
#include "app/batches/batchdetailsdialog.h"
#include "app/jobs/jobdetailsdialog.h"
#include "batchsamples.h"
#include "testhttpserver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

namespace {

const QString OpenedJob = QStringLiteral("bjb-12345678-1234-4234-8234-123456789abc");
const QString OtherJob = QStringLiteral("bjb-99999999-9999-4999-8999-999999999999");
const QString OpenedBatch = QStringLiteral("bat-12345678-1234-4234-8234-123456789abc");
const QString OtherBatch = QStringLiteral("bat-99999999-9999-4999-8999-999999999999");
const QString JobsPath = QStringLiteral("/api/v1/beta/batch-processing/");
const QString BatchesPath = QStringLiteral("/api/v2/batches/");

QJsonObject runningJobJson(const QString &id)
{
    QJsonObject job = sampleJobJson(id);
    job.insert(u"status", QStringLiteral("running"));
    job.insert(u"completed_at", QJsonValue::Null);
    return job;
}

QJsonObject runningBatchJson(const QString &id)
{
    QJsonObject batch = sampleBatchJson(id);
    batch.insert(u"status", QStringLiteral("RUNNING"));
    batch.insert(u"results", QJsonValue::Null);
    return batch;
}

// Every status request is answered about OtherJob; items are empty; a cancel is answered about
// the job it names, so that only the path shows which job the dialog asked to cancel.
TestResponse jobServerAnsweringAboutAnother(const TestRequest &request)
{
    if (request.path.endsWith(u"/items"))
        return TestResponse::json(200,
                                  QJsonObject {{QStringLiteral("items"), QJsonArray()},
                                               {QStringLiteral("total_size"), 0}});
    if (request.path.endsWith(u"/cancel")) {
        const QString id = request.path.mid(JobsPath.size()).section(u'/', 0, 0);
        return TestResponse::json(
            200,
            QJsonObject {{QStringLiteral("job_id"), id},
                         {QStringLiteral("status"), QStringLiteral("cancelled")},
                         {QStringLiteral("processed_items"), 7},
                         {QStringLiteral("message"), QStringLiteral("Cancelled")}});
    }
    return TestResponse::json(200,
                              QJsonObject {{QStringLiteral("job"), runningJobJson(OtherJob)},
                                           {QStringLiteral("progress_percentage"), 50}});
}

// Every GET is answered about OtherBatch; a cancel is answered about the batch it names.
TestResponse batchServerAnsweringAboutAnother(const TestRequest &request)
{
    if (request.path.endsWith(u"/cancel")) {
        QJsonObject batch =
            runningBatchJson(request.path.mid(BatchesPath.size()).section(u'/', 0, 0));
        batch.insert(u"status", QStringLiteral("CANCELLED"));
        return TestResponse::json(200, batch);
    }
    return TestResponse::json(200, runningBatchJson(OtherBatch));
}

Job parsedJob(const QJsonObject &json)
{
    Job job;
    if (const QString problem = Job::fromJson(json, &job); !problem.isEmpty())
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
    return job;
}

Batch parsedBatch(const QJsonObject &json)
{
    Batch batch;
    if (const QString problem = Batch::fromJson(QJsonDocument(json).toJson(), &batch);
        !problem.isEmpty())
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
    return batch;
}

// Clicks `button`, then the destructive button of the confirmation it opens.
bool confirmCancel(QWidget *dialog, QPushButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton);
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                return (box = dialog->findChild<QMessageBox *>()) != nullptr && box->isVisible();
            },
            10'000))
        return false;
    for (QAbstractButton *choice : box->buttons()) {
        if (box->buttonRole(choice) == QMessageBox::DestructiveRole) {
            QTest::mouseClick(choice, Qt::LeftButton);
            return true;
        }
    }
    return false;
}

qsizetype requestsTo(const TestHttpServer &server, const QString &path)
{
    return std::count_if(server.requests().begin(), server.requests().end(),
                         [&](const TestRequest &request) { return request.path == path; });
}

} // namespace

class TestDetailsKeepId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void jobDetailsKeepTheJobTheyWereOpenedFor();
    void batchDetailsKeepTheBatchTheyWereOpenedFor();

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QPointer<QDialog> m_dialog;
};

void TestDetailsKeepId::cleanup()
{
    delete m_dialog; // before the client it calls
    m_client.reset();
}

void TestDetailsKeepId::jobDetailsKeepTheJobTheyWereOpenedFor()
{
    TestHttpServer server(&jobServerAnsweringAboutAnother);
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setSettings(clientSettingsFor(server));
    auto *dialog = new JobDetailsDialog(m_client.get(), parsedJob(runningJobJson(OpenedJob)), {});
    m_dialog = dialog;
    dialog->show();

    auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(OtherJob), 20'000);
    QVERIFY2(message->text().contains(QStringLiteral("Asked about job %1, but the server "
                                                     "answered about job %2.")
                                          .arg(OpenedJob, OtherJob)),
             qPrintable(message->text()));
    QCOMPARE(dialog->jobId(), OpenedJob);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("idValue"))->text(), OpenedJob);
    QVERIFY(dialog->windowTitle().contains(OpenedJob));
    QVERIFY(!dialog->windowTitle().contains(OtherJob));

    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
    QVERIFY(cancel && cancel->isEnabled());
    QVERIFY(confirmCancel(dialog, cancel));
    const QString openedCancel = JobsPath + OpenedJob + QStringLiteral("/cancel");
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(server, openedCancel), 1, 20'000);
    QCOMPARE(requestsTo(server, JobsPath + OtherJob + QStringLiteral("/cancel")), 0);
    // The refresh after the cancel meets the other job again: still refused.
    QTRY_VERIFY(requestsTo(server, JobsPath + OpenedJob) >= 2);
    QTRY_VERIFY(message->text().contains(OtherJob));
    QCOMPARE(dialog->jobId(), OpenedJob);
}

void TestDetailsKeepId::batchDetailsKeepTheBatchTheyWereOpenedFor()
{
    TestHttpServer server(&batchServerAnsweringAboutAnother);
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setSettings(clientSettingsFor(server));
    auto *dialog =
        new BatchDetailsDialog(m_client.get(), parsedBatch(runningBatchJson(OpenedBatch)), {});
    m_dialog = dialog;
    dialog->show();

    auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(OtherBatch), 20'000);
    QVERIFY2(message->text().contains(QStringLiteral("Asked about batch %1, but the server "
                                                     "answered about batch %2.")
                                          .arg(OpenedBatch, OtherBatch)),
             qPrintable(message->text()));
    QCOMPARE(dialog->batch().id, OpenedBatch);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("idValue"))->text(), OpenedBatch);
    QVERIFY(dialog->windowTitle().contains(OpenedBatch));

    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelBatchButton"));
    QTRY_VERIFY(cancel && cancel->isEnabled());
    QVERIFY(confirmCancel(dialog, cancel));
    const QString openedCancel = BatchesPath + OpenedBatch + QStringLiteral("/cancel");
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(server, openedCancel), 1, 20'000);
    QCOMPARE(requestsTo(server, BatchesPath + OtherBatch + QStringLiteral("/cancel")), 0);
    QTRY_COMPARE(dialog->batch().status, QStringLiteral("CANCELLED"));
    QCOMPARE(dialog->batch().id, OpenedBatch);
}

QTEST_MAIN(TestDetailsKeepId)
#include "tst_detailskeepid.moc"
