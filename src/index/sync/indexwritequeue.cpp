#include "index/sync/indexwritequeue.h"

#include "index/store/indexdatabase.h"
#include "index/store/indexwriter.h"

#include <QSqlQuery>

namespace BatchDeck {

struct IndexWriteQueue::Connection
{
    IndexDatabase database;
    IndexWriter writer {&database};
    QString openProblem; // empty once open
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
    dropPending();
    m_thread.quit();
    // At most the write under way: a page, or ANALYZE after a large sync.
    m_thread.wait();
    delete m_receiver;
}

void IndexWriteQueue::post(QObject *context, Write write, Done done)
{
    const quint64 generation = m_generation.load();
    QMetaObject::invokeMethod(
        m_receiver,
        [this, generation, write = std::move(write), done = std::move(done),
         guard = QPointer<QObject>(context)] { run(generation, write, done, guard); },
        Qt::QueuedConnection);
}

void IndexWriteQueue::dropPending()
{
    ++m_generation;
}

void IndexWriteQueue::run(quint64 generation, const Write &write, const Done &done,
                          const QPointer<QObject> &context)
{
    if (generation != m_generation.load())
        return;
    if (!m_connection) {
        m_connection = std::make_unique<Connection>();
        if (!m_connection->database.open(m_path)) {
            m_connection->openProblem = m_connection->database.errorString();
        } else {
            // Writes gain nothing from mapping the file (it is for reads), and a sync that
            // touches every page would hold the whole file as its own memory.
            QSqlQuery(m_connection->database.database())
                .exec(QStringLiteral("PRAGMA mmap_size = 0"));
        }
    }
    const QString problem = m_connection->openProblem.isEmpty() ? write(m_connection->writer)
                                                                : m_connection->openProblem;
    // Back on the posting thread; `this` outlives the writing thread, which its destructor ends.
    QMetaObject::invokeMethod(
        this,
        [this, generation, done, context, problem] {
            if (context && generation == m_generation.load())
                done(problem);
        },
        Qt::QueuedConnection);
}

} // namespace BatchDeck
