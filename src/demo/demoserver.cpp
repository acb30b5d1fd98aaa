#include "demoserver.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace BatchDeck {

namespace {

using Status = QHttpServerResponder::StatusCode;
const QString BatchPath = QStringLiteral("/api/v1/beta/batch-processing");
constexpr int MaxDelayMs = 30'000;

// What a worker thread needs of a request; the request object itself stays on the server thread.
struct RequestData
{
    QHttpServerRequest::Method method;
    QUrlQuery query;
    QByteArray authorization;
    QByteArray body;
    int delayMs = 0;
};

RequestData capture(const QHttpServerRequest &request)
{
    RequestData data {request.method(), request.query(), {}, request.body(), 0};
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            data.authorization = value;
        else if (name.compare(DemoServer::delayHeader(), Qt::CaseInsensitive) == 0)
            data.delayMs = std::clamp(value.toInt(), 0, MaxDelayMs);
    }
    return data;
}

QHttpServerResponse detail(const QString &text, Status status)
{
    return QHttpServerResponse(QJsonObject {{QStringLiteral("detail"), text}}, status);
}

// Collects FastAPI-shaped validation errors for the query string.
class QueryValidator
{
public:
    explicit QueryValidator(const QUrlQuery &query)
        : m_query(query)
    { }

    qint64 integer(const QString &name, qint64 defaultValue, qint64 minimum, qint64 maximum)
    {
        if (!m_query.hasQueryItem(name))
            return defaultValue;
        const QString text = m_query.queryItemValue(name, QUrl::FullyDecoded);
        bool ok = false;
        const qint64 value = text.trimmed().toLongLong(&ok);
        if (!ok) {
            add(QStringLiteral("int_parsing"), name,
                QStringLiteral("Input should be a valid integer, unable to parse string as an "
                               "integer"),
                text);
        } else if (value < minimum) {
            add(QStringLiteral("greater_than_equal"), name,
                QStringLiteral("Input should be greater than or equal to %1").arg(minimum), text,
                QJsonObject {{QStringLiteral("ge"), minimum}});
        } else if (value > maximum) {
            add(QStringLiteral("less_than_equal"), name,
                QStringLiteral("Input should be less than or equal to %1").arg(maximum), text,
                QJsonObject {{QStringLiteral("le"), maximum}});
        } else {
            return value;
        }
        return defaultValue;
    }

    QString choice(const QString &name, const QStringList &allowed)
    {
        if (!m_query.hasQueryItem(name))
            return {};
        const QString value = m_query.queryItemValue(name, QUrl::FullyDecoded);
        if (allowed.contains(value))
            return value;
        QStringList quoted;
        for (const QString &option : allowed)
            quoted << u'\'' + option + u'\'';
        const QString expected = quoted.mid(0, quoted.size() - 1).join(QStringLiteral(", "))
            + QStringLiteral(" or ") + quoted.last();
        add(QStringLiteral("enum"), name, QStringLiteral("Input should be ") + expected, value,
            QJsonObject {{QStringLiteral("expected"), expected}});
        return {};
    }

    QString uuid(const QString &name)
    {
        if (!m_query.hasQueryItem(name))
            return {};
        const QString value = m_query.queryItemValue(name, QUrl::FullyDecoded);
        if (!QUuid::fromString(value).isNull())
            return value;
        add(QStringLiteral("uuid_parsing"), name,
            QStringLiteral("Input should be a valid UUID, invalid character or length"), value);
        return {};
    }

    QString text(const QString &name) const
    {
        return m_query.queryItemValue(name, QUrl::FullyDecoded);
    }

    bool hasErrors() const { return !m_errors.isEmpty(); }
    QHttpServerResponse response() const
    {
        return QHttpServerResponse(QJsonObject {{QStringLiteral("detail"), m_errors}},
                                   Status::UnprocessableEntity);
    }

private:
    void add(const QString &type, const QString &name, const QString &message, const QString &input,
             const QJsonObject &context = {})
    {
        QJsonObject error {{QStringLiteral("type"), type},
                           {QStringLiteral("loc"), QJsonArray {QStringLiteral("query"), name}},
                           {QStringLiteral("msg"), message},
                           {QStringLiteral("input"), input}};
        if (!context.isEmpty())
            error.insert(u"ctx", context);
        m_errors.append(error);
    }

    QUrlQuery m_query;
    QJsonArray m_errors;
};

const QStringList JobTypes {QStringLiteral("parse"), QStringLiteral("extract"),
                            QStringLiteral("classify")};
const QStringList JobStatuses {QStringLiteral("pending"),    QStringLiteral("running"),
                               QStringLiteral("dispatched"), QStringLiteral("completed"),
                               QStringLiteral("failed"),     QStringLiteral("cancelled")};
const QStringList ItemStatuses {QStringLiteral("pending"),   QStringLiteral("processing"),
                                QStringLiteral("completed"), QStringLiteral("failed"),
                                QStringLiteral("skipped"),   QStringLiteral("cancelled")};

// FastAPI answers 401 with {"detail": ...} when the bearer token is missing or wrong.
std::optional<QHttpServerResponse> refuseUnauthenticated(const RequestData &request)
{
    if (!request.authorization.startsWith("Bearer ") || request.authorization.size() <= 7)
        return detail(QStringLiteral("Not authenticated"), Status::Unauthorized);
    if (QString::fromUtf8(request.authorization.mid(7)).trimmed() != DemoServer::apiKey())
        return detail(QStringLiteral("Invalid authentication token"), Status::Unauthorized);
    return std::nullopt;
}

QHttpServerResponse listJobs(DemoDataset &dataset, const RequestData &request, bool reportTotals)
{
    QueryValidator validator(request.query);
    DemoDataset::JobFilter filter;
    filter.directoryId = validator.text(QStringLiteral("directory_id"));
    filter.jobType = validator.choice(QStringLiteral("job_type"), JobTypes);
    filter.status = validator.choice(QStringLiteral("status"), JobStatuses);
    filter.projectId = validator.uuid(QStringLiteral("project_id"));
    filter.organizationId = validator.uuid(QStringLiteral("organization_id"));
    const qint64 limit = validator.integer(QStringLiteral("limit"), 50, 1, 1000);
    const qint64 offset =
        validator.integer(QStringLiteral("offset"), 0, 0, std::numeric_limits<qint32>::max());
    if (validator.hasErrors())
        return validator.response();

    const DemoDataset::JobSlice slice = dataset.listJobs(filter, offset, int(limit));
    QJsonArray items;
    for (const QJsonObject &job : slice.jobs)
        items.append(job);
    QJsonObject body {{QStringLiteral("items"), items},
                      {QStringLiteral("next_page_token"), QJsonValue::Null}};
    if (reportTotals)
        body.insert(u"total_size", slice.total);
    return QHttpServerResponse(body);
}

QHttpServerResponse jobStatus(DemoDataset &dataset, const QString &jobId)
{
    const std::optional<QJsonObject> job = dataset.job(jobId);
    if (!job)
        return detail(QStringLiteral("Batch job not found"), Status::NotFound);
    const double total = job->value(u"total_items").toDouble();
    const double done = job->value(u"processed_items").toDouble()
        + job->value(u"failed_items").toDouble() + job->value(u"skipped_items").toDouble();
    const double percentage = total > 0 ? std::min(100.0, 100.0 * done / total) : 0.0;
    return QHttpServerResponse(
        QJsonObject {{QStringLiteral("job"), *job},
                     {QStringLiteral("progress_percentage"), std::round(percentage * 100) / 100}});
}

QHttpServerResponse listItems(DemoDataset &dataset, const QString &jobId,
                              const RequestData &request, bool reportTotals)
{
    QueryValidator validator(request.query);
    const QString status = validator.choice(QStringLiteral("status"), ItemStatuses);
    validator.uuid(QStringLiteral("project_id"));
    validator.uuid(QStringLiteral("organization_id"));
    const qint64 limit = validator.integer(QStringLiteral("limit"), 100, 1, 1000);
    const qint64 offset =
        validator.integer(QStringLiteral("offset"), 0, 0, std::numeric_limits<qint32>::max());
    if (validator.hasErrors())
        return validator.response();
    const auto slice = dataset.listItems(jobId, status, offset, int(limit));
    if (!slice)
        return detail(QStringLiteral("Batch job not found"), Status::NotFound);
    QJsonArray items;
    for (const QJsonObject &item : slice->items)
        items.append(item);
    QJsonObject body {{QStringLiteral("items"), items},
                      {QStringLiteral("next_page_token"), QJsonValue::Null}};
    if (reportTotals)
        body.insert(u"total_size", slice->total);
    return QHttpServerResponse(body);
}

QHttpServerResponse cancelJob(DemoDataset &dataset, const QString &jobId,
                              const RequestData &request)
{
    // FastAPI requires the body (BatchJobCancelRequest), even if it is only {}.
    const QJsonDocument body = QJsonDocument::fromJson(request.body);
    if (!body.isObject()) {
        QJsonObject error {{QStringLiteral("type"),
                            request.body.isEmpty() ? QStringLiteral("missing")
                                                   : QStringLiteral("model_attributes_type")},
                           {QStringLiteral("loc"), QJsonArray {QStringLiteral("body")}},
                           {QStringLiteral("msg"),
                            request.body.isEmpty() ? QStringLiteral("Field required")
                                                   : QStringLiteral("Input should be a valid "
                                                                    "dictionary or object")},
                           {QStringLiteral("input"), QJsonValue::Null}};
        return QHttpServerResponse(QJsonObject {{QStringLiteral("detail"), QJsonArray {error}}},
                                   Status::UnprocessableEntity);
    }
    QJsonObject response;
    switch (dataset.cancel(jobId, &response)) {
    case DemoDataset::CancelOutcome::NotFound:
        return detail(QStringLiteral("Batch job not found"), Status::NotFound);
    case DemoDataset::CancelOutcome::AlreadyFinished:
        return QHttpServerResponse(response, Status::Conflict);
    case DemoDataset::CancelOutcome::Cancelled:
        break;
    }
    return QHttpServerResponse(response);
}

} // namespace

// Serves the routes of DemoServer::addRoutes. QHttpServer (Qt 6.4 to 6.6) cannot be used for
// answers computed on worker threads: when the client closes the connection before the answer
// is ready (the window aborts every request a newer one made stale), it deletes the socket and
// the request, then writes the late answer to both, a use-after-free that crashed the window
// now and then. Here a late answer goes out only while its connection is still open.
class DemoHttpServer : public QAbstractHttpServer
{
public:
    // The answer to a request, or nothing for a path the server does not know.
    using Router =
        std::function<std::optional<QFuture<QHttpServerResponse>>(const QHttpServerRequest &)>;

    explicit DemoHttpServer(Router router)
        : m_router(std::move(router))
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        std::optional<QFuture<QHttpServerResponse>> answer = m_router(request);
        if (!answer)
            return false;
        const QPointer<QTcpSocket> client = socket;
        const QHttpServerRequest *asked = &request; // deleted together with its socket
        answer->then(this, [client, asked](QHttpServerResponse &&response) {
            if (client && client->state() == QAbstractSocket::ConnectedState)
                response.write(makeResponder(*asked, client));
        });
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        makeResponder(request, socket)
            .write(QByteArrayLiteral(R"({"detail":"Not Found"})"),
                   QByteArrayLiteral("application/json"), Status::NotFound);
    }

private:
    Router m_router;
};

DemoServer::DemoServer(const DemoConfig &config, QObject *parent)
    : QObject(parent)
    , m_dataset(std::make_unique<DemoDataset>(config))
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
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        const QList<QTcpServer *> servers = m_server->servers();
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
    // Every route answers on a worker thread. The data is copied out of the request first.
    const auto answer = [this](const QHttpServerRequest &request, auto handler) {
        RequestData data = capture(request);
        return QtConcurrent::run(&m_workers, [this, data = std::move(data), handler] {
            if (data.delayMs > 0)
                QThread::msleep(ulong(data.delayMs));
            if (auto refusal = refuseUnauthenticated(data))
                return std::move(*refusal);
            m_dataset->advanceClock();
            return handler(*m_dataset, data);
        });
    };
    const auto methodNotAllowed = [] {
        return detail(QStringLiteral("Method Not Allowed"), Status::MethodNotAllowed);
    };
    const auto only = [methodNotAllowed](QHttpServerRequest::Method method, auto handler) {
        return [=](DemoDataset &dataset, const RequestData &data) {
            return data.method == method ? handler(dataset, data) : methodNotAllowed();
        };
    };
    static const QRegularExpression jobPath(
        QStringLiteral("^%1/([^/]+)(/items|/cancel)?$").arg(QRegularExpression::escape(BatchPath)));

    m_server = std::make_unique<DemoHttpServer>(
        [=](const QHttpServerRequest &request) -> std::optional<QFuture<QHttpServerResponse>> {
            using Method = QHttpServerRequest::Method;
            const QString path = request.url().path();
            if (path == BatchPath) {
                return answer(request, only(Method::Get, [](DemoDataset &dataset, auto &data) {
                                  return listJobs(dataset, data, dataset.reportsTotals());
                              }));
            }
            const QRegularExpressionMatch match = jobPath.match(path);
            if (!match.hasMatch())
                return std::nullopt;
            const QString jobId = match.captured(1);
            const QString what = match.captured(2);
            if (what.isEmpty()) {
                return answer(request, only(Method::Get, [jobId](DemoDataset &dataset, auto &) {
                                  return jobStatus(dataset, jobId);
                              }));
            }
            if (what == u"/items") {
                return answer(request, only(Method::Get, [jobId](DemoDataset &dataset, auto &data) {
                                  return listItems(dataset, jobId, data, dataset.reportsTotals());
                              }));
            }
            return answer(request, only(Method::Post, [jobId](DemoDataset &dataset, auto &data) {
                              return cancelJob(dataset, jobId, data);
                          }));
        });
}

} // namespace BatchDeck
