#include "app/tools/screenshotsupport.h"

#include "app/batches/batchesview.h"
#include "app/batches/batchtablemodel.h"
#include "app/jobs/jobsview.h"
#include "app/jobs/jobtablemodel.h"
#include "app/shell/mainwindow.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QTimer>

#include <algorithm>

namespace BatchDeck::Screenshots {

void whenReady(const std::function<bool()> &ready, const std::function<void()> &then, int triesLeft)
{
    if (ready()) {
        QTimer::singleShot(300, qApp, then); // let the last paint settle
        return;
    }
    if (triesLeft == 0) {
        qCritical("screenshots: timed out waiting for the demo data");
        QApplication::exit(1);
        return;
    }
    QTimer::singleShot(100, qApp, [=] { whenReady(ready, then, triesLeft - 1); });
}

bool save(QWidget *widget, const QDir &folder, const QString &name)
{
    const QString path = folder.filePath(name);
    const bool saved = widget->grab().save(path);
    qInfo("%s %s", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

bool saveWithPopup(QWidget *window, QWidget *popup, const QDir &folder, const QString &name)
{
    QPixmap pixmap = window->grab();
    {
        QPainter painter(&pixmap);
        const QPoint at = popup->mapToGlobal(QPoint(0, 0)) - window->mapToGlobal(QPoint(0, 0));
        painter.drawPixmap(at, popup->grab());
        // The window system draws a popup's edge; offscreen, draw it so the list stands apart.
        painter.setPen(popup->palette().color(QPalette::Mid));
        painter.drawRect(QRect(at, popup->size()).adjusted(0, 0, -1, -1));
    }
    const QString path = folder.filePath(name);
    const bool saved = pixmap.save(path);
    qInfo("%s %s", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

bool shownDirectoriesNamed(MainWindow &window)
{
    if (window.catalog().isLoading())
        return false;
    for (const Job &job : window.jobsView().model().jobs()) {
        if (!job.directoryId.isEmpty() && window.catalog().directoryName(job.directoryId).isEmpty()
            && !window.catalog().isUnknownDirectory(job.directoryId))
            return false;
    }
    return true;
}

bool shownSourceDirectoriesNamed(MainWindow &window)
{
    if (window.catalog().isLoading())
        return false;
    for (const Batch &batch : window.batchesView().model().batches()) {
        if (!batch.sourceDirectoryId.isEmpty()
            && window.catalog().directoryName(batch.sourceDirectoryId).isEmpty()
            && !window.catalog().isUnknownDirectory(batch.sourceDirectoryId))
            return false;
    }
    return true;
}

bool jobsShown(MainWindow &window)
{
    return window.jobsView().model().rowCount() > 0 && !window.jobsView().browser().isLoading()
        && shownDirectoriesNamed(window);
}

bool batchesShown(MainWindow &window)
{
    return window.batchesView().model().rowCount() > 0
        && !window.batchesView().browser().isLoading() && shownSourceDirectoriesNamed(window);
}

Batch failedOrFirstBatch(MainWindow &window)
{
    const QList<Batch> &batches = window.batchesView().model().batches();
    const auto failed = std::find_if(batches.begin(), batches.end(), [](const Batch &batch) {
        return batch.knownStatus() == BatchStatus::Failed;
    });
    return failed != batches.end() ? *failed : batches.value(0);
}

} // namespace BatchDeck::Screenshots
