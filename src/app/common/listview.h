#pragma once

#include "app/common/pagingstate.h"
#include "core/api/apierror.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace BatchDeck {

class ApiClient;
class ExportRunner;
class NameCatalog;

// What the shell shares with every view: one client, one catalog of names, one export runner,
// and the window that parents dialogs.
struct ShellServices
{
    ApiClient *client = nullptr;
    NameCatalog *catalog = nullptr;
    ExportRunner *exportRunner = nullptr;
    QWidget *window = nullptr;
};

// Where a list stands, for the shell to show: its paging, when it was refreshed, whether the
// page is empty, a sentence about rows of the page that are not shown, and its last error.
struct ListState
{
    PagingState paging;
    QDateTime lastRefreshed; // invalid before the first page
    bool empty = true;
    QString pageWarning;
    std::optional<ApiError> error; // a failed load the next good page has not replaced
};

// One list of the window (v1 jobs, v2 batches, and the views to come): its filter panel, its
// table, its details and its settings. The shell shows one at a time and talks to it only
// through this interface, so that a new view is a new class, not a branch in the shell.
class ListView : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // For the source switch: "Batch jobs (v1)", and what the list is.
    virtual QString title() const = 0;
    virtual QString toolTip() const = 0;
    // The name the shown list is remembered by ("jobs", "batches").
    virtual QString settingsName() const = 0;
    // Owned by the view; the shell places them.
    virtual QWidget *filterPanel() = 0;
    virtual QWidget *table() = 0;

    // A server was connected: the old server's rows and details go. A view that is `shown`
    // loads at once; one that is not may wait until it is first shown (see activate()).
    virtual void connectToServer(bool shown) = 0;
    // The view became the one on screen.
    virtual void activate() = 0;
    virtual void refresh() = 0;
    // The auto-refresh timer fired while this view is shown and not busy.
    virtual void autoRefresh() = 0;
    // Loading, or a filter being typed: an auto-refresh now would move rows under the user.
    virtual bool isBusy() const = 0;

    virtual ListState state() const = 0;
    virtual void showPage(int page) = 0; // 0-based; cursor paging moves one page at a time
    virtual void setPageSize(int pageSize) = 0;

    // "status: failed", one entry per filter set; empty without filters. Names, not IDs, where
    // the filter was picked by name.
    virtual QStringList filterDescription() const = 0;
    // The filters as a tooltip, with the IDs behind the names; empty: the description's words.
    virtual QString filterToolTip() const { return {}; }
    virtual void resetFilters() = 0;
    // Rich text for the page shown when the list is empty.
    virtual QString emptyText() const = 0;

    // Quick search: over the loaded page, or over the whole index; a view that cannot search
    // says why (empty: it can), and what it searches in the field's placeholder.
    virtual QString searchUnavailableReason() const = 0;
    virtual QString searchPlaceholder() const = 0;
    virtual void setSearchText(const QString &text) = 0;
    // "3 of 50 on this page" while searching.
    virtual QString searchCountText() const = 0;

    virtual void openCurrent() = 0;
    virtual void openExportDialog() = 0;
    // Column widths and order, when the window closes.
    virtual void saveState() const = 0;

Q_SIGNALS:
    // A page arrived or the shown rows changed: the shell updates the bar, labels and banner.
    void pageShown();
    // Only how the page is described changed (sorted within it): the shell updates the bar.
    void pagingChanged();
    void loadFailed(const BatchDeck::ApiError &error);
    void filterStateChanged();
    void totalChanged(std::optional<qint64> total);
};

} // namespace BatchDeck
