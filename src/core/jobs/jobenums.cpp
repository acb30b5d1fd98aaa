#include "core/jobs/jobenums.h"

namespace BatchDeck {

const QStringList &knownJobStatuses()
{
    static const QStringList values {QStringLiteral("pending"),    QStringLiteral("running"),
                                     QStringLiteral("dispatched"), QStringLiteral("completed"),
                                     QStringLiteral("failed"),     QStringLiteral("cancelled")};
    return values;
}

const QStringList &knownJobTypes()
{
    static const QStringList values {QStringLiteral("parse"), QStringLiteral("extract"),
                                     QStringLiteral("classify")};
    return values;
}

const QStringList &knownItemStatuses()
{
    static const QStringList values {QStringLiteral("pending"),   QStringLiteral("processing"),
                                     QStringLiteral("completed"), QStringLiteral("failed"),
                                     QStringLiteral("skipped"),   QStringLiteral("cancelled")};
    return values;
}

JobStatus jobStatusFromString(const QString &value)
{
    const qsizetype index = knownJobStatuses().indexOf(value);
    return index < 0 ? JobStatus::Unknown : static_cast<JobStatus>(index);
}

JobType jobTypeFromString(const QString &value)
{
    const qsizetype index = knownJobTypes().indexOf(value);
    return index < 0 ? JobType::Unknown : static_cast<JobType>(index);
}

ItemStatus itemStatusFromString(const QString &value)
{
    const qsizetype index = knownItemStatuses().indexOf(value);
    return index < 0 ? ItemStatus::Unknown : static_cast<ItemStatus>(index);
}

bool isFinished(JobStatus status)
{
    return status == JobStatus::Completed || status == JobStatus::Failed
        || status == JobStatus::Cancelled;
}

} // namespace BatchDeck
