#!/usr/bin/env bash
# Fails when lupdate cannot read a translatable string in src/ or ui/: a tr() it cannot place
# ("Cannot invoke tr() like this", "Class 'X' lacks Q_OBJECT macro"), stray meta data
# ("Discarding unconsumed meta data"), or any other warning. Writes only a temporary .ts.
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

# A count in a sentence ("%n jobs") has one source form; its English singular comes only from
# resources/translations/batchdeck_en.ts. Every numerus text must have its entry there, under
# its class's context, or the user reads "1 jobs".
numerus_messages() {
    awk '/<name>/ { c = $0; gsub(/.*<name>|<\/name>.*/, "", c) }
         /<message numerus="yes"/ { n = 1 }
         /<source>/ && n { s = $0; gsub(/.*<source>|<\/source>.*/, "", s); print c "\t" s; n = 0 }' \
        "$1" | sort -u
}
missing="$(comm -23 <(numerus_messages "$scratch/check.ts") \
    <(numerus_messages resources/translations/batchdeck_en.ts))"
if [ -n "$missing" ]; then
    echo "$missing" >&2
    echo "check-translations: these counted texts (context, source) have no English plural forms" \
        "in resources/translations/batchdeck_en.ts." >&2
    exit 1
fi
echo "check-translations: lupdate read every translatable string in src/ and ui/ without a warning;"
echo "every counted text has its English plural forms."
