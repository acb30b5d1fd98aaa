#pragma once

#include "core/api/projectscope.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QVariantList>

#include <functional>

class QFileInfo;

namespace BatchDeck {

// One index file, open: a SQLite database of one connection's jobs and batches. Opening makes
// the file if there is none and carries an older one forward (IndexSchema). A file that is not
// an index (damaged, or another program's database) is set aside under a new name and a new index
// is made, with a notice saying so; a file from a newer BatchDeck is left alone and not opened.
// Several processes may use one file: it runs in WAL mode and waits for a busy writer.
//
// Qt SQL ties a connection to the thread that opened it: use this object on that thread only.
class IndexDatabase
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::IndexDatabase)

public:
    // How long a write waits for another process's transaction before it fails.
    static constexpr int BusyTimeoutMs = 10'000;
    // How long a write waits, one busy timeout after another, for other processes' writes
    // while they commit.
    static constexpr int WriteWaitLimitMs = 180'000;

    IndexDatabase();
    ~IndexDatabase();
    IndexDatabase(const IndexDatabase &) = delete;
    IndexDatabase &operator=(const IndexDatabase &) = delete;

    // The file for a server and scope, in the user's data folder: one index per connection, so
    // jobs of one server or project never mix with another's.
    static QString defaultPath(const QUrl &baseUrl, const ProjectScope &scope);

    // Make: the window's or the CLI's connection, which makes the index, carries it forward and
    // sets a foreign or damaged file aside. Existing: another connection to an index already
    // open that way (a thread's): it opens the file as it is or not at all, so that a file it
    // finds changed is never moved or made anew under the first connection.
    enum class OpenMode { Make, Existing };
    // Returns false with errorString() set (a sentence: what happened, what to do).
    bool open(const QString &path, OpenMode mode = OpenMode::Make);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // Set when opening set a file aside: what was done and where the old file is.
    QString notice() const { return m_notice; }
    QString errorString() const { return m_error; }
    QSqlDatabase database() const;

    // Removes every job, batch and note, keeping the file (Clear index).
    bool clear();

    // A sentence for a failed statement: the index file and what SQLite said.
    QString describeFailure(const QString &sqliteError) const;

    // Runs `write` in one transaction begun IMMEDIATE: the write lock is taken first, waiting
    // (up to WriteWaitLimitMs) for other processes' transactions (a deferred one reads, then fails
    // at its first write, without waiting, when another process wrote meanwhile). False with *error
    // set, a sentence, when it could not begin or commit, or when `write` returned false (having
    // set *error, or SQLite's error is taken); then nothing of it stays.
    bool writeTransaction(const std::function<bool()> &write, QString *error);
    // Runs a prepared query; false with *error set (a sentence).
    bool exec(QSqlQuery &query, QString *error) const;
    // Prepares `sql` to be read forward only, binds `values` in order and runs it; false with
    // *error set.
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values,
             QString *error) const;

private:
    // PRAGMA data_version: changes when another connection commits; -1 when unreadable.
    qint64 dataVersion() const;
    // Unreadable: the file could not be read now (m_error says why); nothing is known of it.
    enum class FileCheck { Ours, Empty, Foreign, Damaged, Newer, Unreadable };
    FileCheck check(int *version);
    bool setAside(const QString &why);
    bool openExisting(const QFileInfo &file);
    bool openConnection();
    bool configure();

    QString m_connectionName;
    QString m_path;
    QString m_notice;
    QString m_error;
};

} // namespace BatchDeck
