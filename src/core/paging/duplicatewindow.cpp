#include "core/paging/duplicatewindow.h"

#include <algorithm>

namespace BatchDeck {

DuplicateWindow::DuplicateWindow(int capacity)
    : m_capacity(std::max(1, capacity))
{ }

bool DuplicateWindow::remember(const QString &id)
{
    if (m_ids.contains(id))
        return false;
    m_ids.insert(id);
    m_idsInOrder.push_back(id);
    if (m_idsInOrder.size() > size_t(m_capacity)) {
        m_ids.remove(m_idsInOrder.front());
        m_idsInOrder.pop_front();
    }
    return true;
}

} // namespace BatchDeck
