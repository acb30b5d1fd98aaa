#pragma once

#include "core/jobs/job.h"

#include <QString>

namespace BatchDeckFuzz {

// Qt 6.4's JSON parser drops a U+FEFF at the start of some strings (not of one with escapes);
// the project's reader (JsonSlice) keeps the text as sent. Comparisons with what Qt reads strip
// it on both sides, allowing that one difference and no other.
inline QString asQtReadsIt(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

inline BatchDeck::Job asQtReadsIt(BatchDeck::Job job)
{
    for (QString *text : {&job.id, &job.jobType, &job.status, &job.projectId, &job.directoryId,
                          &job.errorMessage, &job.jobRecordId, &job.workflowId})
        *text = asQtReadsIt(*text);
    return job;
}

} // namespace BatchDeckFuzz
