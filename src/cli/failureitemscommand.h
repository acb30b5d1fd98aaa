#pragma once

#include "cli/connection.h"
#include "cli/indexoptions.h"
#include "cli/signalwatcher.h"
#include "index/query/indexquery.h"
#include "index/store/indexdatabase.h"

#include <QObject>

#include <memory>
#include <optional>

namespace BatchDeck {
class FailedItemsFetch;
}

namespace BatchDeck::Cli {

// `batchdeck-cli failures --items`: the failed items of v1 jobs and the failed files of v2
// batches, grouped by the shape of their error message. What the index has not fetched yet is
// fetched first (progress on stderr, Ctrl+C keeps what was fetched), unless --no-fetch.
class FailureItemsCommand : public QObject
{
    Q_OBJECT

public:
    explicit FailureItemsCommand(QObject *parent = nullptr);
    ~FailureItemsCommand() override;
    // An exit code when done at once, or -1 while the fetch runs.
    int start(const QStringList &arguments);

private:
    void onFetched(const QString &error);
    int writeGroups();

    Connection m_connection;
    SignalWatcher m_signals;
    IndexDatabase m_database;
    IndexQuery m_query;
    std::optional<QString> m_group; // --group: one group's rows
    RowOutput m_output;
    std::unique_ptr<FailedItemsFetch> m_fetch;
    bool m_interrupted = false;
    bool m_showProgress = false;
};

} // namespace BatchDeck::Cli
