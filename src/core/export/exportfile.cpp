#include "core/export/exportfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace BatchDeck {

namespace {

// The path of the file `fd` is open on, with every symlink resolved.
QString openedPath(int fd, const QString &path)
{
    const QString proc = QFileInfo(QStringLiteral("/proc/self/fd/%1").arg(fd)).symLinkTarget();
    return proc.isEmpty() ? QFileInfo(path).canonicalFilePath() : proc;
}

// --output naming a symlink to a regular file (or to nothing yet). QSaveFile alone would read the
// link, write a temporary file beside the target and rename it over the target: no open(2)
// follows the link, so the kernel's rules for following one are never asked (protected_symlinks:
// root, in a sticky world-writable folder such as /tmp, would replace the target of a link
// another user planted). So the path is first opened as the shell's `>` would open it, without
// truncating; only when the kernel allows that is the target it reached written as any file is,
// through QSaveFile: atomically, keeping its content when the export fails.
class LinkTargetSaveFile final : public QSaveFile
{
public:
    explicit LinkTargetSaveFile(const QString &linkPath)
        : QSaveFile(linkPath)
        , m_linkPath(linkPath)
    { }
    ~LinkTargetSaveFile() override
    {
        // A dangling link whose target this export created and did not fill: as for a new
        // file, a failed export leaves nothing behind.
        if (!m_committed)
            removeCreatedTarget();
    }

    bool open(OpenMode mode) override
    {
        const QByteArray link = QFile::encodeName(m_linkPath);
        int fd = ::open(link.constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (fd < 0 && errno == ENOENT) {
            // A dangling link: open(2) with O_CREAT creates its target, as `>` would.
            fd = ::open(link.constData(), O_WRONLY | O_CREAT | O_NOCTTY | O_CLOEXEC, 0666);
            m_created = fd >= 0;
        }
        if (fd < 0) {
            setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        struct stat status
        {
        };
        const bool regular = ::fstat(fd, &status) == 0 && S_ISREG(status.st_mode);
        m_target = openedPath(fd, m_linkPath);
        ::close(fd);
        if (!regular || m_target.isEmpty()) {
            removeCreatedTarget();
            setErrorString(QCoreApplication::translate(
                "BatchDeck::ExportFile", "the link no longer leads to a regular file"));
            return false;
        }
        setFileName(m_target);
        if (!QSaveFile::open(mode)) {
            removeCreatedTarget();
            return false;
        }
        return true;
    }

    bool commitAndKeep()
    {
        m_committed = commit();
        return m_committed;
    }

private:
    void removeCreatedTarget()
    {
        if (m_created && QFileInfo(m_target).size() == 0)
            QFile::remove(m_target);
        m_created = false;
    }

    const QString m_linkPath;
    QString m_target;
    bool m_created = false;
    bool m_committed = false;
};

} // namespace

std::unique_ptr<QFileDevice> makeExportOutput(const QString &path)
{
    const QFileInfo info(path); // follows symlinks, but for isSymLink()
    if (info.isSymLink() && (!info.exists() || info.isFile()))
        return std::make_unique<LinkTargetSaveFile>(path);
    if (!info.exists() || info.isFile())
        return std::make_unique<QSaveFile>(path);
    // A FIFO or device, through a symlink or not: opened as the path, like open(2) does.
    return std::make_unique<QFile>(path);
}

bool openExportOutput(QFileDevice *file)
{
    return file->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool finishExportOutput(QFileDevice *file)
{
    if (auto *linkTarget = dynamic_cast<LinkTargetSaveFile *>(file))
        return linkTarget->commitAndKeep();
    if (auto *saveFile = qobject_cast<QSaveFile *>(file))
        return saveFile->commit();
    const bool flushed = file->flush();
    file->close();
    return flushed && file->error() == QFileDevice::NoError;
}

void discardExportOutput(QFileDevice *file)
{
    if (auto *saveFile = qobject_cast<QSaveFile *>(file))
        saveFile->cancelWriting();
    else
        file->close();
}

bool isAtomicExportOutput(const QFileDevice *file)
{
    return qobject_cast<const QSaveFile *>(file) != nullptr;
}

} // namespace BatchDeck
