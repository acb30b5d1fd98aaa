# Sourced by the run-with-*.sh launchers: HOME and the XDG folders in a new temporary folder,
# $scratch, removed when the launcher exits, so that a test never touches the user's own
# settings, keyring or session bus. Usage: scratch_name=NAME; . scratch-home.sh (NAME names the
# folder; sh passes no arguments to a sourced file).
scratch=$(mktemp -d "${TMPDIR:-/tmp}/batchdeck-$scratch_name.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
trap 'exit 143' HUP INT TERM
export HOME="$scratch/home"
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
