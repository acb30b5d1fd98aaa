#include "core/paging/pager.h"

#include <utility>

namespace BatchDeck {

Pager::Pager(QObject *parent)
    : QObject(parent)
{ }

void Pager::start()
{
    m_started = true;
    m_cancelled = false;
    m_finished = false;
    requestFirstPage();
}

void Pager::cancel()
{
    m_cancelled = true;
    if (m_started && !m_delivering)
        finish(ApiError::aborted());
}

void Pager::holdDeliveries(bool held)
{
    const bool released = m_deliveriesHeld && !held;
    m_deliveriesHeld = held;
    if (released && !m_finished)
        deliveriesReleased();
}

void Pager::abortRequests()
{
    if (ApiCall *call = std::exchange(m_call, nullptr))
        call->abort(); // its answer comes back to a finished pager, which ignores it
}

void Pager::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    abortRequests();
    Q_EMIT finished(error);
}

bool Pager::takeAnswer(const ApiError &error, std::optional<qint64> totalSize)
{
    m_call = nullptr;
    if (m_finished)
        return false;
    if (!error.isOk()) {
        finish(error);
        return false;
    }
    // total_size is an estimate: it never ends or fails paging. A total that went down (rows
    // left the filter and pulled later rows onto pages already read) is recorded and told at
    // the end with the file kept.
    m_summary.addTotal(totalSize);
    if (totalSize)
        m_totalSize = totalSize;
    return true;
}

Pager::Cut Pager::cutAt(qint64 room, qsizetype readableSent, const QList<qsizetype> &keptIndices,
                        const QList<qint64> &invalidPlaces)
{
    // The place in the page of each readable row: the unreadable ones, which carry their
    // position, hold the other places.
    QList<qint64> places;
    places.reserve(readableSent);
    qsizetype nextInvalid = 0;
    for (qint64 place = 0; places.size() < readableSent; ++place) {
        if (nextInvalid < invalidPlaces.size() && invalidPlaces.at(nextInvalid) == place)
            ++nextInvalid;
        else
            places.append(place);
    }
    QList<qint64> rowPlaces = invalidPlaces;
    for (qsizetype index : keptIndices)
        rowPlaces.append(places.at(index));
    std::sort(rowPlaces.begin(), rowPlaces.end());
    Cut cut;
    cut.lastPlace = room > 0 ? rowPlaces.at(room - 1) : -1;
    while (cut.rowsKept < keptIndices.size()
           && places.at(keptIndices.at(cut.rowsKept)) <= cut.lastPlace)
        ++cut.rowsKept;
    return cut;
}

bool Pager::stopIfCancelled()
{
    if (!m_cancelled)
        return false;
    finish(ApiError::aborted()); // cancelled by a receiver of the page
    return true;
}

bool Pager::stopAtCeiling(qint64 rowsSent, const QString &rowsName)
{
    if (rowsSent < sentRowsCeiling())
        return false;
    m_rowCeilingReached = true;
    fail(tr("the server had sent %1 %2 without ending the list (%3), so paging stopped at the "
            "ceiling of %4 rows")
             .arg(rowsSent)
             .arg(rowsName,
                  m_totalSize ? tr("total_size %1").arg(*m_totalSize) : tr("no total_size"))
             .arg(m_rowCeiling));
    return true;
}

void Pager::endOfList()
{
    m_summary.reachedEnd = true;
    finish({});
}

void Pager::fail(const QString &reason)
{
    finish(ApiError::invalidResponse(reason));
}

} // namespace BatchDeck
