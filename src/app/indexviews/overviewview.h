#pragma once

#include "app/common/listview.h"
#include "index/query/activityhistogram.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QStackedBarSeries;

namespace BatchDeck {

class IndexPagedView;
class IndexController;
class IndexFilterPanel;

// A bar of the overview that was clicked: the jobs created in [from, to) with that status, of
// the types the overview was filtered by.
struct OverviewChoice
{
    QDateTime from;
    QDateTime to;
    QString status;
    QStringList jobTypes;
    bool batches = false; // a bar of v2 batches, for the All batches view
};

// Shows `choice` in a list of the index (All jobs, All batches): its filters set to that range,
// status and types.
void showChoiceIn(IndexPagedView *view, const OverviewChoice &choice);

// "How did it go": the jobs (or batches) of the local index per hour or per day over a time
// range, as bars stacked by status, with the failure rate (failed of finished) of each bar and of
// the range. Clicking a bar of jobs lists them (bucketChosen).
class OverviewView : public ListView
{
    Q_OBJECT

public:
    enum class Counted { Jobs, Batches };

    OverviewView(const ShellServices &services, IndexController *index, QObject *parent = nullptr);
    ~OverviewView() override;

    QString title() const override;
    QString toolTip() const override;
    QString settingsName() const override { return QStringLiteral("overview"); }
    QWidget *filterPanel() override;
    QWidget *table() override;

    void connectToServer(bool shown) override;
    void activate() override;
    void refresh() override;
    void autoRefresh() override;
    bool isBusy() const override { return false; }

    ListState state() const override;
    void showPage(int page) override { Q_UNUSED(page) }
    void setPageSize(int pageSize) override { Q_UNUSED(pageSize) }

    QStringList filterDescription() const override;
    void resetFilters() override;
    QString emptyText() const override;

    QString searchUnavailableReason() const override;
    QString searchPlaceholder() const override { return QString(); }
    void setSearchText(const QString &text) override { Q_UNUSED(text) }
    QString searchCountText() const override { return {}; }

    void openCurrent() override { }
    void openExportDialog() override;
    void saveState() const override { }

    // For tests and screenshots.
    IndexFilterPanel &filters() { return *m_filters; }
    void setCounted(Counted counted);
    Counted counted() const;
    const ActivityHistogram &histogram() const { return m_histogram; }
    QStackedBarSeries *barSeries() const { return m_bars; }
    QLineSeries *rateSeries() const { return m_rate; }
    QString chartTitle() const;
    // The status a bar set stands for, as the index has it.
    QString statusOf(const QBarSet *set) const;

Q_SIGNALS:
    void bucketChosen(const BatchDeck::OverviewChoice &choice);

private:
    void load();
    void showChart();
    void onBarClicked(int index, QBarSet *set);
    void onBarHovered(bool hovered, int index, QBarSet *set);
    const QList<ActivityBucket> &buckets() const;
    QString rangeText() const;

    ShellServices m_services;
    IndexController *m_index;
    IndexQuery m_query; // the last read
    std::optional<qint64> m_relativeMs; // the length of a range up to now ("last 7 days")
    ActivityHistogram m_histogram;
    QString m_error;
    QDateTime m_loaded;
    bool m_shown = false;
    QWidget *m_panel;
    QComboBox *m_counted;
    IndexFilterPanel *m_filters;
    QWidget *m_page;
    QLabel *m_title;
    QChart *m_chart; // the chart view's
    QChartView *m_chartView;
    QLabel *m_hint;
    QStackedBarSeries *m_bars = nullptr;
    QLineSeries *m_rate = nullptr;
    QList<QPair<QBarSet *, QString>> m_statusOfSet;
};

} // namespace BatchDeck
