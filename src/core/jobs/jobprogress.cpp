#include "core/jobs/jobprogress.h"

#include <QLocale>

#include <algorithm>

namespace BatchDeck {

JobProgress JobProgress::of(const Job &job)
{
    JobProgress progress;
    progress.jobFailed = job.knownStatus() == JobStatus::Failed;
    progress.total = std::max<qint64>(0, job.totalItems);
    const qint64 processed = std::max<qint64>(0, job.processedItems);
    const qint64 failed = std::max<qint64>(0, job.failedItems);
    const qint64 skipped = std::max<qint64>(0, job.skippedItems);
    const bool processedIncludesTheRest = processed + failed + skipped > progress.total;
    const qint64 succeeded =
        processedIncludesTheRest ? std::max<qint64>(0, processed - failed - skipped) : processed;
    // Whatever the server says, no part reaches past the total.
    progress.failed = std::min(failed, progress.total);
    progress.skipped = std::min(skipped, progress.total - progress.failed);
    progress.succeeded = std::min(succeeded, progress.total - progress.failed - progress.skipped);
    return progress;
}

double JobProgress::fraction() const
{
    return total > 0 ? double(done()) / double(total) : 0.0;
}

int JobProgress::percent() const
{
    // In whole numbers: 29 of 100 is 29%, where floating point would make it 28.99…
    return total > 0 ? int(done() * 100 / total) : 0;
}

QString JobProgress::percentText() const
{
    return QLocale().toString(percent()) + u'%';
}

bool JobProgress::operator==(const JobProgress &other) const
{
    return total == other.total && succeeded == other.succeeded && failed == other.failed
        && skipped == other.skipped && jobFailed == other.jobFailed;
}

std::optional<qint64> jobDurationMs(const Job &job, const QDateTime &now)
{
    if (!job.startedAt.isValid())
        return std::nullopt;
    if (job.completedAt.isValid())
        return job.startedAt.msecsTo(job.completedAt);
    if (isFinished(job.knownStatus()))
        return std::nullopt; // it ended, but the server did not say when
    return job.startedAt.msecsTo(now);
}

} // namespace BatchDeck
