// How the demo's v1 jobs go: which items fail or are skipped, how far each job got, when each
// item was done, and the error a failed job reports. Everything a job says about its items is
// derived from the same plan, so that counts, items, errors and times agree.
#include "demo/demodataset.h"

#include "demo/demoids.h"
#include "demo/demotables.h"

#include <QReadLocker>

#include <algorithm>

namespace BatchDeck {

using namespace DemoIds;
using namespace DemoTables;

namespace {

// A running job's last change, at the first request, is this long before `now`, plus up to
// RunningSpreadMs; later changes creep towards `now` (half the way after CreepHalfRequests
// requests) and never pass it, so "Updated" stays recent while the counts rise.
constexpr qint64 RunningLagMs = 40'000;
constexpr qint64 RunningSpreadMs = 15'000;
constexpr qint64 CreepHalfRequests = 400;
constexpr qint64 RunningWindow = 4; // items a running job processes at once

qint64 creepMs(qint64 requests)
{
    return RunningLagMs * requests / (requests + CreepHalfRequests);
}

// How many times floor((n + phase) count / over) steps up for n from 0 to upTo.
qint64 steps(qint64 upTo, qint64 phase, qint64 count, qint64 over)
{
    return over ? (upTo + phase) * count / over - phase * count / over : 0;
}

quint8 typeMask(quint8 type)
{
    return type == Parse ? ParseMask : type == Extract ? ExtractMask : ClassifyMask;
}

} // namespace

DemoDataset::Plan DemoDataset::planOf(int index) const
{
    const quint64 h = hashOf(index, 5);
    Plan plan;
    plan.total = qint64(1 + (1ULL << (h % 12)) + (h >> 8) % 40);
    const qint64 failedShare = (h >> 16) % 100 < 30 ? qint64((h >> 24) % 4) : 0;
    plan.failed = std::min(plan.total, plan.total * failedShare / 100 + (failedShare ? 1 : 0));
    if (m_statuses[size_t(index)] == Failed)
        plan.failed = std::max<qint64>(1, plan.failed); // it failed on one of them at least
    plan.skipped =
        (h >> 32) % 100 < 20 ? std::min(plan.total - plan.failed, qint64((h >> 40) % 6)) : 0;
    const quint64 phase = hashOf(index, 13);
    plan.failedPhase = qint64(phase % quint64(plan.total));
    plan.skippedPhase =
        qint64((phase >> 32) % quint64(std::max<qint64>(1, plan.total - plan.failed)));
    return plan;
}

// Failures are spread evenly: item i fails when floor((i + 1 + phase) F / T) steps up, so the
// first r items hold floor((r + phase) F / T) - floor(phase F / T) of them, and all T hold F.
// Skips are spread likewise over the items that do not fail.
DemoDataset::Fate DemoDataset::fateOf(const Plan &plan, qint64 item)
{
    if (steps(item + 1, plan.failedPhase, plan.failed, plan.total)
        > steps(item, plan.failedPhase, plan.failed, plan.total))
        return Fate::Failed;
    const qint64 others = plan.total - plan.failed;
    const qint64 position = item - steps(item, plan.failedPhase, plan.failed, plan.total);
    return steps(position + 1, plan.skippedPhase, plan.skipped, others)
            > steps(position, plan.skippedPhase, plan.skipped, others)
        ? Fate::Skipped
        : Fate::Completed;
}

DemoDataset::Counts DemoDataset::countsAt(const Plan &plan, qint64 reached)
{
    Counts counts {};
    counts.total = plan.total;
    counts.failed = steps(reached, plan.failedPhase, plan.failed, plan.total);
    counts.skipped =
        steps(reached - counts.failed, plan.skippedPhase, plan.skipped, plan.total - plan.failed);
    counts.processed = reached - counts.failed - counts.skipped;
    return counts;
}

qint64 DemoDataset::failurePosition(const Plan &plan, qint64 k)
{
    // The first i with steps(i + 1) >= k: (i + 1 + phase) F / T >= k + floor(phase F / T).
    const qint64 target = k + plan.failedPhase * plan.failed / plan.total;
    return (target * plan.total + plan.failed - 1) / plan.failed - plan.failedPhase - 1;
}

qint64 DemoDataset::runningStart(int index, qint64 *speed) const
{
    // At least one item done before the first request, so that there is a last change; never
    // all of them.
    const quint64 h = hashOf(index, 5);
    *speed = 1 + qint64(h % 3);
    return 1 + qint64((h >> 48) % quint64(planOf(index).total / 2));
}

qint64 DemoDataset::runningProgress(int index) const
{
    // Moves on with every request the server answers.
    qint64 speed = 1;
    const qint64 start = runningStart(index, &speed);
    return start + m_clock.load(std::memory_order_relaxed) * speed;
}

qint64 DemoDataset::finishedReach(int index) const
{
    const Plan plan = planOf(index);
    switch (m_statuses[size_t(index)]) {
    case Completed:
        return plan.total;
    case Failed: // it stopped at one of its failures
        return failurePosition(plan, 1 + qint64(hashOf(index, 12) % quint64(plan.failed))) + 1;
    case Cancelled:
        return qint64((hashOf(index, 5) >> 48) % quint64(plan.total + 1));
    default:
        return 0;
    }
}

DemoDataset::Timeline DemoDataset::timelineOf(int index) const
{
    const quint64 h = hashOf(index, 6);
    Timeline timeline;
    timeline.created = createdAt(index);
    const qint64 sinceCreated = timeline.created.msecsTo(m_config.now);
    timeline.started =
        timeline.created.addMSecs(std::min<qint64>(2'000 + qint64(h % 88'000), sinceCreated / 4));
    if (m_statuses[size_t(index)] == Running) {
        timeline.running = true;
        timeline.base =
            m_config.now.addMSecs(-(RunningLagMs + qint64((h >> 20) % RunningSpreadMs)));
        timeline.started = std::min(timeline.started, timeline.base);
        timeline.first = runningStart(index, &timeline.speed);
    } else {
        // Done by `now`, however many items.
        const qint64 budget = timeline.started.msecsTo(m_config.now);
        timeline.stepMs =
            std::min<qint64>(200 + qint64(h % 1800), budget / (finishedReach(index) + 1));
    }
    return timeline;
}

QDateTime DemoDataset::itemDoneAt(const Timeline &timeline, qint64 item)
{
    if (!timeline.running)
        return timeline.started.addMSecs((item + 1) * timeline.stepMs);
    if (item < timeline.first)
        return timeline.started.addMSecs((item + 1) * timeline.started.msecsTo(timeline.base)
                                         / timeline.first);
    const qint64 request = (item + 1 - timeline.first + timeline.speed - 1) / timeline.speed;
    return timeline.base.addMSecs(creepMs(request));
}

QDateTime DemoDataset::itemStartedAt(const Timeline &timeline, qint64 item)
{
    // An item starts when the one a window before it is done.
    const qint64 window = timeline.running ? RunningWindow : 1;
    return item >= window ? itemDoneAt(timeline, item - window) : timeline.started;
}

DemoDataset::JobView DemoDataset::viewOf(int index) const
{
    JobView job;
    job.index = index;
    job.plan = planOf(index);
    job.timeline = timelineOf(index);
    {
        QReadLocker locker(&m_cancelLock);
        job.status = statusAtLocked(index);
        if (const auto it = m_cancelled.constFind(index); it != m_cancelled.constEnd()) {
            job.reached = it->reached;
            job.finished = it->at;
            return job;
        }
    }
    job.reached = job.timeline.running ? std::min(job.plan.total, runningProgress(index))
                                       : finishedReach(index);
    if (job.status == Completed || job.status == Failed || job.status == Cancelled)
        job.finished = lastChange(job);
    return job;
}

QDateTime DemoDataset::lastChange(const JobView &job)
{
    if (job.finished.isValid())
        return job.finished;
    if (job.status == Pending)
        return job.timeline.created;
    return job.reached > 0 ? itemDoneAt(job.timeline, job.reached - 1) : job.timeline.started;
}

int DemoDataset::jobFailureOf(int index) const
{
    const quint8 mask = typeMask(m_types[size_t(index)]);
    int fitting[std::size(JobFailures)];
    int count = 0;
    for (int f = 0; f < int(std::size(JobFailures)); ++f) {
        if (JobFailures[f].jobTypes & mask)
            fitting[count++] = f;
    }
    return fitting[(hashOf(index, 6) >> 8) % quint64(count)];
}

QString DemoDataset::itemFailure(const JobView &job, qint64 item) const
{
    if (m_statuses[size_t(job.index)] == Failed) {
        const JobFailure &failure = JobFailures[jobFailureOf(job.index)];
        if (failure.scope == JobFailure::Every
            || (failure.scope == JobFailure::Last && item == finishedReach(job.index) - 1))
            return QString::fromLatin1(failure.itemText);
    }
    const quint64 h = splitMix(hashOf(job.index, 9) ^ quint64(item));
    return QString::fromLatin1(
        pickItemFailure(typeMask(m_types[size_t(job.index)]), {}, h >> 8).text);
}

QString DemoDataset::itemName(const JobView &job, qint64 item) const
{
    const quint64 h = splitMix(hashOf(job.index, 9) ^ quint64(item));
    const int directory = std::max<int>(0, m_directories[size_t(job.index)]);
    // A file that fails is of a type its reason happens to (a .heic is unsupported, say).
    QString extension = QString::fromLatin1(Extensions[h % std::size(Extensions)]);
    if (fateOf(job.plan, item) == Fate::Failed) {
        const QString reason = itemFailure(job, item);
        const char *types = nullptr;
        for (const ItemFailure &failure : ItemFailures) {
            if (reason == QLatin1String(failure.text))
                types = failure.extensions;
        }
        for (const JobFailure &failure : JobFailures) {
            if (failure.itemText && reason == QLatin1String(failure.itemText))
                types = failure.itemExtensions;
        }
        extension = pickExtension(types, h);
    }
    const QString folder = QString::fromLatin1(Folders[directory]);
    return QStringLiteral("%1/%2-%3.%4")
        .arg(folder, folder.left(3))
        .arg(item + 1, 5, 10, QLatin1Char('0'))
        .arg(extension);
}

QString DemoDataset::jobError(const JobView &job) const
{
    const JobFailure &failure = JobFailures[jobFailureOf(job.index)];
    const Counts counts = countsAt(job.plan, job.reached);
    QString text = QString::fromLatin1(failure.text);
    text.replace(QLatin1String("{failed}"), QString::number(counts.failed));
    text.replace(QLatin1String("{total}"), QString::number(counts.total));
    text.replace(QLatin1String("{files}"),
                 counts.failed == 1 ? QStringLiteral("1 file")
                                    : QStringLiteral("%1 files").arg(counts.failed));
    static const char *const TypeWords[] = {"Parse", "Extraction", "Classification"};
    text.replace(QLatin1String("{type}"),
                 QString::fromLatin1(TypeWords[m_types[size_t(job.index)]]));
    if (text.contains(u"{file}"))
        text.replace(QLatin1String("{file}"), itemName(job, job.reached - 1));
    if (text.contains(u"{list}")) {
        QStringList lines;
        for (qint64 k = 1; k <= std::min<qint64>(counts.failed, MaxListedFailures); ++k) {
            const qint64 item = failurePosition(job.plan, k);
            lines << itemName(job, item) + u": " + itemFailure(job, item);
        }
        if (counts.failed > MaxListedFailures)
            lines << QStringLiteral("(and %1 more)").arg(counts.failed - MaxListedFailures);
        text.replace(QLatin1String("{list}"), lines.join(u'\n'));
    }
    return text;
}

} // namespace BatchDeck
