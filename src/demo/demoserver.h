#pragma once

#include "demo/democatalog.h"
#include "demo/demodataset.h"

#include <QHttpServer>
#include <QObject>
#include <QThreadPool>
#include <QUrl>

#include <memory>

namespace BatchDeck {

// The built-in demo server: the batch-processing API (v1 jobs, v2 batches, projects,
// directories, processing results), its paths, parameters, validation (FastAPI's
// 422 shape), bearer-token check and JSON, over a generated DemoDataset, on 127.0.0.1 only.
// Requests are answered on worker threads, so a slow one does not hold up the others.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    explicit DemoServer(const DemoConfig &config, QObject *parent = nullptr);
    ~DemoServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one. Returns false with errorString() set.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QString errorString() const { return m_error; }

    DemoDataset &dataset() { return *m_dataset; }
    DemoCatalog &catalog() { return *m_catalog; }

    // The only key the demo server accepts.
    static QString apiKey();
    // A request header that makes the demo answer late, for trying timeouts and concurrency.
    static QByteArray delayHeader() { return QByteArrayLiteral("X-Demo-Delay-Ms"); }

private:
    void addRoutes();

    std::unique_ptr<DemoDataset> m_dataset;
    std::unique_ptr<DemoCatalog> m_catalog; // refers to m_dataset
    QThreadPool m_workers;
    QHttpServer m_server;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace BatchDeck
