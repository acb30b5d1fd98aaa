#pragma once

#include "core/batches/listbatchesquery.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class BatchFilterPanel;
}

namespace BatchDeck {

class BatchStatusCounter;
class NameCatalog;

// The v2 filters: status with counts, created from / to (whole UTC days, either may be left
// open; DateRangeField), project and directory pickers (NamePicker, as in the v1 sidebar: the
// directories follow the project) and organization. As the v1 sidebar: a change is applied after
// a short pause, and only once every field is valid; otherwise a message names the field.
class BatchFilterPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 300;

    explicit BatchFilterPanel(QWidget *parent = nullptr);
    ~BatchFilterPanel() override;

    // The filters as a query without page size or token. Dates are sent as whole days:
    // created_at_on_or_after "2026-11-01" means from 2026-11-01T00:00:00.000Z,
    // created_at_on_or_before "2026-11-03" up to 2026-11-03T23:59:59.999Z.
    ListBatchesQuery query() const;
    // Shows `query` without announcing it; bounds that are not plain dates are left open.
    void setQuery(const ListBatchesQuery &query);
    // Why the filters are not applied, or empty.
    QString validationMessage() const;
    // Checks and applies now, without waiting for the pause (for Enter, and tests).
    void apply();
    bool hasPendingChange() const { return m_debounce.isActive(); }
    // Lists the catalog's names in the pickers, now and whenever they change; nullptr: none.
    void setNameCatalog(const NameCatalog *catalog);
    // Labels the statuses with the counter's counts; nullptr shows none.
    void showCounts(const BatchStatusCounter *counter);

Q_SIGNALS:
    void queryChanged(const BatchDeck::ListBatchesQuery &query);

private:
    void scheduleApply();
    // Puts each picker's problem on the line under it; true when there is none.
    bool showPickerProblems();

    std::unique_ptr<Ui::BatchFilterPanel> m_ui;
    QTimer m_debounce;
    bool m_updating = false;
};

} // namespace BatchDeck
