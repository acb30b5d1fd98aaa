#include "app/index/indexcontroller.h"

#include "app/common/appsettings.h"
#include "app/common/tablecells.h"
#include "index/query/indexreader.h"
#include "index/store/indexdatabase.h"

#include <QLocale>

namespace BatchDeck {

IndexController::IndexController(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_enabled(AppSettings().indexEnabled())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_backgroundTimer.setInterval(BackgroundSyncMs);
    connect(&m_backgroundTimer, &QTimer::timeout, this, &IndexController::syncInBackground);
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(ChangeNoticeMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &IndexController::changed);
    // Connected first, so the indicator's counts are fresh for every receiver of changed().
    connect(this, &IndexController::changed, this, &IndexController::readSummary);
    m_ageTimer.setInterval(30'000);
    connect(&m_ageTimer, &QTimer::timeout, this, &IndexController::statusChanged);
    m_ageTimer.start();
}

IndexController::~IndexController()
{
    if (m_sync)
        m_sync->disconnect(this);
}

void IndexController::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (m_sync)
        m_sync->setClock(m_clock);
}

void IndexController::connectTo(const QUrl &identity, const ProjectScope &scope)
{
    close();
    m_identity = identity;
    m_scope = scope;
    m_connected = true;
    if (m_enabled)
        open();
    Q_EMIT changed();
    Q_EMIT statusChanged();
}

void IndexController::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    AppSettings().saveIndexEnabled(enabled);
    close();
    if (enabled && m_connected)
        open();
    Q_EMIT changed();
    Q_EMIT statusChanged();
}

void IndexController::open()
{
    m_problem.clear();
    if (!m_database.open(IndexDatabase::defaultPath(m_identity, m_scope))) {
        m_problem = m_database.errorString();
        Q_EMIT notice(m_problem);
        return;
    }
    if (!m_database.notice().isEmpty())
        Q_EMIT notice(m_database.notice());
    m_writes = std::make_shared<IndexWriteQueue>(m_database.path());
    m_sync = std::make_unique<IndexSync>(m_client, &m_database, m_scope, m_writes);
    m_sync->setClock(m_clock);
    m_sync->setKeepRemoved(AppSettings().indexKeepsRemoved());
    connect(m_sync.get(), &IndexSync::progressed, this, [this](const SyncProgress &progress) {
        m_progress = progress.describe();
        noticeChange();
        Q_EMIT statusChanged();
    });
    connect(m_sync.get(), &IndexSync::finished, this, &IndexController::onSyncFinished);
    m_backgroundTimer.start();
    syncNow();
}

void IndexController::close()
{
    if (isAvailable())
        Q_EMIT writesEnding();
    m_backgroundTimer.stop();
    m_changeTimer.stop();
    if (m_sync) {
        m_sync->disconnect(this);
        m_sync->cancel();
        m_sync.reset();
    }
    // The writes already posted and not dropped (a Clear Index) are made first: the window waits
    // for them, unless a fetch still holds the queue.
    m_writes.reset();
    m_progress.clear();
    m_database.close();
}

void IndexController::syncNow(IndexSync::Mode mode)
{
    if (!m_sync || m_sync->isRunning())
        return;
    m_sync->setKeepRemoved(AppSettings().indexKeepsRemoved());
    m_progress = tr("Syncing…");
    m_sync->start(mode);
    Q_EMIT statusChanged();
}

void IndexController::syncInBackground()
{
    syncNow(IndexSync::Mode::Incremental);
}

void IndexController::cancelSync()
{
    if (m_sync)
        m_sync->cancel();
}

void IndexController::clear()
{
    if (!isAvailable() || !m_writes)
        return;
    cancelSync();
    // A fetch of failed items writing now would fill the index again: it stops first.
    Q_EMIT writesEnding();
    // On the index's writing thread, after the page a cancelled sync may still be writing.
    m_writes->post(
        this, IndexWriteQueue::Ticket(),
        [](IndexWriter &writer) {
            return writer.database()->clear() ? QString() : writer.database()->errorString();
        },
        [this](const QString &problem) {
            m_problem = problem;
            if (!problem.isEmpty())
                Q_EMIT notice(problem);
            Q_EMIT changed();
            Q_EMIT statusChanged();
            Q_EMIT cleared();
        });
}

void IndexController::noticeChange()
{
    if (!m_changeTimer.isActive())
        m_changeTimer.start();
}

void IndexController::onSyncFinished()
{
    m_progress.clear();
    m_changeTimer.stop();
    const QString error = m_sync->errorString();
    m_problem = m_sync->wasCancelled() ? QString() : error;
    if (!m_problem.isEmpty())
        Q_EMIT notice(tr("The index could not be synced: %1").arg(m_problem));
    Q_EMIT changed();
    Q_EMIT statusChanged();
    Q_EMIT syncFinished();
}

void IndexController::readSummary()
{
    m_summary.reset();
    if (!isAvailable())
        return;
    IndexSummary summary;
    IndexReader reader(&m_database);
    if (reader.summary(&summary))
        m_summary = summary;
}

QString IndexController::statusText() const
{
    if (!m_enabled)
        return tr("Index: off (lists are read page by page)");
    if (!m_connected)
        return tr("Index: not connected");
    if (!isAvailable())
        return tr("Index: unavailable");
    if (!m_summary)
        return tr("Index: cannot be read");
    const IndexSummary &summary = *m_summary;
    const QLocale locale;
    const QString held = tr("Index: %1 jobs, %2 batches")
                             .arg(locale.toString(summary.jobs), locale.toString(summary.batches));
    if (!m_progress.isEmpty())
        return held + QStringLiteral(" · ") + m_progress;
    if (!summary.lastSync.isValid())
        return held + QStringLiteral(" · ") + tr("never synced");
    const QString synced = tr("synced %1").arg(relativeTimeText(summary.lastSync, m_clock()));
    if (!m_problem.isEmpty())
        return held + QStringLiteral(" · ") + synced + QStringLiteral(" · ")
            + tr("last sync failed");
    return held + QStringLiteral(", ") + synced;
}

} // namespace BatchDeck
