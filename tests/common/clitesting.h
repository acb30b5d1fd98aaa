#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

namespace BatchDeck::Testing {

// What a run of batchdeck-cli left behind.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// This process's environment without the variables that would give the CLI a key or a server
// of its own, so that a test's flags are all the CLI goes by.
QProcessEnvironment cleanCliEnvironment();

// What sort of file a path names, for the checks that output never replaces a device or FIFO.
bool isCharacterDevice(const QString &path);
bool isFifo(const QString &path);

} // namespace BatchDeck::Testing
