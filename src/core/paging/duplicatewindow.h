#pragma once

#include <QSet>
#include <QString>

#include <deque>

namespace BatchDeck {

// The IDs of the most recent rows of a listing, to recognise a row delivered again. A newest-first
// list that shifts while it is read re-delivers only rows just before a page boundary, so a
// bounded window is enough, and memory does not grow with the size of the listing.
class DuplicateWindow
{
public:
    explicit DuplicateWindow(int capacity);

    // Remembers an ID as delivered, forgetting the oldest one beyond the window; false when the
    // ID is in the window already (seen before; its place in the window stays as it was).
    bool remember(const QString &id);
    bool contains(const QString &id) const { return m_ids.contains(id); }
    int capacity() const { return m_capacity; }
    qsizetype size() const { return m_ids.size(); }

private:
    int m_capacity;
    QSet<QString> m_ids;
    std::deque<QString> m_idsInOrder; // oldest first, to forget beyond the window
};

} // namespace BatchDeck
