#pragma once

#include <QObject>
#include <QString>

namespace BatchDeck::Testing {

// For a test that opens the window: settings in `settingsPath` (a folder of the test's own, as
// an INI file) and no key or server taken from the environment, so that the test neither reads
// nor changes the user's.
void isolateWindowTest(const QString &settingsPath);

// Forgets every setting, so that each test function starts as on a first run. Tests read and
// write single settings through AppSettings, never by their keys.
void clearSettings();

// The descendant of `parent` named `name` (a .ui object name), or null with a warning naming
// it, so that a renamed widget shows in the test's output rather than as a bare null.
template<typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

} // namespace BatchDeck::Testing
