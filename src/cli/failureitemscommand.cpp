#include "cli/failureitemscommand.h"

#include "cli/clioptions.h"
#include "core/translations.h"
#include "index/query/failuresreader.h"
#include "index/sync/failuresfetch.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace BatchDeck::Cli {

FailureItemsCommand::FailureItemsCommand(QObject *parent)
    : QObject(parent)
{
    connect(&m_signals, &SignalWatcher::interrupted, this, [this] {
        m_interrupted = true;
        if (m_fetch)
            m_fetch->cancel();
    });
}

FailureItemsCommand::~FailureItemsCommand() = default;

int FailureItemsCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the failed items of v1 jobs and the failed files of v2 batches grouped by the "
           "shape of their error message, the largest group first. The index fetches them from "
           "the server for the jobs and batches in the range that it has not fetched yet."));
    parser.addOptions({
        databaseOption(),
        {QStringLiteral("items"), tr("Failed items and files instead of failed jobs.")},
        {QStringLiteral("no-fetch"),
         tr("Only what the index already holds: nothing is asked of the server.")},
        {QStringLiteral("since"),
         tr("Only jobs and batches created at or after this time: a date, a time, or a duration "
            "before now (7d, 12h)."),
         QStringLiteral("TIME")},
        {QStringLiteral("until"),
         tr("Only jobs and batches created before this time (same forms)."),
         QStringLiteral("TIME")},
        groupOption(),
    });
    addConnectionOptions(parser, tr("The index of the demo server, fetching from it."));
    addRowOutputOptions(parser);
    int exitCode = Success;
    if (!parseArguments(parser, arguments, &exitCode))
        return exitCode;
    const bool fetch = !parser.isSet(QStringLiteral("no-fetch"));
    if (parser.isSet(groupOption()))
        m_group = parser.value(groupOption());
    QString path;
    QString error = readIndexPath(parser, &path);
    if (error.isEmpty())
        error = readRowOutputOptions(parser, &m_output);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (error.isEmpty() && parser.isSet(QStringLiteral("since")))
        m_query.createdFrom = parseTimeOption(parser.value(QStringLiteral("since")),
                                              QStringLiteral("--since"), now, &error);
    if (error.isEmpty() && parser.isSet(QStringLiteral("until")))
        m_query.createdTo = parseTimeOption(parser.value(QStringLiteral("until")),
                                            QStringLiteral("--until"), now, &error);
    if (error.isEmpty() && m_query.createdFrom.isValid() && m_query.createdTo.isValid()
        && m_query.createdFrom >= m_query.createdTo)
        error = tr("--since must be before --until.");
    if (error.isEmpty() && fetch)
        error = m_connection.read(parser);
    if (!error.isEmpty()) {
        printError(error);
        return UsageError;
    }
    if (!QFileInfo(path).isFile()) {
        printError(tr("There is no index at %1. Run batchdeck-cli sync first, with the same server "
                      "and project options, or name the index with --db.")
                       .arg(path));
        return ApiFailure;
    }
    if (!m_database.open(path)) {
        printError(m_database.errorString());
        return ApiFailure;
    }
    if (!m_database.notice().isEmpty())
        printError(m_database.notice());
    if (!fetch)
        return writeGroups();
    if (!m_connection.start())
        return ApiFailure;
    m_fetch = std::make_unique<FailedItemsFetch>(&m_connection.client(), &m_database,
                                                 m_connection.scope());
    m_showProgress = isTerminal(stderr);
    connect(m_fetch.get(), &FailedItemsFetch::progressed, this, [this](qint64 done, qint64 total) {
        if (m_showProgress)
            std::fprintf(stderr, "\r\033[K%s",
                         qPrintable(tr("Fetching failed items: %1 of %2 jobs and batches", nullptr,
                                       pluralFormCount(total))
                                        .arg(done)
                                        .arg(total)));
    });
    // Queued: finished() may come before the event loop runs.
    connect(m_fetch.get(), &FailedItemsFetch::finished, this, &FailureItemsCommand::onFetched,
            Qt::QueuedConnection);
    IndexFailuresReader reader(&m_database);
    QList<FailuresFetchTarget> jobs, batches;
    if (!reader.jobsToFetch(m_query, &jobs) || !reader.batchesToFetch(m_query, &batches)) {
        printError(reader.errorString());
        return ApiFailure;
    }
    m_fetch->start(jobs, batches);
    return -1;
}

void FailureItemsCommand::onFetched(const QString &error)
{
    if (m_showProgress)
        std::fputs("\r\033[K", stderr);
    if (m_interrupted) {
        printError(tr("Interrupted: the index keeps the failed items of %n job(s) and batch(es) "
                      "fetched so far.",
                      nullptr, int(m_fetch->done())));
        QCoreApplication::exit(Interrupted);
        return;
    }
    if (!error.isEmpty()) {
        printError(error);
        QCoreApplication::exit(ApiFailure);
        return;
    }
    if (m_fetch->skipped() > 0)
        printError(tr("%n job(s) or batch(es) are no longer on the server and were skipped.",
                      nullptr, int(m_fetch->skipped())));
    QCoreApplication::exit(writeGroups());
}

int FailureItemsCommand::writeGroups()
{
    IndexFailuresReader reader(&m_database);
    if (m_group) {
        // One group's items and files, with file name and reason.
        QList<FailedItem> items;
        if (!reader.items(m_query, *m_group, 0, &items)) {
            printError(reader.errorString());
            return ApiFailure;
        }
        QList<Row> rows;
        rows.reserve(items.size());
        for (const FailedItem &item : std::as_const(items))
            rows.append(failedItemRow(item));
        if (const QString problem = writeRows(m_output, failedItemFields(), rows);
            !problem.isEmpty()) {
            printError(problem);
            return ApiFailure;
        }
        return Success;
    }
    QList<FailureGroup> groups;
    FailuresCoverage coverage;
    if (!reader.groups(m_query, &groups) || !reader.coverage(m_query, &coverage)) {
        printError(reader.errorString());
        return ApiFailure;
    }
    if (coverage.notFetched() > 0)
        printError(tr("The failures of %n job(s) and batch(es) in the range are not fetched yet; "
                      "run without --no-fetch to fetch them.",
                      nullptr, int(coverage.notFetched())));
    static const QStringList fields {
        QStringLiteral("pattern"),         QStringLiteral("count"),
        QStringLiteral("first_seen"),      QStringLiteral("last_seen"),
        QStringLiteral("job_types"),       QStringLiteral("example_id"),
        QStringLiteral("example_message"), QStringLiteral("example_file")};
    QList<Row> rows;
    for (const FailureGroup &group : std::as_const(groups)) {
        rows.append({FieldValue::fromText(group.shape), FieldValue::fromNumber(group.count),
                     FieldValue::fromTime(group.firstSeen), FieldValue::fromTime(group.lastSeen),
                     FieldValue::fromText(group.jobTypes.join(u' ')),
                     FieldValue::fromText(group.exampleId),
                     FieldValue::fromText(group.exampleMessage),
                     FieldValue::fromText(group.exampleFileName)});
    }
    if (const QString problem = writeRows(m_output, fields, rows); !problem.isEmpty()) {
        printError(problem);
        return ApiFailure;
    }
    return Success;
}

} // namespace BatchDeck::Cli
