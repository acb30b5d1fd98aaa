#pragma once

#include "core/api/projectscope.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace BatchDeck {

struct Batch;
struct Job;

// A v1 job or a v2 batch someone asked to be told about when it ends: what it is, the scope its
// own calls need, a name for people, and the status it had when last seen.
struct WatchedWork
{
    enum class Kind { Job, Batch };

    Kind kind = Kind::Job;
    QString id;
    ProjectScope scope;
    // A name for people, such as its directory's; empty when none is known (the ID says it).
    QString label;
    // As the API sent it, when it was last seen; empty before the first look.
    QString lastStatus;
    // A look saw it unfinished: its end, when a look finds it, is one that happened while it was
    // watched. A row's status does not count, as a row may be older than the server's state.
    bool seenUnfinished = false;

    bool operator==(const WatchedWork &other) const;
    bool operator!=(const WatchedWork &other) const { return !(*this == other); }

    // Whether `status` (as the API sends it for this kind) is an end: completed, failed or
    // cancelled. A status this client does not know is not.
    bool isFinishedStatus(const QString &status) const;

    // A listed job or batch; its own calls take `scope`.
    static WatchedWork ofJob(const Job &job, const ProjectScope &scope, const QString &label = {});
    static WatchedWork ofBatch(const Batch &batch, const ProjectScope &scope,
                               const QString &label = {});
    // The scope of a job or batch's own project, for a row whose list scope is not known: the
    // project when it is a UUID the API takes, else no scope.
    static ProjectScope scopeOfProject(const QString &projectId);

    QJsonObject toJson() const;
    // Empty for an entry that is not one: an edited file, a kind a newer version knows.
    static std::optional<WatchedWork> fromJson(const QJsonValue &value);
    static QJsonArray toJson(const QList<WatchedWork> &list);
    // The readable entries of `array`, in its order; the others are dropped.
    static QList<WatchedWork> listFromJson(const QJsonArray &array);
};

} // namespace BatchDeck

Q_DECLARE_METATYPE(BatchDeck::WatchedWork)
