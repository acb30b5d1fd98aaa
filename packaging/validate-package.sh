#!/usr/bin/env bash
# Checks a built .deb the way a distribution would: its desktop file (desktop-file-validate), its
# AppStream metainfo (appstreamcli, without the network: nothing here leaves loopback) and the
# package itself (lintian: no errors; warnings are printed). Prints what each validator said.
#   packaging/validate-package.sh build/package/batchdeck_0.1.0_amd64.deb
set -euo pipefail

deb="$(realpath "$1")"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch/root"

status=0
echo "== desktop-file-validate"
for desktop in "$scratch"/root/usr/share/applications/*.desktop; do
    findings="$(desktop-file-validate "$desktop" 2>&1)" || status=1
    if [ -n "$findings" ]; then
        echo "$findings"
        status=1
    else
        echo "$(basename "$desktop"): no findings"
    fi
done
echo "== appstreamcli validate --no-net"
for metainfo in "$scratch"/root/usr/share/metainfo/*.metainfo.xml; do
    appstreamcli validate --no-net --pedantic "$metainfo" || status=1
done
echo "== lintian"
# --fail-on error: warnings and infos are shown (--info) but only an error fails.
lintian --info --fail-on error --no-tag-display-limit "$deb" || status=1
[ "$status" -eq 0 ] && echo "validate-package: $(basename "$deb") passed every validator."
exit "$status"
