// The v1 batch-processing API: jobs, their items, cancel, create and processing results.
#include "demo/demoroutes.h"

#include <QJsonDocument>

#include <cmath>

namespace BatchDeck::DemoRoutes {

using namespace DemoHttp;

namespace {

const QStringList &jobTypes()
{
    static const QStringList values {QStringLiteral("parse"), QStringLiteral("extract"),
                                     QStringLiteral("classify")};
    return values;
}
const QStringList &jobStatuses()
{
    static const QStringList values {QStringLiteral("pending"),    QStringLiteral("running"),
                                     QStringLiteral("dispatched"), QStringLiteral("completed"),
                                     QStringLiteral("failed"),     QStringLiteral("cancelled")};
    return values;
}
const QStringList &itemStatuses()
{
    static const QStringList values {QStringLiteral("pending"),   QStringLiteral("processing"),
                                     QStringLiteral("completed"), QStringLiteral("failed"),
                                     QStringLiteral("skipped"),   QStringLiteral("cancelled")};
    return values;
}

// The scope a job call may carry. A job outside it is answered as if it did not exist, as the
// API does for a job of another project; a project_id or organization_id that is not a UUID
// gets FastAPI's 422 through the validator.
struct RequestScope
{
    QString projectId, organizationId; // empty: not given
    explicit RequestScope(Validator &validator)
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

} // namespace

QHttpServerResponse listJobs(DemoWorld &world, const QString &, const RequestData &request)
{
    DemoDataset &dataset = world.jobs;
    const bool reportTotals = dataset.reportsTotals();
    Validator validator(request.query);
    DemoDataset::JobFilter filter;
    filter.directoryId = validator.text(QStringLiteral("directory_id"));
    filter.jobType = validator.choice(QStringLiteral("job_type"), jobTypes());
    filter.status = validator.choice(QStringLiteral("status"), jobStatuses());
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

QHttpServerResponse jobStatus(DemoWorld &world, const QString &jobId, const RequestData &request)
{
    DemoDataset &dataset = world.jobs;
    Validator validator(request.query);
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

QHttpServerResponse listItems(DemoWorld &world, const QString &jobId, const RequestData &request)
{
    DemoDataset &dataset = world.jobs;
    const bool reportTotals = dataset.reportsTotals();
    Validator validator(request.query);
    const QString status = validator.choice(QStringLiteral("status"), itemStatuses());
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

QHttpServerResponse cancelJob(DemoWorld &world, const QString &jobId, const RequestData &request)
{
    DemoDataset &dataset = world.jobs;
    Validator validator(request.query);
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

namespace {

QJsonArray bodyLoc(const QJsonArray &rest = {})
{
    QJsonArray loc {QStringLiteral("body")};
    for (const auto &part : rest)
        loc.append(part);
    return loc;
}

// The job type a job_config stands for: a ClassifyJob (it has rules) or a
// BatchParseJobRecordCreate (type "parse"). Empty, with errors added, when it is neither.
QString jobTypeOf(const QJsonObject &config, Validator &validator)
{
    const QString field = QStringLiteral("job_config");
    if (config.contains(u"rules")) {
        bool valid = true;
        for (const char *required : {"status", "id", "rules", "user_id", "project_id"}) {
            if (!config.contains(QLatin1String(required))) {
                validator.add(QStringLiteral("missing"),
                              bodyLoc({field, QString::fromLatin1(required)}),
                              QStringLiteral("Field required"), config);
                valid = false;
            }
        }
        const QJsonValue rules = config.value(u"rules");
        if (!rules.isArray() || rules.toArray().isEmpty()) {
            validator.add(QStringLiteral("too_short"), bodyLoc({field, QStringLiteral("rules")}),
                          QStringLiteral("List should have at least 1 item after validation"),
                          rules);
            valid = false;
        }
        return valid ? QStringLiteral("classify") : QString();
    }
    const QJsonValue type = config.value(u"type");
    if (!type.isUndefined() && type != QJsonValue(QStringLiteral("parse"))) {
        validator.add(QStringLiteral("literal_error"), bodyLoc({field, QStringLiteral("type")}),
                      QStringLiteral("Input should be 'parse'"), type,
                      QJsonObject {{QStringLiteral("expected"), QStringLiteral("'parse'")}});
        return {};
    }
    const QJsonValue lang = config.value(u"lang");
    if (!lang.isUndefined() && !lang.isString()) {
        validator.add(QStringLiteral("string_type"), bodyLoc({field, QStringLiteral("lang")}),
                      QStringLiteral("Input should be a valid string"), lang);
        return {};
    }
    return QStringLiteral("parse");
}

void checkInteger(const QJsonObject &body, const QString &name, qint64 minimum, qint64 maximum,
                  bool nullable, Validator &validator)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || (nullable && value.isNull()))
        return;
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number)) {
        validator.add(QStringLiteral("int_type"), bodyLoc({name}),
                      QStringLiteral("Input should be a valid integer"), value);
    } else if (number < double(minimum)) {
        validator.add(QStringLiteral("greater_than_equal"), bodyLoc({name}),
                      QStringLiteral("Input should be greater than or equal to %1").arg(minimum),
                      value, QJsonObject {{QStringLiteral("ge"), minimum}});
    } else if (number > double(maximum)) {
        validator.add(QStringLiteral("less_than_equal"), bodyLoc({name}),
                      QStringLiteral("Input should be less than or equal to %1").arg(maximum),
                      value, QJsonObject {{QStringLiteral("le"), maximum}});
    }
}

} // namespace

QHttpServerResponse createJob(DemoWorld &world, const QString &, const RequestData &request)
{
    Validator validator(request.query);
    const QString projectId = validator.uuid(QStringLiteral("project_id"));
    const QString organizationId = validator.uuid(QStringLiteral("organization_id"));
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (request.body.trimmed().isEmpty()) {
        validator.add(QStringLiteral("missing"), bodyLoc(), QStringLiteral("Field required"),
                      QJsonValue::Null);
    } else if (parseError.error != QJsonParseError::NoError) {
        validator.add(QStringLiteral("json_invalid"), bodyLoc({parseError.offset}),
                      QStringLiteral("JSON decode error"), QJsonObject {},
                      QJsonObject {{QStringLiteral("error"), parseError.errorString()}});
    } else if (!document.isObject()) {
        validator.add(QStringLiteral("model_attributes_type"), bodyLoc(),
                      QStringLiteral("Input should be a valid dictionary or object"),
                      document.isArray() ? QJsonValue(document.array()) : QJsonValue::Null);
    }
    if (validator.hasErrors())
        return validator.response();

    const QJsonObject body = document.object();
    QString jobType;
    const QJsonValue config = body.value(u"job_config");
    if (config.isUndefined()) {
        validator.add(QStringLiteral("missing"), bodyLoc({QStringLiteral("job_config")}),
                      QStringLiteral("Field required"), body);
    } else if (!config.isObject()) {
        validator.add(QStringLiteral("model_attributes_type"),
                      bodyLoc({QStringLiteral("job_config")}),
                      QStringLiteral("Input should be a valid dictionary or object"), config);
    } else {
        jobType = jobTypeOf(config.toObject(), validator);
    }
    checkInteger(body, QStringLiteral("page_size"), 1, 1000, false, validator);
    checkInteger(body, QStringLiteral("continue_as_new_threshold"),
                 std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), true,
                 validator);

    DemoDataset::NewJob job;
    job.jobType = jobType;
    const QJsonValue directory = body.value(u"directory_id");
    if (directory.isString()) {
        job.directoryId = directory.toString();
        job.items = world.catalog.directoryFiles(job.directoryId);
        const std::optional<QJsonObject> known = world.catalog.directory(job.directoryId);
        if (!known || !known->value(u"deleted_at").isNull()) {
            validator.add(QStringLiteral("value_error"), bodyLoc({QStringLiteral("directory_id")}),
                          QStringLiteral("Value error, no directory with this id"), directory);
        } else {
            job.projectId = known->value(u"project_id").toString();
        }
    } else if (!directory.isUndefined() && !directory.isNull()) {
        validator.add(QStringLiteral("string_type"), bodyLoc({QStringLiteral("directory_id")}),
                      QStringLiteral("Input should be a valid string"), directory);
    }
    const QJsonValue itemIds = body.value(u"item_ids");
    const QJsonArray itemArray = itemIds.toArray();
    if (itemIds.isArray()) {
        for (int i = 0; i < itemArray.size(); ++i) {
            const QJsonValue id = itemArray.at(i);
            const QJsonArray loc = bodyLoc({QStringLiteral("item_ids"), i});
            if (!id.isString()) {
                validator.add(QStringLiteral("string_type"), loc,
                              QStringLiteral("Input should be a valid string"), id);
            } else if (const auto item = world.jobs.item(id.toString())) {
                job.items.append({item->itemId, item->itemName});
            } else if (const auto name = world.catalog.fileName(id.toString())) {
                job.items.append({id.toString(), *name});
            } else {
                validator.add(QStringLiteral("value_error"), loc,
                              QStringLiteral("Value error, no item with this id"), id);
            }
        }
    } else if (!itemIds.isUndefined() && !itemIds.isNull()) {
        validator.add(QStringLiteral("list_type"), bodyLoc({QStringLiteral("item_ids")}),
                      QStringLiteral("Input should be a valid list"), itemIds);
    }
    const bool hasDirectory = !directory.isUndefined() && !directory.isNull();
    const bool hasItems = !itemArray.isEmpty();
    if (hasDirectory == hasItems) {
        validator.add(QStringLiteral("value_error"), bodyLoc(),
                      hasDirectory ? QStringLiteral("Value error, give either directory_id or "
                                                    "item_ids, not both")
                                   : QStringLiteral("Value error, either directory_id or a "
                                                    "non-empty item_ids must be provided"),
                      body);
    }
    if (validator.hasErrors())
        return validator.response();

    if ((!organizationId.isEmpty()
         && organizationId.compare(world.jobs.organizationId(), Qt::CaseInsensitive) != 0)
        || (!projectId.isEmpty() && !world.catalog.hasProject(projectId))) {
        return detail(QStringLiteral("Project not found"), Status::NotFound);
    }
    if (!projectId.isEmpty())
        job.projectId = projectId.toLower();
    if (job.projectId.isEmpty())
        job.projectId = world.jobs.projectIds().constFirst(); // the default project
    return QHttpServerResponse(world.jobs.createJob(job), Status::Created);
}

QHttpServerResponse processingResults(DemoWorld &world, const QString &itemId,
                                      const RequestData &request)
{
    Validator validator(request.query);
    const QString jobType = validator.choice(QStringLiteral("job_type"), jobTypes());
    const QString projectId = validator.uuid(QStringLiteral("project_id"));
    const QString organizationId = validator.uuid(QStringLiteral("organization_id"));
    if (validator.hasErrors())
        return validator.response();
    const auto notFound = [] { return detail(QStringLiteral("Item not found"), Status::NotFound); };
    if (!organizationId.isEmpty()
        && organizationId.compare(world.jobs.organizationId(), Qt::CaseInsensitive) != 0)
        return notFound();
    if (const auto item = world.jobs.item(itemId)) {
        if (!projectId.isEmpty() && item->projectId.compare(projectId, Qt::CaseInsensitive) != 0)
            return notFound();
        return QHttpServerResponse(*world.jobs.processingResults(itemId, jobType));
    }
    // A directory file that no v1 job has processed yet.
    if (const auto name = world.catalog.fileName(itemId)) {
        return QHttpServerResponse(
            QJsonObject {{QStringLiteral("item_id"), itemId},
                         {QStringLiteral("item_name"), *name},
                         {QStringLiteral("processing_results"), QJsonArray {}}});
    }
    return notFound();
}

} // namespace BatchDeck::DemoRoutes
