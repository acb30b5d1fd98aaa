#include "windowtesting.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>

namespace BatchDeck::Testing {

void isolateWindowTest(const QString &settingsPath)
{
    qunsetenv("LLAMA_CLOUD_API_KEY");
    qunsetenv("LLAMA_PARSE_API_KEY");
    qunsetenv("LLAMA_CLOUD_BASE_URL");
    QCoreApplication::setOrganizationName(QStringLiteral("BatchDeckTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsPath);
    // The local index goes to the test's own folder, never to the user's data folder.
    qputenv("XDG_DATA_HOME", QFile::encodeName(settingsPath + QStringLiteral("/data")));
}

void clearSettings()
{
    QSettings settings;
    settings.clear();
    // Without the local index unless a test turns it on: its sync in the background would add
    // requests to those a test counts. (AppSettings is the app's; the key is written here.)
    settings.setValue(QStringLiteral("index/enabled"), false);
}

} // namespace BatchDeck::Testing
