#pragma once

#include "index/store/indexwriter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace BatchDeck {

// What one sync did, for the CLI's report and the window's status line.
struct SyncReport
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::SyncReport)

public:
    bool jobsWalkedToEnd = false; // the whole v1 list was read (a first or full sync)
    bool batchesWalkedToEnd = false;
    bool batchesOffered = true; // false: the server has no v2 batches (404)
    IndexChanges jobs;
    IndexChanges batches;
    qint64 unreadableRows = 0; // rows the server sent that could not be read, so not indexed
    int requests = 0; // pages and single jobs or batches asked for (those abandoned included)
    qint64 elapsedMs = 0;
    // Why the names of directories and projects could not be read (the sync is whole without
    // them; a search by name finds what the index had), or empty.
    QString namesProblem;

    // "Jobs: 2,500 added, 3 updated, 0 removed. Batches: …. 14 requests in 1.2 s."
    QString describe() const;
};

// Where a running sync is, for a progress line.
struct SyncProgress
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::SyncProgress)

public:
    enum class Step { Jobs, Batches, UnfinishedJobs, UnfinishedBatches };
    Step step = Step::Jobs;
    qint64 done = 0; // rows read in this step
    std::optional<qint64> total; // the server's estimate, when it gave one

    // "Reading jobs: 3,000 of about 102,345"
    QString describe() const;
};

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::SyncProgress)
