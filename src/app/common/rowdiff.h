#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QModelIndexList>
#include <QString>

#include <algorithm>
#include <utility>

namespace BatchDeck {

// Which rows of a list are still there after a refresh, keyed by ID. Built with one QHash in
// time linear in the rows: no per-row search. An ID the new list holds twice keeps only its first
// row; the second is a new row (and an old list's second row of an ID goes away), so the result
// is always exactly the new list, whatever a server sends.
struct RowMatch
{
    QList<int> newRowOfOld; // -1: the old row went away
    QList<int> oldRowOfNew; // -1: a new row
    bool keptRowsInOrder = true; // the rows on both lists are in the same order

    static RowMatch of(const QList<QString> &oldIds, const QList<QString> &newIds);
};

// Applies a refreshed list of rows to a flat model's list, so that persistent indexes (the
// selection, the current row) follow their rows and a proxy re-sorts a handful of times, not
// once a row: rows that went away are removed in contiguous runs; rows still there are put in
// their new order with one layout change (a proxy handles each rowsMoved as a layout change
// anyway); new rows are inserted in runs; and one dataChanged covers the rows whose values
// changed, first to last, all columns (as qBittorrent's transfer list coalesces its updates).
//
// The model declares `friend class RowDiff;`: the begin/end calls and the persistent indexes
// are protected members of QAbstractItemModel.
class RowDiff
{
public:
    // `rows` is the list the model shows; `idOf(row)` gives a row's ID as a QString.
    template<typename Model, typename Row, typename IdOf>
    static void apply(Model &model, QList<Row> &rows, const QList<Row> &incoming, IdOf idOf);

private:
    template<typename Model, typename Row>
    static void removeGoneRows(Model &model, QList<Row> &rows, const RowMatch &match);
    template<typename Model, typename Row>
    static void putKeptRowsInOrder(Model &model, QList<Row> &rows, const RowMatch &match);
    template<typename Model, typename Row>
    static void insertNewRows(Model &model, QList<Row> &rows, const QList<Row> &incoming,
                              const RowMatch &match);
    template<typename Model, typename Row>
    static void updateChangedRows(Model &model, QList<Row> &rows, const QList<Row> &incoming,
                                  const RowMatch &match);
};

template<typename Model, typename Row, typename IdOf>
void RowDiff::apply(Model &model, QList<Row> &rows, const QList<Row> &incoming, IdOf idOf)
{
    QList<QString> oldIds;
    oldIds.reserve(rows.size());
    for (const Row &row : std::as_const(rows))
        oldIds.append(idOf(row));
    QList<QString> newIds;
    newIds.reserve(incoming.size());
    for (const Row &row : incoming)
        newIds.append(idOf(row));
    const RowMatch match = RowMatch::of(oldIds, newIds);

    removeGoneRows(model, rows, match);
    putKeptRowsInOrder(model, rows, match);
    insertNewRows(model, rows, incoming, match);
    updateChangedRows(model, rows, incoming, match);
}

template<typename Model, typename Row>
void RowDiff::removeGoneRows(Model &model, QList<Row> &rows, const RowMatch &match)
{
    // From the bottom up, so that the rows above a run keep the numbers the match gave them.
    for (int last = int(match.newRowOfOld.size()) - 1; last >= 0; --last) {
        if (match.newRowOfOld.at(last) >= 0)
            continue;
        int first = last;
        while (first > 0 && match.newRowOfOld.at(first - 1) < 0)
            --first;
        model.beginRemoveRows({}, first, last);
        rows.remove(first, last - first + 1);
        model.endRemoveRows();
        last = first;
    }
}

template<typename Model, typename Row>
void RowDiff::putKeptRowsInOrder(Model &model, QList<Row> &rows, const RowMatch &match)
{
    if (match.keptRowsInOrder)
        return;
    // Where each row now shown goes among the kept rows: its rank in the new list's order.
    QList<int> rankOfOld(match.newRowOfOld.size(), -1);
    int rank = 0;
    for (const int oldRow : match.oldRowOfNew) {
        if (oldRow >= 0)
            rankOfOld[oldRow] = rank++;
    }
    QList<int> targetOf; // by the row now shown
    targetOf.reserve(rows.size());
    for (const int target : std::as_const(rankOfOld)) {
        if (target >= 0)
            targetOf.append(target);
    }
    Q_ASSERT(targetOf.size() == rows.size());

    Q_EMIT model.layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<Row> reordered(rows.size());
    for (int row = 0; row < rows.size(); ++row)
        reordered[targetOf.at(row)] = std::move(rows[row]);
    rows = std::move(reordered);
    const QModelIndexList from = model.persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(model.index(targetOf.at(index.row()), index.column()));
    model.changePersistentIndexList(from, to);
    Q_EMIT model.layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

template<typename Model, typename Row>
void RowDiff::insertNewRows(Model &model, QList<Row> &rows, const QList<Row> &incoming,
                            const RowMatch &match)
{
    // From the top down: the rows above a run are already the new list's.
    for (int first = 0; first < match.oldRowOfNew.size(); ++first) {
        if (match.oldRowOfNew.at(first) >= 0)
            continue;
        int last = first;
        while (last + 1 < match.oldRowOfNew.size() && match.oldRowOfNew.at(last + 1) < 0)
            ++last;
        model.beginInsertRows({}, first, last);
        rows.insert(first, last - first + 1, Row());
        std::copy(incoming.cbegin() + first, incoming.cbegin() + last + 1, rows.begin() + first);
        model.endInsertRows();
        first = last;
    }
}

template<typename Model, typename Row>
void RowDiff::updateChangedRows(Model &model, QList<Row> &rows, const QList<Row> &incoming,
                                const RowMatch &match)
{
    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = 0; row < incoming.size(); ++row) {
        if (match.oldRowOfNew.at(row) < 0 || rows.at(row) == incoming.at(row))
            continue; // new rows were inserted with their values
        rows[row] = incoming.at(row);
        if (firstChanged < 0)
            firstChanged = row;
        lastChanged = row;
    }
    if (firstChanged >= 0) {
        Q_EMIT model.dataChanged(model.index(firstChanged, 0),
                                 model.index(lastChanged, model.columnCount() - 1));
    }
}

} // namespace BatchDeck
