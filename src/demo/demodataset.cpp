#include "demo/demodataset.h"

#include "demo/demoids.h"
#include "demo/demotables.h"

#include <QReadLocker>
#include <QTimeZone>
#include <QWriteLocker>

#include <algorithm>
#include <cmath>

namespace BatchDeck {

using namespace DemoIds;
using namespace DemoTables;

DemoDataset::DemoDataset(const DemoConfig &config)
    : m_config(config)
{
    const int count = std::clamp(config.jobCount, 0, MaxJobs);
    if (!m_config.now.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_config.now =
            QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::utc());
    }
    const quint64 seed = config.seed;
    m_organizationId = uuidFrom(splitMix(seed ^ 0x01), splitMix(seed ^ 0x02));
    for (quint64 p = 0; p < 3; ++p)
        m_projectIds << uuidFrom(splitMix(seed ^ (0x10 + p)), splitMix(seed ^ (0x20 + p)));
    for (quint64 d = 0; d < std::size(Folders); ++d)
        m_directoryIds << u"dir-"
                + uuidFrom(splitMix(seed ^ (0x40 + d)), splitMix(seed ^ (0x80 + d)));

    // Ninety days of history, or more when there are many jobs.
    m_spacingMs = std::max<qint64>(30'000, count ? 90LL * 24 * 3600 * 1000 / count : 0);
    // Only the newest jobs can still be unfinished.
    const int youngJobs = config.runningJobs >= 0 ? 0 : std::min(12, std::max(3, count / 200));

    m_types.resize(count);
    m_statuses.resize(count);
    m_directories.resize(count);
    m_projects.resize(count);
    for (int i = 0; i < count; ++i) {
        const quint64 h = hashOf(i, 1);
        const int typeRoll = int(h % 100);
        m_types[i] = typeRoll < 55 ? Parse : typeRoll < 85 ? Extract : Classify;
        const int statusRoll = int((h >> 8) % 100);
        if (i < config.runningJobs)
            m_statuses[i] = Running;
        else if (i < youngJobs)
            m_statuses[i] = statusRoll < 55 ? Running : statusRoll < 75 ? Pending : Dispatched;
        else
            m_statuses[i] = statusRoll < 78 ? Completed : statusRoll < 92 ? Failed : Cancelled;
        const int directoryRoll = int((h >> 16) % 100);
        m_directories[i] = directoryRoll < 6 ? -1 : qint16((h >> 24) % std::size(Folders));
        const int projectRoll = int((h >> 32) % 100);
        m_projects[i] = projectRoll < 70 ? 0 : projectRoll < 90 ? 1 : 2;
    }
}

quint64 DemoDataset::hashOf(int index, quint64 salt) const
{
    return splitMix(splitMix(m_config.seed * 0x100000001B3ULL + salt) ^ quint64(index));
}

QString DemoDataset::jobId(int index) const
{
    const quint64 h = hashOf(index, 2);
    return u"bjb-" + hex(h >> 32, 8) + u'-' + hex(h >> 16, 4) + u'-' + hex(h, 4) + u'-'
        + hex(hashOf(index, 3), 4) + u'-' + hex(scrambleIndex(quint64(index), hashOf(0, 10)), 12);
}

int DemoDataset::indexOf(const QString &jobId) const
{
    if (jobId.size() != 40 || !jobId.startsWith(u"bjb-"))
        return -1;
    bool ok = false;
    const quint64 index =
        unscrambleIndex(QStringView(jobId).right(12).toULongLong(&ok, 16), hashOf(0, 10));
    if (!ok || index >= quint64(jobCount()))
        return -1;
    return this->jobId(int(index)) == jobId ? int(index) : -1;
}

quint8 DemoDataset::statusAt(int index) const
{
    QReadLocker locker(&m_cancelLock);
    return statusAtLocked(index);
}

quint8 DemoDataset::statusAtLocked(int index) const
{
    if (m_cancelled.contains(index))
        return Cancelled;
    // A running job that got to its last item has completed: jobs finish while you watch.
    if (m_statuses[index] == Running && runningProgress(index) >= planOf(index).total)
        return Completed;
    return m_statuses[index];
}

QDateTime DemoDataset::createdAt(int index) const
{
    const qint64 jitter = qint64(hashOf(index, 4) % quint64(m_spacingMs / 2 + 1));
    return m_config.now.addMSecs(-(qint64(index) * m_spacingMs + 60'000 + jitter));
}

QJsonObject DemoDataset::jobJson(int index) const
{
    const JobView view = viewOf(index);
    const quint8 status = view.status;
    const Counts counts = countsAt(view.plan, view.reached);
    const quint64 h = hashOf(index, 6);
    const QString id = jobId(index);

    QJsonObject job;
    job.insert(u"id", id);
    job.insert(u"project_id", m_projectIds.at(m_projects[index]));
    job.insert(u"job_type", QString::fromLatin1(TypeNames[m_types[index]]));
    job.insert(u"status", QString::fromLatin1(StatusNames[status]));
    job.insert(u"total_items", counts.total);
    job.insert(u"processed_items", counts.processed);
    // The API defaults absent counts to 0; the demo leaves some out to keep clients honest.
    if (counts.failed || h % 3)
        job.insert(u"failed_items", counts.failed);
    if (counts.skipped || h % 4)
        job.insert(u"skipped_items", counts.skipped);
    job.insert(u"created_at", iso(view.timeline.created));

    const int directory = m_directories[index];
    if (directory >= 0)
        job.insert(u"directory_id", m_directoryIds.at(directory));
    else if (h % 2)
        job.insert(u"directory_id", QJsonValue::Null);

    // A job cancelled before it was dispatched never started.
    const bool started =
        m_statuses[index] != Pending && m_statuses[index] != Dispatched && status != Pending;
    job.insert(u"started_at", started ? QJsonValue(iso(view.timeline.started)) : QJsonValue::Null);
    if (status != Pending && status != Dispatched)
        job.insert(u"completed_at",
                   view.finished.isValid() ? QJsonValue(iso(view.finished)) : QJsonValue::Null);
    if (status != Pending) {
        job.insert(u"job_record_id",
                   QString(u"jr-" + uuidFrom(hashOf(index, 7), hashOf(index, 8))));
        if (h % 10)
            job.insert(u"workflow_id", QString(u"batch-" + id.mid(4, 13)));
    } else {
        job.insert(u"job_record_id", QJsonValue::Null);
    }
    const QDateTime updated = lastChange(view);
    job.insert(u"updated_at", iso(updated));
    job.insert(u"effective_at", iso(updated));

    if (status == Failed)
        job.insert(u"error_message", jobError(view));
    else if (status == Cancelled && h % 2)
        job.insert(u"error_message", QStringLiteral("Cancelled by user"));
    else if (h % 5 == 0)
        job.insert(u"error_message", QJsonValue::Null);
    return job;
}

DemoDataset::JobSlice DemoDataset::listJobs(const JobFilter &filter, qint64 offset, int limit) const
{
    const auto indexIn = [](const QStringList &list, const QString &value) {
        return value.isEmpty() ? -2 : int(list.indexOf(value));
    };
    const int type = filter.jobType.isEmpty()
        ? -2
        : int(std::find_if(std::begin(TypeNames), std::end(TypeNames),
                           [&](const char *name) { return filter.jobType == QLatin1String(name); })
              - std::begin(TypeNames));
    const int status = filter.status.isEmpty()
        ? -2
        : int(std::find_if(std::begin(StatusNames), std::end(StatusNames),
                           [&](const char *name) { return filter.status == QLatin1String(name); })
              - std::begin(StatusNames));
    const int directory = indexIn(m_directoryIds, filter.directoryId);
    const int project = indexIn(m_projectIds, filter.projectId);
    const bool otherOrganization = !filter.organizationId.isEmpty()
        && filter.organizationId.compare(m_organizationId, Qt::CaseInsensitive) != 0;

    JobSlice slice;
    if (otherOrganization || directory == -1 || project == -1)
        return slice;

    // Jobs created through the API are the newest, so they come first.
    {
        QReadLocker created(&m_createdLock);
        for (auto it = m_created.crbegin(); it != m_created.crend(); ++it) {
            const QJsonObject job = createdJobJsonLocked(*it);
            if ((!filter.jobType.isEmpty() && it->jobType != filter.jobType)
                || (!filter.status.isEmpty() && job.value(u"status").toString() != filter.status)
                || (!filter.directoryId.isEmpty() && it->directoryId != filter.directoryId)
                || (!filter.projectId.isEmpty() && it->projectId != filter.projectId)) {
                continue;
            }
            if (slice.total >= offset && slice.jobs.size() < limit)
                slice.jobs.append(job);
            ++slice.total;
        }
    }

    QReadLocker locker(&m_cancelLock);
    QList<int> page;
    for (int i = 0; i < jobCount(); ++i) {
        const int jobStatus = statusAtLocked(i);
        if ((type != -2 && m_types[i] != type) || (status != -2 && jobStatus != status)
            || (directory != -2 && m_directories[i] != directory)
            || (project != -2 && m_projects[i] != project)) {
            continue;
        }
        if (slice.total >= offset && slice.jobs.size() + page.size() < limit)
            page.append(i);
        ++slice.total;
    }
    locker.unlock();
    for (int index : std::as_const(page))
        slice.jobs.append(jobJson(index));
    return slice;
}

std::optional<QJsonObject> DemoDataset::job(const QString &jobId) const
{
    if (auto created = createdJob(jobId))
        return created;
    const int index = indexOf(jobId);
    if (index < 0)
        return std::nullopt;
    return jobJson(index);
}

} // namespace BatchDeck
