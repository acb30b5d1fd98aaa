#pragma once

#include "app/common/detailsparts.h"
#include "app/common/listview.h"
#include "app/indexviews/faileditemsmodel.h"
#include "app/indexviews/failuregroupsmodel.h"
#include "app/jobs/jobfilterproxymodel.h"
#include "app/jobs/jobtablemodel.h"
#include "index/query/indexquery.h"

#include <QTimer>

class QSplitter;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace BatchDeck {

class BatchDetailsDialog;
class FailedItemsMode;
class IndexController;
class IndexFilterPanel;
class JobDetailsDialog;
class JobTableView;

// "What failed, and why": the failed jobs of the index grouped by the shape of their error
// message (numbers, file names, sizes, IDs, URLs and paths stand for any), with how many, since
// when, which job types and directories; selecting a group lists its jobs, newest first. A switch
// above them shows the failed items of v1 jobs and failed files of v2 batches instead, grouped
// the same way (FailedItemsMode: fetched from the server on demand).
class FailuresView : public ListView
{
    Q_OBJECT

public:
    enum class Kind { Jobs, Items };

    // Jobs of a group shown at once; the export writes all of them.
    static constexpr int GroupJobsShown = 500;

    FailuresView(const ShellServices &services, IndexController *index, QObject *parent = nullptr);
    ~FailuresView() override;

    QString title() const override;
    QString toolTip() const override;
    QString settingsName() const override { return QStringLiteral("failures"); }
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
    QString searchPlaceholder() const override;
    void setSearchText(const QString &text) override;
    QString searchCountText() const override;

    void openCurrent() override;
    void openExportDialog() override;
    void saveState() const override { }

    // For tests and screenshots.
    IndexFilterPanel &filters() { return *m_filters; }
    FailureGroupsModel &groupsModel() { return m_groups; }
    QTableView &groupsTable() { return *m_groupsTable; }
    JobTableModel &jobsModel() { return m_jobs; }
    JobTableView &jobsTable() { return *m_jobsTable; }
    QTabBar &kindBar() { return *m_kindBar; }
    FailedItemsMode &itemsMode() { return *m_items; }
    FailedItemsModel &itemsModel();
    void selectGroup(int row);
    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    // Fetches the failed items and files of the range and filters shown (items mode).
    void fetchFailedItems();

private:
    void load();
    void openJob(const Job &job);
    void openItem(const FailedItem &item);
    void openItemsExportDialog();
    void showSelectedGroup();
    IndexQuery currentQuery() const;

    ShellServices m_services;
    IndexController *m_index;
    QString m_text;
    QString m_searchText;
    QString m_error;
    QString m_selectedShape;
    QDateTime m_loaded;
    bool m_shown = false;
    Kind m_kind = Kind::Jobs;
    FailureGroupsModel m_groups;
    JobTableModel m_jobs;
    JobFilterProxyModel m_proxy;
    IndexFilterPanel *m_filters;
    QWidget *m_page;
    QTabBar *m_kindBar;
    QSplitter *m_splitter;
    QTableView *m_groupsTable;
    QStackedWidget *m_rows; // a group's jobs, or its items and files
    JobTableView *m_jobsTable;
    FailedItemsMode *m_items;
    QTimer m_searchPause;
    OpenDetails<JobDetailsDialog> m_details;
    OpenDetails<BatchDetailsDialog> m_batchDetails;
};

} // namespace BatchDeck
