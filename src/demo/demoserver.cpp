#include "demo/demoserver.h"

#include "demo/demoroutes.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <utility>

namespace BatchDeck {

using namespace DemoHttp;

DemoServer::DemoServer(const DemoConfig &config, QObject *parent)
    : QObject(parent)
    , m_dataset(std::make_unique<DemoDataset>(config))
    , m_catalog(std::make_unique<DemoCatalog>(*m_dataset))
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

void DemoServer::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    using Methods = QList<std::pair<Method, DemoRoutes::Handler>>;

    // Every route answers on a worker thread. The data is copied out of the request first.
    const auto answer = [this](const QHttpServerRequest &request, QHttpServerResponder &&responder,
                               const Methods &methods, const QString &arg) {
        RequestData data = capture(request);
        const bool close = wantsClose(request);
        auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
        // A client may leave before its answer is ready; Qt deletes the socket then.
        QPointer<QTcpSocket> socket = pending->socket();
        // The answer goes back to this thread by a queued call: Qt 6.4's QFuture::then() with a
        // context object may run the continuation before the future counts as finished.
        m_workers.start([this, data = std::move(data), methods, arg, pending = std::move(pending),
                         socket, close]() mutable {
            if (data.delayMs > 0)
                QThread::msleep(ulong(data.delayMs));
            auto response = std::make_shared<QHttpServerResponse>([&] {
                if (auto refusal = refuseUnauthenticated(data))
                    return std::move(*refusal);
                m_dataset->advanceClock();
                for (const auto &[method, handler] : methods) {
                    if (method == data.method) {
                        DemoWorld world {*m_dataset, *m_catalog};
                        return handler(world, arg, data);
                    }
                }
                return detail(QStringLiteral("Method Not Allowed"), Status::MethodNotAllowed);
            }());
            QMetaObject::invokeMethod(
                this,
                [response, pending = std::move(pending), socket, close] {
                    if (socket && socket->state() == QAbstractSocket::ConnectedState)
                        respond(std::move(*response), std::move(*pending), close);
                },
                Qt::QueuedConnection);
        });
    };
    // One path, the handler for each method it takes; "<arg>" marks the path's one parameter.
    const auto route = [&](const QString &path, const Methods &methods) {
        if (path.contains(u"<arg>")) {
            m_server.route(path,
                           [=](const QString &arg, const QHttpServerRequest &request,
                               QHttpServerResponder &&responder) {
                               answer(request, std::move(responder), methods, arg);
                           });
        } else {
            m_server.route(
                path, [=](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                    answer(request, std::move(responder), methods, QString());
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

    m_server.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            respond(detail(QStringLiteral("Not Found"), Status::NotFound), std::move(responder),
                    wantsClose(request));
        });
}

} // namespace BatchDeck
