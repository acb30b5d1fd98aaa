#pragma once

#include "app/common/detailsparts.h"
#include "app/common/listview.h"
#include "app/jobs/jobfilterproxymodel.h"
#include "app/jobs/jobtablemodel.h"
#include "index/query/indexquery.h"

#include <QTimer>

namespace BatchDeck {

class IndexController;
class IndexFilterPanel;
class JobDetailsDialog;
class JobTableView;

// Every v1 job of the local index: sort by any column and search across all of them (IDs and
// words of error messages), a time range, several statuses and types at once with counts, and
// pages of the index's result. Without the index it says how to turn it on.
class AllJobsView : public ListView
{
    Q_OBJECT

public:
    // Typing pauses this long before the index is searched.
    static constexpr int SearchPauseMs = 250;

    AllJobsView(const ShellServices &services, IndexController *index, QObject *parent = nullptr);
    ~AllJobsView() override;

    QString title() const override;
    QString toolTip() const override;
    QString settingsName() const override { return QStringLiteral("alljobs"); }
    QWidget *filterPanel() override;
    QWidget *table() override;

    void connectToServer(bool shown) override;
    void activate() override;
    void refresh() override;
    void autoRefresh() override;
    bool isBusy() const override;

    ListState state() const override;
    void showPage(int page) override;
    void setPageSize(int pageSize) override;

    QStringList filterDescription() const override;
    void resetFilters() override;
    QString emptyText() const override;

    QString searchUnavailableReason() const override { return {}; }
    QString searchPlaceholder() const override
    {
        return tr(
            "Search every job in the index: words of its error, or the start of its ID (Ctrl+F)");
    }
    void setSearchText(const QString &text) override;
    QString searchCountText() const override;

    void openCurrent() override;
    void openExportDialog() override;
    void saveState() const override;

    // For tests and screenshots.
    IndexFilterPanel &filters() { return *m_filters; }
    JobTableModel &model() { return m_model; }
    JobTableView &jobTable() { return *m_table; }
    const IndexQuery &query() const { return m_query; }
    JobDetailsDialog *openDetails(const Job &job);

private:
    // Reads the page of the query from the index, with its count and the sidebar's counts.
    void load();
    void onSortChanged(int column, Qt::SortOrder order);

    ShellServices m_services;
    IndexController *m_index;
    IndexQuery m_query;
    qint64 m_total = 0;
    QString m_error;
    QDateTime m_loaded;
    bool m_shown = false;
    JobTableModel m_model;
    JobFilterProxyModel m_proxy;
    IndexFilterPanel *m_filters;
    JobTableView *m_table;
    QTimer m_searchPause;
    QString m_searchText;
    OpenDetails<JobDetailsDialog> m_details;
};

} // namespace BatchDeck
