#pragma once

#include "core/batches/listbatchesquery.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QDateEdit;

namespace Ui {
class BatchFilterPanel;
}

namespace BatchDeck {

// The v2 filters: status, created from / to (whole UTC days, either may be left open), source
// directory, project and organization. As the v1 sidebar: a change is applied after a short
// pause, and only once every field is valid; otherwise a message names the field.
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

Q_SIGNALS:
    void queryChanged(const BatchDeck::ListBatchesQuery &query);

private:
    void scheduleApply();
    static std::optional<QString> dateValue(const QDateEdit *edit);
    static void setDateValue(QDateEdit *edit, const std::optional<QString> &value);

    std::unique_ptr<Ui::BatchFilterPanel> m_ui;
    QTimer m_debounce;
    bool m_updating = false;
};

} // namespace BatchDeck
