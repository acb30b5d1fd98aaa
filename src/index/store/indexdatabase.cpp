#include "index/store/indexdatabase.h"

#include "index/store/indexschema.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace BatchDeck {

namespace {

// Each IndexDatabase is its own Qt SQL connection, named uniquely.
QString newConnectionName()
{
    static std::atomic<int> count {0};
    return QStringLiteral("batchdeck-index-%1").arg(++count);
}

// The files SQLite keeps beside a database in WAL mode.
const QStringList &companionSuffixes()
{
    static const QStringList suffixes {QStringLiteral("-wal"), QStringLiteral("-shm")};
    return suffixes;
}

// Whether a failed statement says the file is no sound database (not SQLite, or corrupt), and not
// a trouble of the moment (a full disk, a lock, permissions) that says nothing about the file.
bool saysDamaged(const QSqlQuery &query)
{
    const int primaryCode = query.lastError().nativeErrorCode().toInt() & 0xff;
    return primaryCode == 26 /* SQLITE_NOTADB */ || primaryCode == 11 /* SQLITE_CORRUPT */;
}

} // namespace

IndexDatabase::IndexDatabase()
    : m_connectionName(newConnectionName())
{ }

IndexDatabase::~IndexDatabase()
{
    close();
}

QString IndexDatabase::defaultPath(const QUrl &baseUrl, const ProjectScope &scope)
{
    // The identity of a connection: the server without a trailing slash, and the scope.
    const QString server = baseUrl
                               .adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo
                                         | QUrl::RemoveQuery | QUrl::RemoveFragment)
                               .toString();
    const QByteArray identity = (server + u'\n' + scope.projectId.value_or(QString()) + u'\n'
                                 + scope.organizationId.value_or(QString()))
                                    .toUtf8();
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16));
    // The host first, so a person looking at the folder knows which server a file is for.
    QString host = baseUrl.host().isEmpty() ? QStringLiteral("server") : baseUrl.host();
    static const QRegularExpression notHostSafe(QStringLiteral("[^A-Za-z0-9.-]"));
    host.replace(notHostSafe, QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/BatchDeck/index/") + host + u'-' + digest + QStringLiteral(".sqlite");
}

bool IndexDatabase::open(const QString &path, OpenMode mode)
{
    close();
    m_path = path;
    m_notice.clear();
    m_error.clear();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        m_error = tr("The index needs the SQLite driver for Qt, which is not installed "
                     "(Debian package libqt6sql6-sqlite). Install it, or use BatchDeck without "
                     "the index.");
        return false;
    }
    const QFileInfo file(path);
    if (mode == OpenMode::Existing)
        return openExisting(file);
    if (!QDir().mkpath(file.absolutePath())) {
        m_error = tr("The index could not be made: the folder %1 cannot be created. Check that "
                     "it can be written, or choose another place for the index.")
                      .arg(QDir::toNativeSeparators(file.absolutePath()));
        return false;
    }
    if (!openConnection())
        return false;

    int version = 0;
    switch (check(&version)) {
    case FileCheck::Ours:
    case FileCheck::Empty:
        break;
    case FileCheck::Newer:
        m_error = tr("The index %1 was made by a newer BatchDeck (schema %2; this one reads up to "
                     "%3). Use that BatchDeck, or clear the index to start a new one.")
                      .arg(QDir::toNativeSeparators(path))
                      .arg(version)
                      .arg(IndexSchema::Version);
        close();
        m_path = path;
        return false;
    case FileCheck::Foreign:
        if (!setAside(tr("it is not a BatchDeck index")))
            return false;
        version = 0;
        break;
    case FileCheck::Damaged:
        if (!setAside(tr("it is damaged")))
            return false;
        version = 0;
        break;
    case FileCheck::Unreadable:
        close();
        m_path = path;
        return false;
    }
    if (!configure())
        return false;
    if (const QString problem = IndexSchema::migrate(database(), version); !problem.isEmpty()) {
        m_error = describeFailure(problem);
        close();
        m_path = path;
        return false;
    }
    return true;
}

void IndexDatabase::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
            connection.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool IndexDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase IndexDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool IndexDatabase::clear()
{
    QSqlDatabase connection = database();
    if (!connection.transaction()) {
        m_error = describeFailure(connection.lastError().text());
        return false;
    }
    QSqlQuery query(connection);
    for (const char *table : {"jobs", "batches", "job_progress", "sync_notes", "failed_items",
                              "failed_batch_files", "failures_fetched", "catalog_names"}) {
        if (!query.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table))) {
            m_error = describeFailure(query.lastError().text());
            connection.rollback();
            return false;
        }
    }
    if (!connection.commit()) {
        m_error = describeFailure(connection.lastError().text());
        connection.rollback();
        return false;
    }
    return true;
}

QString IndexDatabase::describeFailure(const QString &sqliteError) const
{
    return tr("The index %1 could not be used: %2. Try again; if it keeps failing, clear the "
              "index.")
        .arg(QDir::toNativeSeparators(m_path), sqliteError.trimmed());
}

bool IndexDatabase::writeTransaction(const std::function<bool()> &write, QString *error)
{
    QSqlDatabase connection = database();
    QSqlQuery begin(connection);
    QElapsedTimer waited;
    waited.start();
    qint64 seenVersion = dataVersion();
    while (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        // SQLite's busy handler polls with growing sleeps, and another process writing page
        // after page takes the lock again in the moment between two of its transactions: one
        // busy timeout can pass while that process is busy but getting on. Waiting on while it
        // commits keeps two syncs of one index from failing each other; a lock held through a
        // whole busy timeout without a commit is given up on.
        const bool busy = begin.lastError().nativeErrorCode().toInt() == 5 /* SQLITE_BUSY */;
        if (busy && waited.elapsed() < WriteWaitLimitMs) {
            if (const qint64 version = dataVersion(); version != seenVersion) {
                seenVersion = version;
                continue;
            }
        }
        *error = busy && waited.elapsed() >= WriteWaitLimitMs
            ? tr("The index %1 is busy: another BatchDeck has been writing to it for "
                 "%n seconds. Try again when it has finished.",
                 nullptr, int(waited.elapsed() / 1000))
                  .arg(QDir::toNativeSeparators(m_path))
            : describeFailure(begin.lastError().text());
        return false;
    }
    if (!write() || !connection.commit()) {
        if (error->isEmpty())
            *error = describeFailure(connection.lastError().text());
        connection.rollback();
        return false;
    }
    return true;
}

qint64 IndexDatabase::dataVersion() const
{
    // Changes whenever another connection commits to the file.
    QSqlQuery query(database());
    return query.exec(QStringLiteral("PRAGMA data_version")) && query.next()
        ? query.value(0).toLongLong()
        : -1;
}

bool IndexDatabase::exec(QSqlQuery &query, QString *error) const
{
    if (query.exec())
        return true;
    *error = describeFailure(query.lastError().text());
    return false;
}

bool IndexDatabase::run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                        QString *error) const
{
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query, error);
}

bool IndexDatabase::openExisting(const QFileInfo &file)
{
    const QString changed =
        tr("The index %1 is not as BatchDeck opened it: another BatchDeck may have cleared it or "
           "set it aside. Nothing was written to it; turn the index off and on again (Index › "
           "Keep a Local Index) to open it anew.")
            .arg(QDir::toNativeSeparators(m_path));
    // SQLite would make an empty file where there is none.
    if (!file.isFile()) {
        m_error = changed;
        return false;
    }
    if (!openConnection())
        return false;
    int version = 0;
    const FileCheck found = check(&version);
    if (found != FileCheck::Ours || version != IndexSchema::Version) {
        if (found != FileCheck::Unreadable)
            m_error = changed;
        close();
        return false;
    }
    return configure();
}

bool IndexDatabase::openConnection()
{
    QSqlDatabase connection =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    connection.setDatabaseName(m_path);
    connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (connection.open())
        return true;
    m_error = tr("The index %1 could not be opened: %2. Check that the file and its folder can "
                 "be written.")
                  .arg(QDir::toNativeSeparators(m_path), connection.lastError().text());
    close();
    return false;
}

IndexDatabase::FileCheck IndexDatabase::check(int *version)
{
    QSqlQuery query(database());
    const auto failed = [&] {
        if (saysDamaged(query))
            return FileCheck::Damaged;
        m_error = tr("The index %1 could not be read: %2. It was left as it is; check that the "
                     "disk has room and the file can be written, and try again.")
                      .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
        return FileCheck::Unreadable;
    };
    // One statement, so one snapshot: another process making the same file may commit its
    // first schema step between separate reads, and a file read as "version 1 but no application
    // ID" would be taken for another program's and set aside under that process.
    // A file that is not SQLite fails here ("file is not a database").
    if (!query.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id()),"
                                   " (SELECT user_version FROM pragma_user_version()),"
                                   " (SELECT count(*) FROM sqlite_schema)"))
        || !query.next()) {
        return failed();
    }
    const int applicationId = query.value(0).toInt();
    *version = query.value(1).toInt();
    const bool hasTables = query.value(2).toLongLong() > 0;
    if (applicationId == 0 && !hasTables && *version == 0)
        return FileCheck::Empty;
    if (applicationId != IndexSchema::ApplicationId)
        return FileCheck::Foreign;
    if (*version > IndexSchema::Version)
        return FileCheck::Newer;
    if (*version < 1)
        return FileCheck::Damaged;
    return FileCheck::Ours;
}

bool IndexDatabase::setAside(const QString &why)
{
    close();
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString asidePath = m_path + QStringLiteral(".set-aside-") + stamp;
    for (int attempt = 2; QFile::exists(asidePath); ++attempt)
        asidePath =
            m_path + QStringLiteral(".set-aside-") + stamp + u'-' + QString::number(attempt);
    if (!QFile::rename(m_path, asidePath)) {
        m_error = tr("The index %1 cannot be used (%2) and could not be moved aside. Move or "
                     "delete the file, or choose another place for the index.")
                      .arg(QDir::toNativeSeparators(m_path), why);
        return false;
    }
    for (const QString &suffix : companionSuffixes()) {
        if (QFile::exists(m_path + suffix))
            QFile::rename(m_path + suffix, asidePath + suffix);
    }
    m_notice = tr("The index %1 could not be used (%2), so it was moved aside as %3 and a new "
                  "index was started.")
                   .arg(QDir::toNativeSeparators(m_path), why, QDir::toNativeSeparators(asidePath));
    return openConnection();
}

bool IndexDatabase::configure()
{
    QSqlQuery query(database());
    // WAL: readers do not wait for a writer, and another process can read while one syncs.
    // synchronous=NORMAL is safe with WAL (a power cut loses at most the last transactions).
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA mmap_size = 1073741824"}) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            m_error = describeFailure(query.lastError().text());
            close();
            return false;
        }
    }
    return true;
}

} // namespace BatchDeck
