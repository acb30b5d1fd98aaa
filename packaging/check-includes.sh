#!/usr/bin/env bash
# Fails when an #include in src/ goes the wrong way between rooms (CONTRIBUTING.md, "Rooms").
#
# Includes are rooted at src/ ("core/jobs/jobpager.h"), so the room of every include is in its
# path. A file may include its own room and any room ranked lower in its part; rooms of equal
# rank (jobs and batches, say) do not include each other. Across parts: app and the CLI may
# include core, index and demo, index core, and core and demo nothing but themselves. Generated
# form headers (ui_*.h) are the app's own.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Rank of a room within its part; a part/room not listed here is refused.
rank() {
    case "$1" in
    core) echo -1 ;; # the generated version.h and translations.h, below every room
    core/api) echo 0 ;;
    core/json) echo 1 ;;
    core/paging) echo 2 ;;
    core/jobs | core/batches | core/catalog) echo 3 ;;
    core/export | core/watch) echo 4 ;;
    index/failures) echo 0 ;;
    index/store) echo 1 ;;
    index/sync | index/query) echo 2 ;;
    app/common) echo 0 ;;
    app/connection | app/export | app/index | app/watch) echo 1 ;;
    app/jobs | app/batches) echo 2 ;;
    app/indexviews) echo 3 ;;
    app/shell) echo 4 ;;
    app/tools | app) echo 5 ;;
    cli) echo 0 ;;
    demo) echo 0 ;;
    *) echo "" ;;
    esac
}

# The room of a path below src/: "core/jobs" for core/jobs/jobpager.h, "cli" for cli/main.cpp.
room_of() {
    local path="$1" part rest
    part="${path%%/*}"
    rest="${path#*/}"
    case "$part" in
    core | app | index)
        if [[ "$rest" == */* ]]; then echo "$part/${rest%%/*}"; else echo "$part"; fi
        ;;
    *) echo "$part" ;;
    esac
}

# Which parts each part may include.
part_may_include() {
    case "$1:$2" in
    core:core | demo:demo | index:index | index:core) return 0 ;;
    cli:cli | cli:core | cli:index | cli:demo | app:app | app:core | app:index | app:demo) return 0 ;;
    *) return 1 ;;
    esac
}

failures=0
fail() {
    echo "$1" >&2
    failures=$((failures + 1))
}

cd "$root/src"
while IFS= read -r file; do
    from_room="$(room_of "$file")"
    from_rank="$(rank "$from_room")"
    [ -n "$from_rank" ] || fail "$file: room $from_room is not in packaging/check-includes.sh"
    while IFS=: read -r line included; do
        case "$included" in
        ui_*.h | moc_*.cpp | *.moc) continue ;;
        esac
        if [[ "$included" != */* ]] || { [ ! -f "$included" ] && [ ! -f "$included.in" ]; }; then
            fail "src/$file:$line: #include \"$included\" is not a path from src/"
            continue
        fi
        to_room="$(room_of "$included")"
        [ "$to_room" = "$from_room" ] && continue
        if ! part_may_include "${from_room%%/*}" "${to_room%%/*}"; then
            fail "src/$file:$line: ${from_room%%/*} may not include ${to_room%%/*} (\"$included\")"
            continue
        fi
        [ "${from_room%%/*}" != "${to_room%%/*}" ] && continue
        to_rank="$(rank "$to_room")"
        if [ -z "$to_rank" ] || [ "$to_rank" -ge "$from_rank" ]; then
            fail "src/$file:$line: $from_room may not include $to_room (\"$included\"): rooms include only lower ones"
        fi
    done < <(grep -n '^\s*#\s*include\s*"' "$file" | sed -E 's/^([0-9]+):.*"([^"]+)".*/\1:\2/')
done < <(find core index app cli demo -name '*.h' -o -name '*.cpp' | sort)

if [ "$failures" -gt 0 ]; then
    echo "check-includes: $failures include(s) go the wrong way; see CONTRIBUTING.md, \"Rooms\"." >&2
    exit 1
fi
echo "check-includes: every include in src/ goes to its own room or a lower one."
