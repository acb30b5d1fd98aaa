#pragma once

// The demo server's handlers, one per method and path. Each runs on a worker thread after the
// bearer token was checked; `arg` is the path's one parameter (a job, batch, item or directory
// id), empty for paths without one.

#include "demo/demorequest.h"

namespace BatchDeck::DemoRoutes {

using DemoHttp::DemoWorld;
using DemoHttp::RequestData;
using Handler = QHttpServerResponse (*)(DemoWorld &world, const QString &arg,
                                        const RequestData &request);

// v1 batch processing (demov1routes.cpp)
QHttpServerResponse listJobs(DemoWorld &world, const QString &, const RequestData &request);
QHttpServerResponse createJob(DemoWorld &world, const QString &, const RequestData &request);
QHttpServerResponse jobStatus(DemoWorld &world, const QString &jobId, const RequestData &request);
QHttpServerResponse listItems(DemoWorld &world, const QString &jobId, const RequestData &request);
QHttpServerResponse cancelJob(DemoWorld &world, const QString &jobId, const RequestData &request);
QHttpServerResponse processingResults(DemoWorld &world, const QString &itemId,
                                      const RequestData &request);

// v2 batches (demov2routes.cpp)
QHttpServerResponse listBatches(DemoWorld &world, const QString &, const RequestData &request);
QHttpServerResponse getBatch(DemoWorld &world, const QString &batchId, const RequestData &request);
QHttpServerResponse cancelBatch(DemoWorld &world, const QString &batchId,
                                const RequestData &request);
// The parse and extract jobs batch results refer to: GET /api/v2/parse/{id}, /extract/{id}.
QHttpServerResponse getParseJob(DemoWorld &world, const QString &jobId, const RequestData &request);
QHttpServerResponse getExtractJob(DemoWorld &world, const QString &jobId,
                                  const RequestData &request);

// Projects and directories (democatalogroutes.cpp)
QHttpServerResponse listProjects(DemoWorld &world, const QString &, const RequestData &request);
QHttpServerResponse listDirectories(DemoWorld &world, const QString &, const RequestData &request);
QHttpServerResponse getDirectory(DemoWorld &world, const QString &directoryId,
                                 const RequestData &request);
QHttpServerResponse listDirectoryFiles(DemoWorld &world, const QString &directoryId,
                                       const RequestData &request);
QHttpServerResponse getDirectoryFile(DemoWorld &world, const QString &directoryId,
                                     const QString &fileId, const RequestData &request);
// A presigned download URL's answer: no API key, the URL's signature instead.
QHttpServerResponse downloadFile(DemoWorld &world, const QString &fileId,
                                 const RequestData &request);

} // namespace BatchDeck::DemoRoutes
