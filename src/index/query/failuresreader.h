#pragma once

#include "core/export/rowwriter.h"
#include "index/query/indexquery.h"
#include "index/query/indexreader.h"
#include "index/store/failureswriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

namespace BatchDeck {

class IndexDatabase;

// One failed item of a v1 job, or one failed file of a v2 batch, as the index holds it.
struct FailedItem
{
    enum class Kind { JobItem, BatchFile };
    Kind kind = Kind::JobItem;
    QString parentId; // the job's or the batch's ID
    QString itemId; // the item's ID, or the batch result's source_directory_file_id
    QString name; // the item's or the file's name; null when not known
    QString status; // an item's, as received; null for a batch file
    QString errorMessage;
    QString errorShape;
    QDateTime createdAt; // the job's or the batch's

    // "item" or "file", as exports write it.
    QString kindName() const;
};

// The columns of an export of failed items and files, and one item's row in them:
// kind,job_or_batch_id,item_id,file_name,status,error_message,error_shape.
const QStringList &failedItemFields();
Row failedItemRow(const FailedItem &item);

// How much of a range's failures the index holds.
struct FailuresCoverage
{
    qint64 jobs = 0; // jobs with failed items
    qint64 jobsNotFetched = 0;
    qint64 batches = 0; // finished batches, whose files may have failed
    qint64 batchesNotFetched = 0;
    qint64 notFetched() const { return jobsNotFetched + batchesNotFetched; }
};

// Reads the failed items and files the index holds (IndexFailuresWriter wrote them), for the
// jobs and batches a query matches (its time range, job types and removed rows; its statuses
// are left aside and its text is looked for in the items' messages, names and IDs), grouped by
// error shape as IndexReader::failureGroups() groups failed jobs. Every method returns false
// with errorString() set when the index cannot be read.
class IndexFailuresReader
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::IndexFailuresReader)

public:
    // The finished batch statuses whose results may hold failed files.
    static const QStringList &fetchedBatchStatuses();

    explicit IndexFailuresReader(IndexDatabase *database);

    // The largest group first; each group's example is its newest failure.
    bool groups(const IndexQuery &query, QList<FailureGroup> *groups);
    // The failures of one shape ("" for those without a message), newest first; limit 0: all.
    bool items(const IndexQuery &query, const QString &shape, int limit, QList<FailedItem> *items);

    bool coverage(const IndexQuery &query, FailuresCoverage *coverage);
    // Newest first.
    bool jobsToFetch(const IndexQuery &query, QList<FailuresFetchTarget> *targets);
    bool batchesToFetch(const IndexQuery &query, QList<FailuresFetchTarget> *targets);

    QString errorString() const { return m_error; }

private:
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values);

    IndexDatabase *m_database;
    QString m_error;
};

} // namespace BatchDeck
