#!/usr/bin/env bash
# Installs a built .deb with apt-get (which brings its dependencies), uses what it installed
# (batchdeck-cli --version, an export from the built-in demo server, the man page, the app under
# Xvfb for a few seconds), then purges it and every package it brought, and checks that nothing
# is left: none of its files, and the same installed packages as before. Run as root or with sudo.
#   packaging/try-package.sh build/package/batchdeck_0.1.0_amd64.deb
set -euo pipefail

deb="$(realpath "$1")"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
installed_packages() { dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 == "ii" { print $2 }' | sort; }

installed_packages >"$scratch/before"
if grep -qx batchdeck "$scratch/before"; then
    echo "try-package: batchdeck is installed already; remove it first (apt-get purge batchdeck)." >&2
    exit 1
fi
echo "== apt-get install $deb"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
dpkg-query -L batchdeck | sort >"$scratch/files"
comm -13 "$scratch/before" <(installed_packages) >"$scratch/brought"
echo "installed: batchdeck $(dpkg-query -W -f='${Version}' batchdeck), $(wc -l <"$scratch/files") paths;" \
    "packages brought: $(grep -vx batchdeck "$scratch/brought" | tr '\n' ' ')"

# The programs run with a throwaway home, so that nothing of theirs stays behind either.
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_CACHE_HOME="$scratch/home/.cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$scratch"

echo "== batchdeck-cli --version"
/usr/bin/batchdeck-cli --version
echo "== batchdeck-cli export --demo --max-rows 10"
/usr/bin/batchdeck-cli export --demo --max-rows 10 --output "$scratch/jobs.csv"
rows=$(($(wc -l <"$scratch/jobs.csv") - 1))
head -2 "$scratch/jobs.csv" | cut -c1-100
[ "$rows" -eq 10 ] || { echo "try-package: the export wrote $rows rows, not 10." >&2; exit 1; }
echo "== man batchdeck-cli"
man -w batchdeck-cli
MANWIDTH=80 man batchdeck-cli 2>&1 | head -4
echo "== batchdeck --demo under Xvfb for 8 seconds"
set +e
xvfb-run -a -s "-screen 0 1280x800x24" timeout 8 /usr/bin/batchdeck --demo >"$scratch/app.log" 2>&1
app_status=$?
set -e
# timeout's 124: the app was still running when the 8 seconds were up.
if [ "$app_status" -ne 124 ]; then
    echo "try-package: batchdeck ended by itself after less than 8 s (exit $app_status):" >&2
    cat "$scratch/app.log" >&2
    exit 1
fi
echo "batchdeck ran for 8 seconds and was stopped."

echo "== apt-get purge"
mapfile -t brought <"$scratch/brought"
DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -qq "${brought[@]}" >/dev/null
left=()
while read -r path; do
    [ -e "$path" ] && [ ! -d "$path" ] && left+=("$path")
done <"$scratch/files"
if [ ${#left[@]} -gt 0 ]; then
    echo "try-package: left behind after the purge: ${left[*]}" >&2
    exit 1
fi
if ! diff <(installed_packages) "$scratch/before" >/dev/null; then
    echo "try-package: the installed packages differ from before:" >&2
    diff <(installed_packages) "$scratch/before" >&2 || true
    exit 1
fi
echo "try-package: installed, ran and removed $(basename "$deb"); nothing is left behind."
