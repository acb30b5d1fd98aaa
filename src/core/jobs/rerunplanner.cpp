#include "core/jobs/rerunplanner.h"
#include "core/jobs/jobsapi.h"

#include <QLocale>

namespace BatchDeck {

RerunPlanner::RerunPlanner(ApiClient *client, const Job &job, const ProjectScope &scope,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(scope)
{
    m_input.job = job;
}

RerunPlanner::~RerunPlanner()
{
    cancel();
}

void RerunPlanner::start()
{
    cancel();
    const RerunPlan early = RerunPlan::decide(m_input); // a running job needs no requests
    if (early.outcome == RerunPlan::Outcome::JobNotFinished) {
        m_running = true;
        conclude(early);
        return;
    }
    m_running = true;
    m_input.failedItems.clear();
    m_input.unreadableFailedItems = 0;
    m_input.resultsByItemId.clear();
    m_seenItemIds.clear();
    m_offset = 0;
    m_nextItem = 0;
    requestItemsPage();
}

void RerunPlanner::cancel()
{
    m_running = false;
    m_inFlight = 0;
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->abort();
    }
}

void RerunPlanner::requestItemsPage()
{
    ListItemsQuery query;
    query.status = QStringLiteral("failed");
    query.limit = ItemsPageSize;
    query.offset = m_offset;
    m_calls = {JobsApi(m_client).listJobItems(
        m_input.job.id, m_scope, query, this,
        [this](const ItemPage &page, const ApiError &error) { onItemsPage(page, error); })};
}

void RerunPlanner::onItemsPage(const ItemPage &page, const ApiError &error)
{
    if (!m_running || error.kind == ApiError::Kind::Aborted)
        return;
    if (!error.isOk()) {
        fail(tr("The failed items could not be listed: %1").arg(error.message));
        return;
    }
    for (const JobItem &item : page.items) {
        // A page may repeat an item the previous one held (the list shifted): keep it once.
        if (item.knownStatus() == ItemStatus::Failed && !m_seenItemIds.contains(item.itemId)) {
            m_seenItemIds.insert(item.itemId);
            m_input.failedItems.append(item);
        }
    }
    m_input.unreadableFailedItems += page.invalidItems.size();
    const qint64 received = page.itemCount();
    m_offset += received;
    if (m_input.failedItems.size() + m_input.unreadableFailedItems > MaxFailedItems
        || m_offset > 2 * qint64(MaxFailedItems)) {
        conclude(RerunPlan::notPossible(
            RerunPlan::Outcome::TooManyItems,
            tr("The job has more than %1 failed items, more than BatchDeck checks for one "
               "re-run.")
                .arg(QLocale().toString(MaxFailedItems))));
        return;
    }
    // The list ends at its first empty page only: total_size is an estimate and a server may cap
    // its pages, so neither a reached total nor a short page says that no failed item remains.
    if (received > 0) {
        requestItemsPage();
        return;
    }
    m_calls.clear(); // this page's call, which is finishing
    requestResults();
}

void RerunPlanner::requestResults()
{
    if (m_nextItem >= m_input.failedItems.size() && m_inFlight == 0) {
        conclude(RerunPlan::decide(m_input));
        return;
    }
    // Only the job's own type is asked for when the API knows it; an unknown type is compared
    // by the plan on all results instead of being refused as a filter.
    const std::optional<QString> jobType = m_input.job.knownType() != JobType::Unknown
        ? std::optional<QString>(m_input.job.jobType)
        : std::nullopt;
    m_calls.removeIf([](const QPointer<ApiCall> &call) { return call.isNull(); });
    while (m_inFlight < ParallelRequests && m_nextItem < m_input.failedItems.size()) {
        const QString itemId = m_input.failedItems.at(m_nextItem++).itemId;
        auto *call = JobsApi(m_client).itemProcessingResults(
            itemId, m_scope, jobType, this,
            [this, itemId](const ItemProcessingResults &results, const ApiError &error) {
                onResults(itemId, results, error);
            });
        m_calls.append(call);
        ++m_inFlight;
    }
}

void RerunPlanner::onResults(const QString &itemId, const ItemProcessingResults &results,
                             const ApiError &error)
{
    if (!m_running || error.kind == ApiError::Kind::Aborted)
        return;
    --m_inFlight;
    if (!error.isOk()) {
        fail(tr("The processing results of a failed item (%1) could not be loaded: %2")
                 .arg(itemId, error.message));
        return;
    }
    m_input.resultsByItemId.insert(itemId, results);
    requestResults();
}

void RerunPlanner::fail(const QString &reason)
{
    conclude(RerunPlan::notPossible(RerunPlan::Outcome::LoadFailed, reason));
}

void RerunPlanner::conclude(const RerunPlan &plan)
{
    if (!m_running)
        return;
    cancel();
    Q_EMIT finished(plan);
}

} // namespace BatchDeck
