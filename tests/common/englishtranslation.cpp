// Every test runs with the English plural forms, as the app and the CLI do.
#include "core/translations.h"

#include <QCoreApplication>

namespace {

void installPlurals()
{
    if (!BatchDeck::installEnglishPlurals())
        qFatal("The English plural forms (:/i18n/batchdeck_en.qm) could not be loaded");
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installPlurals)
