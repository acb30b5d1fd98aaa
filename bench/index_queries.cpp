// bench_index_queries: how soon the local index answers the window's index views over a large
// index file (made by `batchdeck-cli sync`); bench/index-benchmark.sh runs it.
//
//   bench_index_queries INDEX [--runs N] [--page ROWS] [--word W] [--prefix P] [--words "A B"]
//                       [--sql STATEMENT]...
//
// A "load" is what AllJobsView::load() does, timed from the first query to the model's rows:
// IndexReader::countJobs, IndexReader::jobs of one page, IndexReader::jobStatusCounts, and
// JobTableModel::setJobs of that page (into an empty model, as after a sort or a search). The
// failure grouping is IndexReader::failureGroups over every failed job, as the Failures view asks.
// Each figure is run once to warm up, then N times. Prints what the index holds
// (jobs=N messages=N failed=N sqlite=VERSION), then one line per figure:
//   figure=ID median=MS min=MS max=MS runs=N rows=MATCHING count=MS page=MS statuses=MS
//   model=MS label=TEXT
// (count, page, statuses and model are the medians of the load's parts; label ends the line).
#include "app/indexviews/indexviewparts.h"
#include "app/jobs/jobtablemodel.h"
#include "index/query/indexreader.h"
#include "index/store/indexdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace BatchDeck;

namespace {

struct Timings
{
    std::vector<double> total, index, model; // a load: the index's part, then the model's
};

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_index_queries: %s\n", qPrintable(what));
    std::exit(1);
}

class Bench
{
public:
    Bench(IndexDatabase *database, int runs)
        : m_reader(database)
        , m_runs(runs)
    { }

    // One load of the All jobs view, its parts timed one after another.
    void load(const QString &id, const QString &label, const IndexQuery &query)
    {
        Timings timings;
        qint64 matching = 0;
        for (int run = 0; run <= m_runs; ++run) { // run 0 warms up
            m_model.setJobs({});
            QList<IndexedJob> rows;
            QMap<QString, qint64> counts;
            QElapsedTimer total, part;
            total.start();
            part.start();
            // AllJobsView::readPage: the status counts, then the page.
            if (!m_reader.jobsPage(query, &rows, &matching, &counts))
                fail(m_reader.errorString());
            const double index = msSince(part);
            part.restart();
            m_model.setJobs(jobsOf(std::move(rows)));
            const double model = msSince(part);
            const double all = msSince(total);
            if (m_model.rowCount() != std::min<qint64>(matching - query.offset, query.limit))
                fail(QStringLiteral("%1: %2 rows in the model, %3 matching")
                         .arg(id)
                         .arg(m_model.rowCount())
                         .arg(matching));
            if (run == 0)
                continue;
            timings.total.push_back(all);
            timings.index.push_back(index);
            timings.model.push_back(model);
        }
        print(id, label, timings, matching);
    }

    // One call, timed as a whole; `rows` says how many rows it covered.
    void once(const QString &id, const QString &label, const std::function<qint64()> &call)
    {
        Timings timings;
        qint64 rows = 0;
        for (int run = 0; run <= m_runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            rows = call();
            if (run > 0)
                timings.total.push_back(msSince(timer));
        }
        print(id, label, timings, rows);
    }

    IndexReader &reader() { return m_reader; }

private:
    static void print(const QString &id, const QString &label, const Timings &timings, qint64 rows)
    {
        const auto [least, most] = std::minmax_element(timings.total.begin(), timings.total.end());
        std::printf("figure=%s median=%.2f min=%.2f max=%.2f runs=%zu rows=%lld", qPrintable(id),
                    median(timings.total), *least, *most, timings.total.size(),
                    static_cast<long long>(rows));
        if (!timings.index.empty())
            std::printf(" index=%.2f model=%.2f", median(timings.index), median(timings.model));
        std::printf(" label=%s\n", qPrintable(label));
        std::fflush(stdout);
    }

    IndexReader m_reader;
    JobTableModel m_model;
    int m_runs;
};

struct SortCase
{
    const char *id;
    const char *label;
    IndexQuery::Sort sort;
    bool descending;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("INDEX"), QStringLiteral("The index file."));
    parser.addOptions({
        {QStringLiteral("runs"), QStringLiteral("Timed runs per figure (default 7)."),
         QStringLiteral("N"), QStringLiteral("7")},
        {QStringLiteral("page"), QStringLiteral("Rows per page (default 100)."),
         QStringLiteral("ROWS"), QStringLiteral("100")},
        {QStringLiteral("word"), QStringLiteral("A word of the error messages to search for."),
         QStringLiteral("W"), QStringLiteral("service")},
        {QStringLiteral("prefix"), QStringLiteral("The start of words to search for."),
         QStringLiteral("P"), QStringLiteral("pars")},
        {QStringLiteral("words"), QStringLiteral("Two words to search for."),
         QStringLiteral("TEXT"), QStringLiteral("parsing service")},
        {QStringLiteral("directory-name"),
         QStringLiteral("Words of one directory's name to search for."), QStringLiteral("TEXT"),
         QStringLiteral("bank statements")},
        {QStringLiteral("names"),
         QStringLiteral("A word of a directory's and a project's names to search for."),
         QStringLiteral("TEXT"), QStringLiteral("invoices")},
        // For trying a change (ANALYZE, a PRAGMA) on a copy of an index before proposing it.
        {QStringLiteral("sql"),
         QStringLiteral("A statement to run after opening, before the figures (repeatable)."),
         QStringLiteral("STATEMENT")},
    });
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString path = parser.positionalArguments().constFirst();
    if (!QFileInfo(path).isFile())
        fail(QStringLiteral("no index at %1").arg(path));

    IndexDatabase database;
    if (!database.open(path))
        fail(database.errorString());
    for (const QString &statement : parser.values(QStringLiteral("sql"))) {
        QSqlQuery query(database.database());
        if (!query.exec(statement))
            fail(statement + QStringLiteral(": ") + query.lastError().text());
    }
    Bench bench(&database, std::max(1, parser.value(QStringLiteral("runs")).toInt()));
    {
        // What the figures are over, for the report.
        QSqlQuery corpus(database.database());
        if (!corpus.exec(QStringLiteral("SELECT count(*), count(error_message),"
                                        " sum(status = 'failed'), sqlite_version() FROM jobs"))
            || !corpus.next())
            fail(corpus.lastError().text());
        std::printf("jobs=%lld messages=%lld failed=%lld sqlite=%s\n", corpus.value(0).toLongLong(),
                    corpus.value(1).toLongLong(), corpus.value(2).toLongLong(),
                    qPrintable(corpus.value(3).toString()));
    }

    IndexQuery all;
    all.limit = std::max(1, parser.value(QStringLiteral("page")).toInt());
    // The sidebar's two statuses and its "Last 7 days", as IndexFilterPanel::applyTo sets them.
    IndexQuery filtered = all;
    filtered.statuses = {QStringLiteral("failed"), QStringLiteral("cancelled")};
    filtered.createdFrom = QDateTime::currentDateTimeUtc().addDays(-7);

    using Sort = IndexQuery::Sort;
    const SortCase sorts[] = {
        {"created_desc", "created_at desc", Sort::CreatedAt, true},
        {"failed_desc", "failed_items desc", Sort::FailedItems, true},
        {"total_asc", "total_items asc", Sort::TotalItems, false},
        {"status_asc", "status asc", Sort::Status, false},
    };
    for (const SortCase &sort : sorts) {
        IndexQuery query = all;
        query.sort = sort.sort;
        query.descending = sort.descending;
        bench.load(QStringLiteral("sort_%1").arg(QLatin1String(sort.id)),
                   QStringLiteral("Sort by %1, no filter").arg(QLatin1String(sort.label)), query);
        query.statuses = filtered.statuses;
        query.createdFrom = filtered.createdFrom;
        bench.load(QStringLiteral("sort_%1_filtered").arg(QLatin1String(sort.id)),
                   QStringLiteral("Sort by %1, failed or cancelled, last 7 days")
                       .arg(QLatin1String(sort.label)),
                   query);
    }

    const std::pair<const char *, QString> searches[] = {
        {"word", parser.value(QStringLiteral("word"))},
        {"prefix", parser.value(QStringLiteral("prefix"))},
        {"two_words", parser.value(QStringLiteral("words"))},
        // Names: one directory's ("Bank statements"), and a directory's and a project's at once
        // ("Q3 invoices", "Invoices 2026") in the demo's catalog.
        {"directory_name", parser.value(QStringLiteral("directory-name"))},
        {"names", parser.value(QStringLiteral("names"))},
    };
    for (const auto &[id, text] : searches) {
        IndexQuery query = all;
        query.text = text;
        bench.load(QStringLiteral("search_%1").arg(QLatin1String(id)),
                   QStringLiteral("Search \"%1\", newest first").arg(text), query);
        query.sort = Sort::FailedItems;
        bench.load(QStringLiteral("search_%1_by_failed").arg(QLatin1String(id)),
                   QStringLiteral("Search \"%1\", by failed_items desc").arg(text), query);
    }

    QList<FailureGroup> groups;
    bench.once(QStringLiteral("failure_groups"),
               QStringLiteral("Failure groups (IndexReader::failureGroups), every failed job"),
               [&] {
                   groups.clear();
                   if (!bench.reader().failureGroups({}, &groups))
                       fail(bench.reader().errorString());
                   qint64 failed = 0;
                   for (const FailureGroup &group : std::as_const(groups))
                       failed += group.count;
                   return failed;
               });
    std::printf("groups=%lld\n", static_cast<long long>(groups.size()));
    if (!groups.isEmpty()) {
        // What the Failures view reads once a group is chosen: its jobs, newest first.
        IndexQuery group = all;
        group.statuses = {QStringLiteral("failed")};
        group.errorShape = groups.constFirst().shape;
        group.limit = 500; // FailuresView::GroupJobsShown
        bench.once(
            QStringLiteral("failure_group_jobs"),
            QStringLiteral("The largest failure group's 500 newest jobs (IndexReader::jobs)"), [&] {
                QList<IndexedJob> rows;
                if (!bench.reader().jobs(group, &rows))
                    fail(bench.reader().errorString());
                return qint64(rows.size());
            });
    }
    return 0;
}
