#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

namespace BatchDeck::Testing {

// What a run of batchdeck-cli left behind.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// This process's environment without the variables that would give the CLI a key, a server or
// a language of its own, so that a test's flags are all the CLI goes by.
QProcessEnvironment cleanCliEnvironment();

// `batchdeck-cli export` from `baseUrl` with a test key, in pages of 10, then `extra`.
QStringList exportArguments(const QUrl &baseUrl, const QStringList &extra);

// What sort of file a path names, for the checks that output never replaces a device or FIFO.
bool isCharacterDevice(const QString &path);
bool isFifo(const QString &path);

// Runs the built batchdeck-cli (named by BATCHDECK_CLI) in a scratch folder of its own, one
// process at a time. Waiting goes through the event loop, so a test server in the test's own
// process answers the CLI meanwhile.
class CliRunner
{
public:
    CliRunner();

    // Whether BATCHDECK_CLI names an existing program and the scratch folder exists; check it in
    // initTestCase().
    bool isReady() const;
    QString program() const { return m_program; }

    // Starts `program` (default batchdeck-cli) in the scratch folder; the previous process, if
    // any, is killed.
    QProcess *start(const QStringList &arguments,
                    const QProcessEnvironment &environment = cleanCliEnvironment(),
                    const QString &program = {});
    // Starts and waits up to 120 s (a first sync of thousands of jobs, sanitized, on a busy
    // machine); a run that does not end fails the test.
    CliRun run(const QStringList &arguments,
               const QProcessEnvironment &environment = cleanCliEnvironment(),
               const QString &program = {});
    // Waits through the event loop until `condition` holds, giving up when the started process
    // ends first or after 60 s. False when it gave up; `why` then says which, with what the
    // process wrote on standard error.
    bool waitWhileRunning(const std::function<bool()> &condition, QString *why);
    // Runs batchdeck-cli with a terminal for standard output and error, as a person running it
    // by hand has (script(1), which must be installed: check hasTerminalRunner()). What the
    // terminal showed is CliRun::out; CliRun::err stays empty.
    CliRun runOnTerminal(const QStringList &arguments);
    static bool hasTerminalRunner();
    QProcess *process() const { return m_process.get(); }

    QString directory() const { return m_directory.path(); }
    QString filePath(const QString &name) const { return m_directory.filePath(name); }
    // Files, FIFOs included, in the scratch folder.
    QStringList files() const;
    // Empties the scratch folder; call from init().
    void removeFiles();
    // The file's bytes, or "<missing>".
    QByteArray readFile(const QString &name) const;
    bool writeFile(const QString &name, const QByteArray &bytes) const;

private:
    QString m_program;
    QTemporaryDir m_directory;
    std::unique_ptr<QProcess> m_process;
};

} // namespace BatchDeck::Testing
