#pragma once

#include "core/api/projectscope.h"
#include "core/jobs/job.h"
#include "core/jobs/processingresult.h"
#include "testhttpserver.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace BatchDeck::Testing {

// A finished job with failed items on a per-test server, for the re-run tests: its status, its
// failed items page by page, each item's processing results, and the answers to creates.
namespace Rerun {

inline const QString JobId = QStringLiteral("bjb-rerun-1");
inline const QString ProjectId = QStringLiteral("11111111-2222-3333-4444-555555555555");
inline const QString OrganizationId = QStringLiteral("66666666-7777-8888-9999-000000000000");
// As a server sends it: key order, spacing and a number no double holds must survive the trip.
inline const QByteArray ConfigA =
    R"({"job_name": "parse_raw_file_job", )"
    R"("parameters": {"tier": "agentic", "seed": 12345678901234567891}})";
inline const QByteArray ConfigB =
    R"({"job_name": "parse_raw_file_job", "parameters": {"tier": "fast"}})";

ProjectScope testScope();
// The job a creation answers: new, in the project asked for (another project is refused).
QJsonObject newJobJson(const QString &id = QStringLiteral("bjb-new"));
QString itemId(int index); // "dfl-3"
QJsonObject itemJson(int index, const QString &status = QStringLiteral("failed"));
// One result of `jobType` with `config` (raw JSON) and its hash, at `day` of January 2026.
QByteArray resultJson(const QString &item, const QByteArray &config, const QString &hash,
                      int day = 1, const QString &jobType = QStringLiteral("parse"));
Job parsed(const QJsonObject &json);
ItemProcessingResults resultsOf(const QString &item, const QByteArray &array);

// Failed items dfl-0 .. dfl-(failedCount - 1), pages of `pageSize` whatever the client asks.
struct FakeJobServer
{
    QJsonObject job = sampleJobJson(JobId);
    int failedCount = 3;
    int pageSize = 2;
    QHash<QString, QByteArray> results; // item id -> processing_results array text
    TestResponse createAnswer = TestResponse::json(201, newJobJson());
    // When set, answers each create instead of createAnswer, from the request's body.
    std::function<TestResponse(const QJsonObject &body)> answerCreate;
    int itemsStatus = 200;
    // The items' total_size: the true count, none, or an estimate (any other value).
    static constexpr int TrueTotal = -1;
    static constexpr int NoTotal = -2;
    int reportedTotal = TrueTotal;

    static bool isCreate(const TestRequest &request);
    TestResponse answer(const TestRequest &request) const;
    // Every failed item processed last with `config`.
    void allWith(const QByteArray &config, const QString &hash);
    // Item `index` processed last with `config`.
    void itemWith(int index, const QByteArray &config, const QString &hash);
};

QList<TestRequest> createRequests(const TestHttpServer &server);

} // namespace Rerun

} // namespace BatchDeck::Testing
