// Cost of the key masking on every written value: rows per second through the CSV and JSON Lines
// writers, with no key registered, and with a 52-character key registered (the masking every
// export now does); and the cost of formatting a time for export (toIsoUtc).
// A benchmark to run and report, not a test: bench_row_masking [ROWS]
#include "core/api/logging.h"
#include "core/export/jobrows.h"
#include "core/export/rowwriter.h"
#include "core/jobs/job.h"
#include "core/json/isotime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace BatchDeck;

namespace {

Job sampleJob(int index)
{
    Job job;
    job.id =
        QStringLiteral("bjb-%1-3c1e-4d2f-9a8b-1f2e3d4c5b6a").arg(index, 8, 10, QLatin1Char('0'));
    job.jobType = QStringLiteral("parse");
    job.status = QStringLiteral("failed");
    job.projectId = QStringLiteral("7a3f0c55-3c1e-4d2f-9a8b-1f2e3d4c5b6a");
    job.directoryId = QStringLiteral("dir-5b6a7a3f-0c55-3c1e-4d2f-9a8b1f2e3d4c");
    job.errorMessage = QStringLiteral("3 of 120 files failed: page 14 of report-2026-q3.pdf could "
                                      "not be read (encrypted); see the items for details");
    job.totalItems = 120;
    job.processedItems = 117;
    job.failedItems = 3;
    job.createdAt = QDateTime::fromMSecsSinceEpoch(1'767'225'600'000LL + index, Qt::UTC);
    job.startedAt = job.createdAt.addSecs(5);
    job.completedAt = job.createdAt.addSecs(2'231);
    return job;
}

double rowsPerSecond(OutputFormat format, const QList<Row> &rows)
{
    QFile sink(QStringLiteral("/dev/null"));
    if (!sink.open(QIODevice::WriteOnly))
        return 0;
    const std::unique_ptr<RowWriter> writer = makeRowWriter(&sink, format, CsvOptions {});
    writer->writeHeader(jobFields());
    QElapsedTimer timer;
    timer.start();
    for (const Row &row : rows)
        writer->writeRow(row);
    return rows.size() / (timer.nsecsElapsed() / 1e9);
}

// Times as parsed from the API (UTC), one millisecond and about a minute apart.
double timesFormattedPerSecond(int count)
{
    QList<QDateTime> times;
    times.reserve(count);
    for (int index = 0; index < count; ++index)
        times.append(
            QDateTime::fromMSecsSinceEpoch(1'767'225'600'000LL + index * 60'001LL, Qt::UTC));
    qsizetype characters = 0; // used, so that the calls are not optimised away
    QElapsedTimer timer;
    timer.start();
    for (const QDateTime &time : times)
        characters += toIsoUtc(time).size();
    const double perSecond = count / (timer.nsecsElapsed() / 1e9);
    return characters == qsizetype(count) * 24 ? perSecond : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200'000;
    QList<Row> rows;
    rows.reserve(count);
    for (int index = 0; index < count; ++index)
        rows.append(jobRow(sampleJob(index)));

    QTextStream out(stdout);
    const auto report = [&](const char *label) {
        for (const OutputFormat format : {OutputFormat::Csv, OutputFormat::JsonLines}) {
            out << label << (format == OutputFormat::Csv ? " CSV:        " : " JSON Lines: ")
                << qRound(rowsPerSecond(format, rows)) << " rows/s (" << count << " jobs)\n";
        }
        out.flush();
    };
    report("no key registered,  ");
    registerSecret(QStringLiteral("llx-Aq3Zp9Lm2Xc7Vb1Nn4Kk8Jj6Hh5Gg0Ff2Dd9Ss3Aa7Qq1Ww4Ee8Rr6T"));
    report("a key registered,   ");
    out << "toIsoUtc:                        " << qRound(timesFormattedPerSecond(1'000'000))
        << " times/s (1000000 times)\n";
    return 0;
}
