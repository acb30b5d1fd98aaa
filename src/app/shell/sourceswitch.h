#pragma once

#include <QList>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QToolButton;

namespace BatchDeck {

// The segmented buttons above the filters, one per list ("Batch jobs (v1)", "Batches (v2)"),
// each with the number of matching rows when the server gave one.
class SourceSwitch : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ButtonsPerRow = 3;

    explicit SourceSwitch(QWidget *parent = nullptr);

    // Adds a button; returns its index. `name` becomes part of its object name.
    int addSource(const QString &title, const QString &toolTip, const QString &name);
    int current() const;
    // Shows `index` as chosen without announcing it.
    void setCurrent(int index);
    // std::nullopt: the server gave no total, and no number is shown.
    void setCount(int index, std::optional<qint64> count);
    QToolButton *button(int index) const;

Q_SIGNALS:
    void currentChanged(int index);

private:
    QButtonGroup *m_group;
    QList<QToolButton *> m_buttons; // each shows its title and count itself
};

} // namespace BatchDeck
