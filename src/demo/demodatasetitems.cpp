// The items side of the demo world: item listings, item lookup by id, processing results, and
// jobs created and cancelled through the API.
#include "demo/demodataset.h"

#include "demo/demoids.h"
#include "demo/demotables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QReadLocker>
#include <QWriteLocker>

namespace BatchDeck {

using namespace DemoIds;
using namespace DemoTables;

namespace {

// An item id carries its job's index and its own, so that it can be looked up without a table.
constexpr int ItemIndexBits = 16;
constexpr quint64 ItemIdSalt = 11;

const char *const ParseModes[] = {"parse_page_with_agent", "parse_page_with_llm",
                                  "parse_page_without_llm", "parse_document_with_agent"};

} // namespace

QString DemoDataset::itemId(int jobIndex, qint64 itemIndex) const
{
    const quint64 h = splitMix(hashOf(jobIndex, 9) ^ quint64(itemIndex));
    return indexedUuid(QStringLiteral("itm-"), h, splitMix(h),
                       (quint64(jobIndex) << ItemIndexBits) | quint64(itemIndex),
                       hashOf(0, ItemIdSalt));
}

QString DemoDataset::itemStatusAt(const JobView &job, qint64 item) const
{
    if (item < job.reached) {
        switch (fateOf(job.plan, item)) {
        case Fate::Failed:
            return QStringLiteral("failed");
        case Fate::Skipped:
            return QStringLiteral("skipped");
        case Fate::Completed:
            return QStringLiteral("completed");
        }
    }
    switch (job.status) {
    case Running:
        return item < job.reached + 4 ? QStringLiteral("processing") : QStringLiteral("pending");
    case Cancelled:
    case Failed: // the job stopped: what it had not reached was never processed
        return QStringLiteral("cancelled");
    default:
        return QStringLiteral("pending");
    }
}

QJsonObject DemoDataset::itemJson(const JobView &job, qint64 itemIndex) const
{
    const QString status = itemStatusAt(job, itemIndex);
    const quint64 h = splitMix(hashOf(job.index, 9) ^ quint64(itemIndex));
    QJsonObject item;
    item.insert(u"item_id", itemId(job.index, itemIndex));
    item.insert(u"item_name", itemName(job, itemIndex));
    item.insert(u"status", status);
    // The time of the item's last change: done, started, or (untouched) its job's.
    QDateTime effective = status == u"cancelled" ? job.finished : job.timeline.created;
    if (status == u"pending" || status == u"cancelled") {
        item.insert(u"started_at", QJsonValue::Null);
    } else {
        effective = itemStartedAt(job.timeline, itemIndex);
        item.insert(u"started_at", iso(effective));
        if (status != u"processing") {
            effective = itemDoneAt(job.timeline, itemIndex);
            item.insert(u"completed_at", iso(effective));
        }
        item.insert(u"job_id", QString(u"job-" + uuidFrom(splitMix(h ^ 1), splitMix(h ^ 2))));
    }
    item.insert(u"effective_at", iso(effective));
    if (status == u"failed")
        item.insert(u"error_message", itemFailure(job, itemIndex));
    if (status == u"skipped") {
        item.insert(u"skip_reason",
                    h % 3 ? QStringLiteral("already_processed")
                          : QStringLiteral("size_limit_exceeded"));
    }
    return item;
}

std::optional<DemoDataset::ItemSlice>
DemoDataset::listItems(const QString &jobId, const QString &status, qint64 offset, int limit) const
{
    {
        QReadLocker created(&m_createdLock);
        if (const auto it = m_createdIndex.constFind(jobId); it != m_createdIndex.constEnd()) {
            const CreatedJob &job = m_created[size_t(*it)];
            const QString itemStatus =
                job.cancelledAt.isValid() ? QStringLiteral("cancelled") : QStringLiteral("pending");
            ItemSlice slice;
            for (const auto &[id, name] : job.items) {
                if (!status.isEmpty() && itemStatus != status)
                    continue;
                if (slice.total >= offset && slice.items.size() < limit) {
                    slice.items.append(
                        QJsonObject {{QStringLiteral("item_id"), id},
                                     {QStringLiteral("item_name"), name},
                                     {QStringLiteral("status"), itemStatus},
                                     {QStringLiteral("effective_at"), iso(job.createdAt)},
                                     {QStringLiteral("started_at"), QJsonValue::Null}});
                }
                ++slice.total;
            }
            return slice;
        }
    }
    const int index = indexOf(jobId);
    if (index < 0)
        return std::nullopt;
    const JobView job = viewOf(index);
    ItemSlice slice;
    for (qint64 item = 0; item < job.plan.total; ++item) {
        if (!status.isEmpty() && itemStatusAt(job, item) != status)
            continue;
        if (slice.total >= offset && slice.items.size() < limit)
            slice.items.append(itemJson(job, item));
        ++slice.total;
    }
    return slice;
}

DemoDataset::CancelOutcome DemoDataset::cancel(const QString &jobId, QJsonObject *response)
{
    {
        QWriteLocker created(&m_createdLock);
        if (const auto it = m_createdIndex.constFind(jobId); it != m_createdIndex.constEnd()) {
            CreatedJob &job = m_created[size_t(*it)];
            if (job.cancelledAt.isValid()) {
                response->insert(
                    u"detail",
                    QStringLiteral("Batch job %1 is cancelled and can no longer be cancelled.")
                        .arg(jobId));
                return CancelOutcome::AlreadyFinished;
            }
            job.cancelledAt = std::max(job.createdAt, QDateTime::currentDateTimeUtc());
            response->insert(u"job_id", jobId);
            response->insert(u"status", QStringLiteral("cancelled"));
            response->insert(u"processed_items", 0);
            response->insert(u"message", QStringLiteral("Batch job cancelled."));
            return CancelOutcome::Cancelled;
        }
    }
    const int index = indexOf(jobId);
    if (index < 0)
        return CancelOutcome::NotFound;
    const JobView before = viewOf(index);
    const quint8 status = before.status;
    {
        QWriteLocker locker(&m_cancelLock);
        if (status == Completed || status == Failed || status == Cancelled
            || m_cancelled.contains(index)) {
            response->insert(
                u"detail",
                QStringLiteral("Batch job %1 is %2 and can no longer be cancelled.")
                    .arg(jobId,
                         QString::fromLatin1(
                             StatusNames[m_cancelled.contains(index) ? quint8(Cancelled)
                                                                     : status])));
            return CancelOutcome::AlreadyFinished;
        }
        // Never before its last change: the demo's clock may run ahead of this computer's.
        m_cancelled.insert(
            index, {std::max(QDateTime::currentDateTimeUtc(), lastChange(before)), before.reached});
    }
    const Counts counts = countsAt(before.plan, before.reached);
    response->insert(u"job_id", jobId);
    response->insert(u"status", QStringLiteral("cancelled"));
    response->insert(u"processed_items", counts.processed);
    response->insert(u"message", QStringLiteral("Batch job cancelled."));
    return CancelOutcome::Cancelled;
}

std::optional<DemoDataset::ItemRecord> DemoDataset::item(const QString &itemId) const
{
    const quint64 packed = indexOfUuid(itemId, QStringLiteral("itm-"), hashOf(0, ItemIdSalt));
    const quint64 jobIndex = packed >> ItemIndexBits;
    const qint64 itemIndex = qint64(packed & ((1ULL << ItemIndexBits) - 1));
    if (packed == ~0ULL || jobIndex >= quint64(jobCount())
        || this->itemId(int(jobIndex), itemIndex) != itemId) {
        return std::nullopt;
    }
    const JobView job = viewOf(int(jobIndex));
    if (itemIndex >= job.plan.total)
        return std::nullopt;
    const QJsonObject json = itemJson(job, itemIndex);
    ItemRecord record;
    record.itemId = itemId;
    record.itemName = json.value(u"item_name").toString();
    record.status = json.value(u"status").toString();
    record.jobType = QString::fromLatin1(TypeNames[m_types[jobIndex]]);
    record.projectId = m_projectIds.at(m_projects[jobIndex]);
    record.processedAt = QDateTime::fromString(
        json.value(u"completed_at").toString(json.value(u"effective_at").toString()),
        Qt::ISODateWithMs);
    record.hash = splitMix(hashOf(int(jobIndex), 9) ^ quint64(itemIndex));
    record.processedBefore = record.status == u"skipped"
        && json.value(u"skip_reason").toString() == u"already_processed";
    return record;
}

namespace {

QJsonObject jobConfigFor(const QString &jobType, const DemoDataset::ItemRecord &item, quint64 h,
                         const QDateTime &at)
{
    if (jobType == u"classify") {
        // ClassifyJob: status, id, rules, user_id and project_id are required.
        return QJsonObject {
            {QStringLiteral("id"), uuidFrom(splitMix(h ^ 31), splitMix(h ^ 32))},
            {QStringLiteral("status"), QStringLiteral("SUCCESS")},
            {QStringLiteral("rules"),
             QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("invoice")},
                                      {QStringLiteral("description"),
                                       QStringLiteral("contains an invoice number, line items "
                                                      "and a total amount")}},
                         QJsonObject {{QStringLiteral("type"), QStringLiteral("contract")},
                                      {QStringLiteral("description"),
                                       QStringLiteral("legal contract with parties, terms and "
                                                      "signatures")}}}},
            {QStringLiteral("user_id"), QStringLiteral("usr-demo")},
            {QStringLiteral("project_id"), item.projectId},
            {QStringLiteral("mode"), h % 4 ? QStringLiteral("FAST") : QStringLiteral("MULTIMODAL")},
            {QStringLiteral("created_at"), iso(at)},
            {QStringLiteral("updated_at"), iso(at)},
            {QStringLiteral("effective_at"), iso(at)}};
    }
    // BatchParseJobRecordCreate (extract jobs parse first, with the same record).
    return QJsonObject {
        {QStringLiteral("job_name"), QStringLiteral("parse_raw_file_job")},
        {QStringLiteral("type"), QStringLiteral("parse")},
        {QStringLiteral("lang"), QStringLiteral("en")},
        {QStringLiteral("project_id"), item.projectId},
        {QStringLiteral("partitions"), QJsonObject {}},
        {QStringLiteral("parameters"),
         QJsonObject {{QStringLiteral("languages"), QJsonArray {QStringLiteral("en")}},
                      {QStringLiteral("parse_mode"),
                       QString::fromLatin1(ParseModes[h % std::size(ParseModes)])}}}};
}

QJsonObject processingResult(const DemoDataset::ItemRecord &item, const QString &jobType, quint64 h,
                             const QDateTime &at)
{
    const QString resultId = u"res-" + uuidFrom(splitMix(h ^ 21), splitMix(h ^ 22));
    const QJsonObject config = jobConfigFor(jobType, item, h, at);
    QJsonObject result {
        {QStringLiteral("result_id"), resultId},
        {QStringLiteral("item_id"), item.itemId},
        {QStringLiteral("job_type"), jobType},
        {QStringLiteral("job_config"), config},
        {QStringLiteral("parameters_hash"),
         hex(splitMix(qHash(QJsonDocument(config).toJson(QJsonDocument::Compact))), 16)},
        {QStringLiteral("output_s3_path"),
         QStringLiteral("s3://llamacloud-demo-output/%1/%2/%3.json")
             .arg(item.projectId, jobType, resultId)},
        {QStringLiteral("processed_at"), iso(at)}};
    // ProcessingResultMetadata has no fields yet: an empty object, or null.
    result.insert(u"output_metadata", h % 3 ? QJsonValue(QJsonObject {}) : QJsonValue::Null);
    return result;
}

} // namespace

std::optional<QJsonObject> DemoDataset::processingResults(const QString &itemId,
                                                          const QString &jobType) const
{
    const std::optional<ItemRecord> record = item(itemId);
    if (!record)
        return std::nullopt;
    QJsonArray results;
    const auto add = [&](const QString &type, quint64 h, const QDateTime &at) {
        if (jobType.isEmpty() || jobType == type)
            results.append(processingResult(*record, type, h, at));
    };
    const quint64 h = record->hash;
    // Some items were processed once before, by a parse job a week or so earlier; an item that
    // was skipped as already processed always was.
    if (h % 4 == 0 || record->processedBefore)
        add(QStringLiteral("parse"), splitMix(h ^ 40),
            record->processedAt.addDays(-7 - qint64(h % 20)));
    if (record->status == u"completed" || record->status == u"failed")
        add(record->jobType, h, record->processedAt);
    return QJsonObject {{QStringLiteral("item_id"), record->itemId},
                        {QStringLiteral("item_name"), record->itemName},
                        {QStringLiteral("processing_results"), results}};
}

QJsonObject DemoDataset::createJob(const NewJob &newJob)
{
    QWriteLocker locker(&m_createdLock);
    const int number = int(m_created.size());
    CreatedJob job;
    job.id = u"bjb-" + uuidFrom(hashOf(number, 20), hashOf(number, 21));
    job.projectId = newJob.projectId;
    job.jobType = newJob.jobType;
    job.directoryId = newJob.directoryId;
    job.items = newJob.items;
    // Newer than every generated job, and than every job created before it.
    job.createdAt = std::max(QDateTime::currentDateTimeUtc(), m_config.now.addSecs(number + 1));
    if (!m_created.empty())
        job.createdAt = std::max(job.createdAt, m_created.back().createdAt.addMSecs(1));
    m_createdIndex.insert(job.id, number);
    m_created.push_back(std::move(job));
    return createdJobJsonLocked(m_created.back());
}

QJsonObject DemoDataset::createdJobJsonLocked(const CreatedJob &job) const
{
    const bool cancelled = job.cancelledAt.isValid();
    const QDateTime updated = cancelled ? job.cancelledAt : job.createdAt;
    QJsonObject json {{QStringLiteral("id"), job.id},
                      {QStringLiteral("project_id"), job.projectId},
                      {QStringLiteral("job_type"), job.jobType},
                      {QStringLiteral("status"),
                       cancelled ? QStringLiteral("cancelled") : QStringLiteral("pending")},
                      {QStringLiteral("total_items"), job.items.size()},
                      {QStringLiteral("processed_items"), 0},
                      {QStringLiteral("failed_items"), 0},
                      {QStringLiteral("skipped_items"), 0},
                      {QStringLiteral("created_at"), iso(job.createdAt)},
                      {QStringLiteral("updated_at"), iso(updated)},
                      {QStringLiteral("effective_at"), iso(updated)},
                      {QStringLiteral("started_at"), QJsonValue::Null},
                      {QStringLiteral("job_record_id"), QJsonValue::Null},
                      {QStringLiteral("workflow_id"), QString(u"batch-" + job.id.mid(4, 13))}};
    json.insert(u"directory_id",
                job.directoryId.isEmpty() ? QJsonValue::Null : QJsonValue(job.directoryId));
    if (cancelled) {
        json.insert(u"completed_at", iso(job.cancelledAt));
        json.insert(u"error_message", QStringLiteral("Cancelled by user"));
    }
    return json;
}

std::optional<QJsonObject> DemoDataset::createdJob(const QString &jobId) const
{
    QReadLocker locker(&m_createdLock);
    const auto it = m_createdIndex.constFind(jobId);
    if (it == m_createdIndex.constEnd())
        return std::nullopt;
    return createdJobJsonLocked(m_created[size_t(*it)]);
}

} // namespace BatchDeck
