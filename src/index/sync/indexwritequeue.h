#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace BatchDeck {

class IndexDatabase;
class IndexWriter;

// Runs writes to one index file on a thread of their own, one after another in the order they
// were posted, so that writing a sync's pages (a thousand rows each, and ANALYZE after a big one)
// never holds up the window. The thread has its own connection to the file (Qt SQL ties a
// connection to its thread); the window's reads go on with theirs, which SQLite's WAL allows.
//
// A write returns an empty string, or what failed as a sentence; `done` then runs on the queue's
// own thread (the context's: both belong to the thread that posts) with that string, unless the
// context is gone or the write was dropped.
class IndexWriteQueue : public QObject
{
    Q_OBJECT

public:
    using Write = std::function<QString(IndexWriter &writer)>;
    using Done = std::function<void(const QString &problem)>;

    explicit IndexWriteQueue(const QString &indexPath, QObject *parent = nullptr);
    // Lets the write under way end (each is one transaction), drops the others, and stops.
    ~IndexWriteQueue() override;

    void post(QObject *context, Write write, Done done);
    // The writes posted and not yet begun are not made, and no `done` of a write posted so far
    // runs. The write under way ends whole.
    void dropPending();

private:
    struct Connection; // lives on the writing thread

    void run(quint64 generation, const Write &write, const Done &done,
             const QPointer<QObject> &context);

    QString m_path;
    QThread m_thread;
    QObject *m_receiver; // lives on m_thread: the writes are its events
    std::unique_ptr<Connection> m_connection; // touched on m_thread only
    std::atomic<quint64> m_generation {0};
};

} // namespace BatchDeck
