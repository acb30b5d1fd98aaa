#pragma once

#include "core/catalog/catalogtypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace BatchDeck {

// An ID, name, project or organization ID or type longer than this is no name a person picks:
// the entry is not kept (it is counted with the unreadable ones). A longer description, which
// nothing shows, is cut to this length.
inline constexpr int CatalogMaxTextLength = 1000;

// What one entry of the name catalog costs, roughly: its texts (UTF-16), its case-folded name,
// and the hash and list nodes that hold it.
inline constexpr qint64 CatalogEntryOverhead = 256;

inline qint64 catalogEntryBytes(const Project &project)
{
    return CatalogEntryOverhead
        + 2 * (project.id.size() + 2 * project.name.size() + project.organizationId.size());
}

inline qint64 catalogEntryBytes(const Directory &directory)
{
    return CatalogEntryOverhead
        + 2
        * (directory.id.size() + 2 * directory.name.size() + directory.projectId.size()
           + directory.description.size() + directory.type.size());
}

// The entries of one kind by ID, with the bytes they hold and their order by name (case-
// insensitive, then by ID). The name is case-folded once, when the entry is added, not on
// every comparison; and the order is rebuilt only when sort() is called, once a listing ends,
// so that a listing of many pages never sorts on every page.
template<typename Entry>
class NamedEntries
{
public:
    const Entry *find(const QString &id) const
    {
        const auto found = m_byId.constFind(id);
        return found == m_byId.cend() ? nullptr : &found->entry;
    }
    bool contains(const QString &id) const { return m_byId.contains(id); }
    bool isEmpty() const { return m_byId.isEmpty(); }
    qsizetype size() const { return m_byId.size(); }
    qint64 bytes() const { return m_bytes; }

    // The bytes held would grow by this much (less than 0 when it replaces a larger entry).
    qint64 growthFor(const Entry &entry) const
    {
        const auto found = m_byId.constFind(entry.id);
        return catalogEntryBytes(entry) - (found == m_byId.cend() ? 0 : found->bytes);
    }

    // Adds or replaces; false when the same entry was there. The order is stale until sort().
    bool insert(const Entry &entry)
    {
        const auto found = m_byId.find(entry.id);
        if (found != m_byId.end() && found->entry == entry)
            return false;
        const qint64 bytes = catalogEntryBytes(entry);
        if (found != m_byId.end()) {
            m_bytes -= found->bytes;
            *found = {entry, entry.name.toCaseFolded(), bytes};
        } else {
            m_byId.insert(entry.id, {entry, entry.name.toCaseFolded(), bytes});
        }
        m_bytes += bytes;
        m_stale = true;
        return true;
    }

    // Adds one entry and keeps the order current: a single lookup needs no full sort.
    void insertInOrder(const Entry &entry)
    {
        const bool wasCurrent = !m_stale && !m_byId.contains(entry.id);
        if (!insert(entry))
            return;
        if (!wasCurrent) {
            sort();
            return;
        }
        const QString folded = m_byId.value(entry.id).foldedName; // shared, not folded again
        const qsizetype at =
            std::upper_bound(m_sortedKeys.cbegin(), m_sortedKeys.cend(), SortKey {folded, entry.id})
            - m_sortedKeys.cbegin();
        m_sortedKeys.insert(at, SortKey {folded, entry.id});
        m_sorted.insert(at, entry);
        m_stale = false;
    }

    // Rebuilds the order if entries changed since the last time; true when it did.
    bool sort()
    {
        if (!m_stale)
            return false;
        QList<const Kept *> order;
        order.reserve(m_byId.size());
        for (const Kept &kept : m_byId)
            order.append(&kept);
        std::sort(order.begin(), order.end(), [](const Kept *a, const Kept *b) {
            return SortKey {a->foldedName, a->entry.id} < SortKey {b->foldedName, b->entry.id};
        });
        m_sorted.clear();
        m_sortedKeys.clear();
        m_sorted.reserve(order.size());
        m_sortedKeys.reserve(order.size());
        for (const Kept *kept : std::as_const(order)) {
            m_sorted.append(kept->entry);
            m_sortedKeys.append({kept->foldedName, kept->entry.id});
        }
        m_stale = false;
        return true;
    }

    // By name as of the last sort().
    const QList<Entry> &sorted() const { return m_sorted; }

    void clear()
    {
        m_byId.clear();
        m_sorted.clear();
        m_sortedKeys.clear();
        m_bytes = 0;
        m_stale = false;
    }

private:
    struct Kept
    {
        Entry entry;
        QString foldedName;
        qint64 bytes = 0;
    };
    // The order pickers have always shown: the locale's order of the case-folded names.
    struct SortKey
    {
        QString foldedName;
        QString id;
        bool operator<(const SortKey &other) const
        {
            const int order = QString::localeAwareCompare(foldedName, other.foldedName);
            return order != 0 ? order < 0 : id < other.id;
        }
    };

    QHash<QString, Kept> m_byId;
    QList<Entry> m_sorted;
    QList<SortKey> m_sortedKeys; // parallel to m_sorted, for inserting in order
    qint64 m_bytes = 0;
    bool m_stale = false;
};

// What the name catalog keeps of an answer, and what it refuses to keep.
namespace NameKeeping {

inline QString tooLong(const char *field, const QString &value)
{
    if (value.size() <= CatalogMaxTextLength)
        return {};
    return QCoreApplication::translate("BatchDeck::NameCatalog",
                                       "field \"%1\" is longer than %2 characters")
        .arg(QLatin1String(field))
        .arg(CatalogMaxTextLength);
}

using TextField = std::pair<const char *, const QString *>;

inline QString firstTooLong(std::initializer_list<TextField> fields)
{
    for (const TextField &field : fields) {
        if (QString problem = tooLong(field.first, *field.second); !problem.isEmpty())
            return problem;
    }
    return {};
}

// Empty when the entry may be kept, or else why not.
inline QString unfitForCatalog(Project *project)
{
    return firstTooLong({{"id", &project->id},
                         {"name", &project->name},
                         {"organization_id", &project->organizationId}});
}

inline QString unfitForCatalog(Directory *directory)
{
    directory->description.truncate(CatalogMaxTextLength); // nothing shows it
    return firstTooLong({{"id", &directory->id},
                         {"name", &directory->name},
                         {"project_id", &directory->projectId},
                         {"type", &directory->type}});
}

// The positions in the answer of the entries that were read, the others being `unreadable`.
inline QList<qint64> readPositions(qsizetype readCount,
                                   const QList<InvalidCatalogEntry> &unreadable)
{
    QList<qint64> positions;
    positions.reserve(readCount);
    qsizetype next = 0;
    for (qint64 position = 0; positions.size() < readCount; ++position) {
        if (next < unreadable.size() && unreadable.at(next).position == position)
            ++next;
        else
            positions.append(position);
    }
    return positions;
}

struct KeptEntries
{
    bool changed = false;
    bool full = false; // the budget ran out: the entries from there on were not kept
    QList<InvalidCatalogEntry> unreadable; // the answer's, and the entries not fit to keep
};

// Keeps the entries of one answer while they fit in `room` bytes.
template<typename Entry>
KeptEntries keepEntries(NamedEntries<Entry> &entries, const QList<Entry> &read,
                        const QList<InvalidCatalogEntry> &unreadable, qint64 room)
{
    KeptEntries kept;
    kept.unreadable = unreadable;
    const QList<qint64> positions = readPositions(read.size(), unreadable);
    for (qsizetype index = 0; index < read.size(); ++index) {
        Entry entry = read.at(index);
        if (QString problem = unfitForCatalog(&entry); !problem.isEmpty()) {
            kept.unreadable.append({positions.at(index), problem});
            continue;
        }
        const qint64 growth = entries.growthFor(entry);
        if (growth > room) {
            kept.full = true;
            break;
        }
        if (entries.insert(entry)) {
            kept.changed = true;
            room -= growth;
        }
    }
    std::stable_sort(kept.unreadable.begin(), kept.unreadable.end(),
                     [](const InvalidCatalogEntry &a, const InvalidCatalogEntry &b) {
                         return a.position < b.position;
                     });
    return kept;
}

} // namespace NameKeeping

} // namespace BatchDeck
