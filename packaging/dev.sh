#!/usr/bin/env bash
# One entry point for the README's commands:
#   packaging/dev.sh run   installs what is missing, builds, opens BatchDeck on the built-in demo data
#   packaging/dev.sh test  installs what is missing (Debian packages, then Prism into ~/.cache with
#                          packaging/install-prism.sh), checks that includes keep the rooms' order
#                          (packaging/check-includes.sh) and that lupdate sees every string
#                          (packaging/check-translations.sh), that clang-format leaves the tree as it is,
#                          builds the checked build (sanitizers, -Werror), runs every test, runs
#                          each fuzz target for a few seconds (fuzz/run.sh), then has clazy and
#                          clang-tidy read src/ (packaging/check-static-analysis.sh)
#   packaging/dev.sh package  installs what is missing, builds the .deb in build/package (Release,
#                          Debian's hardening flags) and validates it: desktop-file-validate,
#                          appstreamcli and lintian. packaging/try-package.sh then installs it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
package_list="$root/packaging/debian-packages.txt"

# A package counts as present when it is installed or when an installed package provides it
# (NodeSource's nodejs provides npm and conflicts with Debian's npm, which must then not be installed).
package_present() {
    local status provided
    status="$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)"
    [ "$status" = "install ok installed" ] && return 0
    provided="$(dpkg-query -W -f='${Status}\t${Provides}\n' 2>/dev/null |
        awk -F'\t' '$1 == "install ok installed" { print $2 }' | tr ',' '\n' | awk '{ print $1 }')"
    grep -qxF "$1" <<<"$provided"
}

install_missing_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -vE '^\s*(#|$)' "$package_list")
    for package in "${wanted[@]}"; do
        package_present "$package" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing missing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local build_dir="$1"
    shift
    cmake -S "$root" -B "$build_dir" -G Ninja "$@" >/dev/null
    cmake --build "$build_dir" --parallel "$(nproc)"
}

case "${1:-}" in
run)
    shift
    install_missing_packages
    configure_and_build "$root/build/release" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBATCHDECK_BUILD_TESTS=OFF
    app="$root/build/release/src/app/batchdeck"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running BatchDeck inside Xvfb."
        exec xvfb-run -a "$app" --demo "$@"
    fi
    exec "$app" --demo "$@"
    ;;
test)
    install_missing_packages
    "$root/packaging/check-includes.sh"
    "$root/packaging/check-translations.sh"
    "$root/packaging/install-prism.sh" >/dev/null
    # The tree as .clang-format lays it out (git ls-files: only what is committed or staged).
    (cd "$root" && git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror)
    configure_and_build "$root/build/test" -DCMAKE_BUILD_TYPE=Debug -DBATCHDECK_CHECKED_BUILD=ON
    cd "$root/build/test"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 300
    "$root/fuzz/run.sh" 5
    # Last, as the slowest (about 15 minutes on 2 cores); it reads the headers moc and uic
    # generated in the build.
    "$root/packaging/check-static-analysis.sh" "$root/build/test"
    ;;
package)
    install_missing_packages
    # Debian's own compiler and linker flags (fortify, stack protector, relro, now, PIE), as a
    # package built by dpkg-buildpackage would have them; CMake reads CPPFLAGS from none of them.
    eval "$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --export=sh)"
    export CXXFLAGS="$CPPFLAGS $CXXFLAGS"
    configure_and_build "$root/build/package" -DCMAKE_BUILD_TYPE=None -DCMAKE_INSTALL_PREFIX=/usr \
        -DBATCHDECK_BUILD_TESTS=OFF
    rm -f "$root"/build/package/batchdeck_*.deb
    (cd "$root/build/package" && cpack -G DEB >/dev/null)
    "$root/packaging/validate-package.sh" "$root"/build/package/batchdeck_*.deb
    ;;
*)
    echo "usage: $0 run|test|package" >&2
    exit 2
    ;;
esac
