#!/usr/bin/env bash
# Fails when lupdate cannot read a translatable string in src/ or ui/: a tr() it cannot place
# ("Cannot invoke tr() like this", "Class 'X' lacks Q_OBJECT macro"), stray meta data
# ("Discarding unconsumed meta data"), or any other warning; when a .ts in resources/translations
# is not what lupdate makes of the sources; when German has an unfinished entry; when a counted
# text has no English plural forms. Writes only temporary files.
#   packaging/check-translations.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="${LUPDATE:-}"
if [ -z "$lupdate" ]; then
    for candidate in lupdate6 /usr/lib/qt6/bin/lupdate "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && command -v "$candidate" >/dev/null; then
            lupdate="$candidate"
            break
        fi
    done
fi
if [ -z "$lupdate" ]; then
    echo "check-translations: lupdate not found (Debian package qt6-l10n-tools)" >&2
    exit 2
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

cd "$root"
# lupdate prints its progress ("Scanning directory", "Updating", "Found N source text(s)") and
# its findings on the same streams: anything else is a finding.
"$lupdate" src ui -locations none -ts "$scratch/check.ts" >"$scratch/output" 2>&1
problems="$(grep -vE '^(Scanning directory |Updating |    Found [0-9]+ source text)' \
    "$scratch/output" || true)"
if [ -n "$problems" ]; then
    echo "$problems" >&2
    echo "check-translations: lupdate reported the problems above." >&2
    exit 1
fi

# Each .ts must be what lupdate makes of today's sources (no text missing, none left over), as
# the build's batchdeck_core_lupdate target writes it.
for ts in resources/translations/batchdeck_*.ts; do
    cp "$ts" "$scratch/current.ts"
    "$lupdate" src ui -locations none -no-obsolete -ts "$scratch/current.ts" >/dev/null 2>&1
    if ! cmp -s "$ts" "$scratch/current.ts"; then
        diff -u "$ts" "$scratch/current.ts" | head -40 >&2
        echo "check-translations: $ts is not current with the sources: build the target" \
            "batchdeck_core_lupdate (cmake --build build/test --target batchdeck_core_lupdate)," \
            "then translate what it marks unfinished." >&2
        exit 1
    fi
done

# German is complete: no entry unfinished.
unfinished="$(grep -c 'type="unfinished"' resources/translations/batchdeck_de.ts || true)"
if [ "$unfinished" -ne 0 ]; then
    echo "check-translations: resources/translations/batchdeck_de.ts has $unfinished unfinished" \
        "entries; translate them (linguist, or by hand)." >&2
    exit 1
fi

# A count in a sentence ("%n jobs") has one source form; its English singular comes only from
# resources/translations/batchdeck_en.ts, whose other entries stay empty on purpose. Every
# numerus text must be finished there, or the user reads "1 jobs".
unfinished_numerus="$(awk '/<name>/ { c = $0; gsub(/.*<name>|<\/name>.*/, "", c) }
    /<message numerus="yes"/ { n = 1 }
    /<source>/ && n { s = $0; gsub(/.*<source>|<\/source>.*/, "", s) }
    /<translation type="unfinished">/ && n { print c "\t" s }
    /<\/message>/ { n = 0 }' resources/translations/batchdeck_en.ts)"
if [ -n "$unfinished_numerus" ]; then
    echo "$unfinished_numerus" >&2
    echo "check-translations: these counted texts (context, source) have no English plural forms" \
        "in resources/translations/batchdeck_en.ts." >&2
    exit 1
fi
echo "check-translations: lupdate read every translatable string in src/ and ui/ without a warning;"
echo "both .ts files are current, German has every text, and every counted text has its English"
echo "plural forms."
