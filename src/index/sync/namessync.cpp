#include "index/sync/namessync.h"

#include "index/store/indexwriter.h"
#include "index/sync/indexwritequeue.h"

#include "core/api/apicall.h"
#include "index/store/indexdatabase.h"

namespace BatchDeck {

namespace {

bool isMissingEndpoint(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 404;
}

} // namespace

IndexNamesSync::IndexNamesSync(ApiClient *client, IndexDatabase *database,
                               const ProjectScope &scope, QObject *parent)
    : QObject(parent)
    , m_api(client)
    , m_database(database)
    , m_scope(scope)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

IndexNamesSync::~IndexNamesSync()
{
    if (m_call)
        m_call->abort();
}

void IndexNamesSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_names.clear();
    m_bytes = 0;
    m_pagesRead = 0;
    m_requests = 0;
    m_tokens.clear();
    m_written = 0;
    readProjects();
}

void IndexNamesSync::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    // Finished first: an abort may answer at once, and a listener may delete this object.
    const QPointer<ApiCall> call = m_call;
    finish(tr("Reading the names of directories and projects was cancelled; the index keeps "
              "the names it had."));
    if (call)
        call->abort();
}

void IndexNamesSync::readProjects()
{
    ++m_requests;
    m_call = m_api.listProjects(
        m_scope.organizationId, std::nullopt, this,
        [this](const ProjectList &list, const ApiError &error) {
            if (!m_running)
                return;
            if (!error.isOk() && !isMissingEndpoint(error))
                return finish(failure(error));
            for (const Project &project : list.projects) {
                if (!keep(CatalogName::Kind::Project, project.id, project.name, false))
                    return;
            }
            readDirectories({});
        });
}

void IndexNamesSync::readDirectories(const QString &pageToken)
{
    ListDirectoriesQuery query;
    query.projectId = m_scope.projectId;
    query.organizationId = m_scope.organizationId;
    // Deleted directories too: the jobs that ran in them are still in the index.
    query.includeDeleted = true;
    query.pageSize = PageSize;
    if (!pageToken.isEmpty())
        query.pageToken = pageToken;
    ++m_requests;
    m_call = m_api.listDirectories(
        query, this,
        [this](const DirectoryPage &page, const ApiError &error) { onDirectoryPage(page, error); });
}

void IndexNamesSync::onDirectoryPage(const DirectoryPage &page, const ApiError &error)
{
    if (!m_running)
        return;
    if (isMissingEndpoint(error))
        return writeAndFinish({});
    if (!error.isOk())
        return finish(failure(error));
    ++m_pagesRead;
    for (const Directory &directory : page.directories) {
        if (!keep(CatalogName::Kind::Directory, directory.id, directory.name,
                  directory.deletedAt.isValid()))
            return;
    }
    const QString token = page.nextPageToken;
    if (token.isEmpty()) {
        writeAndFinish({});
    } else if (!m_tokens.remember(token)) {
        writeAndFinish(tr("Directory names are incomplete: the server sent a page token a "
                          "second time, so paging stopped to avoid an endless loop."));
    } else if (m_pagesRead >= MaxDirectoryPages) {
        writeAndFinish(tr("Directory names are incomplete: the server had sent %1 pages without "
                          "ending the list, so paging stopped.")
                           .arg(m_pagesRead));
    } else {
        readDirectories(token);
    }
}

bool IndexNamesSync::keep(CatalogName::Kind kind, const QString &id, const QString &name,
                          bool deleted)
{
    m_bytes += (id.size() + name.size()) * qint64(sizeof(QChar));
    if (m_bytes > MaxNameBytes) {
        writeAndFinish(tr("Names are incomplete: the server sent more than %1 MB of names, so "
                          "reading them stopped.")
                           .arg(MaxNameBytes / (qint64(1024) * 1024)));
        return false;
    }
    m_names.append({kind, id, name, deleted});
    return true;
}

void IndexNamesSync::writeAndFinish(const QString &problem)
{
    if (m_names.isEmpty()) {
        finish(problem);
        return;
    }
    if (m_writes) {
        const qsizetype count = m_names.size();
        m_writes->post(
            this, m_ticket,
            [names = std::exchange(m_names, {}), at = m_clock()](IndexWriter &indexWriter) {
                NamesWriter writer(indexWriter.database());
                return writer.write(names, at) ? QString() : writer.errorString();
            },
            [this, problem, count](const QString &writeProblem) {
                if (!m_running)
                    return; // cancelled meanwhile
                if (writeProblem.isEmpty())
                    m_written = count;
                finish(writeProblem.isEmpty() ? problem : writeProblem);
            });
        return;
    }
    NamesWriter writer(m_database);
    if (!writer.write(m_names, m_clock()))
        return finish(writer.errorString());
    m_written = m_names.size();
    finish(problem);
}

void IndexNamesSync::finish(const QString &error)
{
    m_running = false;
    m_names.clear();
    m_call.clear();
    Q_EMIT finished(error);
}

QString IndexNamesSync::failure(const ApiError &error) const
{
    return tr("The names of directories and projects could not be read, so a search finds jobs "
              "by the names the index had: %1")
        .arg(error.message);
}

} // namespace BatchDeck
