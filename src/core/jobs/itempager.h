#pragma once

#include "core/jobs/jobsapi.h"
#include "core/paging/offsetpager.h"

namespace BatchDeck {

// Walks every page of one job's items, offset by offset, with OffsetPager's rules, as JobPager
// does: an item delivered twice is kept once and counted, and an item outside the status asked
// for is left out and counted.
class ItemPager : public OffsetPager
{
    Q_OBJECT

public:
    static constexpr int MaxLimit = 1000;
    static constexpr int MaxPagesWithoutNewItems = MaxPagesWithoutNewRows;

    // query.offset is where paging starts; query.limit the page size (default MaxLimit).
    ItemPager(ApiClient *client, const QString &jobId, const ProjectScope &scope,
              const ListItemsQuery &query, QObject *parent = nullptr);

Q_SIGNALS:
    // A page without the items already delivered. Unreadable items are in page.invalidItems.
    void pageReceived(const BatchDeck::ItemPage &page);

private:
    ApiCall *requestPage(qint64 offset, int limit) override;

    ApiClient *m_client;
    QString m_jobId;
    ProjectScope m_scope;
    ListItemsQuery m_query;
};

} // namespace BatchDeck
