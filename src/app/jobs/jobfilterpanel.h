#pragma once

#include "core/jobs/jobfilter.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QListWidget;

namespace Ui {
class JobFilterPanel;
}

namespace BatchDeck {

class FilterCounter;
class NameCatalog;

// Status and type lists with counts, project and directory pickers, and the organization ID.
// The pickers list names and find one by any part of it; a pasted ID works as well, and the
// filter always carries the ID. A change is applied after a short pause (so typing makes one
// request, not one per key), and only once every field is valid.
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
    void fillPickers();
    void fillDirectoryPicker();
    // The project whose directories the directory picker lists: a picked or pasted one.
    std::optional<QString> projectForDirectories() const;
    void showPickedValue(QComboBox *picker, const std::optional<QString> &id);
    bool isChoosing() const; // a picker shows matches for part of a name

    std::unique_ptr<Ui::JobFilterPanel> m_ui;
    QTimer m_debounce;
    QPointer<const NameCatalog> m_catalog;
    bool m_updating = false;
};

} // namespace BatchDeck
