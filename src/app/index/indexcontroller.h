#pragma once

#include "core/api/projectscope.h"
#include "index/query/indexreader.h"
#include "index/store/indexdatabase.h"
#include "index/sync/indexsync.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace BatchDeck {

class ApiClient;

// The window's local index: one file per connection (server and scope), kept in step in the
// background while the user works. Views read it; the indicator shows and drives it.
//
// The user may do without it: then no file is made, nothing syncs, and the index views say how
// to turn it on. Failures (a damaged file, a full disk) become a sentence, never a crash.
class IndexController : public QObject
{
    Q_OBJECT

public:
    // How often the index syncs in the background; auto-refresh may ask sooner.
    static constexpr int BackgroundSyncMs = 5 * 60 * 1000;
    // Views hear of rows written at most this often during a long sync.
    static constexpr int ChangeNoticeMs = 1000;

    explicit IndexController(ApiClient *client, QObject *parent = nullptr);
    ~IndexController() override;

    // A server was connected: its index is opened (or made) and synced. `identity` names the
    // server for the file (the demo has one name whatever its port).
    void connectTo(const QUrl &identity, const ProjectScope &scope);
    // Whether the user keeps a local index (AppSettings); turning it off closes the file.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Open and usable: views may read it.
    bool isAvailable() const { return m_database.isOpen(); }
    IndexDatabase *database() { return &m_database; }
    // Where writes to the index go (a fetch of failed items), in order with the sync's, off the
    // window's thread; null when the index is not available. A user holding it keeps it (and
    // its thread) alive after the index is closed, until it lets go.
    std::shared_ptr<IndexWriteQueue> writes() const { return m_writes; }
    // The project and organization the index is of: its jobs' own calls go there.
    const ProjectScope &scope() const { return m_scope; }

    void syncNow(IndexSync::Mode mode = IndexSync::Mode::Incremental);
    // Auto-refresh is due: a sync, unless one runs or the last ended moments ago.
    void syncInBackground();
    void cancelSync();
    bool isSyncing() const { return m_sync && m_sync->isRunning(); }
    // Empties the index (after the user confirmed), on its writing thread: cleared() follows,
    // with notice() if it failed. The next sync reads everything again.
    void clear();

    // "Index: 102,345 jobs, 1,204 batches, synced 2 min ago", or what it is doing or why not.
    QString statusText() const;
    // The last problem, or empty.
    QString problem() const { return m_problem; }
    // For tests: the sync's clock and the time "now" is for the status text.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_clock(); }

Q_SIGNALS:
    // Rows were written (during a sync, at most every ChangeNoticeMs) or the index was cleared,
    // opened or closed: views showing it read again.
    void changed();
    // What statusText() says changed.
    void statusChanged();
    // A sentence for the user (a file set aside, a failed sync).
    void notice(const QString &message);
    void syncFinished();
    void cleared();
    // The index is about to be closed (another connection, or turned off) or cleared: what
    // writes to it (a fetch of failed items) stops.
    void writesEnding();

private:
    void open();
    void close();
    void onSyncFinished();
    void noticeChange();
    // The counts and sync times statusText() shows, read when the index changed: not on every
    // progress step or aging tick, which would count a million rows each time.
    void readSummary();

    ApiClient *m_client;
    IndexDatabase m_database;
    std::shared_ptr<IndexWriteQueue> m_writes;
    std::unique_ptr<IndexSync> m_sync;
    QUrl m_identity;
    ProjectScope m_scope;
    bool m_connected = false;
    bool m_enabled = true;
    QString m_problem;
    QString m_progress; // while syncing
    std::optional<IndexSummary> m_summary; // empty: unavailable or unreadable
    std::function<QDateTime()> m_clock;
    QTimer m_backgroundTimer;
    QTimer m_changeTimer; // gathers change notices during a sync
    QTimer m_ageTimer; // "synced 2 min ago" ages
};

} // namespace BatchDeck
