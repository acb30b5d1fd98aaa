#pragma once

#include "core/batches/batch.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace BatchDeck {

// The job types a BatchJobReference names that this client can ask about, with the path of
// each: parse_v2 (GET /api/v2/parse/{job_id}) and extract_v2 (GET /api/v2/extract/{job_id}).
const QStringList &knownJobReferenceTypes();

// The status of the job a batch created for one file: ParseJobResponse (the "job" of
// GET /api/v2/parse/{id}) or ExtractV2Job (GET /api/v2/extract/{id}), the fields a person
// needs to see what became of the file. Text is kept as received (a status this client does
// not know included); absent or null optional values are null QStrings and invalid QDateTimes.
struct ReferencedJobStatus
{
    QString type; // the reference's type: "parse_v2" or "extract_v2"
    QString id;
    QString projectId;
    QString status; // PENDING, RUNNING, COMPLETED, FAILED, CANCELLED or a newer one
    QString errorMessage; // "Error details when status is FAILED"
    QDateTime createdAt; // required for an extract job, optional for a parse job
    QDateTime updatedAt;
    QString name; // parse: the job's optional display name
    QString tier; // parse: the parsing tier
    QString fileInput; // extract: the file or parse job that was extracted
    QString configurationId; // extract: the saved configuration, if any

    bool operator==(const ReferencedJobStatus &other) const;
    bool operator!=(const ReferencedJobStatus &other) const { return !(*this == other); }

    // ParseResultResponse: {"job": ParseJobResponse, ...}. On failure, a sentence naming the
    // field.
    static QString fromParseBody(const QByteArray &body, ReferencedJobStatus *job);
    // ExtractV2Job.
    static QString fromExtractBody(const QByteArray &body, ReferencedJobStatus *job);
};

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::ReferencedJobStatus)
