// Peak memory of parsing one list answer, as a multiple of the answer's size.
// A benchmark to run and report, not a test: bench_parse_memory [MEGABYTES] [shape]
//   shape "one-string": one job whose error_message holds almost the whole answer
//   shape "many-jobs":  as many ordinary jobs as fit (a 1,000-job page is about 5 MB)
#include "core/jobs/job.h"

#include "memoryusage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QTextStream>

using namespace BatchDeck::Bench;

namespace {

QByteArray jobJson(int index, const QByteArray &errorMessage)
{
    return QByteArrayLiteral(R"({"id":"bjb-)") + QByteArray::number(index)
        + QByteArrayLiteral(R"(","job_type":"parse","status":"failed",)"
                            R"("project_id":"7a3f0c55-3c1e-4d2f-9a8b-1f2e3d4c5b6a",)"
                            R"("directory_id":"dir-8b425770-1111-2222-3333-444455556666",)"
                            R"("total_items":27,"processed_items":15,"failed_items":1,)"
                            R"("skipped_items":0,"created_at":"2026-11-29T03:41:30.860123Z",)"
                            R"("started_at":"2026-11-29T03:42:16.005Z",)"
                            R"("completed_at":"2026-11-29T03:42:43.925Z",)"
                            R"("updated_at":"2026-11-29T03:42:43.925Z",)"
                            R"("effective_at":"2026-11-29T03:42:43.925Z","error_message":")")
        + errorMessage
        + QByteArrayLiteral(R"(","job_record_id":"jr-32c0cf98","workflow_id":"batch-297ba03e"})");
}

QByteArray makeAnswer(qint64 bytes, bool oneString)
{
    QByteArray body;
    body.reserve(bytes + 4096);
    body += QByteArrayLiteral(R"({"total_size":null,"items":[)");
    if (oneString) {
        body += jobJson(0, QByteArray(bytes, 'x'));
    } else {
        const QByteArray message = QByteArrayLiteral("File too large: scan_batch_07.pdf is 412 MB");
        for (int index = 0; body.size() < bytes; ++index) {
            if (index > 0)
                body += ',';
            body += jobJson(index, message);
        }
    }
    body += "]}";
    return body;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qint64 megabytes = arguments.size() > 1 ? arguments.at(1).toLongLong() : 64;
    const bool oneString = arguments.size() <= 2 || arguments.at(2) != QLatin1String("many-jobs");

    const qint64 before = residentBytes();
    QByteArray body = makeAnswer(megabytes * 1024 * 1024, oneString);
    const qint64 withBody = residentBytes();

    BatchDeck::JobPage page;
    const QString problem = BatchDeck::JobPage::fromJson(std::move(body), 0, &page);
    const qint64 peak = peakResidentBytes();
    const qint64 answer = withBody - before;

    QTextStream out(stdout);
    out << "answer " << answer / (1024 * 1024) << " MB ("
        << (oneString ? "one-string" : "many-jobs") << "), " << page.jobs.size() << " jobs"
        << (problem.isEmpty() ? QString() : u", " + problem) << "\npeak while parsing "
        << (peak - before) / (1024 * 1024)
        << " MB = " << QString::number(double(peak - before) / double(answer), 'f', 2)
        << "x the answer\n";
    return problem.isEmpty() ? 0 : 1;
}
