// The v2 batches of the demo world: over the same directories as the v1 jobs, newest first.
#include "demo/democatalog.h"

#include "demo/demoids.h"
#include "demo/demotables.h"

#include <QJsonArray>
#include <QReadLocker>
#include <QWriteLocker>

namespace BatchDeck {

using namespace DemoIds;
using namespace DemoTables;

namespace {

enum BatchStatus { BPending, BThrottled, BRunning, BCompleted, BFailed, BCancelled };

constexpr quint64 BatchIdSalt = 101;
constexpr quint64 JobIdSalt = 103;

// The last one only for a file deleted from its directory.
const char *const MappingErrors[] = {
    "Could not create a parse job: the file is empty",
    "Unsupported file type: .heic",
    "Configuration does not accept spreadsheets",
    "File was deleted from the directory before its job was created",
};
const char *const ParsePresets[] = {"cfg-PARSE_AGENTIC", "cfg-PARSE_COST_EFFECTIVE",
                                    "cfg-PARSE_AGENTIC_PLUS"};

bool finished(int status)
{
    return status == BCompleted || status == BFailed || status == BCancelled;
}

} // namespace

QString DemoCatalog::batchId(int index) const
{
    const quint64 h = hash(index, 130);
    return indexedUuid(QStringLiteral("bat-"), h, splitMix(h), quint64(index),
                       hash(0, BatchIdSalt));
}

int DemoCatalog::batchIndex(const QString &batchId) const
{
    const quint64 index = indexOfUuid(batchId, QStringLiteral("bat-"), hash(0, BatchIdSalt));
    if (index >= quint64(m_batchCount) || this->batchId(int(index)) != batchId)
        return -1;
    return int(index);
}

int DemoCatalog::statusOfLocked(int index) const
{
    return m_cancelled.contains(index) ? int(BCancelled) : int(m_batchStatuses[size_t(index)]);
}

bool DemoCatalog::parseBatch(int index) const
{
    return (hash(index, 140) >> 16) % 100 < 65;
}

QDateTime DemoCatalog::batchCreated(int index) const
{
    // Over the last four months, one batch every couple of days.
    const quint64 h = hash(index, 140);
    const qint64 spacingMs =
        std::max<qint64>(60'000, 120LL * 86'400'000 / std::max(1, m_batchCount));
    return m_now.addMSecs(-(index * spacingMs + 1'800'000 + qint64(h % quint64(spacingMs / 2))));
}

void DemoCatalog::batchTimesLocked(int index, QDateTime *created, QDateTime *updated) const
{
    const quint64 h = hash(index, 140);
    const int status = statusOfLocked(index);
    *created = batchCreated(index);
    *updated = *created;
    if (m_cancelled.contains(index))
        *updated = m_cancelled.value(index);
    else if (status == BThrottled || status == BRunning)
        *updated = std::min(m_now, created->addSecs(60 + qint64(h % 600)));
    else if (finished(status))
        *updated = std::min(m_now, created->addSecs(300 + qint64(h % 20'000)));
}

QString DemoCatalog::jobId(int index, int file, bool parse) const
{
    const quint64 h = splitMix(hash(index, 140) ^ quint64(file));
    return indexedUuid(parse ? QStringLiteral("pjb-") : QStringLiteral("ejb-"), h, splitMix(h),
                       (quint64(index) << FileIndexBits) | quint64(file), hash(0, JobIdSalt));
}

int DemoCatalog::reachedLocked(int index, int status) const
{
    // How far the batch got: all files, none yet, or part of them when it was cancelled.
    const int files = fileCount(m_batchDirectories[size_t(index)]);
    const quint64 h = hash(index, 140);
    if (status == BPending || status == BThrottled)
        return 0;
    if (status == BCancelled)
        return m_cancelled.contains(index) ? int(h % quint64(files / 2 + 1))
                                           : int(h % quint64(files + 1));
    return files;
}

DemoCatalog::FileOutcome DemoCatalog::outcomeLocked(int index, int status, int file) const
{
    const int directory = m_batchDirectories[size_t(index)];
    const quint64 fh = splitMix(hash(index, 140) ^ quint64(file));
    FileOutcome outcome;
    outcome.fileId = fileId(directory, file);
    // A failed batch could not create a job for some files: at least its first one. A file
    // deleted from the directory is one reason.
    if (status == BFailed && (file == 0 || fh % 5 == 0)) {
        outcome.mappingError = QString::fromLatin1(
            fileDeleted(directory, file) ? MappingErrors[std::size(MappingErrors) - 1]
                                         : MappingErrors[fh % (std::size(MappingErrors) - 1)]);
        return outcome;
    }
    outcome.jobId = jobId(index, file, parseBatch(index));
    outcome.jobStatus = QStringLiteral("COMPLETED");
    if (status == BCancelled && file == reachedLocked(index, status) - 1) {
        outcome.jobStatus = QStringLiteral("CANCELLED"); // the one under way when it stopped
    } else if ((fh >> 12) % 9 == 0) {
        outcome.jobStatus = QStringLiteral("FAILED");
        outcome.jobError = QString::fromLatin1(ItemErrors[(fh >> 20) % std::size(ItemErrors)]);
    }
    return outcome;
}

QJsonArray DemoCatalog::resultsLocked(int index, int status) const
{
    const bool parse = parseBatch(index);
    QJsonArray results;
    for (int f = 0, reached = reachedLocked(index, status); f < reached; ++f) {
        const FileOutcome outcome = outcomeLocked(index, status, f);
        QJsonObject result {{QStringLiteral("source_directory_file_id"), outcome.fileId}};
        if (!outcome.mappingError.isEmpty()) {
            result.insert(u"job_reference", QJsonValue::Null);
            result.insert(u"error_message", outcome.mappingError);
        } else {
            result.insert(
                u"job_reference",
                QJsonObject {{QStringLiteral("type"),
                              parse ? QStringLiteral("parse_v2") : QStringLiteral("extract_v2")},
                             {QStringLiteral("id"), outcome.jobId}});
            // The job failed: the batch passes its error on.
            result.insert(u"error_message",
                          outcome.jobError.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(outcome.jobError));
        }
        results.append(result);
    }
    return results;
}

QJsonObject DemoCatalog::batchJsonLocked(int index, bool withResults) const
{
    const quint64 h = hash(index, 140);
    const int status = statusOfLocked(index);
    const int directory = m_batchDirectories[size_t(index)];
    const QStringList projects = m_dataset.projectIds();
    QDateTime created, updated;
    batchTimesLocked(index, &created, &updated);

    const bool parse = parseBatch(index);
    const QString configurationId = parse
        ? QString::fromLatin1(ParsePresets[(h >> 24) % std::size(ParsePresets)])
        : u"cfg-" + uuidFrom(hash(index, 141), hash(index, 142));
    QJsonObject json {
        {QStringLiteral("id"), batchId(index)},
        {QStringLiteral("project_id"), projects.at(directory % projects.size())},
        {QStringLiteral("source_directory_id"), directoryIdAt(directory)},
        {QStringLiteral("config"),
         QJsonObject {
             {QStringLiteral("job"),
              QJsonObject {{QStringLiteral("type"),
                            parse ? QStringLiteral("parse_v2") : QStringLiteral("extract_v2")},
                           {QStringLiteral("configuration_id"), configurationId}}}}},
        {QStringLiteral("status"), BatchStatuses.at(status)},
        {QStringLiteral("created_at"), iso(created)},
        {QStringLiteral("updated_at"), iso(updated)}};
    // The spec: results are null unless expanded, and while the batch is still running.
    if (withResults)
        json.insert(u"results",
                    status == BRunning ? QJsonValue::Null
                                       : QJsonValue(resultsLocked(index, status)));
    return json;
}

std::optional<QJsonObject> DemoCatalog::referencedJob(JobKind kind, const QString &jobId) const
{
    const bool parse = kind == JobKind::Parse;
    const quint64 packed = indexOfUuid(
        jobId, parse ? QStringLiteral("pjb-") : QStringLiteral("ejb-"), hash(0, JobIdSalt));
    const quint64 index = packed >> FileIndexBits;
    const int file = int(packed & ((1ULL << FileIndexBits) - 1));
    if (packed == ~0ULL || index >= quint64(m_batchCount) || parseBatch(int(index)) != parse
        || this->jobId(int(index), file, parse) != jobId)
        return std::nullopt;
    QReadLocker locker(&m_lock);
    const int status = statusOfLocked(int(index));
    if (file >= reachedLocked(int(index), status) || status == BRunning)
        return std::nullopt;
    const FileOutcome outcome = outcomeLocked(int(index), status, file);
    if (outcome.jobId != jobId)
        return std::nullopt; // the file's job could not be created
    const QJsonObject batch = batchJsonLocked(int(index), false);
    QDateTime batchCreatedAt, batchUpdated;
    batchTimesLocked(int(index), &batchCreatedAt, &batchUpdated);
    const quint64 fh = splitMix(hash(int(index), 150) ^ quint64(file));
    const QDateTime created = std::min(batchUpdated, batchCreatedAt.addSecs(5 + 3 * file));
    const QDateTime updated = std::min(batchUpdated, created.addSecs(20 + qint64(fh % 240)));
    const QJsonValue error =
        outcome.jobError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(outcome.jobError);
    const QString projectId = batch.value(u"project_id").toString();
    if (parse) {
        const QString preset =
            batch[u"config"][u"job"][u"configuration_id"].toString().mid(10).toLower();
        return QJsonObject {
            {QStringLiteral("job"),
             QJsonObject {{QStringLiteral("id"), jobId},
                          {QStringLiteral("project_id"), projectId},
                          {QStringLiteral("status"), outcome.jobStatus},
                          {QStringLiteral("error_message"), error},
                          {QStringLiteral("created_at"), iso(created)},
                          {QStringLiteral("updated_at"), iso(updated)},
                          {QStringLiteral("name"),
                           fh % 4 ? QJsonValue(*fileName(outcome.fileId)) : QJsonValue::Null},
                          {QStringLiteral("tier"), preset},
                          {QStringLiteral("user_metadata"), QJsonValue::Null}}}};
    }
    return QJsonObject {
        {QStringLiteral("id"), jobId},
        {QStringLiteral("project_id"), projectId},
        {QStringLiteral("file_input"), outcome.fileId},
        {QStringLiteral("configuration_id"), batch[u"config"][u"job"][u"configuration_id"]},
        {QStringLiteral("configuration"), QJsonValue::Null},
        {QStringLiteral("status"), outcome.jobStatus},
        {QStringLiteral("error_message"), error},
        {QStringLiteral("extract_result"), QJsonValue::Null},
        {QStringLiteral("extract_metadata"), QJsonValue::Null},
        {QStringLiteral("metadata"), QJsonValue::Null},
        {QStringLiteral("created_at"), iso(created)},
        {QStringLiteral("updated_at"), iso(updated)}};
}

QList<QJsonObject> DemoCatalog::batches(const BatchFilter &filter) const
{
    QList<QJsonObject> list;
    if (!filter.organizationId.isEmpty()
        && filter.organizationId.compare(m_dataset.organizationId(), Qt::CaseInsensitive) != 0)
        return list;
    QReadLocker locker(&m_lock);
    for (int i = 0; i < m_batchCount; ++i) {
        QJsonObject json = batchJsonLocked(i, false);
        const QDateTime created =
            QDateTime::fromString(json.value(u"created_at").toString(), Qt::ISODateWithMs);
        if ((!filter.status.isEmpty() && json.value(u"status").toString() != filter.status)
            || (!filter.projectId.isEmpty()
                && json.value(u"project_id")
                       .toString()
                       .compare(filter.projectId, Qt::CaseInsensitive))
            || (!filter.sourceDirectoryId.isEmpty()
                && json.value(u"source_directory_id").toString() != filter.sourceDirectoryId)
            || (filter.createdFrom.isValid() && created < filter.createdFrom)
            || (filter.createdTo.isValid() && created > filter.createdTo))
            continue;
        list.append(std::move(json));
    }
    return list;
}

std::optional<QJsonObject> DemoCatalog::batch(const QString &batchId, bool withResults) const
{
    const int index = batchIndex(batchId);
    if (index < 0)
        return std::nullopt;
    QReadLocker locker(&m_lock);
    return batchJsonLocked(index, withResults);
}

DemoCatalog::CancelOutcome DemoCatalog::cancelBatch(const QString &batchId, QJsonObject *response)
{
    const int index = batchIndex(batchId);
    if (index < 0)
        return CancelOutcome::NotFound;
    QWriteLocker locker(&m_lock);
    const int status = statusOfLocked(index);
    if (finished(status)) {
        response->insert(u"detail",
                         QStringLiteral("Batch %1 is %2 and can no longer be cancelled.")
                             .arg(batchId, BatchStatuses.at(status)));
        return CancelOutcome::AlreadyFinished;
    }
    const QDateTime created = QDateTime::fromString(
        batchJsonLocked(index, false).value(u"created_at").toString(), Qt::ISODateWithMs);
    m_cancelled.insert(index, std::max({QDateTime::currentDateTimeUtc(), created, m_now}));
    *response = batchJsonLocked(index, false);
    return CancelOutcome::Cancelled;
}

} // namespace BatchDeck
