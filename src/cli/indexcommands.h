#pragma once

#include "cli/connection.h"
#include "cli/signalwatcher.h"
#include "index/store/indexdatabase.h"

#include <QObject>

#include <memory>

namespace BatchDeck {
class IndexSync;
}

namespace BatchDeck::Cli {

// `batchdeck-cli sync`: builds or updates the local index and says what it did.
class SyncCommand : public QObject
{
    Q_OBJECT

public:
    explicit SyncCommand(QObject *parent = nullptr);
    ~SyncCommand() override;
    // An exit code when done at once (usage error, help), or -1 while the sync runs.
    int start(const QStringList &arguments);

private:
    void onFinished();

    Connection m_connection;
    SignalWatcher m_signals;
    IndexDatabase m_database;
    std::unique_ptr<IndexSync> m_sync;
    bool m_interrupted = false;
    bool m_showProgress = false;
};

// `batchdeck-cli failures`: failed jobs grouped by the shape of their error message.
class FailuresCommand
{
public:
    int start(const QStringList &arguments);
};

// `batchdeck-cli stuck`: unfinished jobs and batches that have not moved for a while.
class StuckCommand
{
public:
    int start(const QStringList &arguments);
};

// `batchdeck-cli search TEXT`: the indexed jobs whose error message has the words, or whose ID
// starts with TEXT.
class SearchCommand
{
public:
    int start(const QStringList &arguments);
};

} // namespace BatchDeck::Cli
