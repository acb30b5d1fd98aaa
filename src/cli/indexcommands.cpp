#include "cli/indexcommands.h"

#include "cli/clioptions.h"
#include "cli/exportrun.h"
#include "cli/indexoptions.h"
#include "core/export/jobrows.h"
#include "core/jobs/jobenums.h"
#include "core/jobs/listjobsquery.h"
#include "core/paging/pager.h"
#include "index/query/indexreader.h"
#include "index/sync/indexsync.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace BatchDeck::Cli {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct IndexCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(IndexCommands)
};

// Opens an index that sync made; a missing one is not created (it would be empty).
QString openExistingIndex(const QString &path, IndexDatabase *database)
{
    if (!QFileInfo(path).isFile())
        return IndexCommandsText::tr(
                   "There is no index at %1. Run batchdeck-cli sync first, with the same server "
                   "and project options, or name the index with --db.")
            .arg(path);
    if (!database->open(path))
        return database->errorString();
    if (!database->notice().isEmpty())
        printError(database->notice());
    return {};
}

// The options every reading command shares, parsed; false after printing a problem.
struct ReadingCommand
{
    QCommandLineParser parser;
    IndexDatabase database;
    RowOutput output;
    int exitCode = Success;

    bool start(const QStringList &arguments, const QStringList &positional = {})
    {
        addIndexLocationOptions(parser);
        addRowOutputOptions(parser);
        if (!parseArguments(parser, arguments, &exitCode, positional))
            return false;
        QString path;
        QString error = readIndexPath(parser, &path);
        if (error.isEmpty())
            error = readRowOutputOptions(parser, &output);
        if (error.isEmpty())
            error = readOwnOptions ? readOwnOptions() : QString();
        if (!error.isEmpty()) {
            printError(error);
            exitCode = UsageError;
            return false;
        }
        if (const QString problem = openExistingIndex(path, &database); !problem.isEmpty()) {
            printError(problem);
            exitCode = ApiFailure;
            return false;
        }
        return true;
    }
    int write(const QStringList &fields, const QList<Row> &rows)
    {
        if (const QString problem = writeRows(output, fields, rows); !problem.isEmpty()) {
            printError(problem);
            return ApiFailure;
        }
        return Success;
    }
    int failed(const QString &problem)
    {
        printError(problem);
        return ApiFailure;
    }

    std::function<QString()> readOwnOptions;
};

// --since and --until into the query's time range.
void addTimeRangeOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("since"),
         IndexCommandsText::tr("Only what was created at or after this time: a date, a time, or "
                               "a duration before now (7d, 12h)."),
         QStringLiteral("TIME")},
        {QStringLiteral("until"),
         IndexCommandsText::tr("Only what was created before this time (same forms)."),
         QStringLiteral("TIME")},
    });
}

QString readTimeRange(const QCommandLineParser &parser, IndexQuery *query)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    if (parser.isSet(QStringLiteral("since")))
        query->createdFrom = parseTimeOption(parser.value(QStringLiteral("since")),
                                             QStringLiteral("--since"), now, &error);
    if (error.isEmpty() && parser.isSet(QStringLiteral("until")))
        query->createdTo = parseTimeOption(parser.value(QStringLiteral("until")),
                                           QStringLiteral("--until"), now, &error);
    if (error.isEmpty() && query->createdFrom.isValid() && query->createdTo.isValid()
        && query->createdFrom >= query->createdTo)
        error = IndexCommandsText::tr("--since must be before --until.");
    return error;
}

FieldValue secondsBetween(const QDateTime &from, const QDateTime &to)
{
    return from.isValid() ? FieldValue::fromNumber(std::max<qint64>(0, from.secsTo(to)))
                          : FieldValue {};
}

// Every job of `query`, as `export` writes them; read 10,000 at a time.
int writeJobs(ReadingCommand &command, IndexReader &reader, IndexQuery query)
{
    QList<Row> rows;
    query.limit = 10'000;
    for (;;) {
        QList<IndexedJob> jobs;
        if (!reader.jobs(query, &jobs))
            return command.failed(reader.errorString());
        for (const IndexedJob &indexed : std::as_const(jobs))
            rows.append(jobRow(indexed.job));
        if (jobs.size() < query.limit)
            break;
        query.offset += jobs.size();
    }
    return command.write(jobFields(), rows);
}

} // namespace

SyncCommand::SyncCommand(QObject *parent)
    : QObject(parent)
{
    connect(&m_signals, &SignalWatcher::interrupted, this, [this] {
        m_interrupted = true;
        if (m_sync)
            m_sync->cancel();
    });
}

SyncCommand::~SyncCommand() = default;

int SyncCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Builds or updates the local index of every job and batch: the first sync reads "
           "everything, later ones what is new and the unfinished work."));
    parser.addOptions({
        databaseOption(),
        {QStringLiteral("full"),
         tr("Read every job and batch again, and find those the server no longer lists.")},
        {QStringLiteral("keep-removed"),
         tr("Keep jobs and batches the server no longer lists, marked as removed, instead of "
            "deleting them from the index.")},
        concurrencyOption(QStringLiteral("jobs")),
        {QStringLiteral("page-size"),
         tr("Jobs or batches per request, 1 to 1000 (default 1000: the fewest requests)."),
         QStringLiteral("N")},
    });
    addConnectionOptions(parser, tr("Sync the built-in demo server."));
    int exitCode = Success;
    if (!parseArguments(parser, arguments, &exitCode))
        return exitCode;
    QString error = m_connection.read(parser);
    ExportOptions concurrency;
    if (error.isEmpty())
        error = readConcurrencyOption(parser, &concurrency);
    QString pageSizeError;
    const int pageSize =
        int(integerOption(parser, QStringLiteral("page-size"), ListJobsQuery::MinLimit,
                          ListJobsQuery::MaxLimit, &pageSizeError)
                .value_or(IndexSync::DefaultPageSize));
    if (error.isEmpty())
        error = pageSizeError;
    QString path = parser.value(QStringLiteral("db"));
    if (error.isEmpty() && parser.isSet(QStringLiteral("db")) && path.isEmpty())
        error = tr("--db must name a file.");
    if (!error.isEmpty()) {
        printError(error);
        return UsageError;
    }
    if (path.isEmpty()) {
        const QUrl identity = parser.isSet(QStringLiteral("demo"))
            ? QUrl(QStringLiteral("http://demo"))
            : m_connection.client().settings().baseUrl;
        path = IndexDatabase::defaultPath(identity, m_connection.scope());
    }
    if (!m_database.open(path)) {
        printError(m_database.errorString());
        return ApiFailure;
    }
    if (!m_database.notice().isEmpty())
        printError(m_database.notice());
    if (!m_connection.start())
        return ApiFailure;

    m_sync = std::make_unique<IndexSync>(&m_connection.client(), &m_database, m_connection.scope());
    m_sync->setConcurrency(concurrency.concurrency);
    m_sync->setPageSize(pageSize);
    m_sync->setKeepRemoved(parser.isSet(QStringLiteral("keep-removed")));
    m_showProgress = isTerminal(stderr);
    connect(m_sync.get(), &IndexSync::progressed, this, [this](const SyncProgress &progress) {
        if (m_showProgress)
            std::fprintf(stderr, "\r\033[K%s", qPrintable(progress.describe()));
    });
    // Queued: a sync that fails at once (the index cannot be written) finishes inside start(),
    // before the event loop runs, where QCoreApplication::exit() would be lost.
    connect(m_sync.get(), &IndexSync::finished, this, &SyncCommand::onFinished,
            Qt::QueuedConnection);
    m_sync->start(parser.isSet(QStringLiteral("full")) ? IndexSync::Mode::Full
                                                       : IndexSync::Mode::Incremental);
    return -1;
}

void SyncCommand::onFinished()
{
    if (m_showProgress)
        std::fputs("\r\033[K", stderr);
    const SyncReport &report = m_sync->report();
    if (m_interrupted) {
        printError(
            tr("Interrupted: the index keeps every page saved so far. %1").arg(report.describe()));
        QCoreApplication::exit(Interrupted);
        return;
    }
    if (!m_sync->errorString().isEmpty()) {
        printError(tr("The sync stopped: %1 The index keeps every page saved so far.")
                       .arg(m_sync->errorString()));
        QCoreApplication::exit(m_sync->apiError().isOk() ? ApiFailure
                                                         : exitCodeFor(m_sync->apiError()));
        return;
    }
    printLine(stdout, tr("Synced the index %1.").arg(m_database.path()));
    printLine(stdout, report.describe());
    if (!report.namesProblem.isEmpty())
        printError(tr("Warning: %1").arg(report.namesProblem));
    QCoreApplication::exit(Success);
}

int FailuresCommand::start(const QStringList &arguments)
{
    ReadingCommand command;
    command.parser.setApplicationDescription(IndexCommandsText::tr(
        "Lists the failed jobs of the index grouped by the shape of their error message (numbers, "
        "file names, sizes, IDs, URLs and paths stand for any), the largest group first."));
    addTimeRangeOptions(command.parser);
    // Handled by FailureItemsCommand (main.cpp); listed here so that --help tells of it.
    command.parser.addOption(
        {QStringLiteral("items"),
         IndexCommandsText::tr("The failed items of jobs and failed files of batches instead, "
                               "fetched from the server when the index lacks them (see "
                               "batchdeck-cli failures --items --help).")});
    command.parser.addOption(groupOption());
    IndexQuery query;
    command.readOwnOptions = [&] { return readTimeRange(command.parser, &query); };
    if (!command.start(arguments))
        return command.exitCode;

    IndexReader reader(&command.database);
    if (command.parser.isSet(groupOption())) {
        // One group's jobs, as `export` writes them.
        query.statuses = {QStringLiteral("failed")};
        query.errorShape = command.parser.value(groupOption());
        return writeJobs(command, reader, query);
    }
    QList<FailureGroup> groups;
    if (!reader.failureGroups(query, &groups))
        return command.failed(reader.errorString());
    static const QStringList fields {QStringLiteral("pattern"),        QStringLiteral("count"),
                                     QStringLiteral("first_seen"),     QStringLiteral("last_seen"),
                                     QStringLiteral("job_types"),      QStringLiteral("example_id"),
                                     QStringLiteral("example_message")};
    QList<Row> rows;
    for (const FailureGroup &group : std::as_const(groups)) {
        rows.append({FieldValue::fromText(group.shape), FieldValue::fromNumber(group.count),
                     FieldValue::fromTime(group.firstSeen), FieldValue::fromTime(group.lastSeen),
                     FieldValue::fromText(group.jobTypes.join(u' ')),
                     FieldValue::fromText(group.exampleId),
                     FieldValue::fromText(group.exampleMessage)});
    }
    return command.write(fields, rows);
}

int StuckCommand::start(const QStringList &arguments)
{
    ReadingCommand command;
    command.parser.setApplicationDescription(IndexCommandsText::tr(
        "Lists the unfinished jobs and batches of the index whose counts have not moved for a "
        "while, as of the last sync, the longest first."));
    command.parser.addOption({QStringLiteral("older-than"),
                              IndexCommandsText::tr("How long without progress makes work "
                                                    "stuck (default 30m)."),
                              QStringLiteral("DURATION")});
    qint64 stuckAfterMs = IndexReader::DefaultStuckAfterMs;
    command.readOwnOptions = [&] {
        QString error;
        if (command.parser.isSet(QStringLiteral("older-than")))
            stuckAfterMs = parseDuration(command.parser.value(QStringLiteral("older-than")),
                                         QStringLiteral("--older-than"), &error)
                               .value_or(0);
        return error;
    };
    if (!command.start(arguments))
        return command.exitCode;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    IndexReader reader(&command.database);
    QList<IndexedJob> jobs;
    QList<IndexedBatch> batches;
    if (!reader.stuckJobs(now, stuckAfterMs, &jobs)
        || !reader.stuckBatches(now, stuckAfterMs, &batches))
        return command.failed(reader.errorString());
    static const QStringList fields {QStringLiteral("kind"),
                                     QStringLiteral("id"),
                                     QStringLiteral("status"),
                                     QStringLiteral("type"),
                                     QStringLiteral("processed_items"),
                                     QStringLiteral("total_items"),
                                     QStringLiteral("status_since"),
                                     QStringLiteral("seconds_in_status"),
                                     QStringLiteral("last_progress_at"),
                                     QStringLiteral("seconds_without_progress"),
                                     QStringLiteral("created_at")};
    // Jobs and batches in one list, the longest without progress first.
    QList<std::pair<QDateTime, Row>> found;
    for (const IndexedJob &indexed : std::as_const(jobs)) {
        const Job &job = indexed.job;
        found.emplace_back(
            indexed.lastProgressAt,
            Row {FieldValue::fromText(QStringLiteral("job")), FieldValue::fromText(job.id),
                 FieldValue::fromText(job.status), FieldValue::fromText(job.jobType),
                 FieldValue::fromNumber(job.processedItems), FieldValue::fromNumber(job.totalItems),
                 FieldValue::fromTime(indexed.statusSince),
                 secondsBetween(indexed.statusSince, now),
                 FieldValue::fromTime(indexed.lastProgressAt),
                 secondsBetween(indexed.lastProgressAt, now), FieldValue::fromTime(job.createdAt)});
    }
    for (const IndexedBatch &indexed : std::as_const(batches)) {
        const Batch &batch = indexed.batch;
        found.emplace_back(indexed.lastProgressAt,
                           Row {FieldValue::fromText(QStringLiteral("batch")),
                                FieldValue::fromText(batch.id), FieldValue::fromText(batch.status),
                                FieldValue::fromText(batch.jobType), FieldValue {}, FieldValue {},
                                FieldValue::fromTime(indexed.statusSince),
                                secondsBetween(indexed.statusSince, now),
                                FieldValue::fromTime(indexed.lastProgressAt),
                                secondsBetween(indexed.lastProgressAt, now),
                                FieldValue::fromTime(batch.createdAt)});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Row> rows;
    for (auto &entry : found)
        rows.append(std::move(entry.second));
    return command.write(fields, rows);
}

int SearchCommand::start(const QStringList &arguments)
{
    ReadingCommand command;
    command.parser.setApplicationDescription(IndexCommandsText::tr(
        "Lists the indexed jobs whose error message has every word of TEXT (each also as the "
        "start of a word), whose directory or project name holds every word of TEXT (anywhere, "
        "in any case; % and _ are plain characters), or whose ID starts with TEXT, newest "
        "first. Names are those the last sync read."));
    addTimeRangeOptions(command.parser);
    command.parser.addOptions({
        {QStringLiteral("status"),
         IndexCommandsText::tr("Only jobs in this status, in any case: %1; give it again for "
                               "several.")
             .arg(knownJobStatuses().join(QStringLiteral(", "))),
         QStringLiteral("STATUS")},
        {QStringLiteral("type"),
         IndexCommandsText::tr("Only jobs of this type, in any case: %1; give it again for "
                               "several.")
             .arg(knownJobTypes().join(QStringLiteral(", "))),
         QStringLiteral("TYPE")},
    });
    IndexQuery query;
    command.readOwnOptions = [&] {
        // Told before the index is opened, as every usage error is. The index keeps the values
        // as the API spells them.
        QString error;
        query.statuses =
            enumOptionValues(command.parser, QStringLiteral("status"), knownJobStatuses(), &error);
        if (error.isEmpty())
            query.jobTypes =
                enumOptionValues(command.parser, QStringLiteral("type"), knownJobTypes(), &error);
        if (!error.isEmpty())
            return error;
        query.text = command.parser.positionalArguments().value(0);
        if (query.text.trimmed().isEmpty())
            return IndexCommandsText::tr("TEXT must hold a word or the start of an ID.");
        return readTimeRange(command.parser, &query);
    };
    if (!command.start(arguments, {QStringLiteral("TEXT")}))
        return command.exitCode;

    IndexReader reader(&command.database);
    return writeJobs(command, reader, query);
}

} // namespace BatchDeck::Cli
