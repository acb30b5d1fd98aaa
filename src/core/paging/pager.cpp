#include "core/paging/pager.h"

namespace BatchDeck {

Pager::Pager(QObject *parent)
    : QObject(parent)
{ }

void Pager::start()
{
    m_cancelled = false;
    requestFirstPage();
}

void Pager::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->abort();
}

bool Pager::takeAnswer(const ApiError &error, std::optional<qint64> totalSize)
{
    m_call = nullptr;
    if (!error.isOk()) {
        Q_EMIT finished(error);
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
    Q_EMIT finished(ApiError::aborted()); // cancelled by a receiver of the page
    return true;
}

bool Pager::stopAtCeiling(qint64 rowsSent, const QString &rowsName)
{
    if (rowsSent < std::max(m_rowCeiling, m_maxRows))
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
    Q_EMIT finished({});
}

void Pager::fail(const QString &reason)
{
    Q_EMIT finished(ApiError::invalidResponse(reason));
}

} // namespace BatchDeck
