// libFuzzer target: the job-status answer (JobStatusResult::fromJson) and the cancel answer
// (CancelResult::fromJson). What they read must be what the JSON says.

#include "fuzzcheck.h"
#include "qtreading.h"

#include "core/jobs/job.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdint>

using namespace BatchDeck;

namespace {

QJsonObject objectOf(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    FUZZ_CHECK(document.isObject(),
               QStringLiteral("an answer was read from a body that is not a JSON object"));
    return document.object();
}

void checkStatus(const QByteArray &body)
{
    JobStatusResult result;
    if (!JobStatusResult::fromJson(body, &result).isEmpty())
        return;
    const QJsonObject object = objectOf(body);
    Job alone;
    FUZZ_CHECK(Job::fromJson(object.value(u"job"), &alone).isEmpty(),
               QStringLiteral("the status was read but its job is not valid alone"));
    FUZZ_CHECK(BatchDeckFuzz::asQtReadsIt(alone) == BatchDeckFuzz::asQtReadsIt(result.job),
               QStringLiteral("the status's job differs from the job read alone"));
    const QJsonValue progress = object.value(u"progress_percentage");
    FUZZ_CHECK(progress.isDouble() && progress.toDouble() == result.progressPercentage,
               QStringLiteral("progress_percentage read as %1").arg(result.progressPercentage));
    FUZZ_CHECK(std::isfinite(result.progressPercentage),
               QStringLiteral("progress_percentage is not finite"));
}

void checkCancel(const QByteArray &body)
{
    CancelResult result;
    if (!CancelResult::fromJson(body, &result).isEmpty())
        return;
    const QJsonObject object = objectOf(body);
    FUZZ_CHECK(BatchDeckFuzz::asQtReadsIt(object.value(u"job_id").toString())
                   == BatchDeckFuzz::asQtReadsIt(result.jobId),
               result.jobId);
    FUZZ_CHECK(BatchDeckFuzz::asQtReadsIt(object.value(u"status").toString())
                   == BatchDeckFuzz::asQtReadsIt(result.status),
               result.status);
    FUZZ_CHECK(BatchDeckFuzz::asQtReadsIt(object.value(u"message").toString())
                   == BatchDeckFuzz::asQtReadsIt(result.message),
               result.message);
    FUZZ_CHECK(object.value(u"processed_items").toDouble() == double(result.processedItems),
               QString::number(result.processedItems));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    checkStatus(body);
    checkCancel(body);
    return 0;
}
