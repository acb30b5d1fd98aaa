#include "app/indexviews/overviewchart.h"

#include "app/common/servertext.h"
#include "app/common/tabledelegates.h"
#include "core/api/terminaltext.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace BatchDeck {

namespace {

// More labels under the bars than this run into each other: every n-th bar is labelled.
constexpr int MostAxisLabels = 12;

// Bottom to top: what finished, then what is under way. v2 statuses are the same in upper case.
const QStringList &stackOrder()
{
    static const QStringList order {QStringLiteral("completed"),  QStringLiteral("failed"),
                                    QStringLiteral("cancelled"),  QStringLiteral("running"),
                                    QStringLiteral("dispatched"), QStringLiteral("throttled"),
                                    QStringLiteral("pending")};
    return order;
}

// The statuses with rows, in stack order; those the app does not know last, by name.
QStringList stackedStatuses(const QMap<QString, qint64> &totals)
{
    QStringList known;
    QStringList unknown;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (it.value() > 0)
            (stackOrder().contains(it.key().toLower()) ? known : unknown).append(it.key());
    }
    std::sort(known.begin(), known.end(), [](const QString &a, const QString &b) {
        return stackOrder().indexOf(a.toLower()) < stackOrder().indexOf(b.toLower());
    });
    return known + unknown;
}

} // namespace

OverviewChart::Series OverviewChart::draw(QChart *chart, const QList<ActivityBucket> &buckets,
                                          ActivityHistogram::BucketSize size,
                                          const QString &countTitle, const QPalette &palette)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    Series series;
    if (buckets.isEmpty()) {
        style(chart, nullptr, palette);
        return series;
    }

    series.bars = new QStackedBarSeries;
    series.bars->setBarWidth(0.8);
    for (const QString &status : stackedStatuses(ActivityHistogram::totals(buckets))) {
        // Qt Charts shows a legend label as rich text: a status is server text.
        auto *set = new QBarSet(statusText(status).toHtmlEscaped());
        set->setColor(statusColor(status, palette));
        set->setBorderColor(set->color());
        for (const ActivityBucket &bucket : buckets)
            set->append(double(bucket.count(status)));
        series.bars->append(set);
        series.statusOfSet.append({set, status});
    }
    chart->addSeries(series.bars);

    series.rate = new QLineSeries;
    series.rate->setName(tr("Failed of finished"));
    series.rate->setPointsVisible(true);
    qint64 highest = 0;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        highest = std::max(highest, buckets.at(i).total());
        if (const std::optional<double> rate = FailureRate::of(buckets.at(i).counts).rate())
            series.rate->append(double(i), *rate * 100);
    }
    chart->addSeries(series.rate);

    // Bar i stands at i: a value axis labelled at some bars only, as a category axis cannot be.
    auto *timeAxis = new QCategoryAxis;
    timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    timeAxis->setStartValue(-0.5);
    timeAxis->setRange(-0.5, double(buckets.size()) - 0.5);
    timeAxis->setGridLineVisible(false);
    const qsizetype step =
        std::max<qsizetype>(1, (buckets.size() + MostAxisLabels - 1) / MostAxisLabels);
    QSet<QString> labels; // an axis takes each label once
    for (qsizetype i = 0; i < buckets.size(); i += step) {
        QString label = bucketLabel(buckets.at(i), size, false);
        if (labels.contains(label))
            label = bucketLabel(buckets.at(i), size, true);
        labels.insert(label);
        timeAxis->append(label, double(i));
    }
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setRange(0, double(std::max<qint64>(highest, 4)));
    countAxis->applyNiceNumbers();
    countAxis->setTitleText(countTitle);
    auto *rateAxis = new QValueAxis;
    rateAxis->setRange(0, 100);
    rateAxis->setTickCount(6);
    rateAxis->setLabelFormat(QStringLiteral("%d %%"));
    rateAxis->setGridLineVisible(false);
    rateAxis->setTitleText(tr("Failed of finished"));
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignLeft);
    chart->addAxis(rateAxis, Qt::AlignRight);
    series.bars->attachAxis(timeAxis);
    series.bars->attachAxis(countAxis);
    series.rate->attachAxis(timeAxis);
    series.rate->attachAxis(rateAxis);
    style(chart, series.rate, palette);
    return series;
}

// The chart in the window's colours, light or dark, rather than a chart theme's own.
void OverviewChart::style(QChart *chart, QLineSeries *rate, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.18);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    if (rate) {
        QPen pen(text, 2);
        pen.setStyle(Qt::DashLine);
        rate->setPen(pen);
        rate->setBrush(text); // the points
    }
}

QString OverviewChart::bucketLabel(const ActivityBucket &bucket, ActivityHistogram::BucketSize size,
                                   bool withDate)
{
    const QLocale locale;
    const QDateTime start = bucket.start.toLocalTime();
    if (size == ActivityHistogram::BucketSize::Day)
        return locale.toString(
            start.date(), withDate ? QStringLiteral("ddd d MMM yyyy") : QStringLiteral("d MMM"));
    return locale.toString(start,
                           withDate ? QStringLiteral("ddd d MMM HH:mm") : QStringLiteral("HH:mm"));
}

QString OverviewChart::statusText(const QString &status)
{
    QString shown = escapeForTerminal(shownText(status), LineFeeds::Escape);
    shown.replace(u'\t', u' ');
    if (shown.size() > MaxStatusCharacters)
        shown = shown.left(MaxStatusCharacters - 1) + u'…';
    return shown;
}

QString OverviewChart::percentText(double share)
{
    return tr("%1 %").arg(QLocale().toString(share * 100, 'f', 1));
}

} // namespace BatchDeck
