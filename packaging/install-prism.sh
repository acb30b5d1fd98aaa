#!/usr/bin/env bash
# Installs Prism (the OpenAPI mock server tests/spec/prism_check.sh uses) at the exact versions
# of tests/spec/package-lock.json, into a cache folder outside the repo:
#   ${BATCHDECK_PRISM_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/batchdeck/prism}
# Quick when already installed: npm runs only when the lock file's hash differs from the one
# recorded by the last successful install. Prints the path of the prism executable.
#   packaging/install-prism.sh          install if missing or out of date
#   packaging/install-prism.sh --check  install nothing; fail with a sentence if missing or out of date
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
spec_dir="$root/tests/spec"
prism_dir="${BATCHDECK_PRISM_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/batchdeck/prism}"
prism="$prism_dir/node_modules/.bin/prism"
stamp="$prism_dir/installed-lock.sha256"

fail() {
    echo "install-prism: $*" >&2
    exit 1
}

command -v node >/dev/null || fail "node is not installed; install the Debian packages in packaging/debian-packages.txt (packaging/dev.sh test does)."
command -v npm >/dev/null || fail "npm is not installed; install the Debian packages in packaging/debian-packages.txt (packaging/dev.sh test does)."

wanted_hash="$(cat "$spec_dir/package.json" "$spec_dir/package-lock.json" | sha256sum | cut -d' ' -f1)"
if [ -x "$prism" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$wanted_hash" ]; then
    echo "$prism"
    exit 0
fi
if [ "${1:-}" = "--check" ]; then
    fail "Prism is not installed in $prism_dir, or not at the versions of tests/spec/package-lock.json; run packaging/install-prism.sh (packaging/dev.sh test does)."
fi

echo "Installing Prism from tests/spec/package-lock.json into $prism_dir" >&2
mkdir -p "$prism_dir"
rm -f "$stamp"
cp "$spec_dir/package.json" "$spec_dir/package-lock.json" "$prism_dir/"
# --ignore-scripts: nothing in the lock needs an install script, and none should run unasked.
if ! npm ci --prefix "$prism_dir" --ignore-scripts --no-audit --no-fund --loglevel=error >&2; then
    fail "npm could not install Prism (is the npm registry $(npm config get registry) reachable?). The spec check (ctest spec_prism) needs it; run packaging/install-prism.sh again once npm works."
fi
[ -x "$prism" ] || fail "npm finished but $prism is missing; remove $prism_dir and run packaging/install-prism.sh again."
"$prism" --version >/dev/null || fail "$prism does not run with $(node --version); tests/spec/package.json pins a Prism that needs node 18.20.1 or newer."
echo "$wanted_hash" >"$stamp"
echo "$prism"
