// The index overview: jobs and batches per hour or day by status (ActivityHistogram) over a time
// range, its chart, the failure rate, and a bar clicked to list its jobs in the All jobs view.
// Times are UTC, as the tests run (TZ=UTC): local hours and days are UTC ones.
#include "app/common/appsettings.h"
#include "app/connection/credentialstore.h"
#include "app/index/indexcontroller.h"
#include "app/indexviews/allbatchesview.h"
#include "app/indexviews/alljobsview.h"
#include "app/indexviews/indexfilterpanel.h"
#include "app/indexviews/overviewview.h"
#include "app/shell/mainwindow.h"
#include "index/query/activityhistogram.h"
#include "index/query/indexreader.h"
#include "index/store/indexdatabase.h"
#include "index/store/indexwriter.h"
#include "windowtesting.h"

#include <QBarSet>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <functional>

using namespace BatchDeck;
using namespace BatchDeck::Testing;
using BucketSize = ActivityHistogram::BucketSize;
using Counts = QMap<QString, qint64>;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
const QStringList Types {QStringLiteral("parse"), QStringLiteral("extract"),
                         QStringLiteral("classify")};

// 48 jobs five hours apart over ten days, none on the fifth day (Nov 5): every fourth failed
// (half of them timed out), every fifth running, every seventh cancelled, the rest completed.
QList<Job> jobWorld()
{
    QList<Job> jobs;
    for (int i = 0; i < 48; ++i) {
        const QDateTime created = Start.addSecs(i * 5 * 3600 + 600);
        if (created.date() == QDate(2026, 11, 5))
            continue;
        Job job;
        job.id = QStringLiteral("job-%1").arg(i, 3, 10, QLatin1Char('0'));
        job.jobType = Types.at(i % 3);
        job.status = i % 4 == 0 ? QStringLiteral("failed")
            : i % 5 == 0        ? QStringLiteral("running")
            : i % 7 == 0        ? QStringLiteral("cancelled")
                                : QStringLiteral("completed");
        if (job.status == u"failed")
            job.errorMessage = i % 8 == 0 ? QStringLiteral("Worker timed out after %1 s").arg(i)
                                          : QStringLiteral("Invalid configuration");
        job.totalItems = 10;
        job.createdAt = created;
        job.updatedAt = created.addSecs(60);
        jobs.append(job);
    }
    return jobs;
}

// 12 batches twenty hours apart, in v2's upper-case statuses.
QList<Batch> batchWorld()
{
    static const QStringList statuses {QStringLiteral("COMPLETED"), QStringLiteral("FAILED"),
                                       QStringLiteral("RUNNING")};
    QList<Batch> batches;
    for (int i = 0; i < 12; ++i) {
        Batch batch;
        batch.id = QStringLiteral("bat-%1").arg(i, 3, 10, QLatin1Char('0'));
        batch.status = statuses.at(i % 3);
        batch.jobType = Types.at(i % 2);
        batch.createdAt = Start.addSecs(i * 20 * 3600 + 1800);
        batch.updatedAt = batch.createdAt;
        batches.append(batch);
    }
    return batches;
}

// Whether `text` holds a character that drives a display rather than shows: a control character
// (line breaks included: a legend or tip line must stay one line) or a bidi override or isolate.
bool holdsControls(const QString &text)
{
    for (const QChar character : text) {
        const char16_t code = character.unicode();
        if (code < 0x20 || (code >= 0x7F && code < 0xA0) || (code >= 0x202A && code <= 0x202E)
            || (code >= 0x2066 && code <= 0x2069))
            return true;
    }
    return false;
}

// The text a rich-text tooltip or legend label shows.
QString shownAsRichText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

// What a bucket must hold, counted one row at a time.
template<typename Row>
QMap<QString, qint64> countedByHand(const QList<Row> &rows, const ActivityBucket &bucket,
                                    const std::function<bool(const Row &)> &matches)
{
    QMap<QString, qint64> counts;
    for (const Row &row : rows) {
        if (row.createdAt >= bucket.start && row.createdAt < bucket.end && matches(row))
            ++counts[row.status];
    }
    return counts;
}

} // namespace

class OverviewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void histogramCountsEachBucket_data();
    void histogramCountsEachBucket();
    void bucketsWithoutJobsAreZero();
    void failureRateIsFailedOfFinished_data();
    void failureRateIsFailedOfFinished();

    void theChartShowsTheHistogram_data();
    void theChartShowsTheHistogram();
    void clickingABarListsItsJobs_data();
    void clickingABarListsItsJobs();
    void aBatchBarListsItsBatches();
    void statusesAreShownAsPlainText_data();
    void statusesAreShownAsPlainText();
    void withoutTheIndexTheOverviewSaysSo();

private:
    OverviewView &overview() { return *m_window->findChild<OverviewView *>(); }

    QTemporaryDir m_folder;
    IndexDatabase m_database;
    QList<Job> m_jobs;
    QList<Batch> m_batches;

    QTemporaryDir m_settingsDir;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<MainWindow> m_window; // on the demo server, its index synced once
};

void OverviewTest::initTestCase()
{
    QVERIFY(m_database.open(m_folder.filePath(QStringLiteral("index.sqlite"))));
    m_jobs = jobWorld();
    m_batches = batchWorld();
    IndexWriter writer(&m_database);
    QVERIFY(writer.beginSync());
    IndexChanges changes;
    QVERIFY(writer.writeJobs(m_jobs, Start.addDays(11), &changes));
    QVERIFY(writer.writeBatches(m_batches, Start.addDays(11), &changes));
    QCOMPARE(changes.added, m_jobs.size() + m_batches.size());

    isolateWindowTest(m_settingsDir.path());
    clearSettings();
    AppSettings().saveIndexEnabled(true);
    m_window = std::make_unique<MainWindow>(&m_credentials);
    QSignalSpy synced(&m_window->index(), &IndexController::syncFinished);
    m_window->resize(1280, 760);
    m_window->show();
    m_window->start(true);
    QVERIFY(synced.wait(60'000));
    QVERIFY2(m_window->index().problem().isEmpty(), qPrintable(m_window->index().problem()));
}

void OverviewTest::init()
{
    overview().setCounted(OverviewView::Counted::Jobs);
    overview().resetFilters();
    m_window->allJobsView().resetFilters();
}

void OverviewTest::cleanupTestCase()
{
    m_window.reset();
}

void OverviewTest::histogramCountsEachBucket_data()
{
    QTest::addColumn<IndexQuery>("query");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<BucketSize>("size");
    QTest::addColumn<int>("buckets");
    QTest::addColumn<std::function<bool(const Job &)>>("jobMatches");
    QTest::addColumn<std::function<bool(const Batch &)>>("batchMatches");

    const auto everyJob = std::function([](const Job &) { return true; });
    const auto everyBatch = std::function([](const Batch &) { return true; });
    const QDateTime later = Start.addDays(12);
    IndexQuery tenDays;
    tenDays.createdFrom = Start;
    tenDays.createdTo = Start.addDays(10);
    QTest::newRow("ten days: by the day")
        << tenDays << later << BucketSize::Day << 10 << everyJob << everyBatch;
    IndexQuery twoDays;
    twoDays.createdFrom = Start.addDays(1);
    twoDays.createdTo = Start.addDays(3);
    QTest::newRow("48 hours: by the hour")
        << twoDays << later << BucketSize::Hour << 48 << everyJob << everyBatch;
    IndexQuery overTwoDays = twoDays;
    overTwoDays.createdTo = Start.addDays(3).addSecs(3600);
    QTest::newRow("49 hours: by the day, the last day cut to the hour")
        << overTwoDays << later << BucketSize::Day << 3 << everyJob << everyBatch;
    IndexQuery offTheHour;
    offTheHour.createdFrom = Start.addDays(1).addSecs(1800);
    offTheHour.createdTo = Start.addDays(2);
    QTest::newRow("a range off the hour: the first hour cut to it")
        << offTheHour << later << BucketSize::Hour << 24 << everyJob << everyBatch;
    IndexQuery types = tenDays;
    types.jobTypes = {QStringLiteral("parse"), QStringLiteral("classify")};
    QTest::newRow("two types of three")
        << types << later << BucketSize::Day << 10
        << std::function([](const Job &job) { return job.jobType != u"extract"; })
        << std::function([](const Batch &batch) { return batch.jobType == u"parse"; });
    IndexQuery statuses = tenDays;
    statuses.statuses = {QStringLiteral("failed")};
    QTest::newRow("statuses are not a filter: every status is a part of the bar")
        << statuses << later << BucketSize::Day << 10 << everyJob << everyBatch;
    IndexQuery words = tenDays;
    words.text = QStringLiteral("timed");
    QTest::newRow("words of an error")
        << words << later << BucketSize::Day << 10 << std::function([](const Job &job) {
               return job.errorMessage.contains(QStringLiteral("timed"));
           })
        << std::function([](const Batch &) { return false; });
    QTest::newRow("any time: from the oldest row's day to now")
        << IndexQuery() << later << BucketSize::Day << 12 << everyJob << everyBatch;
}

void OverviewTest::histogramCountsEachBucket()
{
    QFETCH(IndexQuery, query);
    QFETCH(QDateTime, now);
    QFETCH(BucketSize, size);
    QFETCH(int, buckets);
    QFETCH(std::function<bool(const Job &)>, jobMatches);
    QFETCH(std::function<bool(const Batch &)>, batchMatches);

    ActivityHistogramReader reader(&m_database);
    ActivityHistogram histogram;
    QVERIFY2(reader.read(query, now, &histogram), qPrintable(reader.errorString()));
    QCOMPARE(histogram.size, size);
    QCOMPARE(histogram.jobs.size(), buckets);
    QCOMPARE(histogram.batches.size(), buckets);

    // Buckets follow each other without a gap, from the start of the range (or of the oldest
    // row's day) to its end (or past now).
    QCOMPARE(histogram.jobs.constFirst().start,
             query.createdFrom.isValid() ? query.createdFrom : Start);
    if (query.createdTo.isValid())
        QCOMPARE(histogram.jobs.constLast().end, query.createdTo);
    else
        QVERIFY(histogram.jobs.constLast().end >= now);
    for (qsizetype i = 1; i < histogram.jobs.size(); ++i)
        QCOMPARE(histogram.jobs.at(i).start, histogram.jobs.at(i - 1).end);

    for (qsizetype i = 0; i < histogram.jobs.size(); ++i) {
        const ActivityBucket &bucket = histogram.jobs.at(i);
        QCOMPARE(bucket.counts, countedByHand(m_jobs, bucket, jobMatches));
        QCOMPARE(histogram.batches.at(i).counts,
                 countedByHand(m_batches, histogram.batches.at(i), batchMatches));
    }

    // The parts of the bars add up to every matching row of the range.
    IndexQuery all = query;
    all.statuses.clear();
    qint64 jobs = 0;
    qint64 batches = 0;
    IndexReader counter(&m_database);
    QVERIFY(counter.countJobs(all, &jobs));
    QVERIFY(counter.countBatches(all, &batches));
    QCOMPARE(ActivityHistogram::total(histogram.jobs), jobs);
    QCOMPARE(ActivityHistogram::total(histogram.batches), batches);
    qint64 byStatus = 0;
    for (const qint64 count : ActivityHistogram::totals(histogram.jobs))
        byStatus += count;
    QCOMPARE(byStatus, jobs);
}

void OverviewTest::bucketsWithoutJobsAreZero()
{
    IndexQuery query;
    query.createdFrom = Start;
    query.createdTo = Start.addDays(10);
    ActivityHistogramReader reader(&m_database);
    ActivityHistogram histogram;
    QVERIFY(reader.read(query, Start.addDays(12), &histogram));
    QCOMPARE(histogram.jobs.size(), 10);
    const ActivityBucket &fifth = histogram.jobs.at(4);
    QCOMPARE(fifth.start, QDateTime(QDate(2026, 11, 5), QTime(0, 0), Qt::UTC));
    QCOMPARE(fifth.total(), 0);
    QVERIFY(fifth.counts.isEmpty());
    QVERIFY(histogram.jobs.at(3).total() > 0);
    QVERIFY(histogram.jobs.at(5).total() > 0);

    // An empty range still has its buckets, each of them empty.
    query.createdFrom = Start.addDays(-3);
    query.createdTo = Start;
    QVERIFY(reader.read(query, Start.addDays(12), &histogram));
    QCOMPARE(histogram.jobs.size(), 3);
    QCOMPARE(ActivityHistogram::total(histogram.jobs), 0);
}

void OverviewTest::failureRateIsFailedOfFinished_data()
{
    QTest::addColumn<Counts>("counts");
    QTest::addColumn<qint64>("failed");
    QTest::addColumn<qint64>("finished");
    QTest::addColumn<double>("rate");
    QTest::newRow("running work is not finished") << Counts {{QStringLiteral("completed"), 6},
                                                             {QStringLiteral("failed"), 2},
                                                             {QStringLiteral("cancelled"), 2},
                                                             {QStringLiteral("running"), 5}}
                                                  << qint64(2) << qint64(10) << 0.2;
    QTest::newRow("v2 statuses in upper case")
        << Counts {{QStringLiteral("COMPLETED"), 3}, {QStringLiteral("FAILED"), 1}} << qint64(1)
        << qint64(4) << 0.25;
    QTest::newRow("nothing finished: no rate")
        << Counts {{QStringLiteral("pending"), 3}} << qint64(0) << qint64(0) << -1.0;
}

void OverviewTest::failureRateIsFailedOfFinished()
{
    QFETCH(Counts, counts);
    QFETCH(qint64, failed);
    QFETCH(qint64, finished);
    QFETCH(double, rate);
    const FailureRate found = FailureRate::of(counts);
    QCOMPARE(found.failed, failed);
    QCOMPARE(found.finished, finished);
    QCOMPARE(found.rate().value_or(-1.0), rate);
}

void OverviewTest::theChartShowsTheHistogram_data()
{
    QTest::addColumn<OverviewView::Counted>("counted");
    QTest::addColumn<IndexFilterPanel::Range>("range");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("title");
    QTest::newRow("jobs of the last 30 days, by the day")
        << OverviewView::Counted::Jobs << IndexFilterPanel::Range::LastMonth << QString()
        << QStringLiteral("Jobs per day, last 30 days — ");
    QTest::newRow("jobs of the last 24 hours, by the hour")
        << OverviewView::Counted::Jobs << IndexFilterPanel::Range::LastDay << QString()
        << QStringLiteral("Jobs per hour, last 24 hours — ");
    QTest::newRow("parse jobs of the last 7 days")
        << OverviewView::Counted::Jobs << IndexFilterPanel::Range::LastWeek
        << QStringLiteral("parse") << QStringLiteral("Jobs per day, last 7 days — ");
    QTest::newRow("batches of the last 30 days")
        << OverviewView::Counted::Batches << IndexFilterPanel::Range::LastMonth << QString()
        << QStringLiteral("Batches per day, last 30 days — ");
}

void OverviewTest::theChartShowsTheHistogram()
{
    QFETCH(OverviewView::Counted, counted);
    QFETCH(IndexFilterPanel::Range, range);
    QFETCH(QString, type);
    QFETCH(QString, title);
    OverviewView &view = overview();
    m_window->showView(&view);
    view.setCounted(counted);
    view.filters().setRange(range);
    if (!type.isEmpty())
        view.filters().setTypeChecked(type, true);

    const ActivityHistogram &histogram = view.histogram();
    const QList<ActivityBucket> &buckets =
        counted == OverviewView::Counted::Jobs ? histogram.jobs : histogram.batches;
    QVERIFY(!buckets.isEmpty());
    const qint64 total = ActivityHistogram::total(buckets);
    QVERIFY(total > 0);
    QVERIFY(!view.state().empty);
    QCOMPARE(view.state().paging.total, total);

    // What the view read is what the index holds over its range.
    IndexQuery query;
    query.createdFrom = buckets.constFirst().start;
    query.createdTo = buckets.constLast().end;
    if (!type.isEmpty())
        query.jobTypes = {type};
    ActivityHistogramReader reader(m_window->index().database());
    ActivityHistogram expected;
    QVERIFY(reader.read(query, QDateTime::currentDateTimeUtc(), &expected));
    QCOMPARE(ActivityHistogram::total(counted == OverviewView::Counted::Jobs ? expected.jobs
                                                                             : expected.batches),
             total);

    // One bar set per status with rows, one value per bucket.
    QStackedBarSeries *bars = view.barSeries();
    QVERIFY(bars);
    const QMap<QString, qint64> totals = ActivityHistogram::totals(buckets);
    qsizetype statuses = 0;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        statuses += it.value() > 0 ? 1 : 0;
    QCOMPARE(bars->count(), statuses);
    for (QBarSet *set : bars->barSets()) {
        const QString status = view.statusOf(set);
        QVERIFY2(totals.value(status) > 0, qPrintable(status));
        QCOMPARE(set->count(), buckets.size());
        for (qsizetype i = 0; i < buckets.size(); ++i)
            QCOMPARE(set->at(i), double(buckets.at(i).count(status)));
    }

    // The failure rate of each bar that has finished work, in per cent.
    QList<QPointF> rates;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        if (const std::optional<double> rate = FailureRate::of(buckets.at(i).counts).rate())
            rates.append(QPointF(double(i), *rate * 100));
    }
    QCOMPARE(view.rateSeries()->points(), rates);

    const FailureRate failures = FailureRate::of(totals);
    const QString chartTitle = view.chartTitle();
    QVERIFY2(chartTitle.startsWith(title), qPrintable(chartTitle));
    QVERIFY2(chartTitle.contains(QStringLiteral(" — %1 ").arg(QLocale().toString(total))),
             qPrintable(chartTitle));
    if (failures.rate()) {
        QVERIFY2(chartTitle.contains(QStringLiteral("%1 failed of %2 finished (%3 %)")
                                         .arg(QLocale().toString(failures.failed),
                                              QLocale().toString(failures.finished),
                                              QLocale().toString(*failures.rate() * 100, 'f', 1))),
                 qPrintable(chartTitle));
    } else {
        QVERIFY2(chartTitle.endsWith(QStringLiteral("none finished")), qPrintable(chartTitle));
    }
}

void OverviewTest::clickingABarListsItsJobs_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("type");
    QTest::newRow("the failed part of a bar") << QStringLiteral("failed") << QString();
    QTest::newRow("the completed part of a bar") << QStringLiteral("completed") << QString();
    QTest::newRow("failed extract jobs") << QStringLiteral("failed") << QStringLiteral("extract");
}

void OverviewTest::clickingABarListsItsJobs()
{
    QFETCH(QString, status);
    QFETCH(QString, type);
    OverviewView &view = overview();
    m_window->showView(&view);
    view.filters().setRange(IndexFilterPanel::Range::LastMonth);
    if (!type.isEmpty())
        view.filters().setTypeChecked(type, true);

    // The bar with the most jobs of the status.
    QBarSet *set = nullptr;
    for (QBarSet *candidate : view.barSeries()->barSets()) {
        if (view.statusOf(candidate) == status)
            set = candidate;
    }
    QVERIFY(set);
    int bar = 0;
    for (int i = 1; i < set->count(); ++i) {
        if (set->at(i) > set->at(bar))
            bar = i;
    }
    const ActivityBucket bucket = view.histogram().jobs.at(bar);
    QVERIFY(bucket.count(status) > 0);

    QSignalSpy chosen(&view, &OverviewView::bucketChosen);
    Q_EMIT view.barSeries()->clicked(bar, set);
    QCOMPARE(chosen.size(), 1);
    const auto choice = chosen.constFirst().constFirst().value<OverviewChoice>();
    QCOMPARE(choice.from, bucket.start);
    QCOMPARE(choice.to, bucket.end);
    QCOMPARE(choice.status, status);

    AllJobsView &allJobs = m_window->allJobsView();
    QCOMPARE(m_window->currentView(), &allJobs);
    QCOMPARE(allJobs.state().paging.total, bucket.count(status));
    QVERIFY(!allJobs.model().jobs().isEmpty());
    for (const Job &job : allJobs.model().jobs()) {
        QCOMPARE(job.status, status);
        QVERIFY(job.createdAt >= bucket.start && job.createdAt < bucket.end);
        if (!type.isEmpty())
            QCOMPARE(job.jobType, type);
    }
    const QStringList filters = allJobs.filterDescription();
    QVERIFY2(filters.contains(QStringLiteral("status: ") + status), qPrintable(filters.join('|')));
    QVERIFY(filters.constFirst().startsWith(QStringLiteral("created: ")));
}

void OverviewTest::aBatchBarListsItsBatches()
{
    OverviewView &view = overview();
    m_window->showView(&view);
    view.setCounted(OverviewView::Counted::Batches);
    QVERIFY(view.barSeries() && !view.barSeries()->barSets().isEmpty());
    // The last bar (the newest day) of the first status that has batches in it.
    QBarSet *set = nullptr;
    int bar = -1;
    for (QBarSet *candidate : view.barSeries()->barSets()) {
        for (int index = candidate->count() - 1; index >= 0 && !set; --index) {
            if (candidate->at(index) > 0) {
                set = candidate;
                bar = index;
            }
        }
    }
    QVERIFY(set);
    const qint64 expected = qint64(set->at(bar));
    QSignalSpy chosen(&view, &OverviewView::bucketChosen);
    Q_EMIT view.barSeries()->clicked(bar, set);
    QCOMPARE(chosen.size(), 1);
    AllBatchesView &allBatches = m_window->allBatchesView();
    QCOMPARE(m_window->currentView(), &allBatches);
    QCOMPARE(allBatches.state().paging.total, expected);
    allBatches.resetFilters();
}

void OverviewTest::statusesAreShownAsPlainText_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("shown"); // a part of what the legend and the tip must show

    QTest::newRow("markup") << QStringLiteral("<b>x</b><img src=y>")
                            << QStringLiteral("<b>x</b><img src=y>");
    QTest::newRow("an entity") << QStringLiteral("a&amp;b") << QStringLiteral("a&amp;b");
    QTest::newRow("a bidi override") << QStringLiteral("a\u202Eb") << QStringLiteral("a\\u202eb");
    QTest::newRow("control characters")
        << QStringLiteral("ok\r\nfailed\u001b[2J\u0007") << QStringLiteral("ok\\r\\nfailed");
    QTest::newRow("5,000 characters") << QString(5000, u'w') << QString(20, u'w');
}

// Statuses are the server's text: the legend and the bar's tip show them as they are, with
// control characters and bidi overrides escaped, cut short when long; nothing is markup.
void OverviewTest::statusesAreShownAsPlainText()
{
    QFETCH(QString, status);
    QFETCH(QString, shown);
    const QDateTime day(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC); // apart from the demo's jobs
    QList<Job> jobs;
    for (int i = 0; i < 2; ++i) {
        Job job;
        job.id = QStringLiteral("hostile-%1").arg(i);
        job.status = i == 0 ? status : QStringLiteral("completed");
        job.jobType = QStringLiteral("parse");
        job.createdAt = day.addSecs(3600 * 3 + 60);
        job.updatedAt = job.createdAt;
        jobs.append(job);
    }
    IndexWriter writer(m_window->index().database());
    IndexChanges changes;
    QVERIFY2(writer.writeJobs(jobs, QDateTime::currentDateTimeUtc(), &changes),
             qPrintable(writer.errorString()));
    const auto removeJobs = qScopeGuard([this] {
        QSqlQuery remove(m_window->index().database()->database());
        remove.exec(QStringLiteral("DELETE FROM jobs WHERE id GLOB 'hostile-*'"));
    });

    OverviewView &view = overview();
    m_window->showView(&view);
    view.filters().setCustomRange(day, day.addDays(1));
    // Reads the index only: a sync (refresh()) would ask the demo about the hostile job, which it
    // does not have, and remove it.
    view.autoRefresh();
    QTRY_VERIFY(view.barSeries() && view.barSeries()->count() == 2);

    QBarSet *hostile = nullptr;
    for (QBarSet *set : view.barSeries()->barSets()) {
        if (view.statusOf(set) == status)
            hostile = set; // a bar's jobs are still those of the status as the index has it
    }
    QVERIFY(hostile);

    // The legend: its labels are read as rich text by Qt Charts.
    auto *chartView = view.table()->findChild<QChartView *>();
    QVERIFY(chartView);
    const QList<QLegendMarker *> markers = chartView->chart()->legend()->markers(view.barSeries());
    QCOMPARE(markers.size(), 2);
    QStringList legend;
    for (QGraphicsItem *item : chartView->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            legend.append(text->toPlainText());
    }
    for (const QString &label : std::as_const(legend))
        QVERIFY2(!holdsControls(label), qPrintable(label));
    bool found = false;
    for (QLegendMarker *marker : markers) {
        const QString label = shownAsRichText(marker->label());
        QVERIFY2(!holdsControls(label), qPrintable(label));
        QVERIFY2(label.size() <= 100, qPrintable(label));
        found = found || label.contains(shown);
    }
    QVERIFY2(found, qPrintable(legend.join(u'|')));

    // The tip of its bar.
    Q_EMIT hostile->hovered(true, 3);
    const QString tip = shownAsRichText(chartView->toolTip());
    QVERIFY2(tip.contains(shown), qPrintable(tip));
    QVERIFY2(tip.size() < 300, qPrintable(tip.left(300)));
    for (const QString &line : tip.split(u'\n'))
        QVERIFY2(!holdsControls(line), qPrintable(line));
    QVERIFY(tip.split(u'\n').size() <= 2); // the bar, and its failure rate
}

void OverviewTest::withoutTheIndexTheOverviewSaysSo()
{
    m_window->index().setEnabled(false); // the last test: the index stays off
    OverviewView &view = overview();
    m_window->showView(&view);
    QVERIFY(view.state().empty);
    QVERIFY(!view.barSeries());
    QVERIFY(view.emptyText().contains(QStringLiteral("index is off")));
}

QTEST_MAIN(OverviewTest)
#include "tst_overview.moc"
