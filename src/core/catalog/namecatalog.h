#pragma once

#include "core/api/projectscope.h"
#include "core/catalog/catalogapi.h"
#include "core/catalog/catalogtypes.h"
#include "core/catalog/namedentries.h"
#include "core/paging/sentpagetokens.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace BatchDeck {

// Names for the project and directory IDs jobs carry, from the server the ApiClient talks to.
// refresh() lists the projects and every page of directories of a scope; a directory that no
// listing named (a job in another project, one created since) is asked for by ID, once. A name
// it does not know is an empty string: callers show the ID then, as they did before there were
// names. Failures never stop anything: they are kept as one sentence in problem(), for a quiet
// note, and the IDs stay on screen.
class NameCatalog : public QObject
{
    Q_OBJECT

public:
    static constexpr int DirectoryPageSize = 100;
    // 100 pages of 100: far more directories than a picker is useful for. A server that keeps
    // sending pages past it is not ending its list.
    static constexpr int MaxDirectoryPages = 100;
    static constexpr int MaxLookupsInFlight = 2;
    // Single lookups per refresh: a page of 1,000 jobs from as many deleted directories must not
    // become 1,000 requests. The rest wait for the next refresh.
    static constexpr int MaxLookupsPerRefresh = 100;
    // What the names may hold in all (projects and directories, with their IDs): far more than
    // any picker is useful for (an ordinary directory costs under 1 KB). A listing that would go
    // past it stops, keeps what it has, and says so in problem().
    static constexpr qint64 MaxKeptBytes = qint64(8) * 1024 * 1024;
    static constexpr int MaxTextLength = CatalogMaxTextLength; // see namedentries.h

    explicit NameCatalog(ApiClient *client, QObject *parent = nullptr);

    // Forgets the names listed before and lists them again for `scope`: the projects of its
    // organization and the directories of its project (or of the key's default ones when unset).
    // When the client's server or key changed since the names were read, forgets those first.
    void refresh(const ProjectScope &scope = {});
    // Lists the directories (and the projects, for another organization) of `scope` unless they
    // were listed since the last refresh. Names already known stay.
    void setScope(const ProjectScope &scope);
    const ProjectScope &scope() const { return m_scope; }
    // Forgets every name, remembered 404 and problem, and ends the calls in flight.
    void clear();

    // The names, or an empty string for an ID not (yet) known.
    QString projectName(const QString &projectId) const;
    QString directoryName(const QString &directoryId) const;
    // Asks the server for one directory's name, in the scope of the job that names it, unless
    // its name is known, it is already asked for, or the server said 404 (remembered until the
    // server changes) or failed for it since the last refresh. Waits for a listing in flight,
    // which may well name it.
    void lookUpDirectory(const QString &directoryId, const ProjectScope &scope);
    // The server answered 404 for this ID.
    bool isUnknownDirectory(const QString &directoryId) const;

    // For pickers, sorted by name (case-insensitive, then by ID). The order is rebuilt once a
    // listing ends, not on every page: while one runs, these are the lists as they were before
    // it (single lookups are added in order at once).
    QList<Project> projects() const;
    QList<Directory> directories() const;
    QList<Directory> directoriesOfProject(const QString &projectId) const;

    // A listing is in flight (single lookups do not count).
    bool isLoading() const { return m_projectsCall || m_directoriesCall; }
    // Why some names are missing, as one or more sentences; empty when nothing went wrong.
    QString problem() const;

Q_SIGNALS:
    // Names were added or forgotten: views showing IDs should look again.
    void namesChanged();
    void problemChanged(const QString &problem);
    // The listing started by refresh() or setScope() ended, with or without a problem.
    void loaded();

private:
    enum ProblemSlot { ProjectsProblem, DirectoriesProblem, LookupProblem, ProblemSlots };

    QByteArray currentOrigin() const;
    void forgetIfServerChanged();
    void listMissing();
    void abortListings();
    void listProjects(const std::optional<QString> &organizationId);
    void requestDirectoryPage(const QString &pageToken);
    void onDirectoryPage(const DirectoryPage &page, const ApiError &error);
    void endDirectoryListing(const QString &problem);
    void endListingIfIdle();
    void pumpLookups();
    void onLookup(const QString &directoryId, const Directory &directory, const ApiError &error);
    void setProblem(ProblemSlot slot, const QString &text);
    qint64 roomLeft() const; // bytes of MaxKeptBytes not used yet
    static QString scopeKey(const ProjectScope &scope);

    ApiClient *m_client;
    QByteArray m_origin; // a hash of the server and key the names came from
    ProjectScope m_scope;
    quint64 m_generation = 0; // bumped by clear(): answers of an earlier one are dropped
    NamedEntries<Project> m_projects;
    NamedEntries<Directory> m_directories;
    QSet<QString> m_listedOrganizations; // "" for the key's default
    QSet<QString> m_listedScopes;

    QPointer<ApiCall> m_projectsCall;
    QString m_projectsOrganization;
    QPointer<ApiCall> m_directoriesCall;
    ProjectScope m_listingScope;
    SentPageTokens m_pageTokens;
    int m_pagesRead = 0;
    qint64 m_entriesRead = 0;
    qint64 m_unreadableDirectories = 0;
    QString m_firstUnreadable;

    struct Lookup
    {
        QString directoryId;
        ProjectScope scope;
    };
    QList<Lookup> m_lookupQueue;
    QSet<QString> m_lookupsPending; // queued or in flight
    QList<QPointer<ApiCall>> m_lookupCalls; // to abort them
    int m_lookupsInFlight = 0;
    QSet<QString> m_unknownDirectories; // 404
    QSet<QString> m_failedLookups; // other failures, until the next refresh
    int m_lookupsStarted = 0;

    QString m_problems[ProblemSlots];
};

} // namespace BatchDeck
