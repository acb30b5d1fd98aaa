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
// Several users share one queue (the sync, a fetch of failed items, Clear Index), so their
// writes keep one order.
//
// A write returns an empty string, or what failed as a sentence; `done` then runs on the queue's
// own thread (the context's: both belong to the thread that posts) with that string, unless the
// context is gone or the write's ticket was dropped.
class IndexWriteQueue : public QObject
{
    Q_OBJECT

public:
    using Write = std::function<QString(IndexWriter &writer)>;
    using Done = std::function<void(const QString &problem)>;
    // One user's writes: dropping it (drop()) drops those not begun and every `done` to come,
    // and leaves the other users' alone.
    class Ticket
    {
    public:
        Ticket()
            : m_dropped(std::make_shared<std::atomic<bool>>(false))
        { }
        void drop() const { m_dropped->store(true); }
        bool isDropped() const { return m_dropped->load(); }

    private:
        std::shared_ptr<std::atomic<bool>> m_dropped;
    };

    explicit IndexWriteQueue(const QString &indexPath, QObject *parent = nullptr);
    // Makes the writes already posted that are not dropped (a Clear Index the user asked for),
    // then stops: the window waits for them.
    ~IndexWriteQueue() override;

    void post(QObject *context, const Ticket &ticket, Write write, Done done);

private:
    struct Connection; // lives on the writing thread

    void run(const Ticket &ticket, const Write &write, Done done, QPointer<QObject> context);

    QString m_path;
    QThread m_thread;
    QObject *m_receiver; // lives on m_thread: the writes are its events
    std::unique_ptr<Connection> m_connection; // touched on m_thread only
};

} // namespace BatchDeck
