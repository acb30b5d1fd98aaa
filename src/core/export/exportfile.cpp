#include "exportfile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace BatchDeck {

std::unique_ptr<QFileDevice> makeExportOutput(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return std::make_unique<QSaveFile>(path);
    return std::make_unique<QFile>(path);
}

bool openExportOutput(QFileDevice *file)
{
    return file->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool finishExportOutput(QFileDevice *file)
{
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
