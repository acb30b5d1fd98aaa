#pragma once

#include "core/jobs/jobsapi.h"
#include "core/jobs/rerunplan.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace BatchDeck {

// Gathers what RerunPlan::decide needs from the server: every page of the job's failed items,
// then each one's processing results (a few requests at a time), and emits the plan once.
class RerunPlanner : public QObject
{
    Q_OBJECT

public:
    // One check covers at most this many failed items: each costs a request for its results.
    static constexpr int MaxFailedItems = 1000;
    static constexpr int ItemsPageSize = 200;
    static constexpr int ParallelRequests = 4;

    RerunPlanner(ApiClient *client, const Job &job, const ProjectScope &scope,
                 QObject *parent = nullptr);
    ~RerunPlanner() override;

    void start();
    // Aborts the requests in flight; no plan follows.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const BatchDeck::RerunPlan &plan);

private:
    void requestItemsPage();
    void onItemsPage(const ItemPage &page, const ApiError &error);
    void requestResults();
    void onResults(const QString &itemId, const ItemProcessingResults &results,
                   const ApiError &error);
    void fail(const QString &reason);
    void conclude(const RerunPlan &plan);

    ApiClient *m_client;
    ProjectScope m_scope;
    RerunInput m_input;
    QSet<QString> m_seenItemIds;
    qint64 m_offset = 0;
    qsizetype m_nextItem = 0; // the next failed item whose results to ask for
    QList<QPointer<ApiCall>> m_calls; // to abort; a finished call stays listed until deleted
    int m_inFlight = 0;
    bool m_running = false;
};

} // namespace BatchDeck
