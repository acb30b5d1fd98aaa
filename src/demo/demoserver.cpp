#include "demoserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QThreadPool>
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

// Whether the client asked to close the connection after this answer (RFC 9112, 9.6).
bool wantsClose(const QHttpServerRequest &request)
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("connection", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &option : value.split(',')) {
            if (option.trimmed().compare("close", Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

// Qt HttpServer 6.4 keeps every connection open, even one the client asked to close: so the demo
// writes its answers itself and then closes when asked.
void respond(QHttpServerResponse &&response, QHttpServerResponder &&responder, bool close)
{
    QTcpSocket *socket = responder.socket();
    if (close)
        response.setHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    response.write(std::move(responder));
    if (close)
        socket->disconnectFromHost(); // after what was written has gone out
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
        // Any UUID, the nil one included (QUuid::fromString cannot tell it from garbage).
        static const QRegularExpression uuid(
            QStringLiteral(R"(^(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|)"
                           R"(\{[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\})$)"),
            QRegularExpression::CaseInsensitiveOption);
        const QString value = m_query.queryItemValue(name, QUrl::FullyDecoded);
        if (uuid.match(value).hasMatch())
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

// The scope a job call may carry. A job outside it is answered as if it did not exist, as the
// API does for a job of another project; a project_id or organization_id that is not a UUID
// gets FastAPI's 422 through the validator.
struct RequestScope
{
    QString projectId, organizationId; // empty: not given
    explicit RequestScope(QueryValidator &validator)
        : projectId(validator.uuid(QStringLiteral("project_id")))
        , organizationId(validator.uuid(QStringLiteral("organization_id")))
    { }
    bool excludes(const DemoDataset &dataset, const QString &jobId) const
    {
        if (!organizationId.isEmpty()
            && organizationId.compare(dataset.organizationId(), Qt::CaseInsensitive) != 0)
            return true;
        if (projectId.isEmpty())
            return false;
        const std::optional<QJsonObject> job = dataset.job(jobId);
        return job
            && job->value(u"project_id").toString().compare(projectId, Qt::CaseInsensitive) != 0;
    }
};

QHttpServerResponse jobStatus(DemoDataset &dataset, const QString &jobId,
                              const RequestData &request)
{
    QueryValidator validator(request.query);
    const RequestScope scope(validator);
    if (validator.hasErrors())
        return validator.response();
    if (scope.excludes(dataset, jobId))
        return detail(QStringLiteral("Batch job not found"), Status::NotFound);
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
    const RequestScope scope(validator);
    const qint64 limit = validator.integer(QStringLiteral("limit"), 100, 1, 1000);
    const qint64 offset =
        validator.integer(QStringLiteral("offset"), 0, 0, std::numeric_limits<qint32>::max());
    if (validator.hasErrors())
        return validator.response();
    if (scope.excludes(dataset, jobId))
        return detail(QStringLiteral("Batch job not found"), Status::NotFound);
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
    QueryValidator validator(request.query);
    const RequestScope scope(validator);
    if (validator.hasErrors())
        return validator.response();
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
    if (scope.excludes(dataset, jobId))
        return detail(QStringLiteral("Batch job not found"), Status::NotFound);
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
    // Every route answers on a worker thread. The data is copied out of the request first.
    const auto answer = [this](const QHttpServerRequest &request, QHttpServerResponder &&responder,
                               auto handler) {
        RequestData data = capture(request);
        const bool close = wantsClose(request);
        auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
        // A client may leave before its answer is ready; Qt deletes the socket then.
        QPointer<QTcpSocket> socket = pending->socket();
        // The answer goes back to this thread by a queued call: Qt 6.4's QFuture::then() with a
        // context object may run the continuation before the future counts as finished.
        m_workers.start([this, data = std::move(data), handler, pending = std::move(pending),
                         socket, close]() mutable {
            if (data.delayMs > 0)
                QThread::msleep(ulong(data.delayMs));
            auto response = std::make_shared<QHttpServerResponse>([&] {
                if (auto refusal = refuseUnauthenticated(data))
                    return std::move(*refusal);
                m_dataset->advanceClock();
                return handler(*m_dataset, data);
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
    const auto methodNotAllowed = [] {
        return detail(QStringLiteral("Method Not Allowed"), Status::MethodNotAllowed);
    };

    m_server.route(BatchPath,
                   [=](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       answer(request, std::move(responder),
                              [=](DemoDataset &dataset, const RequestData &data) {
                                  if (data.method != QHttpServerRequest::Method::Get)
                                      return methodNotAllowed();
                                  return listJobs(dataset, data, dataset.reportsTotals());
                              });
                   });
    m_server.route(BatchPath + QStringLiteral("/<arg>"),
                   [=](const QString &jobId, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder) {
                       answer(request, std::move(responder),
                              [=](DemoDataset &dataset, const RequestData &data) {
                                  if (data.method != QHttpServerRequest::Method::Get)
                                      return methodNotAllowed();
                                  return jobStatus(dataset, jobId, data);
                              });
                   });
    m_server.route(BatchPath + QStringLiteral("/<arg>/items"),
                   [=](const QString &jobId, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder) {
                       answer(request, std::move(responder),
                              [=](DemoDataset &dataset, const RequestData &data) {
                                  if (data.method != QHttpServerRequest::Method::Get)
                                      return methodNotAllowed();
                                  return listItems(dataset, jobId, data, dataset.reportsTotals());
                              });
                   });
    m_server.route(BatchPath + QStringLiteral("/<arg>/cancel"),
                   [=](const QString &jobId, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder) {
                       answer(request, std::move(responder),
                              [=](DemoDataset &dataset, const RequestData &data) {
                                  if (data.method != QHttpServerRequest::Method::Post)
                                      return methodNotAllowed();
                                  return cancelJob(dataset, jobId, data);
                              });
                   });
    m_server.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            respond(detail(QStringLiteral("Not Found"), Status::NotFound), std::move(responder),
                    wantsClose(request));
        });
}

} // namespace BatchDeck
