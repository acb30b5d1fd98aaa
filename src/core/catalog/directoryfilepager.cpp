#include "core/catalog/directoryfilepager.h"

#include "core/catalog/catalogapi.h"

namespace BatchDeck {

DirectoryFilePager::DirectoryFilePager(ApiClient *client, const ListDirectoryFilesQuery &query,
                                       QObject *parent)
    : CursorPager(query.pageToken, tr("files"),
                  tr("the server sent %1 pages in a row without a new file (empty, or only "
                     "files already received) and still offered another page, after %2 files; "
                     "try again later"),
                  parent)
    , m_client(client)
    , m_query(query)
{ }

ApiCall *DirectoryFilePager::requestPage(const std::optional<QString> &token)
{
    ListDirectoryFilesQuery query = m_query;
    query.pageToken = token;
    return CatalogApi(m_client).listDirectoryFiles(
        query, this, [this](const DirectoryFilePage &page, const ApiError &error) {
            takePage(page, error, &DirectoryFilePage::files, &DirectoryFilePage::invalidFiles,
                     &DirectoryFile::id, m_query, &DirectoryFilePager::pageReceived);
        });
}

} // namespace BatchDeck
