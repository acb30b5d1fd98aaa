#include "index/sync/syncreport.h"

#include <QLocale>

namespace BatchDeck {

QString SyncReport::describe() const
{
    const QLocale locale;
    auto changes = [&](const IndexChanges &made) {
        return tr("%1 added, %2 updated, %3 removed")
            .arg(locale.toString(made.added), locale.toString(made.updated),
                 locale.toString(made.removed));
    };
    QString text = tr("Jobs: %1.").arg(changes(jobs));
    if (batchesOffered)
        text += u' ' + tr("Batches: %1.").arg(changes(batches));
    else
        text += u' ' + tr("Batches: this server has none (v2 batches are not offered).");
    if (unreadableRows > 0)
        text += u' '
            + tr("%n row(s) could not be read and were left out.", nullptr,
                 int(std::min<qint64>(unreadableRows, INT_MAX)));
    text += u' '
        + tr("%n request(s) in %1 s.", nullptr, requests)
              .arg(locale.toString(double(elapsedMs) / 1000.0, 'f', 1));
    return text;
}

QString SyncProgress::describe() const
{
    const QLocale locale;
    QString what;
    switch (step) {
    case Step::Jobs:
        what = tr("Reading jobs");
        break;
    case Step::Batches:
        what = tr("Reading batches");
        break;
    case Step::UnfinishedJobs:
        what = tr("Checking unfinished jobs");
        break;
    case Step::UnfinishedBatches:
        what = tr("Checking unfinished batches");
        break;
    }
    if (total && *total >= done)
        return tr("%1: %2 of about %3").arg(what, locale.toString(done), locale.toString(*total));
    return tr("%1: %2").arg(what, locale.toString(done));
}

} // namespace BatchDeck
