#pragma once

#include "core/api/apiclient.h"
#include "core/catalog/directoryfile.h"
#include "core/paging/cursorpager.h"

namespace BatchDeck {

// Walks every page of one directory's files by following next_page_token (see CursorPager):
// the names of a batch's source files, say, with include_deleted so that files removed since
// keep theirs. Files outside the query (a deleted one the server sent without include_deleted)
// are left out and counted.
class DirectoryFilePager : public CursorPager
{
    Q_OBJECT

public:
    // query.pageToken, if set, is where paging starts.
    DirectoryFilePager(ApiClient *client, const ListDirectoryFilesQuery &query,
                       QObject *parent = nullptr);

    const ListDirectoryFilesQuery &query() const { return m_query; }

Q_SIGNALS:
    // A page without the files already delivered, trimmed to the row limit. Unreadable files
    // are in page.invalidFiles, with positions counted across the whole listing.
    void pageReceived(const BatchDeck::DirectoryFilePage &page);

private:
    ApiCall *requestPage(const std::optional<QString> &token) override;

    ApiClient *m_client;
    ListDirectoryFilesQuery m_query;
};

} // namespace BatchDeck
