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

// Why no job could be made for a file: the types of file (null: any) each happens to.
struct MappingError
{
    const char *text;
    const char *extensions;
};
const MappingError MappingErrors[] = {
    {"Could not create a {kind} job: the file is empty", nullptr},
    {"Configuration does not accept spreadsheets", "xlsx"},
    {"Configuration does not accept presentations", "pptx"},
};
// Only for a file deleted after the batch began and before its job was made.
const char *const DeletedFileError =
    "File was deleted from the directory before its job was created";
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
    else if (status == BThrottled || status == BRunning) // still changing: lately
        *updated = std::max(*created, m_now.addSecs(-qint64(h % 120)));
    else if (finished(status))
        *updated = std::min(m_now, created->addSecs(300 + qint64(h % 20'000)));
}

QString DemoCatalog::jobId(int index, int file, bool parse) const
{
    const quint64 h = splitMix(hash(index, 140) ^ quint64(file));
    return indexedUuid(parse ? QStringLiteral("pjb-") : QStringLiteral("ejb-"), h, splitMix(h),
                       (quint64(index) << FileIndexBits) | quint64(file), hash(0, JobIdSalt));
}

QDateTime DemoCatalog::jobCreated(int index, int file) const
{
    return batchCreated(index).addSecs(5 + 3 * qint64(file));
}

QList<int> DemoCatalog::batchFiles(int index) const
{
    const int directory = m_batchDirectories[size_t(index)];
    const QDateTime created = batchCreated(index);
    const bool failedBatch = m_batchStatuses[size_t(index)] == BFailed;
    QList<int> files;
    for (int f = 0; f < fileCount(directory); ++f) {
        const FileTimes times = fileTimes(directory, f);
        if (times.created > created || (times.deleted.isValid() && times.deleted <= created))
            continue; // not in the directory when the batch began
        // Deleted before its job was made: only a failed batch says so; others never had it.
        if (times.deleted.isValid() && times.deleted <= jobCreated(index, f) && !failedBatch)
            continue;
        files.append(f);
    }
    return files;
}

int DemoCatalog::reachedLocked(int index, int status, qsizetype files) const
{
    // How far the batch got: all files, none yet, or part of them when it was cancelled.
    const quint64 h = hash(index, 140);
    if (status == BPending || status == BThrottled)
        return 0;
    if (status == BCancelled) {
        if (!m_cancelled.contains(index))
            return int(h % quint64(files + 1));
        // Cancelled through the API: a batch that had not begun made no jobs.
        const int before = m_batchStatuses[size_t(index)];
        return before == BRunning ? int(h % quint64(files / 2 + 1)) : 0;
    }
    return int(files);
}

DemoCatalog::FileOutcome DemoCatalog::outcomeLocked(int index, int status, int position, int file,
                                                    int reached) const
{
    const int directory = m_batchDirectories[size_t(index)];
    const quint64 fh = splitMix(hash(index, 140) ^ quint64(file));
    const bool parse = parseBatch(index);
    const QString extension = fileNameAt(directory, file).section(u'.', -1);
    FileOutcome outcome;
    outcome.fileId = fileId(directory, file);
    const FileTimes times = fileTimes(directory, file);
    if (times.deleted.isValid() && times.deleted <= jobCreated(index, file)) {
        outcome.mappingError = QString::fromLatin1(DeletedFileError);
        return outcome;
    }
    // A failed batch could not create a job for some files: at least its first one.
    if (status == BFailed && (position == 0 || fh % 5 == 0)) {
        QList<const MappingError *> fitting;
        for (const MappingError &error : MappingErrors) {
            if (!error.extensions || QString::fromLatin1(error.extensions) == extension)
                fitting.append(&error);
        }
        outcome.mappingError =
            QString::fromLatin1(fitting.at(int(fh % quint64(fitting.size())))->text)
                .replace(QLatin1String("{kind}"),
                         parse ? QLatin1String("parse") : QLatin1String("extract"));
        return outcome;
    }
    outcome.jobId = jobId(index, file, parse);
    outcome.jobStatus = QStringLiteral("COMPLETED");
    if (status == BCancelled && position == reached - 1) {
        outcome.jobStatus = QStringLiteral("CANCELLED"); // the one under way when it stopped
    } else if ((fh >> 12) % 9 == 0) {
        outcome.jobStatus = QStringLiteral("FAILED");
        // A reason this type of file can fail for, in this kind of job.
        outcome.jobError = QString::fromLatin1(
            pickItemFailure(parse ? ParseMask : ExtractMask, extension, fh >> 20).text);
    }
    return outcome;
}

QJsonArray DemoCatalog::resultsLocked(int index, int status) const
{
    const bool parse = parseBatch(index);
    QJsonArray results;
    const QList<int> files = batchFiles(index);
    const int reached = reachedLocked(index, status, files.size());
    for (int position = 0; position < reached; ++position) {
        const FileOutcome outcome =
            outcomeLocked(index, status, position, files.at(position), reached);
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
        {QStringLiteral("status"), batchStatuses().at(status)},
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
    const QList<int> files = batchFiles(int(index));
    const int position = int(files.indexOf(file));
    const int reached = reachedLocked(int(index), status, files.size());
    if (position < 0 || position >= reached || status == BRunning)
        return std::nullopt;
    const FileOutcome outcome = outcomeLocked(int(index), status, position, file, reached);
    if (outcome.jobId != jobId)
        return std::nullopt; // the file's job could not be created
    const QJsonObject batch = batchJsonLocked(int(index), false);
    QDateTime batchCreatedAt, batchUpdated;
    batchTimesLocked(int(index), &batchCreatedAt, &batchUpdated);
    const quint64 fh = splitMix(hash(int(index), 150) ^ quint64(file));
    const QDateTime created = std::min(batchUpdated, jobCreated(int(index), file));
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
                             .arg(batchId, batchStatuses().at(status)));
        return CancelOutcome::AlreadyFinished;
    }
    const QDateTime created = QDateTime::fromString(
        batchJsonLocked(index, false).value(u"created_at").toString(), Qt::ISODateWithMs);
    m_cancelled.insert(index, std::max({QDateTime::currentDateTimeUtc(), created, m_now}));
    *response = batchJsonLocked(index, false);
    return CancelOutcome::Cancelled;
}

} // namespace BatchDeck
