#pragma once

#include "demo/democatalog.h"
#include "demo/demodataset.h"

#include <QHttpServer>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QUrl>

#include <functional>
#include <memory>

namespace BatchDeck {

namespace DemoHttp {
struct RequestData;
}

// The built-in demo server: the batch-processing API (v1 jobs, v2 batches, projects,
// directories, processing results), its paths, parameters, validation (FastAPI's
// 422 shape), bearer-token check and JSON, over a generated DemoDataset, on 127.0.0.1 only.
// Answers are computed on worker threads; an answer that is to be late (DemoConfig::latencyMs,
// delayHeader()) then waits on a timer of the server's thread, not on a worker, so any number of
// late answers wait at once and a slow one holds up no other. With DemoConfig::maxInFlight set,
// it refuses what is beyond the limit with 429, as a rate-limiting service does.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    // What the server has done since it started; safe to read from any thread.
    struct Counters
    {
        qint64 answered = 0; // answers written, 429s included; not those whose client had left
        qint64 refused = 0; // 429 answers (DemoConfig::maxInFlight)
        int inFlight = 0; // requests being answered now, their wait included
        int peakInFlight = 0; // the most in flight at once
    };

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
    // A request header that makes the demo answer late, for trying timeouts and concurrency: its
    // milliseconds (up to 30 s) add to DemoConfig::latencyMs.
    static QByteArray delayHeader() { return QByteArrayLiteral("X-Demo-Delay-Ms"); }

    Counters counters() const;

private:
    struct Delivery; // an answer on its way back: its client, its response, when it is due
    using Compute = std::function<QHttpServerResponse(const DemoHttp::RequestData &)>;

    void addRoutes();
    // Refuses with 429 when the server is full; otherwise computes the answer on a worker and
    // sends it when due.
    void answer(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                Compute compute);
    void deliverWhenDue(const std::shared_ptr<Delivery> &delivery);
    void deliver(Delivery &delivery);
    bool admit(); // false: the request is one too many
    void countRefusal();
    void countDelivery(bool written);

    std::unique_ptr<DemoDataset> m_dataset;
    std::unique_ptr<DemoCatalog> m_catalog; // refers to m_dataset
    const int m_latencyMs;
    const int m_maxInFlight;
    const int m_retryAfterMs;
    mutable QMutex m_countersMutex; // changed on the server's thread, read from any
    Counters m_counters;
    QThreadPool m_workers;
    QHttpServer m_server;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace BatchDeck
