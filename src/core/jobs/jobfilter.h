#pragma once

#include "core/jobs/listjobsquery.h"

#include <QStringList>

namespace BatchDeck {

// What the user filters the job list by: the list endpoint's filters without paging.
struct JobFilter
{
    std::optional<QString> jobType;
    std::optional<QString> status;
    std::optional<QString> directoryId;
    std::optional<QString> projectId;
    std::optional<QString> organizationId;

    bool isEmpty() const;
    ListJobsQuery toQuery(int limit, qint64 offset) const;
    // The project and organization of the jobs this filter lists, for their own calls.
    ProjectScope scope() const { return {projectId, organizationId}; }
    QString validationError() const;
    // "status: failed · type: parse", for showing what hides jobs.
    QStringList describe() const;

    bool operator==(const JobFilter &other) const;
    bool operator!=(const JobFilter &other) const { return !(*this == other); }
};

} // namespace BatchDeck
