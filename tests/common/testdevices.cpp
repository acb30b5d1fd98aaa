#include "testdevices.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace BatchDeck::Testing {

namespace {

// Makes a character device node at `path`; empty on success, otherwise the reason.
QString makeNode(const QString &path, unsigned int major, unsigned int minor)
{
    const QByteArray name = QFile::encodeName(path);
    if (::mknod(name.constData(), S_IFCHR | 0666, ::makedev(major, minor)) != 0)
        return QStringLiteral("mknod %1: %2")
            .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    // A folder on a file system mounted nodev holds the node but refuses to open it.
    const int fd = ::open(name.constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return QStringLiteral("open %1: %2")
            .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    ::close(fd);
    return {};
}

} // namespace

TestDevices::TestDevices()
{
    if (::geteuid() != 0) {
        m_null = QStringLiteral("/dev/null");
        m_full = QStringLiteral("/dev/full");
        return;
    }
    m_folder = std::make_unique<QTemporaryDir>();
    if (!m_folder->isValid()) {
        m_problem =
            QStringLiteral("no temporary folder for device nodes: %1").arg(m_folder->errorString());
        return;
    }
    const QString null = m_folder->filePath(QStringLiteral("null"));
    const QString full = m_folder->filePath(QStringLiteral("full"));
    m_problem = makeNode(null, 1, 3);
    if (m_problem.isEmpty())
        m_problem = makeNode(full, 1, 7);
    if (!m_problem.isEmpty()) {
        m_problem = QStringLiteral("running as root, the test needs device nodes of its own, "
                                   "and cannot make them (%1)")
                        .arg(m_problem);
        return;
    }
    m_null = null;
    m_full = full;
}

RecordingDevice::RecordingDevice(qint64 maxPerWrite, qint64 capacity)
    : m_maxPerWrite(maxPerWrite)
    , m_capacity(capacity)
{
    open(QIODevice::WriteOnly);
}

qint64 RecordingDevice::writeData(const char *data, qint64 length)
{
    ++m_writeCalls;
    qint64 taken = m_maxPerWrite > 0 ? std::min(length, m_maxPerWrite) : length;
    if (m_capacity >= 0)
        taken = std::min(taken, m_capacity - m_data.size());
    if (taken <= 0) {
        setErrorString(QString::fromLocal8Bit(std::strerror(ENOSPC)));
        return -1;
    }
    m_data.append(data, taken);
    return taken;
}

} // namespace BatchDeck::Testing
