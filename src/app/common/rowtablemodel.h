#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <initializer_list>

namespace BatchDeck {

// What every flat table of the app answers the same way: no children, its row count, one column
// per title, and the titles as the horizontal header. A subclass keeps its rows and answers data().
class RowTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // The title for DisplayRole; a subclass adds other roles and asks this for the title.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    // `titles`, one per column: QT_TR_NOOP texts written in the subclass, which are translated
    // in its own context (its class name), as its tr() would.
    RowTableModel(std::initializer_list<const char *> titles, QObject *parent);

    virtual int shownRowCount() const = 0;
    // Every row's marks beside its data changed (font, background, decoration, tooltip: what
    // the window marks on watched work): the view repaints them.
    void repaintRowMarks();

private:
    QList<const char *> m_titles;
};

} // namespace BatchDeck
