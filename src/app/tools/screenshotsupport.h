#pragma once

#include <QDir>
#include <QString>

#include <functional>

class QWidget;

namespace BatchDeck {

class MainWindow;

namespace Screenshots {

// Calls `then` once `ready` holds, checking as the event loop runs; gives up after 30 s and
// ends the application with exit code 1.
void whenReady(std::function<bool()> ready, std::function<void()> then, int triesLeft = 300);
bool save(QWidget *widget, const QDir &folder, const QString &name);
// A grab of `window` with `popup` (a top-level list, such as a completer's) drawn where it shows:
// a widget's grab leaves out its popups.
bool saveWithPopup(QWidget *window, QWidget *popup, const QDir &folder, const QString &name);
// Every shown job's directory has its name, or the server said it has none.
bool shownDirectoriesNamed(MainWindow &window);
// The same for the shown batches' source directories.
bool shownSourceDirectoriesNamed(MainWindow &window);

} // namespace Screenshots
} // namespace BatchDeck
