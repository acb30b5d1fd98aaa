#include "demo/demoserver.h"

#include "demo/demoroutes.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>
#include <utility>

namespace BatchDeck {

using namespace DemoHttp;

struct DemoServer::Delivery
{
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket; // Qt deletes the socket when the client leaves
    bool close = false;
    QElapsedTimer arrived;
    qint64 dueMs = 0; // after arrival
    std::optional<QHttpServerResponse> response; // made on a worker thread
};

DemoServer::DemoServer(const DemoConfig &config, QObject *parent)
    : QObject(parent)
    , m_dataset(std::make_unique<DemoDataset>(config))
    , m_catalog(std::make_unique<DemoCatalog>(*m_dataset))
    , m_latencyMs(std::max(0, config.latencyMs))
    , m_maxInFlight(std::max(0, config.maxInFlight))
    , m_retryAfterMs(std::max(0, config.retryAfterMs))
{
    m_workers.setMaxThreadCount(8);
    addRoutes();
}

DemoServer::~DemoServer()
{
    m_workers.waitForDone(); // the dataset must outlive every answer in progress
}

QString DemoServer::apiKey()
{
    return QStringLiteral("llx-batchdeck-demo");
}

QUrl DemoServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

bool DemoServer::listen(quint16 port)
{
    m_port = m_server.listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        const QList<QTcpServer *> servers = m_server.servers();
        m_error = tr("Could not listen on 127.0.0.1:%1 (%2).")
                      .arg(port)
                      .arg(servers.isEmpty() ? tr("the port may be in use")
                                             : servers.first()->errorString());
        return false;
    }
    return true;
}

DemoServer::Counters DemoServer::counters() const
{
    const QMutexLocker lock(&m_countersMutex);
    return m_counters;
}

bool DemoServer::admit()
{
    const QMutexLocker lock(&m_countersMutex);
    if (m_maxInFlight > 0 && m_counters.inFlight >= m_maxInFlight)
        return false;
    ++m_counters.inFlight;
    m_counters.peakInFlight = std::max(m_counters.peakInFlight, m_counters.inFlight);
    return true;
}

void DemoServer::countRefusal()
{
    const QMutexLocker lock(&m_countersMutex);
    ++m_counters.answered;
    ++m_counters.refused;
}

void DemoServer::countDelivery(bool written)
{
    const QMutexLocker lock(&m_countersMutex);
    --m_counters.inFlight;
    if (written)
        ++m_counters.answered;
}

void DemoServer::answer(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                        Compute compute)
{
    QElapsedTimer arrived;
    arrived.start();
    const bool close = wantsClose(request);
    if (!admit()) {
        // At once, and without holding a place: a rate limiter refuses before any work.
        respond(tooManyRequests(m_retryAfterMs), std::move(responder), close);
        countRefusal();
        return;
    }
    // The data is copied out of the request first: the request stays on this thread.
    RequestData data = capture(request);
    const qint64 dueMs = qint64(m_latencyMs) + data.delayMs;
    auto delivery = std::make_shared<Delivery>(
        Delivery {std::move(responder), {}, close, arrived, dueMs, std::nullopt});
    delivery->socket = delivery->responder.socket();
    // The answer goes back to this thread by a queued call: Qt 6.4's QFuture::then() with a
    // context object may run the continuation before the future counts as finished.
    m_workers.start([this, data = std::move(data), compute = std::move(compute), delivery] {
        delivery->response.emplace(compute(data));
        QMetaObject::invokeMethod(
            this, [this, delivery] { deliverWhenDue(delivery); }, Qt::QueuedConnection);
    });
}

void DemoServer::deliverWhenDue(const std::shared_ptr<Delivery> &delivery)
{
    const qint64 leftNs = delivery->dueMs * 1'000'000 - delivery->arrived.nsecsElapsed();
    if (leftNs <= 0) {
        deliver(*delivery);
        return;
    }
    // A timer of this thread rather than a sleeping worker, so that any number of answers wait
    // at once. Precise: a coarse timer may fire up to 5 % early. Owned by the server, so that
    // answers still waiting when it goes go with it.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [this, timer, delivery] {
        timer->deleteLater();
        deliver(*delivery);
    });
    timer->start(int((leftNs + 999'999) / 1'000'000)); // rounded up: never before its time
}

void DemoServer::deliver(Delivery &delivery)
{
    const bool connected =
        delivery.socket && delivery.socket->state() == QAbstractSocket::ConnectedState;
    if (connected)
        respond(std::move(*delivery.response), std::move(delivery.responder), delivery.close);
    countDelivery(connected);
}

void DemoServer::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    using Methods = QList<std::pair<Method, DemoRoutes::Handler>>;

    // What every API route computes on a worker thread: the key checked, then the answer.
    const auto checked = [this](const RequestData &data, const auto &answer) {
        if (auto refusal = refuseUnauthenticated(data))
            return std::move(*refusal);
        m_dataset->advanceClock();
        DemoWorld world {*m_dataset, *m_catalog};
        return answer(world);
    };
    const auto handle = [checked](const Methods &methods, const QString &arg) -> Compute {
        return [checked, methods, arg](const RequestData &data) {
            return checked(data, [&](DemoWorld &world) {
                for (const auto &[method, handler] : methods) {
                    if (method == data.method)
                        return handler(world, arg, data);
                }
                return detail(QStringLiteral("Method Not Allowed"), Status::MethodNotAllowed);
            });
        };
    };
    // One path, the handler for each method it takes; "<arg>" marks the path's one parameter.
    const auto route = [&](const QString &path, const Methods &methods) {
        if (path.contains(u"<arg>")) {
            m_server.route(path,
                           [this, handle, methods](const QString &arg,
                                                   const QHttpServerRequest &request,
                                                   QHttpServerResponder &&responder) {
                               answer(request, std::move(responder), handle(methods, arg));
                           });
        } else {
            m_server.route(path,
                           [this, handle, methods](const QHttpServerRequest &request,
                                                   QHttpServerResponder &&responder) {
                               answer(request, std::move(responder), handle(methods, QString()));
                           });
        }
    };

    using namespace DemoRoutes;
    const QString v1 = QStringLiteral("/api/v1/beta/batch-processing");
    route(v1, {{Method::Get, &listJobs}, {Method::Post, &createJob}});
    route(v1 + u"/items/<arg>/processing-results", {{Method::Get, &processingResults}});
    route(v1 + u"/<arg>", {{Method::Get, &jobStatus}});
    route(v1 + u"/<arg>/items", {{Method::Get, &listItems}});
    route(v1 + u"/<arg>/cancel", {{Method::Post, &cancelJob}});
    const QString v2 = QStringLiteral("/api/v2/batches");
    route(v2, {{Method::Get, &listBatches}});
    route(v2 + u"/<arg>", {{Method::Get, &getBatch}});
    route(v2 + u"/<arg>/cancel", {{Method::Post, &cancelBatch}});
    route(QStringLiteral("/api/v1/projects"), {{Method::Get, &listProjects}});
    const QString directories = QStringLiteral("/api/v1/beta/directories");
    route(directories, {{Method::Get, &listDirectories}});
    route(directories + u"/<arg>", {{Method::Get, &getDirectory}});
    route(directories + u"/<arg>/files", {{Method::Get, &listDirectoryFiles}});
    // The one path with two parameters, GET only.
    m_server.route(directories + u"/<arg>/files/<arg>",
                   [this, checked](const QString &directoryId, const QString &fileId,
                                   const QHttpServerRequest &request,
                                   QHttpServerResponder &&responder) {
                       answer(request, std::move(responder),
                              [checked, directoryId, fileId](const RequestData &data) {
                                  return checked(data, [&](DemoWorld &world) {
                                      if (data.method != Method::Get)
                                          return detail(QStringLiteral("Method Not Allowed"),
                                                        Status::MethodNotAllowed);
                                      return getDirectoryFile(world, directoryId, fileId, data);
                                  });
                              });
                   });
    route(QStringLiteral("/api/v2/parse/<arg>"), {{Method::Get, &getParseJob}});
    route(QStringLiteral("/api/v2/extract/<arg>"), {{Method::Get, &getExtractJob}});
    // Presigned download URLs: signed, so without the API key, as a storage service answers.
    m_server.route(QStringLiteral("/demo-files/<arg>"),
                   [this](const QString &fileId, const QHttpServerRequest &request,
                          QHttpServerResponder &&responder) {
                       answer(request, std::move(responder),
                              [this, fileId](const RequestData &data) {
                                  DemoWorld world {*m_dataset, *m_catalog};
                                  return downloadFile(world, fileId, data);
                              });
                   });

    // Late and limited like any other answer: on a real network a wrong path is no faster.
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            answer(request, std::move(responder), [](const RequestData &) {
                return detail(QStringLiteral("Not Found"), Status::NotFound);
            });
        });
}

} // namespace BatchDeck
