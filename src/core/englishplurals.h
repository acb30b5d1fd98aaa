#pragma once

#include <QtGlobal>

#include <limits>

namespace BatchDeck {

// Installs the English plural forms ("1 day ago", "2 days ago") on the running
// QCoreApplication. The source texts are English, but a %n text has one form only; this client
// ships its singulars in resources/translations/batchdeck_en.ts, embedded in batchdeck_core.
// Returns false when there is no application or the translation could not be loaded.
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
