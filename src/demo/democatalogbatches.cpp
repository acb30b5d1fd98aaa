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

QJsonArray DemoCatalog::resultsLocked(int index, int status) const
{
    const int directory = m_batchDirectories[size_t(index)];
    const int files = fileCount(directory);
    const quint64 h = hash(index, 140);
    const bool parse = (h >> 16) % 100 < 65;
    // How far the batch got: all files, none yet, or part of them when it was cancelled.
    int reached = files;
    if (status == BPending || status == BThrottled)
        reached = 0;
    else if (status == BCancelled)
        reached = m_cancelled.contains(index) ? int(h % quint64(files / 2 + 1))
                                              : int(h % quint64(files + 1));
    QJsonArray results;
    for (int f = 0; f < reached; ++f) {
        const quint64 fh = splitMix(h ^ quint64(f));
        // A failed batch could not create a job for some files: at least its first one.
        const bool mappingFailed = status == BFailed && (f == 0 || fh % 5 == 0);
        QJsonObject result {{QStringLiteral("source_directory_file_id"), fileId(directory, f)}};
        if (mappingFailed) {
            result.insert(u"job_reference", QJsonValue::Null);
            result.insert(u"error_message",
                          QString::fromLatin1(MappingErrors[fh % std::size(MappingErrors)]));
        } else {
            result.insert(
                u"job_reference",
                QJsonObject {{QStringLiteral("type"),
                              parse ? QStringLiteral("parse_v2") : QStringLiteral("extract_v2")},
                             {QStringLiteral("id"),
                              QString((parse ? u"pjb-" : u"ejb-") + uuidFrom(fh, splitMix(fh)))}});
            result.insert(u"error_message", QJsonValue::Null);
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
    // Over the last four months, one batch every couple of days.
    const qint64 spacingMs =
        std::max<qint64>(60'000, 120LL * 86'400'000 / std::max(1, m_batchCount));
    const QDateTime created =
        m_now.addMSecs(-(index * spacingMs + 1'800'000 + qint64(h % quint64(spacingMs / 2))));
    QDateTime updated = created;
    if (m_cancelled.contains(index))
        updated = m_cancelled.value(index);
    else if (status == BThrottled || status == BRunning)
        updated = std::min(m_now, created.addSecs(60 + qint64(h % 600)));
    else if (finished(status))
        updated = std::min(m_now, created.addSecs(300 + qint64(h % 20'000)));

    const bool parse = (h >> 16) % 100 < 65;
    const QString configurationId = parse
        ? QString::fromLatin1(ParsePresets[(h >> 24) % std::size(ParsePresets)])
        : u"cfg-" + uuidFrom(hash(index, 141), hash(index, 142));
    QJsonObject json {
        {QStringLiteral("id"), batchId(index)},
        {QStringLiteral("project_id"), projects.at(directory % projects.size())},
        {QStringLiteral("source_directory_id"), m_dataset.directoryIds().at(directory)},
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
