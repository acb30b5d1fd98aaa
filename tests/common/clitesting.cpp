#include "clitesting.h"

#include <QFile>

#include <sys/stat.h>

namespace BatchDeck::Testing {

QProcessEnvironment cleanCliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LLAMA_CLOUD_API_KEY", "LLAMA_PARSE_API_KEY", "LLAMA_CLOUD_BASE_URL"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

namespace {

bool hasFileType(const QString &path, mode_t type)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0
        && (info.st_mode & S_IFMT) == type;
}

} // namespace

bool isCharacterDevice(const QString &path)
{
    return hasFileType(path, S_IFCHR);
}

bool isFifo(const QString &path)
{
    return hasFileType(path, S_IFIFO);
}

} // namespace BatchDeck::Testing
