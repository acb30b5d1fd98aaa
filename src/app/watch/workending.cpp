#include "app/watch/workending.h"

#include "app/common/servertext.h"
#include "app/common/statuswords.h"
#include "core/api/apiclient.h"

namespace BatchDeck {

namespace {

// An error line longer than this is cut: a notification is a glance, the details hold it all.
constexpr qsizetype LongestErrorLine = 200;

QString jobTitle(const QString &status)
{
    const QString key = status.toLower();
    if (key == u"completed")
        return WorkEnding::tr("Job completed");
    if (key == u"failed")
        return WorkEnding::tr("Job failed");
    if (key == u"cancelled")
        return WorkEnding::tr("Job cancelled");
    return WorkEnding::tr("Job ended: %1").arg(statusWord(status));
}

QString batchTitle(const QString &status)
{
    const QString key = status.toLower();
    if (key == u"completed")
        return WorkEnding::tr("Batch completed");
    if (key == u"failed")
        return WorkEnding::tr("Batch failed");
    if (key == u"cancelled")
        return WorkEnding::tr("Batch cancelled");
    return WorkEnding::tr("Batch ended: %1").arg(statusWord(status));
}

QString firstLine(const QString &text)
{
    const QString line = text.trimmed().section(u'\n', 0, 0).trimmed();
    return line.size() <= LongestErrorLine ? line : line.left(LongestErrorLine) + u'…';
}

} // namespace

QString WorkEnding::nameOf(const WatchedWork &work)
{
    const QString label = work.label.trimmed();
    if (label.isEmpty() || sameId(label, work.id))
        return work.id;
    return tr("%1 · %2").arg(label, work.id);
}

WorkEnding WorkEnding::of(const WatchedWork &work, const QString &finalStatus,
                          const QString &errorMessage)
{
    WorkEnding ending;
    ending.title =
        work.kind == WatchedWork::Kind::Job ? jobTitle(finalStatus) : batchTitle(finalStatus);
    QString body = nameOf(work);
    if (finalStatus.compare(QLatin1String("failed"), Qt::CaseInsensitive) == 0
        && !errorMessage.trimmed().isEmpty()) {
        body += u'\n';
        body += firstLine(errorMessage);
    }
    ending.title = shownText(ending.title);
    ending.body = shownText(body);
    return ending;
}

} // namespace BatchDeck
