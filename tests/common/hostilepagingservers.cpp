#include "hostilepagingservers.h"

#include <QJsonArray>

namespace BatchDeck::Testing::HostilePaging {

namespace {

int queryNumber(const TestRequest &request, const char *name)
{
    return request.query.queryItemValue(QString::fromLatin1(name)).toInt();
}

TestResponse pageOf(int jobCount, int offset, int count, Total total)
{
    count = std::max(0, std::min(count, jobCount - offset));
    return TestResponse::json(
        200,
        jobListJson(offset, count,
                    total == Total::Present ? std::optional<qint64>(jobCount) : std::nullopt));
}

} // namespace

TestHttpServer::Handler oversizedPages(int jobCount, int pageSize, Total total)
{
    return [=](const TestRequest &request) {
        return pageOf(jobCount, queryNumber(request, "offset"), pageSize, total);
    };
}

TestHttpServer::Handler cappedPages(int jobCount, int cap, Total total)
{
    return [=](const TestRequest &request) {
        return pageOf(jobCount, queryNumber(request, "offset"),
                      std::min(cap, queryNumber(request, "limit")), total);
    };
}

TestHttpServer::Handler overstatedTotal(int jobCount, qint64 claimedTotal)
{
    return [=](const TestRequest &request) {
        const int offset = queryNumber(request, "offset");
        const int count = std::max(0, std::min(queryNumber(request, "limit"), jobCount - offset));
        return TestResponse::json(200, jobListJson(offset, count, claimedTotal));
    };
}

TestHttpServer::Handler endlessPages()
{
    return [](const TestRequest &request) {
        QJsonObject body = jobListJson(queryNumber(request, "offset"),
                                       queryNumber(request, "limit"), std::nullopt);
        body.insert(u"total_size", QJsonValue::Null);
        return TestResponse::json(200, body);
    };
}

ShiftingList::ShiftingList(int jobCount, const QList<int> &newJobsBeforeRequest, Total total)
    : m_state(std::make_shared<State>())
{
    for (int i = 0; i < jobCount; ++i)
        m_state->ids.append(QStringLiteral("bjb-%1").arg(i));
    m_state->newJobsBeforeRequest = newJobsBeforeRequest;
    m_state->total = total;
}

TestHttpServer::Handler ShiftingList::handler()
{
    return [state = m_state](const TestRequest &request) {
        for (int i = 0; i < state->newJobsBeforeRequest.value(state->requests); ++i)
            state->ids.prepend(QStringLiteral("new-%1").arg(state->created++));
        ++state->requests;
        const int offset = queryNumber(request, "offset");
        const int end = std::min<int>(offset + queryNumber(request, "limit"), state->ids.size());
        QJsonArray items;
        for (int i = offset; i < end; ++i)
            items.append(sampleJobJson(state->ids.at(i)));
        state->rowsSent += items.size();
        QJsonObject body {{QStringLiteral("items"), items}};
        if (state->total == Total::Present)
            body.insert(u"total_size", state->ids.size());
        return TestResponse::json(200, body);
    };
}

} // namespace BatchDeck::Testing::HostilePaging
