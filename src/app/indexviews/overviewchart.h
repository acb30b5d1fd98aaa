#pragma once

#include "index/query/activityhistogram.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class QBarSet;
class QChart;
class QLineSeries;
class QPalette;
class QStackedBarSeries;

namespace BatchDeck {

// The overview's chart: what it draws from the buckets, in the window's colours.
class OverviewChart
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::OverviewChart)

public:
    struct Series
    {
        QStackedBarSeries *bars = nullptr; // null without buckets
        QLineSeries *rate = nullptr;
        QList<QPair<QBarSet *, QString>> statusOfSet; // bottom to top
    };

    // Empties `chart` (its series and axes go) and draws `buckets` in it: a bar per bucket,
    // stacked by status in the statuses' colours, and the failure rate of each bar as a line on
    // a per-cent axis on the right. `countTitle` names the left axis ("Jobs").
    static Series draw(QChart *chart, const QList<ActivityBucket> &buckets,
                       ActivityHistogram::BucketSize size, const QString &countTitle,
                       const QPalette &palette);

    // "14:00", "3 Nov"; with its date (and weekday) for a tool tip or a label seen before.
    static QString bucketLabel(const ActivityBucket &bucket, ActivityHistogram::BucketSize size,
                               bool withDate);
    // "14.0 %"
    static QString percentText(double share);
    // A status as the legend and a bar's tip show it: the server's text on one line, control
    // characters and bidi overrides escaped as "\r", "\u202e" (as on a terminal), cut to
    // MaxStatusCharacters. Plain text: escape it for rich text.
    static QString statusText(const QString &status);
    static constexpr qsizetype MaxStatusCharacters = 40;

private:
    static void style(QChart *chart, QLineSeries *rate, const QPalette &palette);
};

} // namespace BatchDeck
