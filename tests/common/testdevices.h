#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace BatchDeck::Testing {

// The null and full devices a test writes to. Run as root (as CI and `packaging/dev.sh test`
// are), a regression that sent a device path through QSaveFile would rename a file over the
// machine's /dev/null or /dev/full and break them for everything else on the machine. So as root
// a test gets device nodes of its own, made with mknod (the same major and minor numbers) in a
// temporary folder; any other user gets the machine's, which a rename cannot replace.
class TestDevices
{
public:
    TestDevices();

    // Empty when null() and full() may be written; otherwise why not, for QSKIP.
    QString problem() const { return m_problem; }
    QString null() const { return m_null; } // discards what is written
    QString full() const { return m_full; } // fails every write with ENOSPC
    // True when the nodes are this object's own (running as root).
    bool ownNodes() const { return m_folder != nullptr; }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_null;
    QString m_full;
    QString m_problem;
};

// An open, write-only device that keeps what is written and counts the write calls, as strace
// would count write(2). It can take at most `maxPerWrite` bytes a call (a short write, as a pipe
// or a disk filling up gives) and fail every write past `capacity` bytes with "No space left on
// device"; 0 and -1 leave them unlimited.
class RecordingDevice final : public QIODevice
{
public:
    explicit RecordingDevice(qint64 maxPerWrite = 0, qint64 capacity = -1);

    QByteArray data() const { return m_data; }
    int writeCalls() const { return m_writeCalls; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    qint64 m_maxPerWrite;
    qint64 m_capacity;
    QByteArray m_data;
    int m_writeCalls = 0;
};

} // namespace BatchDeck::Testing
