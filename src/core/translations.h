#pragma once

#include <QLocale>
#include <QtGlobal>

#include <limits>

namespace BatchDeck {

// Installs on the running QCoreApplication the translation for the first of `locale`'s UI
// languages that BatchDeck has (resources/translations/batchdeck_<lang>.ts, embedded in
// batchdeck_core: German and English), English when it has none of them, and Qt's own texts
// (its dialogs' buttons) for that language when the system has them (qt6-translations-l10n).
// Only words change: the CSV header, JSON field names and the API's values stay English.
// Returns the language installed ("de", "en"), or an empty string when there is no application
// or nothing could be loaded.
QString installTranslations(const QLocale &locale = QLocale());

// Installs the English texts whatever the system's language: the source texts are English, but
// a %n text has one form only, and batchdeck_en.ts holds the singulars ("1 day ago"). For the
// tests and tools whose output must not depend on the machine. Returns false as above.
bool installEnglishPlurals();

// The count to give tr() for `count`, whose plural form it picks: tr() takes an int, a server's
// count may not fit one. A larger count stands in by its last nine digits above 10^9, all that
// plural rules look at; such a text shows the number itself through %1, not %n.
constexpr int pluralFormCount(qint64 count)
{
    constexpr qint64 Nine = 1000000000;
    if (count >= 0 && count <= std::numeric_limits<int>::max())
        return int(count);
    const qint64 lastNine = count % Nine;
    return int(Nine + (lastNine < 0 ? -lastNine : lastNine));
}

} // namespace BatchDeck
