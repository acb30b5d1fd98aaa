#pragma once

#include "core/export/rowexport.h"
#include "core/jobs/itempager.h"

namespace BatchDeck {

// Every item of one job (optionally of one status), streamed page by page into CSV or JSON
// Lines (see RowExport). ExportOptions::maxRows does not apply.
class ItemExport final : public RowExport
{
    Q_OBJECT

public:
    ItemExport(ApiClient *client, const QString &jobId, const ProjectScope &scope,
               const ListItemsQuery &query, const ExportOptions &options,
               QObject *parent = nullptr);

private:
    ItemPager m_pager;
};

} // namespace BatchDeck
