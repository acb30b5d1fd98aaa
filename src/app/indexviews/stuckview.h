#pragma once

#include "app/batches/batchdetailsdialog.h"
#include "app/common/detailsparts.h"
#include "app/common/listview.h"
#include "app/indexviews/stuckmodel.h"
#include "core/watch/watchedwork.h"

#include <optional>

class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace BatchDeck {

class IndexController;
class JobDetailsDialog;
class TableWatch;

// "What is stuck": unfinished jobs and batches (pending, dispatched, throttled, running) whose
// counts have not moved for longer than a threshold (30 min unless the user sets another), as of
// the index's last sync. Its rows offer what the job and batch tables offer: details, watching
// and their IDs.
class StuckView : public ListView
{
    Q_OBJECT

public:
    StuckView(const ShellServices &services, IndexController *index, QObject *parent = nullptr);
    ~StuckView() override;

    QString title() const override;
    QString toolTip() const override;
    QString settingsName() const override { return QStringLiteral("stuck"); }
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

    QStringList filterDescription() const override { return {}; }
    void resetFilters() override { }
    QString emptyText() const override;

    QString searchUnavailableReason() const override;
    QString searchPlaceholder() const override { return QString(); }
    void setSearchText(const QString &text) override { Q_UNUSED(text) }
    QString searchCountText() const override { return {}; }

    void openCurrent() override;
    void openExportDialog() override;
    void saveState() const override { }

    // For tests and screenshots.
    StuckModel &model() { return m_model; }
    QTableView &stuckTable() { return *m_table; }
    QSpinBox &thresholdBox() { return *m_threshold; }

private:
    void load();
    void openRow(int row);
    // The model's rows of the table's selection.
    QList<int> selectedRows() const;
    std::optional<WatchedWork> workOf(int row) const;
    void showRowMenu(const QPoint &position);
    void copySelectedIds() const;

    ShellServices m_services;
    IndexController *m_index;
    QString m_error;
    QDateTime m_loaded;
    bool m_shown = false;
    StuckModel m_model;
    QSortFilterProxyModel *m_proxy;
    QWidget *m_panel;
    QSpinBox *m_threshold;
    QTableView *m_table;
    OpenDetails<JobDetailsDialog> m_jobDetails;
    OpenDetails<BatchDetailsDialog> m_batchDetails;
    TableWatch *m_watch = nullptr;
};

} // namespace BatchDeck
