#pragma once

#include "app/common/detailsparts.h"
#include "app/common/listview.h"
#include "app/jobs/jobfilterproxymodel.h"
#include "app/jobs/jobtablemodel.h"
#include "core/jobs/filtercounter.h"
#include "core/jobs/jobbrowser.h"

#include <QTimer>

namespace BatchDeck {

class JobDetailsDialog;
class JobFilterPanel;
class JobTableView;

// The v1 batch jobs (/api/v1/beta/batch-processing): the filter sidebar with its counts, the job
// table with quick search over the page, offset paging, job details and export.
class JobsView : public ListView
{
    Q_OBJECT

public:
    static constexpr int CountsRefreshMs = 60'000;

    explicit JobsView(const ShellServices &services, QObject *parent = nullptr);
    ~JobsView() override;

    QString title() const override;
    QString toolTip() const override;
    QString settingsName() const override { return QStringLiteral("jobs"); }
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
    QString filterToolTip() const override;
    void resetFilters() override;
    QString emptyText() const override;

    QString searchUnavailableReason() const override { return {}; }
    QString searchPlaceholder() const override
    {
        return tr("Search this page by ID, directory or error (Ctrl+F)");
    }
    void setSearchText(const QString &text) override;
    QString searchCountText() const override;

    void openCurrent() override;
    void openExportDialog() override;
    void saveState() const override;

    // For tests and screenshots.
    JobBrowser &browser() { return m_browser; }
    JobTableModel &model() { return m_model; }
    JobFilterPanel &filters() { return *m_filters; }
    JobTableView &jobTable() { return *m_table; }
    JobDetailsDialog *openDetails(const Job &job);

private:
    PagingState pagingState() const;
    // A sentence about rows of the page that are not shown, or empty.
    QString pageWarning() const;
    // Shows page 1 of `filter`, with `pageSize` rows if given, in one request.
    void applyFilter(const JobFilter &filter, std::optional<int> pageSize = std::nullopt);
    void onPageLoaded();
    // Asks for the names of the shown jobs' directories that no listing named.
    void lookUpShownDirectories();
    void updateCounts();
    // The applied filter with the directory and project named: "Q3 invoices", or with
    // `withIds` "Q3 invoices (dir-…)"; an ID with no known name stays as it is.
    JobFilter namedFilter(bool withIds) const;

    ShellServices m_services;
    JobBrowser m_browser;
    FilterCounter m_counter;
    JobTableModel m_model;
    JobFilterProxyModel m_proxy;
    JobFilterPanel *m_filters;
    JobTableView *m_table;
    QTimer m_clock; // ages the relative times shown
    QDateTime m_countsUpdated;
    OpenDetails<JobDetailsDialog> m_details;
};

} // namespace BatchDeck
