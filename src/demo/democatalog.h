#pragma once

#include "demo/demodataset.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QReadWriteLock>

#include <optional>

namespace BatchDeck {

// The rest of the demo world around DemoDataset's v1 jobs: its projects and directories (with
// human names), the files in those directories, and v2 batches over the same directories.
// Generated from the dataset's seed and clock; only batch cancellation changes it. Thread-safe.
class DemoCatalog
{
public:
    struct BatchFilter
    {
        QString projectId, organizationId, status, sourceDirectoryId; // empty: any
        QDateTime createdFrom, createdTo; // invalid: open
    };
    struct DirectoryFilter
    {
        QString name, projectId, organizationId; // empty: any
        QStringList types; // empty: any
        bool includeDeleted = false;
    };
    enum class CancelOutcome { Cancelled, NotFound, AlreadyFinished };

    static const QStringList BatchStatuses; // PENDING THROTTLED RUNNING COMPLETED FAILED CANCELLED

    explicit DemoCatalog(const DemoDataset &dataset);

    // Projects (Project), filtered by organization and exact name.
    QList<QJsonObject> projects(const QString &organizationId, const QString &name) const;
    bool hasProject(const QString &projectId) const;

    // Directories (DirectoryResponse) in creation order; one extra, deleted directory is only
    // listed with includeDeleted.
    QList<QJsonObject> directories(const DirectoryFilter &filter) const;
    std::optional<QJsonObject> directory(const QString &directoryId) const;
    // The files of a directory as (id, name); empty for an unknown one.
    QList<std::pair<QString, QString>> directoryFiles(const QString &directoryId) const;
    // The name of a directory file ("dfl-..."), or nullopt.
    std::optional<QString> fileName(const QString &fileId) const;

    // v2 batches (BatchResponse), newest first.
    int batchCount() const { return m_batchCount; }
    QList<QJsonObject> batches(const BatchFilter &filter) const;
    std::optional<QJsonObject> batch(const QString &batchId, bool withResults) const;
    CancelOutcome cancelBatch(const QString &batchId, QJsonObject *response);

private:
    int batchIndex(const QString &batchId) const;
    QString batchId(int index) const;
    int statusOfLocked(int index) const;
    QJsonObject batchJsonLocked(int index, bool withResults) const;
    QJsonArray resultsLocked(int index, int status) const;
    QString fileId(int directory, int file) const;
    QString fileNameAt(int directory, int file) const;
    int fileCount(int directory) const;
    int directoryIndex(const QString &directoryId) const; // -1: unknown
    QJsonObject directoryJson(int index) const;
    quint64 hash(int index, quint64 salt) const;

    const DemoDataset &m_dataset;
    QDateTime m_now;
    quint64 m_seed;
    int m_batchCount;
    QString m_deletedDirectoryId;
    std::vector<quint8> m_batchStatuses, m_batchDirectories;

    mutable QReadWriteLock m_lock;
    QHash<int, QDateTime> m_cancelled; // batches cancelled through the API, and when
};

} // namespace BatchDeck
