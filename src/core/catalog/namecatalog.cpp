#include "core/catalog/namecatalog.h"

#include "core/translations.h"

#include "core/api/logging.h"
#include "core/catalog/catalogapi.h"

#include <QCryptographicHash>
#include <QLocale>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace BatchDeck {

namespace {

using namespace NameKeeping;

constexpr qint64 BudgetMegabytes = NameCatalog::MaxKeptBytes / (qint64(1024) * 1024);

// "3 projects could not be read and show as IDs; first, the project at position 2 ..."
QString unreadableNote(qint64 count, const QString &first, const QString &what)
{
    if (count == 1)
        return NameCatalog::tr("%1; it shows as an ID.").arg(first.at(0).toUpper() + first.mid(1));
    return NameCatalog::tr("%1 %2 could not be read and show as IDs; first, %3.", nullptr,
                           pluralFormCount(count))
        .arg(count)
        .arg(what, first);
}

} // namespace

NameCatalog::NameCatalog(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(m_client, &ApiClient::settingsChanged, this, &NameCatalog::forgetIfServerChanged);
}

QByteArray NameCatalog::currentOrigin() const
{
    // A hash, so that the catalog keeps no copy of the key.
    const ClientSettings &settings = m_client->settings();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(settings.baseUrl.adjusted(QUrl::StripTrailingSlash).toEncoded());
    hash.addData(QByteArrayView("\n"));
    hash.addData(settings.apiKey.toUtf8());
    return hash.result();
}

void NameCatalog::forgetIfServerChanged()
{
    const QByteArray origin = currentOrigin();
    if (origin == m_origin)
        return;
    clear();
    m_origin = origin;
}

void NameCatalog::clear()
{
    ++m_generation; // first: an aborted call answers at once, and that answer must be dropped
    const bool hadNames = !m_projects.isEmpty() || !m_directories.isEmpty();
    abortListings();
    for (const QPointer<ApiCall> &call : std::as_const(m_lookupCalls)) {
        if (call)
            call->abort();
    }
    m_lookupCalls.clear();
    m_lookupsInFlight = 0;
    m_projects.clear();
    m_directories.clear();
    m_listedOrganizations.clear();
    m_listedScopes.clear();
    m_lookupQueue.clear();
    m_lookupsPending.clear();
    m_unknownDirectories.clear();
    m_failedLookups.clear();
    m_lookupsStarted = 0;
    for (int slot = 0; slot < ProblemSlots; ++slot)
        setProblem(ProblemSlot(slot), {});
    if (hadNames)
        Q_EMIT namesChanged();
}

void NameCatalog::abortListings()
{
    // The callbacks drop aborted answers; the pointers are cleared here, not there, so that a
    // new listing can start at once.
    for (QPointer<ApiCall> *call : {&m_projectsCall, &m_directoriesCall}) {
        if (ApiCall *running = call->data()) {
            call->clear();
            running->abort();
        }
    }
}

void NameCatalog::refresh(const ProjectScope &scope)
{
    forgetIfServerChanged();
    m_scope = scope;
    abortListings(); // the new listing starts again from the first page
    m_listedOrganizations.clear();
    m_listedScopes.clear();
    m_failedLookups.clear();
    m_lookupsStarted = 0;
    setProblem(ProjectsProblem, {});
    setProblem(DirectoriesProblem, {});
    setProblem(LookupProblem, {});
    listMissing();
}

void NameCatalog::setScope(const ProjectScope &scope)
{
    forgetIfServerChanged();
    m_scope = scope;
    listMissing();
}

QString NameCatalog::scopeKey(const ProjectScope &scope)
{
    return scope.projectId.value_or(QString()) + u'|' + scope.organizationId.value_or(QString());
}

void NameCatalog::listMissing()
{
    if (!m_scope.validationError().isEmpty()) // a filter being typed
        return;
    const QString organization = m_scope.organizationId.value_or(QString());
    if (!m_listedOrganizations.contains(organization)
        && !(m_projectsCall && m_projectsOrganization == organization))
        listProjects(m_scope.organizationId);
    if (!m_listedScopes.contains(scopeKey(m_scope))
        && !(m_directoriesCall && m_listingScope == m_scope)) {
        if (ApiCall *other = m_directoriesCall.data()) { // of another scope: this one matters now
            m_directoriesCall.clear();
            other->abort();
        }
        m_listingScope = m_scope;
        m_pageTokens.clear();
        m_pagesRead = 0;
        m_entriesRead = 0;
        m_unreadableDirectories = 0;
        m_firstUnreadable.clear();
        requestDirectoryPage({});
    }
}

void NameCatalog::listProjects(const std::optional<QString> &organizationId)
{
    if (ApiCall *other = m_projectsCall.data()) {
        m_projectsCall.clear();
        other->abort();
    }
    m_projectsOrganization = organizationId.value_or(QString());
    const quint64 generation = m_generation;
    m_projectsCall = CatalogApi(m_client).listProjects(
        organizationId, {}, this,
        [this, generation](const ProjectList &list, const ApiError &error) {
            if (generation != m_generation || error.kind == ApiError::Kind::Aborted)
                return;
            m_projectsCall.clear();
            m_listedOrganizations.insert(m_projectsOrganization);
            if (!error.isOk()) {
                setProblem(ProjectsProblem,
                           tr("Project names could not be loaded: %1").arg(error.message));
            } else {
                const KeptEntries kept =
                    keepEntries(m_projects, list.projects, list.invalidProjects, roomLeft());
                QStringList problems;
                if (kept.full) {
                    problems << tr("Project names are incomplete: the server listed more names "
                                   "than BatchDeck keeps (%1 MB), so %2 projects are named; the "
                                   "rest show as IDs.")
                                    .arg(BudgetMegabytes)
                                    .arg(m_projects.size());
                }
                if (!kept.unreadable.isEmpty()) {
                    problems << unreadableNote(kept.unreadable.size(),
                                               ProjectList::describe(kept.unreadable.first()),
                                               tr("projects"));
                }
                setProblem(ProjectsProblem, problems.join(u' '));
                if (m_projects.sort()) // once, the whole list being read
                    Q_EMIT namesChanged();
            }
            endListingIfIdle();
        });
}

void NameCatalog::requestDirectoryPage(const QString &pageToken)
{
    ListDirectoriesQuery query;
    query.projectId = m_listingScope.projectId;
    query.organizationId = m_listingScope.organizationId;
    // Deleted (expired) directories too: old jobs and batches still name them, and their names
    // must not turn back into IDs. GET /directories/{id} has no such parameter in the spec.
    query.includeDeleted = true;
    query.pageSize = DirectoryPageSize;
    if (!pageToken.isEmpty())
        query.pageToken = pageToken;
    const quint64 generation = m_generation;
    m_directoriesCall = CatalogApi(m_client).listDirectories(
        query, this, [this, generation](const DirectoryPage &page, const ApiError &error) {
            if (generation != m_generation || error.kind == ApiError::Kind::Aborted)
                return;
            onDirectoryPage(page, error);
        });
}

void NameCatalog::onDirectoryPage(const DirectoryPage &page, const ApiError &error)
{
    m_directoriesCall.clear();
    if (!error.isOk()) {
        endDirectoryListing(tr("Directory names could not be loaded: %1").arg(error.message));
        return;
    }
    ++m_pagesRead;
    const KeptEntries kept =
        keepEntries(m_directories, page.directories, page.invalidDirectories, roomLeft());
    if (!kept.unreadable.isEmpty()) {
        if (m_unreadableDirectories == 0) {
            InvalidCatalogEntry first = kept.unreadable.first();
            first.position += m_entriesRead;
            m_firstUnreadable = DirectoryPage::describe(first);
        }
        m_unreadableDirectories += kept.unreadable.size();
    }
    m_entriesRead += page.itemCount();
    if (kept.changed)
        Q_EMIT namesChanged(); // for names by ID; the pickers' order waits for the end

    const QString token = page.nextPageToken;
    if (kept.full) {
        endDirectoryListing(tr("Directory names are incomplete: the server listed more names than "
                               "BatchDeck keeps (%1 MB), so loading stopped with %2 directories "
                               "named; the rest show as IDs.")
                                .arg(BudgetMegabytes)
                                .arg(m_directories.size()));
    } else if (token.isEmpty()) {
        endDirectoryListing({});
    } else if (!m_pageTokens.remember(token)) {
        endDirectoryListing(
            tr("Directory names are incomplete: the server sent the page token \"%1\" a second "
               "time, so paging stopped to avoid an endless loop.")
                .arg(maskSecrets(token).left(40))); // masked before the cut
    } else if (m_pagesRead >= MaxDirectoryPages) {
        endDirectoryListing(tr("Directory names are incomplete: the server had sent %1 pages "
                               "(%2 directories) without ending the list, so paging stopped; "
                               "the rest show as IDs.")
                                .arg(m_pagesRead)
                                .arg(m_entriesRead));
    } else {
        requestDirectoryPage(token);
    }
}

void NameCatalog::endDirectoryListing(const QString &problem)
{
    m_listedScopes.insert(scopeKey(m_listingScope));
    QStringList problems;
    if (!problem.isEmpty())
        problems << problem;
    if (m_unreadableDirectories > 0)
        problems << unreadableNote(m_unreadableDirectories, m_firstUnreadable, tr("directories"));
    setProblem(DirectoriesProblem, problems.join(u' '));
    if (m_directories.sort()) // once, when the listing ends
        Q_EMIT namesChanged();
    endListingIfIdle();
}

void NameCatalog::endListingIfIdle()
{
    if (isLoading())
        return;
    Q_EMIT loaded();
    pumpLookups();
}

QString NameCatalog::projectName(const QString &projectId) const
{
    const Project *found = m_projects.find(projectId);
    return found ? found->name : QString();
}

QString NameCatalog::directoryName(const QString &directoryId) const
{
    const Directory *found = m_directories.find(directoryId);
    return found ? found->name : QString();
}

bool NameCatalog::isUnknownDirectory(const QString &directoryId) const
{
    return m_unknownDirectories.contains(directoryId);
}

void NameCatalog::lookUpDirectory(const QString &directoryId, const ProjectScope &scope)
{
    forgetIfServerChanged();
    if (directoryId.trimmed().isEmpty() || m_directories.contains(directoryId)
        || m_unknownDirectories.contains(directoryId) || m_failedLookups.contains(directoryId)
        || m_lookupsPending.contains(directoryId))
        return;
    m_lookupsPending.insert(directoryId);
    m_lookupQueue.append({directoryId, scope});
    pumpLookups();
}

void NameCatalog::pumpLookups()
{
    if (isLoading())
        return; // the listing may name them
    while (!m_lookupQueue.isEmpty() && m_lookupsInFlight < MaxLookupsInFlight) {
        const Lookup lookup = m_lookupQueue.takeFirst();
        if (m_directories.contains(lookup.directoryId)
            || m_lookupsStarted >= MaxLookupsPerRefresh) {
            m_lookupsPending.remove(lookup.directoryId); // may be asked again after a refresh
            continue;
        }
        ++m_lookupsStarted;
        ++m_lookupsInFlight;
        const quint64 generation = m_generation;
        const QString id = lookup.directoryId;
        m_lookupCalls.removeIf([](const QPointer<ApiCall> &call) { return call.isNull(); });
        m_lookupCalls.append(CatalogApi(m_client).directory(
            id, lookup.scope, this,
            [this, generation, id](const Directory &directory, const ApiError &error) {
                if (generation != m_generation)
                    return;
                onLookup(id, directory, error);
            }));
    }
}

void NameCatalog::onLookup(const QString &directoryId, const Directory &directory,
                           const ApiError &error)
{
    --m_lookupsInFlight;
    m_lookupsPending.remove(directoryId);
    if (error.httpStatus == 404) {
        m_unknownDirectories.insert(directoryId); // deleted, or not this key's: ask no more
    } else if (!error.isOk()) {
        m_failedLookups.insert(directoryId);
        setProblem(
            LookupProblem,
            tr("The name of directory %1 could not be loaded: %2").arg(directoryId, error.message));
    } else {
        // ApiClient::directory refuses an answer about another directory, but the answer may
        // spell the ID in another letter case: keep it under the ID the tables ask for.
        Directory kept = directory;
        kept.id = directoryId;
        if (QString problem = unfitForCatalog(&kept); !problem.isEmpty()) {
            m_failedLookups.insert(directoryId);
            setProblem(
                LookupProblem,
                tr("The name of directory %1 could not be loaded: %2.").arg(directoryId, problem));
        } else if (m_directories.growthFor(kept) > roomLeft()) {
            m_failedLookups.insert(directoryId);
            setProblem(LookupProblem,
                       tr("The name of directory %1 was not kept: the names loaded already fill "
                          "what BatchDeck keeps (%2 MB).")
                           .arg(directoryId)
                           .arg(BudgetMegabytes));
        } else {
            m_directories.insertInOrder(kept);
            Q_EMIT namesChanged();
        }
    }
    pumpLookups();
}

QList<Project> NameCatalog::projects() const
{
    return m_projects.sorted();
}

QList<Directory> NameCatalog::directories() const
{
    return m_directories.sorted();
}

QList<Directory> NameCatalog::directoriesOfProject(const QString &projectId) const
{
    QList<Directory> matching;
    for (const Directory &directory : m_directories.sorted()) {
        if (directory.projectId == projectId)
            matching.append(directory);
    }
    return matching;
}

qint64 NameCatalog::roomLeft() const
{
    return MaxKeptBytes - m_projects.bytes() - m_directories.bytes();
}

QString NameCatalog::problem() const
{
    QStringList parts;
    for (const QString &part : m_problems) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(u' ');
}

void NameCatalog::setProblem(ProblemSlot slot, const QString &text)
{
    if (m_problems[slot] == text)
        return;
    m_problems[slot] = text;
    Q_EMIT problemChanged(problem());
}

} // namespace BatchDeck
