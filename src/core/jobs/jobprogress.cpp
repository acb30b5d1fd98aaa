#include "core/jobs/jobprogress.h"

#include "core/translations.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct JobProgressText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::JobProgress)
};

} // namespace

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

QString JobProgress::summary() const
{
    if (total <= 0)
        return JobProgressText::tr("No items yet");
    // Each count picks its own plural form (a language may inflect "processed" or "failed" by
    // number); the numbers themselves go through %1, as a server's count may not fit tr()'s int.
    const QLocale locale;
    const auto counted = [&locale](const char *text, qint64 count) {
        return JobProgressText::tr(text, nullptr, pluralFormCount(count))
            .arg(locale.toString(count));
    };
    QString counts =
        JobProgressText::tr("%1 of %2 processed: %3, %4, %5", nullptr, pluralFormCount(processed()))
            .arg(locale.toString(processed()), locale.toString(total),
                 counted(QT_TRANSLATE_N_NOOP("BatchDeck::JobProgress", "%1 succeeded"), succeeded),
                 counted(QT_TRANSLATE_N_NOOP("BatchDeck::JobProgress", "%1 failed"), failed),
                 counted(QT_TRANSLATE_N_NOOP("BatchDeck::JobProgress", "%1 skipped"), skipped));
    if (jobFailed)
        return counts + u'\n' + JobProgressText::tr("The job failed.");
    // Every item done, some failed: the counts say so, where "100% done" would not.
    if (done() == total && failed > 0)
        return counts;
    return counts + u'\n' + JobProgressText::tr("%1 done").arg(percentText());
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
