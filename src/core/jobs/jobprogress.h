#pragma once

#include "core/jobs/job.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace BatchDeck {

// How far a job has come, worked out once for the job table and the details view alike.
// The counts never add up past the total. A server may count failed and skipped items inside
// processed_items as well: when processed + failed + skipped exceeds the total, processed is
// taken to include them.
struct JobProgress
{
    qint64 total = 0;
    qint64 succeeded = 0; // processed, without the failed and skipped items
    qint64 failed = 0;
    qint64 skipped = 0;
    bool jobFailed = false; // the job itself failed: its bar is framed as failed

    static JobProgress of(const Job &job);

    qint64 done() const { return succeeded + failed + skipped; }
    // Processed items went through processing, well or not; skipped ones did not.
    qint64 processed() const { return succeeded + failed; }
    // 0 to 1.
    double fraction() const;
    // Whole percent, rounded down, so that 100% means every item is done.
    int percent() const;
    // "67%".
    QString percentText() const;
    // Each count, for a tooltip: "6 of 7 processed: 5 succeeded, 1 failed, 1 skipped", then
    // "100% done" only when every item is done and none failed, "The job failed." for a failed
    // job, or how far it has come ("60% done").
    QString summary() const;

    bool operator==(const JobProgress &other) const;
};

// How long a job has run: until completed_at, or until `now` while it is still going. Nothing
// when it has not started, or when it finished without saying when.
std::optional<qint64> jobDurationMs(const Job &job, const QDateTime &now);

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::JobProgress)
