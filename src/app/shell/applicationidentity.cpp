#include "app/shell/applicationidentity.h"

#include "core/englishplurals.h"
#include "core/version.h"

#include <QApplication>
#include <QIcon>

namespace BatchDeck {

void setUpApplicationIdentity()
{
    installEnglishPlurals();
    QApplication::setApplicationName(QStringLiteral("BatchDeck"));
    QApplication::setOrganizationName(QStringLiteral("BatchDeck"));
    QApplication::setApplicationVersion(QStringLiteral(BATCHDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("batchdeck"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/batchdeck.svg")));
}

} // namespace BatchDeck
