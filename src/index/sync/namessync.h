#pragma once

#include "core/api/apierror.h"
#include "core/api/projectscope.h"
#include "core/catalog/catalogapi.h"
#include "core/paging/sentpagetokens.h"
#include "index/store/nameswriter.h"
#include "index/sync/indexwritequeue.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

namespace BatchDeck {

class ApiCall;
class ApiClient;
class IndexDatabase;

// Brings the names of directories and projects into the index (catalog_names), so that a search
// finds jobs and batches by them: the projects of the scope's organization, then every page of
// the scope's directories, deleted ones included (old jobs ran in them). All names are written
// at the end, in one transaction. A server without these endpoints (404) is no failure: the
// names the index holds stay as they are.
class IndexNamesSync : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = ListDirectoriesQuery::MaxPageSize;
    // 200 pages of 1,000: far more directories than any account has. A server still sending
    // pages past it is not ending its list.
    static constexpr int MaxDirectoryPages = 200;
    // What the names read may hold in all: a server sending huge names stops the listing here.
    static constexpr qint64 MaxNameBytes = qint64(32) * 1024 * 1024;

    IndexNamesSync(ApiClient *client, IndexDatabase *database, const ProjectScope &scope,
                   QObject *parent = nullptr);
    ~IndexNamesSync() override;

    // What "now" is for seen_at. Default: the system clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // The names are written through `writes` (on the index's writing thread) rather than on
    // the calling thread's connection.
    void setWriteQueue(IndexWriteQueue *writes, const IndexWriteQueue::Ticket &ticket)
    {
        m_writes = writes;
        m_ticket = ticket;
    }

    void start();
    // Stops at once, writing nothing; finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    // After finished(): how many names were written (0 when the server has no such endpoints).
    qsizetype namesWritten() const { return m_written; }
    int requestsSent() const { return m_requests; }

Q_SIGNALS:
    // `error` is empty when the names were written (or the server lacks the endpoints);
    // otherwise a sentence. Names read before a listing stopped part way are still written.
    void finished(const QString &error);

private:
    void readProjects();
    void readDirectories(const QString &pageToken);
    void onDirectoryPage(const DirectoryPage &page, const ApiError &error);
    // Keeps a name; false when the names are over MaxNameBytes.
    bool keep(CatalogName::Kind kind, const QString &id, const QString &name, bool deleted);
    void writeAndFinish(const QString &problem);
    void finish(const QString &error);
    QString failure(const ApiError &error) const;

    CatalogApi m_api;
    IndexDatabase *m_database;
    ProjectScope m_scope;
    std::function<QDateTime()> m_clock;

    bool m_running = false;
    bool m_cancelled = false;
    QList<CatalogName> m_names;
    qint64 m_bytes = 0;
    int m_pagesRead = 0;
    SentPageTokens m_tokens;
    qsizetype m_written = 0;
    int m_requests = 0;
    IndexWriteQueue *m_writes = nullptr;
    IndexWriteQueue::Ticket m_ticket;
    QPointer<ApiCall> m_call;
};

} // namespace BatchDeck
