#!/bin/sh
# Runs a test on a D-Bus session bus of its own (dbus-run-session), with HOME and the XDG folders
# in a temporary folder that is removed afterwards, so that the user's desktop, its notification
# server and its settings are never touched. Nothing else is on that bus: a test starts what it
# needs there itself (tests/common/notificationstandin.cpp).
#
#   run-with-session-bus.sh COMMAND...
#
# The test reads BATCHDECK_SESSION_BUS_UNDER_TEST ("private") to know it has a bus of its own.
set -eu

[ $# -gt 0 ] || { echo "usage: $0 COMMAND..." >&2; exit 2; }
command -v dbus-run-session >/dev/null || {
    echo "$0: dbus-run-session is missing: install the packages in packaging/debian-packages.txt" >&2
    exit 1
}

scratch_name=session-bus
. "$(dirname "$0")/scratch-home.sh"
# The bus has no service directories: a notification server installed on this machine must not be
# started on it by D-Bus activation (the tests of the fallback need none there).
cat >"$scratch/session.conf" <<CONFIG
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$scratch/run</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONFIG
export BATCHDECK_SESSION_BUS_UNDER_TEST=private
unset DBUS_SESSION_BUS_ADDRESS

status=0
dbus-run-session --config-file="$scratch/session.conf" -- "$@" </dev/null || status=$?
exit "$status"
