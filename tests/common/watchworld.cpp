#include "watchworld.h"

#include "batchsamples.h"

#include <QJsonArray>

#include <algorithm>

namespace BatchDeck::Testing {

namespace {

const QString JobsPath = QStringLiteral("/api/v1/beta/batch-processing");
const QString BatchesPath = QStringLiteral("/api/v2/batches");

QJsonObject jobJson(const QString &id, const WatchWorld::Work &work)
{
    QJsonObject job = sampleJobJson(id);
    job.insert(u"status", work.status);
    job.insert(u"error_message",
               work.errorMessage.isNull() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(work.errorMessage));
    if (!work.projectId.isEmpty())
        job.insert(u"project_id", work.projectId);
    return job;
}

QJsonObject batchJson(const QString &id, const WatchWorld::Work &work)
{
    QJsonObject batch = sampleBatchJson(id);
    batch.insert(u"status", work.status);
    batch.remove(u"results");
    return batch;
}

TestResponse notFound()
{
    return TestResponse::json(404, QByteArray(R"({"detail":"Not Found"})"));
}

// The list of every job or batch of `status` (all without one).
template<typename ToJson>
QJsonObject listJson(const QMap<QString, WatchWorld::Work> &all, const QString &status,
                     ToJson toJson)
{
    QJsonArray items;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (status.isEmpty() || it->status.compare(status, Qt::CaseInsensitive) == 0)
            items.append(toJson(it.key(), *it));
    }
    return {{QStringLiteral("items"), items}, {QStringLiteral("total_size"), items.size()}};
}

} // namespace

qsizetype WatchWorld::looksAt(const QString &id) const
{
    return std::count_if(looks.cbegin(), looks.cend(),
                         [&id](const Look &look) { return look.id == id; });
}

void serveWatchWorld(TestHttpServer *server, std::shared_ptr<WatchWorld> world)
{
    world->clock.start();
    server->setHandler([server, world](const TestRequest &request) {
        const QString status = request.query.queryItemValue(QStringLiteral("status"));
        if (request.path == JobsPath)
            return TestResponse::json(200, listJson(world->jobs, status, jobJson));
        if (request.path == BatchesPath)
            return TestResponse::json(200, listJson(world->batches, status, batchJson));
        const bool job = request.path.startsWith(QString(JobsPath + u'/'));
        const bool batch = request.path.startsWith(QString(BatchesPath + u'/'));
        if (!job && !batch)
            return notFound();
        const QString id = request.path.section(u'/', -1);
        // This request is counted already, and the answers sent so far.
        const int inFlight = int(server->requests().size()) - server->responsesSent();
        world->mostLooksAtOnce = std::max(world->mostLooksAtOnce, inFlight);
        world->looks.append({id, world->clock.elapsed()});
        if (world->failure)
            return TestResponse(*world->failure).delayedBy(world->answerDelayMs);
        if (job && world->jobs.contains(id)
            && (world->jobs.value(id).projectId.isEmpty()
                || request.query.queryItemValue(QStringLiteral("project_id"))
                    == world->jobs.value(id).projectId)) {
            const QJsonObject body {{QStringLiteral("job"), jobJson(id, world->jobs.value(id))},
                                    {QStringLiteral("progress_percentage"), 50}};
            return TestResponse::json(200, body).delayedBy(world->answerDelayMs);
        }
        if (batch && world->batches.contains(id))
            return TestResponse::json(200, batchJson(id, world->batches.value(id)))
                .delayedBy(world->answerDelayMs);
        return notFound().delayedBy(world->answerDelayMs);
    });
}

} // namespace BatchDeck::Testing
