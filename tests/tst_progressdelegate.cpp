#include "app/common/tabledelegates.h"
#include "app/jobs/jobtablemodel.h"
#include "core/jobs/jobprogress.h"
#include "testhttpserver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QTableView>
#include <QTest>

using namespace BatchDeck;

Q_DECLARE_METATYPE(BatchDeck::ProgressBarParts)

namespace {

JobProgress progressOf(qint64 total, qint64 succeeded, qint64 failed, qint64 skipped,
                       bool jobFailed = false)
{
    JobProgress progress;
    progress.total = total;
    progress.succeeded = succeeded;
    progress.failed = failed;
    progress.skipped = skipped;
    progress.jobFailed = jobFailed;
    return progress;
}

ProgressBarParts parts(int succeeded, int failed, int skipped)
{
    ProgressBarParts result;
    result.succeeded = succeeded;
    result.failed = failed;
    result.skipped = skipped;
    return result;
}

Job jobWith(const QString &id, const QString &status, qint64 total, qint64 processed, qint64 failed,
            qint64 skipped)
{
    Job job;
    QJsonObject json = Testing::sampleJobJson(id);
    json.insert(u"status", status);
    Job::fromJson(json, &job);
    job.totalItems = total;
    job.processedItems = processed;
    job.failedItems = failed;
    job.skippedItems = skipped;
    return job;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x5d, 0x9a));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

} // namespace

class TestProgressDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partWidths_data();
    void partWidths();
    void eachPartInItsOwnColour_data();
    void eachPartInItsOwnColour();
    void tooltipGivesEachCount();
    void screenshots();
};

void TestProgressDelegate::partWidths_data()
{
    QTest::addColumn<JobProgress>("progress");
    QTest::addColumn<int>("barWidth");
    QTest::addColumn<ProgressBarParts>("expected");
    QTest::newRow("nothing done yet") << progressOf(10, 0, 0, 0) << 100 << parts(0, 0, 0);
    QTest::newRow("all succeeded: full") << progressOf(10, 10, 0, 0) << 100 << parts(100, 0, 0);
    QTest::newRow("5 succeeded, 1 failed, 1 skipped of 7")
        << progressOf(7, 5, 1, 1) << 140 << parts(100, 20, 20);
    QTest::newRow("a failed job's succeeded part stays succeeded")
        << progressOf(7, 5, 1, 1, true) << 140 << parts(100, 20, 20);
    QTest::newRow("only failed items") << progressOf(7, 0, 1, 0) << 140 << parts(0, 20, 0);
    QTest::newRow("edges rounded once: the parts add up")
        << progressOf(3, 1, 1, 1) << 100 << parts(33, 34, 33);
    QTest::newRow("half done") << progressOf(10, 3, 1, 1) << 100 << parts(30, 10, 10);
    QTest::newRow("one failed among thousands still shows")
        << progressOf(10000, 9999, 1, 0) << 100 << parts(98, 2, 0);
    QTest::newRow("a lone failed item takes its pixels from the track")
        << progressOf(10000, 0, 1, 0) << 100 << parts(0, 2, 0);
    QTest::newRow("each small part shows, the large one gives way")
        << progressOf(10000, 9000, 1, 1) << 100 << parts(86, 2, 2);
    QTest::newRow("almost done is not full")
        << progressOf(1000, 999, 0, 0) << 100 << parts(99, 0, 0);
    QTest::newRow("almost done with a failure is not full")
        << progressOf(1000, 998, 1, 0) << 100 << parts(97, 2, 0);
    QTest::newRow("a bar too narrow for every part")
        << progressOf(3, 1, 1, 1) << 3 << parts(1, 1, 1);
    QTest::newRow("no items") << progressOf(0, 0, 0, 0) << 100 << parts(0, 0, 0);
    QTest::newRow("no width") << progressOf(7, 5, 1, 1) << 0 << parts(0, 0, 0);
    QTest::newRow("counts past the total stop at its end")
        << progressOf(10, 8, 8, 8) << 100 << parts(80, 20, 0);
    QTest::newRow("counts past 2^53")
        << progressOf(1LL << 60, 1LL << 59, 1LL << 58, 0) << 100 << parts(50, 25, 0);
}

void TestProgressDelegate::partWidths()
{
    QFETCH(JobProgress, progress);
    QFETCH(int, barWidth);
    QFETCH(ProgressBarParts, expected);
    const ProgressBarParts found = ProgressBarParts::of(progress, barWidth);
    QCOMPARE(found.succeeded, expected.succeeded);
    QCOMPARE(found.failed, expected.failed);
    QCOMPARE(found.skipped, expected.skipped);
    QVERIFY(found.filled() <= barWidth);
}

void TestProgressDelegate::eachPartInItsOwnColour_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("selected");
    for (const char *status : {"completed", "failed"}) {
        for (const bool dark : {false, true}) {
            for (const bool selected : {false, true}) {
                QTest::addRow("%s job, %s palette%s", status, dark ? "dark" : "light",
                              selected ? ", selected" : "")
                    << QString::fromLatin1(status) << dark << selected;
            }
        }
    }
}

void TestProgressDelegate::eachPartInItsOwnColour()
{
    QFETCH(QString, status);
    QFETCH(bool, dark);
    QFETCH(bool, selected);
    // 5 succeeded, 1 failed, 1 skipped of 7: a bar of 140 pixels is split 100, 20, 20.
    JobTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setJobs({jobWith(QStringLiteral("bjb-1"), status, 7, 5, 1, 1)});
    ProgressDelegate delegate;
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 188, 24);
    QCOMPARE(ProgressDelegate::barRect(option.rect).width(), 140);
    option.palette = dark ? darkPalette() : QApplication::palette();
    option.state = QStyle::State_Enabled | (selected ? QStyle::State_Selected : QStyle::State_None);
    QImage image(option.rect.size(), QImage::Format_ARGB32);
    image.fill(option.palette.color(QPalette::Base));
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, JobTableModel::Progress));
    }
    const QRect bar = ProgressDelegate::barRect(option.rect);
    const int y = bar.center().y();
    const auto colourAt = [&image, y](int x) { return image.pixelColor(x, y).name(); };
    const auto expected = [&option](const char *part) {
        return statusColor(QString::fromLatin1(part), option.palette).name();
    };
    // Well inside each part: the failure colour only for the failed items, whatever the job.
    QCOMPARE(colourAt(bar.left() + 50), expected("completed"));
    QCOMPARE(colourAt(bar.left() + 110), expected("failed"));
    QCOMPARE(colourAt(bar.left() + 130), expected("skipped"));
    // Above the bar: the frame marks a failed job, and only a failed job.
    const QString aboveBar = image.pixelColor(bar.left() + 50, bar.top() - 2).name();
    if (status == u"failed")
        QCOMPARE(aboveBar, expected("failed"));
    else
        QVERIFY2(aboveBar != expected("failed"), qPrintable(aboveBar));
}

void TestProgressDelegate::tooltipGivesEachCount()
{
    JobTableModel model;
    model.setJobs({jobWith(QStringLiteral("bjb-1"), QStringLiteral("completed"), 7, 5, 1, 1)});
    QCOMPARE(model.index(0, JobTableModel::Progress).data(Qt::ToolTipRole).toString(),
             QStringLiteral("6 of 7 processed: 5 succeeded, 1 failed, 1 skipped"));
}

// With BATCHDECK_SHOTS set, a table of bars in the light and the dark palette, a row selected.
void TestProgressDelegate::screenshots()
{
    const QString shots = qEnvironmentVariable("BATCHDECK_SHOTS");
    if (shots.isEmpty())
        QSKIP("BATCHDECK_SHOTS is not set");
    JobTableModel model;
    model.setJobs(
        {jobWith(QStringLiteral("bjb-running"), QStringLiteral("running"), 10, 4, 1, 1),
         jobWith(QStringLiteral("bjb-done"), QStringLiteral("completed"), 7, 7, 0, 0),
         jobWith(QStringLiteral("bjb-one-failed"), QStringLiteral("completed"), 7, 5, 1, 1),
         jobWith(QStringLiteral("bjb-failed"), QStringLiteral("failed"), 7, 5, 1, 1),
         jobWith(QStringLiteral("bjb-failed-early"), QStringLiteral("failed"), 40, 3, 2, 0),
         jobWith(QStringLiteral("bjb-1-of-5000"), QStringLiteral("completed"), 5000, 4999, 1, 0)});
    for (const bool dark : {false, true}) {
        QTableView view;
        if (dark)
            view.setPalette(darkPalette());
        view.setModel(&model);
        view.setItemDelegateForColumn(JobTableModel::Status, new StatusBadgeDelegate(&view));
        view.setItemDelegateForColumn(JobTableModel::Progress, new ProgressDelegate(&view));
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        for (int column = 0; column < model.columnCount(); ++column) {
            view.setColumnHidden(column,
                                 column != JobTableModel::Id && column != JobTableModel::Status
                                     && column != JobTableModel::Progress);
        }
        view.setColumnWidth(JobTableModel::Id, 130);
        view.setColumnWidth(JobTableModel::Status, 115);
        view.setColumnWidth(JobTableModel::Progress, 190);
        view.verticalHeader()->hide();
        view.resize(470, 220);
        view.show();
        view.selectRow(dark ? 2 : 3); // a completed job with a failed item, a failed job
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(QDir(shots).filePath(
            dark ? QStringLiteral("progress-dark.png") : QStringLiteral("progress-light.png"))));
    }
}

QTEST_MAIN(TestProgressDelegate)
#include "tst_progressdelegate.moc"
