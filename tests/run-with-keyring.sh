#!/bin/sh
# Runs a test against a real Secret Service: its own D-Bus session with a fresh, unlocked GNOME
# Keyring. HOME and the XDG folders point into a temporary folder that is removed afterwards, so
# the user's own keyring, settings and session bus are never touched.
#
#   run-with-keyring.sh COMMAND...                 with a private GNOME Keyring
#   run-with-keyring.sh --no-keychain COMMAND...   with no session bus at all (no keychain)
#
# The test reads BATCHDECK_KEYCHAIN_UNDER_TEST ("gnome-keyring" or "none") to know which it got.
set -eu

mode=gnome-keyring
if [ "${1:-}" = "--no-keychain" ]; then
    mode=none
    shift
fi
[ $# -gt 0 ] || { echo "usage: $0 [--no-keychain] COMMAND..." >&2; exit 2; }

scratch_name=keyring
. "$(dirname "$0")/scratch-home.sh"
# Qt Keychain prefers KWallet on KDE desktops; these tests are about the Secret Service.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_KEYRING_CONTROL
export BATCHDECK_KEYCHAIN_UNDER_TEST="$mode"

status=0
if [ "$mode" = none ]; then
    # A bus address where nothing listens (and no bus socket in XDG_RUNTIME_DIR either).
    DBUS_SESSION_BUS_ADDRESS="unix:path=$scratch/no-bus-here" "$@" </dev/null || status=$?
    exit "$status"
fi

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || {
        echo "$0: $tool is missing: install the packages in packaging/debian-packages.txt" >&2
        exit 1
    }
done
unset DBUS_SESSION_BUS_ADDRESS
# gnome-keyring-daemon --unlock creates the "login" keyring with this password and unlocks it.
# It returns before it owns org.freedesktop.secrets on the bus; a request made before that would
# have D-Bus start a second daemon, whose keyring is locked. So wait for the name (up to 60 s).
dbus-run-session -- sh -c '
    printf batchdeck-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -ge 600 ]; then
            echo "run-with-keyring.sh: gnome-keyring-daemon did not appear on the session bus" >&2
            exit 1
        fi
        sleep 0.1
    done
    exec "$@"' run-with-keyring "$@" </dev/null || status=$?
exit "$status"
