#!/usr/bin/env bash
# ctest packaging_files: what `cmake --install` lays out, and that a distribution's validators
# accept it: desktop-file-validate, appstreamcli (--no-net: nothing here leaves loopback), the
# one app ID in every file, and CHANGELOG.md's newest release being the project's version.
#   check-packaging.sh BUILD_DIR SOURCE_DIR VERSION RELEASE_DATE APP_ID
set -euo pipefail
build="$1" source="$2" version="$3" release_date="$4" app_id="$5"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "check-packaging: $*" >&2; exit 1; }

DESTDIR="$scratch/root" cmake --install "$build" --prefix /usr >"$scratch/install.log" 2>&1 ||
    { cat "$scratch/install.log" >&2; fail "cmake --install failed"; }
root="$scratch/root/usr"
expected=(
    bin/batchdeck bin/batchdeck-cli
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    share/man/man1/batchdeck-cli.1.gz share/man/man1/batchdeck.1.gz
    share/doc/batchdeck/copyright share/doc/batchdeck/changelog.gz share/doc/batchdeck/README.md
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    [ -f "$root/$path" ] || fail "cmake --install did not lay out $path"
done
for size in 16 48 256; do
    file "$root/share/icons/hicolor/${size}x${size}/apps/$app_id.png" | grep -q "$size x $size" ||
        fail "the ${size}x${size} icon is not $size pixels square"
done
echo "cmake --install: ${#expected[@]} files where GNUInstallDirs puts them"

desktop="$root/share/applications/$app_id.desktop"
metainfo="$root/share/metainfo/$app_id.metainfo.xml"
# Its hints count too: a clean file draws no output at all.
desktop_findings="$(desktop-file-validate "$desktop" 2>&1)" || true
[ -z "$desktop_findings" ] || { echo "$desktop_findings" >&2; fail "desktop-file-validate has findings"; }
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file's Icon is not $app_id"
appstreamcli validate --no-net --pedantic "$metainfo" >"$scratch/appstream.log" 2>&1 ||
    { cat "$scratch/appstream.log" >&2; fail "appstreamcli validate found problems"; }
grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo's <id> is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $app_id.desktop"
grep -q "<release version=\"$version\" date=\"$release_date\"" "$metainfo" ||
    fail "the metainfo's release is not $version of $release_date"
echo "desktop-file-validate and appstreamcli validate: no findings"

newest="$(grep -m1 -E '^## \[[0-9]' "$source/CHANGELOG.md" || true)"
[ "$newest" = "## [$version] - $release_date" ] ||
    fail "CHANGELOG.md's newest release is \"$newest\", not \"## [$version] - $release_date\" as in CMakeLists.txt"
echo "CHANGELOG.md's newest release is $version of $release_date, as CMakeLists.txt says"

# A server without a desktop: the core and the CLI alone ask for no GUI part of Qt, no keychain
# and no Qt Test (a configure in a scratch folder; tests/CMakeLists.txt leaves the window's out).
cmake -S "$source" -B "$scratch/cli-only" -G Ninja -DBATCHDECK_BUILD_APP=OFF -DBATCHDECK_BUILD_TESTS=OFF \
    >"$scratch/cli-only.log" 2>&1 || { cat "$scratch/cli-only.log" >&2; fail "the CLI-only configure failed"; }
found="$(grep -E '^(Qt6Widgets|Qt6Gui|Qt6Charts|Qt6DBus|Qt6Test|Qt6Keychain)_DIR:PATH=/' \
    "$scratch/cli-only/CMakeCache.txt" || true)"
[ -z "$found" ] || fail "-DBATCHDECK_BUILD_APP=OFF still looks for: $found"
grep -qx '# Object build statements for EXECUTABLE target batchdeck-cli' "$scratch/cli-only/build.ninja" ||
    fail "the CLI-only build has no batchdeck-cli"
! grep -qx '# Object build statements for EXECUTABLE target batchdeck' "$scratch/cli-only/build.ninja" ||
    fail "the CLI-only build builds the app"
echo "-DBATCHDECK_BUILD_APP=OFF: the core and the CLI, without Qt Widgets, Gui, Charts, DBus, Test or Qt Keychain"
