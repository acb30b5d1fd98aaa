#pragma once

#include "jobfilter.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QListWidget;

namespace Ui {
class FilterSidebar;
}

namespace BatchDeck {

class FilterCounter;

// Status and type lists with counts, and ID fields. A change is applied after a short pause
// (so typing an ID makes one request, not one per key), and only once every field is valid.
class FilterSidebar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 300;

    explicit FilterSidebar(QWidget *parent = nullptr);
    ~FilterSidebar() override;

    JobFilter filter() const;
    // Shows `filter` without announcing it.
    void setFilter(const JobFilter &filter);
    // Labels the values with the counter's counts; nullptr shows none.
    void showCounts(const FilterCounter *counter);
    // True while a change waits for its pause to end.
    bool hasPendingChange() const { return m_debounce.isActive(); }

Q_SIGNALS:
    void filterChanged(const BatchDeck::JobFilter &filter);

private:
    void scheduleApply();
    void apply();
    static void selectValue(QListWidget *list, const std::optional<QString> &value);

    std::unique_ptr<Ui::FilterSidebar> m_ui;
    QTimer m_debounce;
    bool m_updating = false;
};

} // namespace BatchDeck
