#!/usr/bin/env bash
# Runs clazy (level 1, the checks with few false positives; see its README) and clang-tidy (the
# checks in .clang-tidy) on every source file of src/, with the flags of a configured build's
# compile_commands.json, two files at a time per core. Fails, listing the findings, when either
# reports anything. Writes only temporary files.
#   packaging/check-static-analysis.sh BUILD_DIR
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:?usage: check-static-analysis.sh BUILD_DIR}" && pwd)"
[ -f "$build/compile_commands.json" ] ||
    { echo "check-static-analysis: no compile_commands.json in $build; configure it first" >&2; exit 2; }
for tool in clazy-standalone clang-tidy; do
    command -v "$tool" >/dev/null ||
        { echo "check-static-analysis: $tool not found (Debian packages clazy, clang-tidy)" >&2; exit 2; }
done
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

cd "$root"
mapfile -t sources < <(git ls-files 'src/*.cpp')
# Generated headers (moc, uic, version.h) must exist: the build made them.
export CLAZY_CHECKS=level1
# Qt's and the generated files are not the project's to fix.
export CLAZY_IGNORE_DIRS="(/usr/.*|.*_autogen.*)"
analyse() { # FILE: both tools on one file; their findings on standard output
    clazy-standalone -p "$build" --header-filter='/src/' "$1" 2>&1 | grep -E 'warning:|error:' || true
    clang-tidy -p "$build" --quiet "$1" 2>&1 | grep -E 'warning:|error:' || true
}
export -f analyse
export build
printf '%s\0' "${sources[@]}" | xargs -0 -n 1 -P "$(nproc)" bash -c 'analyse "$0"' >"$scratch/findings"
sort -u "$scratch/findings" >"$scratch/unique"
if [ -s "$scratch/unique" ]; then
    cat "$scratch/unique" >&2
    echo "check-static-analysis: clazy or clang-tidy reported $(wc -l <"$scratch/unique") finding(s) above." >&2
    exit 1
fi
echo "check-static-analysis: clazy (level 1) and clang-tidy (.clang-tidy) report nothing on ${#sources[@]} files of src/."
