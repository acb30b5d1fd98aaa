#include "app/shell/applicationidentity.h"

#include "core/translations.h"
#include "core/version.h"

#include <QApplication>
#include <QIcon>

namespace BatchDeck {

void setUpApplicationIdentity()
{
    installTranslations();
    QApplication::setApplicationName(QStringLiteral("BatchDeck"));
    // The organisation's name keeps the settings and the index where earlier versions put them
    // (~/.config/BatchDeck); its domain makes the app ID where a platform names settings by it.
    QApplication::setOrganizationName(QStringLiteral("BatchDeck"));
    QApplication::setOrganizationDomain(QStringLiteral(BATCHDECK_ORGANIZATION_DOMAIN));
    QApplication::setApplicationVersion(QStringLiteral(BATCHDECK_VERSION));
    // The desktop file's name, so that a Wayland compositor or a task bar matches the window to
    // its launcher and icon.
    QApplication::setDesktopFileName(QStringLiteral(BATCHDECK_APP_ID));
    // The installed icon theme's copy when there is one, else the one built in.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(BATCHDECK_APP_ID),
                                                 QIcon(QStringLiteral(":/icons/batchdeck.svg"))));
}

} // namespace BatchDeck
