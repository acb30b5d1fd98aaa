#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace BatchDeck {

namespace {

constexpr QLatin1StringView TranslationsFolder(":/i18n");

bool installOwned(QTranslator *translator)
{
    if (translator->isEmpty() || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

QString installTranslations(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return {};
    // The first of the user's languages that there is a batchdeck_<language>.qm for; English
    // (never absent) when none is, which QTranslator::load() would not fall back to by itself.
    auto *own = new QTranslator(app);
    if (!own->load(locale, QStringLiteral("batchdeck"), QStringLiteral("_"), TranslationsFolder)
        && !own->load(QStringLiteral("batchdeck_en"), TranslationsFolder)) {
        delete own;
        return {};
    }
    QString language = own->language().section(u'_', 0, 0);
    if (!installOwned(own))
        return {};
    // Qt's own words (QDialogButtonBox's "Cancel", the file dialog) in the same language; none
    // are needed for English, and a system without Debian's qt6-translations-l10n has none.
    if (language != u"en") {
        auto *qt = new QTranslator(app);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            installOwned(qt);
        else
            delete qt;
    }
    return language;
}

bool installEnglishPlurals()
{
    return installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)) == u"en";
}

} // namespace BatchDeck
