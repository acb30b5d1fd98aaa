#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace BatchDeck {
class DemoServer;
}

namespace BatchDeck::Testing {

// What the CLI's index tests read back: its output and the index it wrote.

// --base-url and --api-key for a demo server in the test's process.
QStringList demoConnection(const DemoServer &demo);
// Every job of the demo, as its list sends them, newest first.
QList<QJsonObject> demoJobs(DemoServer &demo);

QStringList sorted(QStringList list);
// RFC 4180 rows; a quoted field may hold commas, quotes and line breaks.
QList<QStringList> csvRows(const QByteArray &bytes);
// JSON Lines; a line that is not an object gives an empty object, which no check accepts.
QList<QJsonObject> jsonLines(const QByteArray &bytes);
QStringList idsOf(const QList<QJsonObject> &objects);

// What a sync said it did: "Jobs: 5,000 added, 0 updated, … Batches: 60 added, … 6 request(s)".
// -1 for each when the line is not there.
struct SyncFigures
{
    qint64 jobsAdded = -1;
    qint64 batchesAdded = -1;
    qint64 requests = -1;
};
SyncFigures syncFigures(const QByteArray &out);

// The IDs of an index's jobs and batches (not removed), sorted, read with IndexReader.
struct IndexContents
{
    QStringList jobIds;
    QStringList batchIds;
    QString error; // empty: read
};
IndexContents readIndex(const QString &path);

} // namespace BatchDeck::Testing
