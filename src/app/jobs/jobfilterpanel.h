#pragma once

#include "core/jobs/jobfilter.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QListWidget;

namespace Ui {
class JobFilterPanel;
}

namespace BatchDeck {

class FilterCounter;
class NameCatalog;

// Status and type lists with counts, project and directory pickers (NamePicker), and the
// organization ID. A change is applied after a short pause (so typing makes one request, not one
// per key), and only once every field is valid: text in a picker that is neither a name nor an
// ID is never sent, and the line under the picker says so.
class JobFilterPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 300;

    explicit JobFilterPanel(QWidget *parent = nullptr);
    ~JobFilterPanel() override;

    JobFilter filter() const;
    // Shows `filter` without announcing it.
    void setFilter(const JobFilter &filter);
    // Labels the values with the counter's counts; nullptr shows none.
    void showCounts(const FilterCounter *counter);
    // Lists the catalog's names in the pickers, now and whenever they change; nullptr: none.
    void setNameCatalog(const NameCatalog *catalog);
    // True while a change waits for its pause to end.
    bool hasPendingChange() const { return m_debounce.isActive(); }

Q_SIGNALS:
    void filterChanged(const BatchDeck::JobFilter &filter);

private:
    void scheduleApply();
    void apply();
    static void selectValue(QListWidget *list, const std::optional<QString> &value);
    // Puts each picker's problem on the line under it; true when there is none.
    bool showPickerProblems();
    bool isChoosing() const; // a picker shows matches for part of a name

    std::unique_ptr<Ui::JobFilterPanel> m_ui;
    QTimer m_debounce;
    bool m_updating = false;
};

} // namespace BatchDeck
