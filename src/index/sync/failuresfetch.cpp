#include "index/sync/failuresfetch.h"

#include "index/store/indexwriter.h"
#include "index/sync/indexwritequeue.h"

#include "core/api/apicall.h"
#include "core/api/apierror.h"
#include "core/batches/batchesapi.h"
#include "core/catalog/directoryfilepager.h"
#include "core/jobs/itempager.h"
#include "core/paging/pager.h"

#include <QDateTime>
#include <QTimer>

namespace BatchDeck {

FailedItemsFetch::FailedItemsFetch(ApiClient *client, IndexDatabase *database,
                                   const ProjectScope &scope, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_database(database)
    , m_writer(database)
    , m_scope(scope)
{ }

FailedItemsFetch::~FailedItemsFetch()
{
    m_running = false;
    for (const QPointer<QObject> &request : std::as_const(m_requests))
        delete request.data();
}

void FailedItemsFetch::start(const QList<FailuresFetchTarget> &jobs,
                             const QList<FailuresFetchTarget> &batches)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_error.clear();
    m_tasks.clear();
    m_done = m_total = m_skipped = m_failuresWritten = 0;
    for (const FailuresFetchTarget &job : std::as_const(jobs))
        m_tasks.append({job, false});
    for (const FailuresFetchTarget &batch : std::as_const(batches))
        m_tasks.append({batch, true});
    m_total = m_tasks.size();
    Q_EMIT progressed(0, m_total);
    // Queued, so that finished() never arrives inside start().
    QMetaObject::invokeMethod(this, &FailedItemsFetch::startNext, Qt::QueuedConnection);
}

void FailedItemsFetch::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_tasks.clear();
    finish();
}

void FailedItemsFetch::startNext()
{
    if (!m_running)
        return;
    while (m_inFlight < m_concurrency && !m_tasks.isEmpty()) {
        const Task task = m_tasks.takeFirst();
        ++m_inFlight;
        if (task.batch)
            fetchBatch(task.target);
        else
            fetchJob(task.target);
        if (!m_running)
            return;
    }
    if (m_inFlight == 0 && m_tasks.isEmpty())
        finish();
}

void FailedItemsFetch::fetchJob(const FailuresFetchTarget &target)
{
    ListItemsQuery query;
    query.status = QStringLiteral("failed");
    query.limit = ItemPager::MaxLimit;
    auto *pager = new ItemPager(m_client, target.id, m_scope, query, this);
    pager->setConcurrency(2);
    m_requests.append(pager);
    auto items = std::make_shared<QList<JobItem>>();
    connect(pager, &ItemPager::pageReceived, this,
            [items](const ItemPage &page) { items->append(page.items); });
    connect(pager, &ItemPager::finished, this, [this, pager, target, items](const ApiError &error) {
        pager->deleteLater();
        m_requests.removeAll(pager);
        const QList<JobItem> failed = *items;
        taskEnded(
            error,
            [target, failed](IndexFailuresWriter &writer) {
                return writer.writeJobItems(target.id, target.failedCount, failed,
                                            QDateTime::currentDateTimeUtc());
            },
            failed.size());
    });
    pager->start();
}

void FailedItemsFetch::fetchBatch(const FailuresFetchTarget &target)
{
    ApiCall *call = BatchesApi(m_client).batch(
        target.id, m_scope, true, this, [this, target](const Batch &batch, const ApiError &error) {
            if (!m_running)
                return;
            QList<BatchResult> failed;
            for (const BatchResult &result : batch.results.value_or(QList<BatchResult>())) {
                if (!result.errorMessage.isNull())
                    failed.append(result);
            }
            if (!error.isOk() || failed.isEmpty() || target.directoryId.isEmpty()) {
                taskEnded(error, batchWrite(target, failed), failed.size());
                return;
            }
            withFileNames(target.directoryId, [this, target, failed] {
                taskEnded({}, batchWrite(target, failed), failed.size());
            });
        });
    m_requests.append(call);
}

void FailedItemsFetch::withFileNames(const QString &directoryId, std::function<void()> then)
{
    if (m_names.contains(directoryId)) {
        then();
        return;
    }
    const bool listing = m_waitingForNames.contains(directoryId);
    m_waitingForNames[directoryId].append(std::move(then));
    if (listing)
        return;
    ListDirectoryFilesQuery query;
    query.directoryId = directoryId;
    query.scope = m_scope;
    query.includeDeleted = true; // a batch's files may have been deleted since
    query.pageSize = ListDirectoryFilesQuery::MaxPageSize;
    auto *pager = new DirectoryFilePager(m_client, query, this);
    pager->setMaxRows(MaxNamedFiles);
    m_requests.append(pager);
    auto names = std::make_shared<QHash<QString, QString>>();
    connect(pager, &DirectoryFilePager::pageReceived, this, [names](const DirectoryFilePage &page) {
        for (const DirectoryFile &file : page.files)
            names->insert(file.id, file.displayName);
    });
    connect(pager, &DirectoryFilePager::finished, this,
            [this, pager, directoryId, names](const ApiError &) {
                pager->deleteLater();
                m_requests.removeAll(pager);
                if (!m_running)
                    return;
                // Names that could not be listed are not worth failing for: files show as IDs.
                m_names.insert(directoryId, *names);
                const QList<std::function<void()>> waiting = m_waitingForNames.take(directoryId);
                for (const std::function<void()> &then : waiting) {
                    if (!m_running)
                        return;
                    then();
                }
            });
    pager->start();
}

FailedItemsFetch::Write FailedItemsFetch::batchWrite(const FailuresFetchTarget &target,
                                                     const QList<BatchResult> &results) const
{
    const QHash<QString, QString> names = m_names.value(target.directoryId);
    QList<FailedBatchFile> files;
    files.reserve(results.size());
    for (const BatchResult &result : results)
        files.append({result.sourceDirectoryFileId, names.value(result.sourceDirectoryFileId),
                      result.errorMessage});
    return [target, files](IndexFailuresWriter &writer) {
        return writer.writeBatchFiles(target.id, target.updatedAt, files,
                                      QDateTime::currentDateTimeUtc());
    };
}

void FailedItemsFetch::store(Write write, std::function<void()> then)
{
    if (!m_writes) {
        if (!write(m_writer)) {
            fail(m_writer.errorString());
            return;
        }
        then();
        return;
    }
    m_writes->post(
        this, m_ticket,
        [write = std::move(write)](IndexWriter &indexWriter) {
            IndexFailuresWriter writer(indexWriter.database());
            return write(writer) ? QString() : writer.errorString();
        },
        [this, then = std::move(then)](const QString &problem) {
            if (!m_running)
                return;
            if (!problem.isEmpty()) {
                fail(problem);
                return;
            }
            then();
        });
}

void FailedItemsFetch::taskEnded(const ApiError &error, Write write, qint64 failures)
{
    if (!m_running)
        return;
    m_requests.removeIf([](const QPointer<QObject> &request) { return request.isNull(); });
    if (error.kind == ApiError::Kind::Aborted) {
        --m_inFlight;
        return;
    }
    if (!error.isOk() && error.httpStatus != 404) {
        fail(
            tr("The failed items could not be fetched: %1 What was fetched is kept; fetch again to "
               "go on.")
                .arg(error.message));
        return;
    }
    const bool gone = !error.isOk();
    // A job or batch counts as in flight until it is written, so the fetch ends after its last
    // write. One gone is noted as fetched with nothing failed, so it is not asked again.
    store(std::move(write), [this, gone, failures] {
        --m_inFlight;
        if (gone)
            ++m_skipped;
        else
            m_failuresWritten += failures;
        ++m_done;
        Q_EMIT progressed(m_done, m_total);
        startNext();
    });
}

void FailedItemsFetch::fail(const QString &error)
{
    m_error = error;
    finish();
}

void FailedItemsFetch::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_ticket.drop(); // writes not begun are not made
    m_ticket = {};
    const QList<QPointer<QObject>> requests = std::exchange(m_requests, {});
    for (const QPointer<QObject> &request : requests) {
        if (auto *pager = qobject_cast<Pager *>(request.data()))
            pager->cancel();
        else if (auto *call = qobject_cast<ApiCall *>(request.data()))
            call->abort();
        if (request && qobject_cast<Pager *>(request.data()))
            request->deleteLater();
    }
    m_waitingForNames.clear();
    m_inFlight = 0;
    Q_EMIT finished(m_error);
}

} // namespace BatchDeck
