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
    struct FileFilter
    {
        QString displayName, displayNameContains, uniqueId, fileId; // empty: any
        bool includeDeleted = false;
        QDateTime updatedFrom, updatedTo; // invalid: open
        // Not empty: each file carries a download_url (expand=download_url) below this origin.
        QString downloadOrigin;
    };
    enum class CancelOutcome { Cancelled, NotFound, AlreadyFinished };
    enum class JobKind { Parse, Extract };

    static const QStringList &
    batchStatuses(); // PENDING THROTTLED RUNNING COMPLETED FAILED CANCELLED
    static constexpr int DeletedDirectoryDays = 40; // the deleted directory's life

    explicit DemoCatalog(const DemoDataset &dataset);

    // Projects (Project), filtered by organization and exact name.
    QList<QJsonObject> projects(const QString &organizationId, const QString &name) const;
    bool hasProject(const QString &projectId) const;

    // Directories (DirectoryResponse) in creation order; one extra, deleted directory is only
    // listed with includeDeleted.
    QList<QJsonObject> directories(const DirectoryFilter &filter) const;
    std::optional<QJsonObject> directory(const QString &directoryId) const;
    // The files a directory holds now (not those deleted from it) as (id, name); empty for an
    // unknown one.
    QList<std::pair<QString, QString>> directoryFiles(const QString &directoryId) const;
    // The name of a directory file ("dfl-..."), deleted or not, or nullopt.
    std::optional<QString> fileName(const QString &fileId) const;
    // A directory's files (DirectoryFileResponse) in order; nullopt for an unknown directory.
    // Some files were deleted from their directory, and every file of the deleted directory
    // was: those are listed only with includeDeleted, and have no download URL.
    std::optional<QList<QJsonObject>> files(const QString &directoryId,
                                            const FileFilter &filter) const;
    // One file of a directory, deleted or not (the filter's downloadOrigin counts).
    std::optional<QJsonObject> file(const QString &directoryId, const QString &fileId,
                                    const FileFilter &filter) const;
    // What a presigned download URL gives: nullopt when the file is unknown, deleted, or the
    // signature is not the one file() made.
    std::optional<QByteArray> fileContent(const QString &fileId, const QString &expires,
                                          const QString &signature) const;

    // v2 batches (BatchResponse), newest first.
    int batchCount() const { return m_batchCount; }
    QList<QJsonObject> batches(const BatchFilter &filter) const;
    std::optional<QJsonObject> batch(const QString &batchId, bool withResults) const;
    CancelOutcome cancelBatch(const QString &batchId, QJsonObject *response);
    // The parse or extract job a batch result refers to (GET /api/v2/parse/{id}: a
    // ParseResultResponse; GET /api/v2/extract/{id}: an ExtractV2Job); nullopt for an id no
    // batch result names with that kind. A failed job carries the result's error message.
    std::optional<QJsonObject> referencedJob(JobKind kind, const QString &jobId) const;

private:
    static constexpr int FileIndexBits = 16; // a file's index in the ids that carry it
    static constexpr quint64 FileIdSalt = 102;

    struct FileTimes
    {
        QDateTime created, updated, deleted; // deleted: invalid while the file is there
    };
    // What became of one file of a batch: its job, and how that ended.
    struct FileOutcome
    {
        QString fileId;
        QString mappingError; // no job could be created: the result's error, no reference
        QString jobId; // "pjb-..." or "ejb-..."; empty with a mapping error
        QString jobStatus; // COMPLETED, FAILED or CANCELLED
        QString jobError; // the failed job's error, also the result's error_message
    };
    // The files of its directory a batch ran over, in order: those there when it was created
    // (and, for a failed batch, one deleted before its job was made).
    QList<int> batchFiles(int index) const;
    QDateTime jobCreated(int index, int file) const; // when a batch made (or would make) a job
    // How many of batchFiles() the results list; `status` is the batch's.
    int reachedLocked(int index, int status, qsizetype files) const;
    // What became of the file at `position` of batchFiles(), `file` in its directory.
    FileOutcome outcomeLocked(int index, int status, int position, int file, int reached) const;
    bool parseBatch(int index) const;
    void batchTimesLocked(int index, QDateTime *created, QDateTime *updated) const;
    QString jobId(int index, int file, bool parse) const;
    bool fileDeleted(int directory, int file) const;
    FileTimes fileTimes(int directory, int file) const;
    QJsonObject fileJson(int directory, int file, const QString &downloadOrigin) const;
    QString signature(const QString &fileId, const QString &expires) const;
    QDateTime directoryCreated(int index) const;
    QDateTime batchCreated(int index) const;

    int batchIndex(const QString &batchId) const;
    QString batchId(int index) const;
    int statusOfLocked(int index) const;
    QJsonObject batchJsonLocked(int index, bool withResults) const;
    QJsonArray resultsLocked(int index, int status) const;
    QString fileId(int directory, int file) const;
    // The directory and index of a file id this world made; false for any other text.
    bool locateFile(const QString &fileId, int *directory, int *file) const;
    QString fileNameAt(int directory, int file) const;
    int fileCount(int directory) const;
    int directoryIndex(const QString &directoryId) const; // -1: unknown
    QString directoryIdAt(int index) const; // the deleted one at index size(Folders)
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
