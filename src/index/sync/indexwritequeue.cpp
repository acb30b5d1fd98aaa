#include "index/sync/indexwritequeue.h"

#include "index/store/indexdatabase.h"
#include "index/store/indexwriter.h"

#include <QSqlQuery>

namespace BatchDeck {

struct IndexWriteQueue::Connection
{
    IndexDatabase database;
    IndexWriter writer {&database};
};

IndexWriteQueue::IndexWriteQueue(const QString &indexPath, QObject *parent)
    : QObject(parent)
    , m_path(indexPath)
    , m_receiver(new QObject)
{
    m_thread.setObjectName(QStringLiteral("Index writes"));
    m_receiver->moveToThread(&m_thread);
    // Opened and closed on the writing thread, as Qt SQL requires.
    connect(
        &m_thread, &QThread::finished, m_receiver, [this] { m_connection.reset(); },
        Qt::DirectConnection);
    m_thread.start();
}

IndexWriteQueue::~IndexWriteQueue()
{
    // After the writes posted so far: quit() from here could end the thread before them.
    QMetaObject::invokeMethod(
        m_receiver, [this] { m_thread.quit(); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_receiver;
}

void IndexWriteQueue::post(QObject *context, const Ticket &ticket, Write write, Done done)
{
    QMetaObject::invokeMethod(
        m_receiver,
        [this, ticket, write = std::move(write), done = std::move(done),
         guard = QPointer<QObject>(context)]() mutable {
            run(ticket, write, std::move(done), std::move(guard));
        },
        Qt::QueuedConnection);
}

void IndexWriteQueue::run(const Ticket &ticket, const Write &write, Done done,
                          QPointer<QObject> context)
{
    if (ticket.isDropped())
        return;
    QString problem;
    if (!m_connection) {
        m_connection = std::make_unique<Connection>();
        if (m_connection->database.open(m_path, IndexDatabase::OpenMode::Existing)) {
            // Writes gain nothing from mapping the file (it is for reads), and a sync that
            // touches every page would hold the whole file as its own memory.
            QSqlQuery(m_connection->database.database())
                .exec(QStringLiteral("PRAGMA mmap_size = 0"));
        } else {
            problem = m_connection->database.errorString();
            m_connection.reset(); // the next write tries again: the cause may pass
        }
    }
    if (m_connection)
        problem = write(m_connection->writer);
    // Back on the posting thread; `this` outlives the writing thread, which its destructor ends.
    QMetaObject::invokeMethod(
        this,
        [ticket, done = std::move(done), context = std::move(context), problem] {
            if (context && !ticket.isDropped())
                done(problem);
        },
        Qt::QueuedConnection);
}

} // namespace BatchDeck
