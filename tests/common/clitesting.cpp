#include "clitesting.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

namespace BatchDeck::Testing {

QStringList exportArguments(const QUrl &baseUrl, const QStringList &extra)
{
    return QStringList {QStringLiteral("export"),  QStringLiteral("--base-url"),
                        baseUrl.toString(),        QStringLiteral("--api-key"),
                        QStringLiteral("sk-test"), QStringLiteral("--page-size"),
                        QStringLiteral("10")}
    + extra;
}

QProcessEnvironment cleanCliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // LANGUAGE too: it outranks ctest's LC_ALL=C.UTF-8, and the CLI's words are English here.
    for (const char *name :
         {"LLAMA_CLOUD_API_KEY", "LLAMA_PARSE_API_KEY", "LLAMA_CLOUD_BASE_URL", "LANGUAGE"})
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

CliRunner::CliRunner()
    : m_program(qEnvironmentVariable("BATCHDECK_CLI"))
{ }

bool CliRunner::isReady() const
{
    return !m_program.isEmpty() && QFile::exists(m_program) && m_directory.isValid();
}

QProcess *CliRunner::start(const QStringList &arguments, const QProcessEnvironment &environment,
                           const QString &program)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(environment);
    m_process->setWorkingDirectory(m_directory.path());
    m_process->start(program.isEmpty() ? m_program : program, arguments);
    return m_process.get();
}

CliRun CliRunner::run(const QStringList &arguments, const QProcessEnvironment &environment,
                      const QString &program)
{
    QProcess *process = start(arguments, environment, program);
    QSignalSpy finished(process, &QProcess::finished);
    if (!finished.wait(120'000))
        QTest::qFail("batchdeck-cli did not finish within 120 s", __FILE__, __LINE__);
    return {process->exitCode(), process->readAllStandardOutput(),
            QString::fromLocal8Bit(process->readAllStandardError())};
}

bool CliRunner::waitWhileRunning(const std::function<bool()> &condition, QString *why)
{
    QProcess *process = m_process.get();
    const auto ended = [process] { return !process || process->state() == QProcess::NotRunning; };
    if (QTest::qWaitFor([&] { return condition() || ended(); }, 60'000) && condition())
        return true;
    *why = ended() ? QStringLiteral("batchdeck-cli ended first; it wrote: ")
                   : QStringLiteral("not so after 60 s; batchdeck-cli wrote: ");
    if (process)
        *why += QString::fromLocal8Bit(process->readAllStandardError());
    return false;
}

bool CliRunner::hasTerminalRunner()
{
    return !QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty();
}

CliRun CliRunner::runOnTerminal(const QStringList &arguments)
{
    const auto quoted = [](QString text) -> QString {
        return u'\'' + text.replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    };
    QString command = quoted(m_program);
    for (const QString &argument : arguments)
        command += u' ' + quoted(argument);
    // script(1) also keeps a typescript: a file of the run's own, never a device of the machine.
    QTemporaryDir typescript;
    if (!typescript.isValid())
        QTest::qFail("no folder for script(1)'s typescript", __FILE__, __LINE__);
    return run(
        {QStringLiteral("-qefc"), command, typescript.filePath(QStringLiteral("typescript"))},
        cleanCliEnvironment(), QStandardPaths::findExecutable(QStringLiteral("script")));
}

QStringList CliRunner::files() const
{
    return QDir(m_directory.path()).entryList(QDir::Files | QDir::System);
}

void CliRunner::removeFiles()
{
    for (const QString &name : files())
        QFile::remove(m_directory.filePath(name));
}

QByteArray CliRunner::readFile(const QString &name) const
{
    QFile file(m_directory.filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

bool CliRunner::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile file(m_directory.filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace BatchDeck::Testing
