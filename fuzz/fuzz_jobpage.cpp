// libFuzzer target: a list answer (JobPage::fromJson), each job in it (Job::fromJson), and
// the parsed jobs through JobCsvWriter and back through an independent RFC 4180 reader.
//
// Beyond "no crash, no undefined behaviour, no leak" it checks that a parsed page agrees with
// the JSON it came from: one job or one invalid job per array entry, invalid positions in order
// and in range, each job the same as Job::fromJson reads on its own, total_size as sent.

#include "fuzzcheck.h"
#include "qtreading.h"
#include "rfc4180reader.h"

#include "core/export/csvwriter.h"
#include "core/jobs/job.h"
#include "core/json/jsonslice.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using namespace BatchDeck;

namespace {

constexpr qint64 pageOffset = 1000; // a later page, so positions are offset + index

void checkCsvRoundTrip(const QList<Job> &jobs)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JobCsvWriter writer(&buffer, CsvOptions {false, false});
    FUZZ_CHECK(writer.writeHeader(), writer.errorString());
    for (const Job &job : jobs)
        FUZZ_CHECK(writer.writeJob(job), writer.errorString());

    const BatchDeckFuzz::CsvReadResult read = BatchDeckFuzz::readRfc4180(buffer.data());
    FUZZ_CHECK(read.error.isEmpty(), read.error);
    FUZZ_CHECK(read.rows.size() == jobs.size() + 1, QString::number(read.rows.size()));
    FUZZ_CHECK(read.rows.first() == JobCsvWriter::header(), read.rows.first().join(u'|'));
    for (qsizetype index = 0; index < jobs.size(); ++index) {
        QStringList expected;
        for (const CsvCell &cell : JobCsvWriter::cellsFor(jobs.at(index)))
            expected << BatchDeckFuzz::throughUtf8(cell.text);
        FUZZ_CHECK(read.rows.at(index + 1) == expected,
                   QStringLiteral("row %1 reads back as %2, written from %3")
                       .arg(index + 1)
                       .arg(read.rows.at(index + 1).join(u'|'), expected.join(u'|')));
    }
}

void checkPageAgainstJson(const QByteArray &body, const JobPage &page)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    FUZZ_CHECK(document.isObject(),
               QStringLiteral("a page was read from a body that is not a JSON object"));
    const QJsonValue items = document.object().value(u"items");
    FUZZ_CHECK(items.isArray(), QStringLiteral("a page was read without an items array"));
    const QJsonArray array = items.toArray();
    FUZZ_CHECK(
        page.itemCount() == array.size(),
        QStringLiteral("itemCount %1, items array %2").arg(page.itemCount()).arg(array.size()));

    const QJsonValue total = document.object().value(u"total_size");
    if (page.totalSize) {
        // A number that is not a whole count (2.5, 1e300) must not be read as another one.
        FUZZ_CHECK(total.isDouble() && double(*page.totalSize) == total.toDouble(),
                   QStringLiteral("total_size %1 read as %2")
                       .arg(QString::fromUtf8(
                           QJsonDocument(QJsonArray {total}).toJson(QJsonDocument::Compact)))
                       .arg(*page.totalSize));
    } else {
        FUZZ_CHECK(total.isUndefined() || total.isNull(),
                   QStringLiteral("total_size is present but the page says it is unknown"));
    }

    // Each entry read alone through the production reader must give what the page gave; the
    // page's shape was checked against Qt's parser above, and Qt reads each job as asQtReadsIt.
    QJsonParseError sliceError;
    const QList<JsonSlice> entries =
        JsonSlice::parse(body, &sliceError).member(u"items").elements();
    FUZZ_CHECK(entries.size() == array.size(),
               QStringLiteral("items: %1 entries for JsonSlice, %2 for Qt")
                   .arg(entries.size())
                   .arg(array.size()));
    qsizetype nextJob = 0;
    qsizetype nextInvalid = 0;
    for (qsizetype index = 0; index < array.size(); ++index) {
        const qint64 position = pageOffset + index;
        if (nextInvalid < page.invalidJobs.size()
            && page.invalidJobs.at(nextInvalid).position == position) {
            const InvalidJob &invalid = page.invalidJobs.at(nextInvalid++);
            FUZZ_CHECK(!invalid.problem.isEmpty(),
                       QStringLiteral("an invalid job without a reason"));
            FUZZ_CHECK(!invalid.describe().isEmpty(), QString());
            Job alone;
            FUZZ_CHECK(!Job::fromJson(entries.at(index), &alone).isEmpty(),
                       QStringLiteral("job %1 is invalid in the page but valid alone").arg(index));
            continue;
        }
        FUZZ_CHECK(nextJob < page.jobs.size(),
                   QStringLiteral("array entry %1 is neither a job nor an invalid job").arg(index));
        Job alone;
        const QString problem = Job::fromJson(entries.at(index), &alone);
        FUZZ_CHECK(problem.isEmpty(),
                   QStringLiteral("job %1 is valid in the page but not alone: %2")
                       .arg(index)
                       .arg(problem));
        FUZZ_CHECK(alone == page.jobs.at(nextJob),
                   QStringLiteral("job %1 differs when read alone").arg(index));
        Job byQt;
        if (Job::fromJson(array.at(index), &byQt).isEmpty())
            FUZZ_CHECK(BatchDeckFuzz::asQtReadsIt(byQt) == BatchDeckFuzz::asQtReadsIt(alone),
                       QStringLiteral("job %1 differs from what Qt's parser reads").arg(index));
        ++nextJob;
    }
    FUZZ_CHECK(nextJob == page.jobs.size() && nextInvalid == page.invalidJobs.size(),
               QStringLiteral("invalid job positions out of order or out of range"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    JobPage page;
    const QString problem = JobPage::fromJson(body, pageOffset, &page);
    if (problem.isEmpty()) {
        checkPageAgainstJson(body, page);
        checkCsvRoundTrip(page.jobs);
    }

    // The same bytes as one job: seeds that are single jobs reach Job::fromJson directly.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        Job job;
        if (Job::fromJson(QJsonValue(document.object()), &job).isEmpty())
            checkCsvRoundTrip({job});
    }
    return 0;
}
