#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace BatchDeck {

// Writes all of `bytes`, going on after a short write; false when the device took no more
// (its errorString() says why).
bool writeFully(QIODevice *device, const QByteArray &bytes);

// Bytes on their way to a QIODevice, gathered so that an export makes one write(2) per 64 KiB
// instead of one per row. The device gets them through writeFully(): on after a short write,
// and a failure keeps the device's reason. What was never flushed is dropped with the object,
// as the output of a failed export must be.
class BufferedOutput
{
public:
    // What an export gathers before writing: enough for the number of writes to follow the
    // bytes, not the rows.
    static constexpr qsizetype ExportCapacity = qsizetype(64) * 1024;

    // With a capacity of 0, every write goes to the device at once.
    BufferedOutput(QIODevice *device, qsizetype capacity);

    // Gathers `bytes`; once `capacity` bytes are gathered, writes them all. False once a write
    // to the device has failed.
    bool write(const QByteArray &bytes);
    // Writes what is gathered, then pushes out what the device holds itself (a QFileDevice's
    // buffer, the C library's for standard output), so that a reader sees it now.
    bool flush();
    // The device's reason after a failed write.
    QString errorString() const { return m_error; }

private:
    bool writePending();

    QIODevice *m_device;
    qsizetype m_capacity;
    QByteArray m_pending;
    QString m_error;
    bool m_failed = false;
};

} // namespace BatchDeck
