#pragma once

#include <QString>
#include <QStringList>

namespace BatchDeck {

// The API's enums as the client knows them. Values arrive and travel as strings, so that a value
// added by the server later is kept and shown as received rather than dropped.
enum class JobStatus { Pending, Running, Dispatched, Completed, Failed, Cancelled, Unknown };
enum class JobType { Parse, Extract, Classify, Unknown };
enum class ItemStatus { Pending, Processing, Completed, Failed, Skipped, Cancelled, Unknown };

const QStringList &knownJobStatuses();
const QStringList &knownJobTypes();
const QStringList &knownItemStatuses();

JobStatus jobStatusFromString(const QString &value);
JobType jobTypeFromString(const QString &value);
ItemStatus itemStatusFromString(const QString &value);

// A job that is finished can no longer change or be cancelled.
bool isFinished(JobStatus status);

} // namespace BatchDeck
