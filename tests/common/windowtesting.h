#pragma once

#include <QString>

namespace BatchDeck::Testing {

// For a test that opens the window: settings in `settingsPath` (a folder of the test's own, as
// an INI file) and no key or server taken from the environment, so that the test neither reads
// nor changes the user's.
void isolateWindowTest(const QString &settingsPath);

// Forgets every setting, so that each test function starts as on a first run. Tests read and
// write single settings through AppSettings, never by their keys.
void clearSettings();

} // namespace BatchDeck::Testing
