#pragma once

#include "app/batches/batchtablemodel.h"
#include "app/common/detailsparts.h"
#include "app/common/listview.h"
#include "core/batches/batchbrowser.h"
#include "core/batches/batchstatuscounter.h"

#include <QTimer>

namespace BatchDeck {

class BatchDetailsDialog;
class BatchFilterPanel;
class BatchTableView;

// The v2 batches (/api/v2/batches): their filter panel, the batch table, paging by token, batch
// details and export. The list is asked for when it is first shown: a v1 user sends no v2
// requests.
class BatchesView : public ListView
{
    Q_OBJECT

public:
    static constexpr int CountsRefreshMs = 60'000; // as the v1 counts

    explicit BatchesView(const ShellServices &services, QObject *parent = nullptr);
    ~BatchesView() override;

    QString title() const override;
    QString toolTip() const override;
    QString settingsName() const override { return QStringLiteral("batches"); }
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

    QString searchUnavailableReason() const override;
    QString searchPlaceholder() const override
    {
        return tr("Search this page by ID, directory or error (Ctrl+F)");
    }
    void setSearchText(const QString &) override { }
    QString searchCountText() const override { return {}; }

    void openCurrent() override;
    void openExportDialog() override;
    void saveState() const override;

    // For tests and screenshots.
    BatchBrowser &browser() { return m_browser; }
    BatchTableModel &model() { return m_model; }
    BatchFilterPanel &filters() { return *m_filters; }
    BatchTableView &batchTable() { return *m_table; }
    BatchDetailsDialog *openDetails(const Batch &batch);

private:
    PagingState pagingState() const;
    // A sentence about rows of the page that are not shown, or empty.
    QString pageWarning() const;
    void applyQuery(const ListBatchesQuery &query);
    // Asks for the names of the shown batches' source directories that no listing named.
    void lookUpShownSourceDirectories();
    void updateCounts();
    // `query` with the source directory and project named: "Q3 invoices", or with `withIds`
    // "Q3 invoices (dir-…)"; an ID with no known name stays as it is.
    ListBatchesQuery namedQuery(ListBatchesQuery query, bool withIds) const;

    ShellServices m_services;
    BatchBrowser m_browser;
    BatchStatusCounter m_counter;
    QDateTime m_countsUpdated;
    BatchTableModel m_model;
    BatchFilterPanel *m_filters;
    BatchTableView *m_table;
    QTimer m_clock; // ages the relative times shown
    OpenDetails<BatchDetailsDialog> m_details;
};

} // namespace BatchDeck
