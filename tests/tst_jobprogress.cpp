#include "core/jobs/jobprogress.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace BatchDeck;

namespace {

Job jobWith(qint64 total, qint64 processed, qint64 failed, qint64 skipped,
            const QString &status = QStringLiteral("running"))
{
    Job job;
    job.id = QStringLiteral("bjb-1");
    job.status = status;
    job.totalItems = total;
    job.processedItems = processed;
    job.failedItems = failed;
    job.skippedItems = skipped;
    return job;
}

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 1, 1), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

class TestJobProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsNeverPassTheTotal_data();
    void countsNeverPassTheTotal();
    void aFailedJobIsMarkedFailed_data();
    void aFailedJobIsMarkedFailed();
    void summaryGivesEachCount_data();
    void summaryGivesEachCount();
    void duration_data();
    void duration();
};

void TestJobProgress::countsNeverPassTheTotal_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("processed");
    QTest::addColumn<qint64>("failed");
    QTest::addColumn<qint64>("skipped");
    QTest::addColumn<qint64>("expectedSucceeded");
    QTest::addColumn<qint64>("expectedFailed");
    QTest::addColumn<qint64>("expectedSkipped");
    QTest::addColumn<int>("expectedPercent");

    QTest::newRow("nothing done yet") << 10LL << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << 0;
    QTest::newRow("separate counts add up") << 10LL << 5LL << 2LL << 1LL << 5LL << 2LL << 1LL << 80;
    QTest::newRow("separate counts, all done")
        << 10LL << 7LL << 2LL << 1LL << 7LL << 2LL << 1LL << 100;
    QTest::newRow("processed includes failed and skipped, all done")
        << 10LL << 10LL << 2LL << 1LL << 7LL << 2LL << 1LL << 100;
    QTest::newRow("processed includes failed and skipped, still running")
        << 100LL << 60LL << 30LL << 20LL << 10LL << 30LL << 20LL << 60;
    QTest::newRow("processed alone past the total")
        << 10LL << 12LL << 0LL << 0LL << 10LL << 0LL << 0LL << 100;
    QTest::newRow("failed alone past the total")
        << 10LL << 0LL << 15LL << 0LL << 0LL << 10LL << 0LL << 100;
    QTest::newRow("failed and skipped more than processed")
        << 10LL << 3LL << 6LL << 6LL << 0LL << 6LL << 4LL << 100;
    QTest::newRow("no total") << 0LL << 5LL << 1LL << 0LL << 0LL << 0LL << 0LL << 0;
    QTest::newRow("negative counts count as none")
        << 10LL << -3LL << -1LL << 2LL << 0LL << 0LL << 2LL << 20;
    QTest::newRow("almost done is not 100%")
        << 1000LL << 999LL << 0LL << 0LL << 999LL << 0LL << 0LL << 99;
    QTest::newRow("two of three rounds down")
        << 3LL << 2LL << 0LL << 0LL << 2LL << 0LL << 0LL << 66;
    QTest::newRow("29 of 100 is 29, not 28.99")
        << 100LL << 29LL << 0LL << 0LL << 29LL << 0LL << 0LL << 29;
    QTest::newRow("counts near 2^53")
        << (1LL << 53) << (1LL << 52) << 0LL << 0LL << (1LL << 52) << 0LL << 0LL << 50;
}

void TestJobProgress::countsNeverPassTheTotal()
{
    QFETCH(qint64, total);
    QFETCH(qint64, processed);
    QFETCH(qint64, failed);
    QFETCH(qint64, skipped);
    QFETCH(qint64, expectedSucceeded);
    QFETCH(qint64, expectedFailed);
    QFETCH(qint64, expectedSkipped);
    QFETCH(int, expectedPercent);
    const JobProgress progress = JobProgress::of(jobWith(total, processed, failed, skipped));
    QCOMPARE(progress.total, std::max<qint64>(0, total));
    QCOMPARE(progress.succeeded, expectedSucceeded);
    QCOMPARE(progress.failed, expectedFailed);
    QCOMPARE(progress.skipped, expectedSkipped);
    QCOMPARE(progress.percent(), expectedPercent);
    QCOMPARE(progress.percentText(), QStringLiteral("%1%").arg(expectedPercent));
    QVERIFY(progress.done() <= progress.total);
    QVERIFY(progress.fraction() >= 0.0 && progress.fraction() <= 1.0);
}

void TestJobProgress::aFailedJobIsMarkedFailed_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("expected");
    QTest::newRow("failed") << "failed" << true;
    QTest::newRow("running") << "running" << false;
    QTest::newRow("completed") << "completed" << false;
    QTest::newRow("cancelled") << "cancelled" << false;
    QTest::newRow("unknown status") << "exploded" << false;
}

void TestJobProgress::aFailedJobIsMarkedFailed()
{
    QFETCH(QString, status);
    QFETCH(bool, expected);
    QCOMPARE(JobProgress::of(jobWith(30, 20, 0, 0, status)).jobFailed, expected);
}

void TestJobProgress::summaryGivesEachCount_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("processed"); // as the server counts: failed and skipped apart
    QTest::addColumn<qint64>("failed");
    QTest::addColumn<qint64>("skipped");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one failed of seven: done, but not 100% done")
        << "completed" << 7LL << 5LL << 1LL << 1LL
        << "6 of 7 processed: 5 succeeded, 1 failed, 1 skipped";
    QTest::newRow("all succeeded: 100% done")
        << "completed" << 7LL << 7LL << 0LL << 0LL
        << "7 of 7 processed: 7 succeeded, 0 failed, 0 skipped\n100% done";
    QTest::newRow("all done, some skipped, none failed")
        << "completed" << 7LL << 6LL << 0LL << 1LL
        << "6 of 7 processed: 6 succeeded, 0 failed, 1 skipped\n100% done";
    QTest::newRow("still running, with a failure")
        << "running" << 10LL << 4LL << 1LL << 1LL
        << "5 of 10 processed: 4 succeeded, 1 failed, 1 skipped\n60% done";
    QTest::newRow("a failed job says so")
        << "failed" << 7LL << 5LL << 1LL << 0LL
        << "6 of 7 processed: 5 succeeded, 1 failed, 0 skipped\nThe job failed.";
    QTest::newRow("a failed job with every item done is still failed")
        << "failed" << 7LL << 7LL << 0LL << 0LL
        << "7 of 7 processed: 7 succeeded, 0 failed, 0 skipped\nThe job failed.";
    QTest::newRow("one of one: singular forms")
        << "completed" << 1LL << 0LL << 1LL << 0LL
        << "1 of 1 processed: 0 succeeded, 1 failed, 0 skipped";
    QTest::newRow("processed includes failed and skipped")
        << "completed" << 10LL << 10LL << 2LL << 1LL
        << "9 of 10 processed: 7 succeeded, 2 failed, 1 skipped";
    QTest::newRow("no items yet") << "pending" << 0LL << 0LL << 0LL << 0LL << "No items yet";
    const QString five = QLocale().toString(5'000'000'000LL); // digits grouped as the locale has
    QTest::newRow("counts past int")
        << "running" << 10'000'000'000LL << 5'000'000'000LL << 0LL << 0LL
        << QStringLiteral("%1 of %2 processed: %1 succeeded, 0 failed, 0 skipped\n50% done")
               .arg(five, QLocale().toString(10'000'000'000LL));
}

void TestJobProgress::summaryGivesEachCount()
{
    QFETCH(QString, status);
    QFETCH(qint64, total);
    QFETCH(qint64, processed);
    QFETCH(qint64, failed);
    QFETCH(qint64, skipped);
    QFETCH(QString, expected);
    QCOMPARE(JobProgress::of(jobWith(total, processed, failed, skipped, status)).summary(),
             expected);
}

void TestJobProgress::duration_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDateTime>("started");
    QTest::addColumn<QDateTime>("completed");
    QTest::addColumn<std::optional<qint64>>("expected");
    const std::optional<qint64> none;
    QTest::newRow("not started") << "pending" << QDateTime() << QDateTime() << none;
    QTest::newRow("completed with both times")
        << "completed" << at(1, 0) << at(1, 30) << std::optional<qint64>(30 * 60'000);
    QTest::newRow("running: until now")
        << "running" << at(1, 0) << QDateTime() << std::optional<qint64>(60 * 60'000);
    QTest::newRow("completed without completed_at")
        << "completed" << at(1, 0) << QDateTime() << none;
    QTest::newRow("failed without completed_at") << "failed" << at(1, 0) << QDateTime() << none;
    QTest::newRow("cancelled without completed_at")
        << "cancelled" << at(1, 0) << QDateTime() << none;
}

void TestJobProgress::duration()
{
    QFETCH(QString, status);
    QFETCH(QDateTime, started);
    QFETCH(QDateTime, completed);
    QFETCH(std::optional<qint64>, expected);
    Job job = jobWith(10, 5, 0, 0, status);
    job.startedAt = started;
    job.completedAt = completed;
    QCOMPARE(jobDurationMs(job, at(2, 0)), expected);
}

QTEST_GUILESS_MAIN(TestJobProgress)
#include "tst_jobprogress.moc"
