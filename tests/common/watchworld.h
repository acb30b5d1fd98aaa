#pragma once

#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace BatchDeck::Testing {

// A server of v1 jobs and v2 batches whose statuses a test changes between looks. GET of one
// job (/api/v1/beta/batch-processing/{id}) or one batch (/api/v2/batches/{id}) answers its status
// now; the two lists answer every job or batch (of the status asked for); anything else, and an
// ID it does not have, 404.
struct WatchWorld
{
    struct Work
    {
        QString status;
        QString errorMessage; // null: the field is null
        // When set, the job's project: a GET of the job answers only with this project_id
        // (another project's job is not found, as on LlamaCloud).
        QString projectId = {};
    };
    struct Look
    {
        QString id;
        qint64 atMs = 0; // on `clock`
    };

    QMap<QString, Work> jobs; // by ID
    QMap<QString, Work> batches;
    // When set, every look at one job or batch answers this instead.
    std::optional<TestResponse> failure;
    int answerDelayMs = 0;

    // What the server saw of the looks at single jobs and batches.
    QList<Look> looks;
    int mostLooksAtOnce = 0;
    QElapsedTimer clock;

    qsizetype looksAt(const QString &id) const;
};

// Serves `world` on `server` (which counts the answers in flight).
void serveWatchWorld(TestHttpServer *server, std::shared_ptr<WatchWorld> world);

} // namespace BatchDeck::Testing
