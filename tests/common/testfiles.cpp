#include "testfiles.h"

#include <QDir>
#include <QFile>

namespace BatchDeck::Testing {

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

QStringList filesIn(const QTemporaryDir &folder)
{
    return QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

void removeFilesIn(const QTemporaryDir &folder)
{
    for (const QString &name : filesIn(folder))
        QFile::remove(folder.filePath(name));
}

} // namespace BatchDeck::Testing
