#include "app/common/rowdiff.h"

#include <QHash>

namespace BatchDeck {

RowMatch RowMatch::of(const QList<QString> &oldIds, const QList<QString> &newIds)
{
    RowMatch match;
    match.newRowOfOld.fill(-1, oldIds.size());
    match.oldRowOfNew.fill(-1, newIds.size());
    QHash<QString, int> newRowOfId;
    newRowOfId.reserve(newIds.size());
    // From the bottom up: QHash::insert replaces, so an ID's first row is the one kept.
    for (int row = int(newIds.size()) - 1; row >= 0; --row)
        newRowOfId.insert(newIds.at(row), row);
    for (int oldRow = 0; oldRow < oldIds.size(); ++oldRow) {
        const auto found = newRowOfId.constFind(oldIds.at(oldRow));
        if (found == newRowOfId.cend() || match.oldRowOfNew.at(*found) >= 0)
            continue; // gone, or an ID the old list held twice
        match.newRowOfOld[oldRow] = *found;
        match.oldRowOfNew[*found] = oldRow;
    }
    int previous = -1;
    for (const int oldRow : std::as_const(match.oldRowOfNew)) {
        if (oldRow < 0)
            continue;
        if (oldRow < previous) {
            match.keptRowsInOrder = false;
            break;
        }
        previous = oldRow;
    }
    return match;
}

} // namespace BatchDeck
