#include "windowtesting.h"

#include <QCoreApplication>
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
}

void clearSettings()
{
    QSettings().clear();
}

} // namespace BatchDeck::Testing
