#include "app/indexviews/overviewview.h"

#include "app/common/appsettings.h"
#include "app/common/servertext.h"
#include "app/export/exportdialog.h"
#include "app/export/exportrunner.h"
#include "app/index/indexcontroller.h"
#include "app/indexviews/alljobsview.h"
#include "app/indexviews/indexfilterpanel.h"
#include "app/indexviews/indexviewparts.h"
#include "app/indexviews/overviewchart.h"
#include "core/jobs/jobenums.h"
#include "index/query/indexreader.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedBarSeries>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace BatchDeck {

void showChoiceIn(IndexPagedView *view, const OverviewChoice &choice)
{
    IndexFilterPanel &filters = view->filters();
    filters.reset();
    for (const QString &type : choice.jobTypes)
        filters.setTypeChecked(type, true);
    filters.setStatusChecked(choice.status, true);
    filters.setCustomRange(choice.from, choice.to); // last: it reads the index once more
}

OverviewView::OverviewView(const ShellServices &services, IndexController *index, QObject *parent)
    : ListView(parent)
    , m_services(services)
    , m_index(index)
    , m_panel(new QWidget(services.window))
    , m_counted(new QComboBox(m_panel))
    , m_filters(new IndexFilterPanel({}, knownJobTypes(), m_panel))
    , m_page(new QWidget(services.window))
    , m_title(new QLabel(m_page))
    , m_chart(new QChart)
    // Given its chart at once: a view made without one makes its own, which setChart() would
    // leave to leak.
    , m_chartView(new QChartView(m_chart, m_page))
    , m_hint(new QLabel(m_page))
{
    m_panel->setObjectName(QStringLiteral("overviewSidebar"));
    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setContentsMargins(9, 9, 9, 0);
    m_counted->setObjectName(QStringLiteral("overviewCounted"));
    m_counted->addItem(tr("Jobs"), int(Counted::Jobs));
    m_counted->addItem(tr("Batches"), int(Counted::Batches));
    m_counted->setToolTip(tr("Count v1 jobs or v2 batches"));
    form->addRow(tr("&Count:"), m_counted);
    panelLayout->addLayout(form);
    panelLayout->addWidget(m_filters, 1);

    m_page->setObjectName(QStringLiteral("overviewPage"));
    auto *pageLayout = new QVBoxLayout(m_page);
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    makePlainText(m_title);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(0, 4, 0, 0));
    m_chartView->setObjectName(QStringLiteral("overviewChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Work per hour or day by status"));
    m_hint->setObjectName(QStringLiteral("overviewHint"));
    makePlainText(m_hint);
    m_hint->setWordWrap(true);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_chartView, 1);
    pageLayout->addWidget(m_hint);

    connect(m_counted, &QComboBox::currentIndexChanged, this, [this] {
        showChart();
        Q_EMIT totalChanged(m_index->isAvailable()
                                ? std::optional<qint64>(ActivityHistogram::total(buckets()))
                                : std::nullopt);
        Q_EMIT pageShown();
    });
    connect(m_filters, &IndexFilterPanel::filterChanged, this, [this] {
        load();
        Q_EMIT filterStateChanged();
    });
    connect(index, &IndexController::changed, this, [this] {
        if (m_shown)
            load();
    });
}

OverviewView::~OverviewView() = default;

QString OverviewView::title() const
{
    return tr("Overview");
}

QString OverviewView::toolTip() const
{
    return tr("Jobs and batches of the local index per hour or day by status, with the failure "
              "rate");
}

QWidget *OverviewView::filterPanel()
{
    return m_panel;
}

QWidget *OverviewView::table()
{
    return m_page;
}

void OverviewView::connectToServer(bool shown)
{
    m_histogram = {};
    m_shown = shown;
    if (shown)
        load();
    else
        showChart();
}

void OverviewView::activate()
{
    m_shown = true;
    load();
}

void OverviewView::refresh()
{
    m_index->syncNow();
    load();
}

void OverviewView::autoRefresh()
{
    load();
}

void OverviewView::setCounted(Counted counted)
{
    m_counted->setCurrentIndex(m_counted->findData(int(counted)));
}

OverviewView::Counted OverviewView::counted() const
{
    return Counted(m_counted->currentData().toInt());
}

const QList<ActivityBucket> &OverviewView::buckets() const
{
    return counted() == Counted::Jobs ? m_histogram.jobs : m_histogram.batches;
}

void OverviewView::load()
{
    m_error.clear();
    m_histogram = {};
    m_relativeMs.reset();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_index->isAvailable()) {
        IndexQuery query;
        m_filters->applyTo(&query, now);
        if (query.createdFrom.isValid() && !query.createdTo.isValid()) {
            // "The last 7 days" in whole days (hours): no bar is a part of one.
            m_relativeMs = query.createdFrom.msecsTo(now);
            query.createdFrom = ActivityHistogram::bucketStart(
                query.createdFrom, ActivityHistogram::sizeFor(query.createdFrom, now));
        }
        ActivityHistogramReader reader(m_index->database());
        if (!reader.read(query, now, &m_histogram)) {
            m_error = reader.errorString();
            Q_EMIT loadFailed(indexReadError(m_error));
            return;
        }
        m_query = query;
    }
    m_loaded = now;
    showChart();
    Q_EMIT totalChanged(m_index->isAvailable()
                            ? std::optional<qint64>(ActivityHistogram::total(buckets()))
                            : std::nullopt);
    Q_EMIT pageShown();
}

void OverviewView::showChart()
{
    const QList<ActivityBucket> &buckets = this->buckets();
    m_title->setText(chartTitle());
    m_hint->setText(counted() == Counted::Jobs
                        ? tr("Click a bar to list its jobs. The line is the share of finished "
                             "jobs that failed, on the right-hand scale.")
                        : tr("The line is the share of finished batches that failed, on the "
                             "right-hand scale."));
    OverviewChart::Series series = OverviewChart::draw(
        m_chart, buckets, m_histogram.size, counted() == Counted::Jobs ? tr("Jobs") : tr("Batches"),
        m_chartView->palette());
    m_chartView->setBackgroundBrush(m_chartView->palette().color(QPalette::Base));
    m_bars = series.bars;
    m_rate = series.rate;
    m_statusOfSet = std::move(series.statusOfSet);
    for (const auto &entry : std::as_const(m_statusOfSet)) {
        QBarSet *set = entry.first;
        connect(set, &QBarSet::hovered, this,
                [this, set](bool hovered, int index) { onBarHovered(hovered, index, set); });
    }
    if (m_bars)
        connect(m_bars, &QAbstractBarSeries::clicked, this, &OverviewView::onBarClicked);
}

QString OverviewView::statusOf(const QBarSet *set) const
{
    for (const auto &[barSet, status] : m_statusOfSet) {
        if (barSet == set)
            return status;
    }
    return {};
}

void OverviewView::onBarClicked(int index, QBarSet *set)
{
    const bool batches = counted() == Counted::Batches;
    const QList<ActivityBucket> &buckets = batches ? m_histogram.batches : m_histogram.jobs;
    if (index < 0 || index >= buckets.size())
        return;
    const ActivityBucket &bucket = buckets.at(index);
    // The types offered are v1 job types: batches are not filtered by them.
    Q_EMIT bucketChosen({bucket.start, bucket.end, statusOf(set),
                         batches ? QStringList() : m_query.jobTypes, batches});
}

// The bar under the mouse, as the chart's tool tip: Qt shows it when the mouse rests, as any
// other (a tip shown from here would pop up at every hover, even while the window closes).
void OverviewView::onBarHovered(bool hovered, int index, QBarSet *set)
{
    const QList<ActivityBucket> &buckets = this->buckets();
    if (!hovered || index < 0 || index >= buckets.size()) {
        m_chartView->setToolTip(QString());
        return;
    }
    const ActivityBucket &bucket = buckets.at(index);
    const QLocale locale;
    QString text =
        tr("%1 · %2: %3 of %4")
            .arg(OverviewChart::bucketLabel(bucket, m_histogram.size, true),
                 OverviewChart::statusText(statusOf(set)),
                 locale.toString(bucket.count(statusOf(set))), locale.toString(bucket.total()));
    if (const std::optional<double> rate = FailureRate::of(bucket.counts).rate())
        text += u'\n' + tr("Failed of finished: %1").arg(OverviewChart::percentText(*rate));
    // As rich text, escaped: a status is server text, and a plain tip that looks like markup
    // would be read as such.
    m_chartView->setToolTip(
        QStringLiteral("<p style='white-space:pre'>%1</p>").arg(shownText(text).toHtmlEscaped()));
}

QString OverviewView::rangeText() const
{
    const QLocale locale;
    if (m_relativeMs) {
        const qint64 ms = *m_relativeMs;
        if (ms <= ActivityHistogram::HourlyUpToMs)
            return tr("last %n hour(s)", nullptr,
                      int(std::lround(double(ms) / ActivityHistogram::HourMs)));
        return tr("last %n day(s)", nullptr,
                  int(std::lround(double(ms) / ActivityHistogram::DayMs)));
    }
    if (m_query.createdTo.isValid())
        return tr("%1 to %2")
            .arg(locale.toString(m_query.createdFrom.toLocalTime(), QLocale::ShortFormat),
                 locale.toString(m_query.createdTo.toLocalTime(), QLocale::ShortFormat));
    return tr("since %1")
        .arg(locale.toString(m_histogram.from.toLocalTime().date(), QLocale::ShortFormat));
}

QString OverviewView::chartTitle() const
{
    const QList<ActivityBucket> &buckets = this->buckets();
    if (buckets.isEmpty())
        return {};
    const bool jobs = counted() == Counted::Jobs;
    const bool hourly = m_histogram.size == ActivityHistogram::BucketSize::Hour;
    const QString what = jobs ? (hourly ? tr("Jobs per hour") : tr("Jobs per day"))
                              : (hourly ? tr("Batches per hour") : tr("Batches per day"));
    const QMap<QString, qint64> totals = ActivityHistogram::totals(buckets);
    const qint64 total = ActivityHistogram::total(buckets);
    const QString count =
        jobs ? tr("%Ln job(s)", nullptr, int(total)) : tr("%Ln batch(es)", nullptr, int(total));
    const FailureRate failures = FailureRate::of(totals);
    const QLocale locale;
    const QString failed = failures.rate()
        ? tr("%1 failed of %2 finished (%3)")
              .arg(locale.toString(failures.failed), locale.toString(failures.finished),
                   OverviewChart::percentText(*failures.rate()))
        : tr("none finished");
    return tr("%1, %2 — %3, %4").arg(what, rangeText(), count, failed);
}

ListState OverviewView::state() const
{
    const qint64 total = ActivityHistogram::total(buckets());
    PagingState paging;
    paging.kind = PagingState::Kind::Offset;
    paging.pageSize = AppSettings().pageSize();
    paging.pageCount = 1;
    paging.rowCount = total;
    paging.total = total;
    paging.noRowsText = counted() == Counted::Jobs ? tr("No jobs") : tr("No batches");
    paging.noRowsOfTotalText =
        counted() == Counted::Jobs ? tr("No jobs of %1") : tr("No batches of %1");
    std::optional<ApiError> error;
    if (!m_error.isEmpty())
        error = indexReadError(m_error);
    return {paging, m_loaded, total == 0, QString(), error};
}

QStringList OverviewView::filterDescription() const
{
    return m_filters->describe();
}

void OverviewView::resetFilters()
{
    m_filters->reset();
    load();
    Q_EMIT filterStateChanged();
}

QString OverviewView::emptyText() const
{
    if (!m_index->isEnabled())
        return tr("<h3>The local index is off</h3>The overview counts the jobs and batches it "
                  "keeps: turn on <b>Index › Keep a Local Index</b>.");
    if (!m_index->isAvailable()) {
        const QString problem = m_index->problem();
        return tr("<h3>The local index cannot be used</h3>%1")
            .arg(shownText(problem.isEmpty() ? tr("Connect to a server first.") : problem)
                     .toHtmlEscaped());
    }
    if (m_index->isSyncing())
        return tr("<h3>The index is being built</h3>The chart appears as jobs are read.");
    const bool jobs = counted() == Counted::Jobs;
    if (filterDescription().isEmpty())
        return jobs ? tr("<h3>No jobs in the index yet</h3>Use <b>Index › Sync Now</b> to read "
                         "them.")
                    : tr("<h3>No batches in the index yet</h3>Use <b>Index › Sync Now</b> to "
                         "read them.");
    return jobs ? tr("<h3>No jobs in this range</h3>Try a longer time range or fewer types.")
                : tr("<h3>No batches in this range</h3>Try a longer time range or fewer types.");
}

QString OverviewView::searchUnavailableReason() const
{
    return tr("The overview counts everything in its range: search the All jobs view instead");
}

// The jobs or batches counted, as a file.
void OverviewView::openExportDialog()
{
    if (!m_index->isAvailable())
        return;
    const qint64 total = ActivityHistogram::total(buckets());
    auto *dialog =
        new ExportDialog(total, int(std::min<qint64>(total, INT_MAX)), 0, m_services.window);
    if (counted() == Counted::Batches)
        dialog->useBatchWording(total);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, total] {
        IndexQuery all = m_query;
        all.offset = 0;
        all.limit = int(std::min<qint64>(total, INT_MAX));
        IndexReader reader(m_index->database());
        if (counted() == Counted::Jobs) {
            QList<IndexedJob> rows;
            if (!reader.jobs(all, &rows)) {
                Q_EMIT loadFailed(indexReadError(reader.errorString()));
                return;
            }
            m_services.exportRunner->exportJobs(jobsOf(std::move(rows)), dialog->filePath(),
                                                dialog->csvOptions());
            return;
        }
        QList<IndexedBatch> rows;
        if (!reader.batches(all, &rows)) {
            Q_EMIT loadFailed(indexReadError(reader.errorString()));
            return;
        }
        QList<Batch> batches;
        for (IndexedBatch &row : rows)
            batches.append(std::move(row.batch));
        m_services.exportRunner->exportBatches(batches, dialog->filePath(), dialog->csvOptions());
    });
    dialog->open();
}

} // namespace BatchDeck
