#pragma once

#include "core/batches/batch.h"

#include <QDir>
#include <QString>

#include <functional>

class QWidget;

namespace BatchDeck {

class MainWindow;

namespace Screenshots {

// Calls `then` once `ready` holds, checking as the event loop runs; gives up after 30 s and
// ends the application with exit code 1.
void whenReady(const std::function<bool()> &ready, const std::function<void()> &then,
               int triesLeft = 300);
bool save(QWidget *widget, const QDir &folder, const QString &name);
// A grab of `window` with `popup` (a top-level list, such as a completer's) drawn where it shows:
// a widget's grab leaves out its popups.
bool saveWithPopup(QWidget *window, QWidget *popup, const QDir &folder, const QString &name);
// Every shown job's directory has its name, or the server said it has none.
bool shownDirectoriesNamed(MainWindow &window);
// The same for the shown batches' source directories.
bool shownSourceDirectoriesNamed(MainWindow &window);
// The v1 jobs' first page is in, with the names of their directories.
bool jobsShown(MainWindow &window);
// The same for the v2 batches.
bool batchesShown(MainWindow &window);
// A failed batch of the page, for its per-file errors; the first one when none failed.
Batch failedOrFirstBatch(MainWindow &window);

} // namespace Screenshots
} // namespace BatchDeck
