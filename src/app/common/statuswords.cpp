#include "app/common/statuswords.h"

#include "core/batches/batch.h"
#include "core/jobs/jobenums.h"

#include <QCoreApplication>
#include <QFontMetrics>

#include <algorithm>

namespace BatchDeck {

namespace {

struct StatusWords
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::StatusWords)
};

} // namespace

QString statusWord(const QString &status)
{
    // v1 statuses are lower case, v2 statuses upper case: both are the same words to people.
    const QString key = status.toLower();
    if (key == u"pending")
        return StatusWords::tr("Pending");
    if (key == u"throttled")
        return StatusWords::tr("Throttled");
    if (key == u"running")
        return StatusWords::tr("Running");
    if (key == u"dispatched")
        return StatusWords::tr("Dispatched");
    if (key == u"processing")
        return StatusWords::tr("Processing");
    if (key == u"completed")
        return StatusWords::tr("Completed");
    if (key == u"failed")
        return StatusWords::tr("Failed");
    if (key == u"skipped")
        return StatusWords::tr("Skipped");
    if (key == u"cancelled")
        return StatusWords::tr("Cancelled");
    return status;
}

QString jobTypeWord(const QString &jobType)
{
    // A v2 batch's job types carry the API generation (parse_v2); people see the kind of work.
    const QString key = jobType.endsWith(u"_v2") ? jobType.chopped(3) : jobType;
    if (key == u"parse")
        return StatusWords::tr("Parse");
    if (key == u"extract")
        return StatusWords::tr("Extract");
    if (key == u"classify")
        return StatusWords::tr("Classify");
    return jobType;
}

namespace {

int widestWord(const QFontMetrics &metrics, QString (*word)(const QString &),
               const QStringList &values)
{
    int widest = 0;
    for (const QString &value : values)
        widest = std::max(widest, metrics.horizontalAdvance(word(value)));
    return widest;
}

} // namespace

int statusColumnWidth(const QFontMetrics &metrics)
{
    // The statuses either list shows (v1 jobs' and v2 batches'), each as its badge: a glyph a
    // line high and padding around the word, then the cell's margins.
    return std::max(widestWord(metrics, statusWord, knownJobStatuses()),
                    widestWord(metrics, statusWord, knownBatchStatuses()))
        + metrics.height() + 26;
}

int jobTypeColumnWidth(const QFontMetrics &metrics)
{
    // v2 types (parse_v2) show as the same words as v1's.
    return widestWord(metrics, jobTypeWord, knownJobTypes()) + 16;
}

} // namespace BatchDeck
