#include "core/export/bufferedoutput.h"

#include <QFileDevice>

namespace BatchDeck {

bool writeFully(QIODevice *device, const QByteArray &bytes)
{
    // A write can be short without an error (a disk filling up part-way): writing the rest then
    // fails with the reason ("No space left on device"), which a short write alone does not give.
    qint64 done = 0;
    qint64 written = 0;
    while (done < bytes.size()
           && (written = device->write(bytes.constData() + done, bytes.size() - done)) > 0)
        done += written;
    return done == bytes.size();
}

BufferedOutput::BufferedOutput(QIODevice *device, qsizetype capacity)
    : m_device(device)
    , m_capacity(capacity)
{
    // A row seldom passes a few KB: room for the capacity and the row that fills it.
    if (m_capacity > 0)
        m_pending.reserve(m_capacity + m_capacity / 4);
}

bool BufferedOutput::write(const QByteArray &bytes)
{
    if (m_failed)
        return false;
    m_pending += bytes;
    return m_pending.size() < m_capacity || writePending();
}

bool BufferedOutput::flush()
{
    if (!writePending())
        return false;
    auto *file = qobject_cast<QFileDevice *>(m_device);
    if (!file || file->flush())
        return true;
    m_failed = true;
    m_error = file->errorString();
    return false;
}

bool BufferedOutput::writePending()
{
    if (m_failed)
        return false;
    if (m_pending.isEmpty())
        return true;
    if (!writeFully(m_device, m_pending)) {
        m_failed = true;
        m_error = m_device->errorString();
        m_pending.clear();
        return false;
    }
    m_pending.resize(0); // keeps the capacity for the next rows
    return true;
}

} // namespace BatchDeck
