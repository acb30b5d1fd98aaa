#include "core/englishplurals.h"

#include <QCoreApplication>
#include <QTranslator>

namespace BatchDeck {

bool installEnglishPlurals()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return false;
    // Installed whatever the system language: English is the only language shipped, and the
    // source texts alone would say "1 days ago".
    auto *translator = new QTranslator(app);
    if (!translator->load(QStringLiteral(":/i18n/batchdeck_en.qm"))
        || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace BatchDeck
