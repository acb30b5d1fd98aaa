#pragma once

#include "testhttpserver.h"

#include <memory>
#include <optional>

namespace BatchDeck::Testing {

// List servers that break what a client might assume about paging, for TestHttpServer.
// Jobs are named "<prefix><n>", bjb-0 first (the newest), as jobListJson() names them.
namespace HostilePaging {

enum class Total { Present, Absent };

// Answers every request with `pageSize` jobs from the offset asked for, whatever the limit.
TestHttpServer::Handler oversizedPages(int jobCount, int pageSize, Total total);
// Never sends more than `cap` jobs per page, fewer than a client may ask for.
TestHttpServer::Handler cappedPages(int jobCount, int cap, Total total);
// Pages honestly over `jobCount` jobs but reports `claimedTotal` as total_size.
TestHttpServer::Handler overstatedTotal(int jobCount, qint64 claimedTotal);
// Full pages of jobs never seen before, without end and without a total.
TestHttpServer::Handler endlessPages();

// A newest-first list to which jobs ("new-<n>") are added at the head between requests, as
// when jobs are created while a client pages: newJobsBeforeRequest[n] before the n-th request
// (0-based; none after the list's end).
class ShiftingList
{
public:
    ShiftingList(int jobCount, const QList<int> &newJobsBeforeRequest, Total total);
    TestHttpServer::Handler handler();
    // Rows sent in all answers, repeats included.
    qint64 rowsSent() const { return m_state->rowsSent; }

private:
    struct State
    {
        QStringList ids; // newest first
        QList<int> newJobsBeforeRequest;
        int created = 0;
        int requests = 0;
        qint64 rowsSent = 0;
        Total total = Total::Present;
    };
    std::shared_ptr<State> m_state;
};

} // namespace HostilePaging

} // namespace BatchDeck::Testing
