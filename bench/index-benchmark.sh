#!/usr/bin/env bash
# BatchDeck issue 15's benchmark of the local index: one run on one machine, everything on
# 127.0.0.1, written as the "Index" section at the end of docs/benchmarks.md (the rest of the
# file is left as it is).
#   nice bash bench/index-benchmark.sh          JOBS=100000 RUNS=3 for a quick try
# What it measures:
#   - the first `batchdeck-cli sync` of JOBS demo jobs into a new index: time, CPU, memory and the
#     size of the index file;
#   - an incremental sync after CHANGED of them changed (default 1%): serve-demo --running makes
#     the newest RUNNING jobs running, and running jobs move on with every request the server
#     answers, so that what the first sync saw of them has changed by the second;
#   - bench/index_queries.cpp over the index: the All jobs view's load (count, page, status
#     counts, model) for four sorts with and without filters and for full-text searches, and the
#     Failures view's grouping; every figure the median of RUNS runs.
# It builds what it needs in build/release. The index file is kept (INDEX_DB, default
# build/release/index-benchmark.sqlite) for a look with the sqlite3 shell.
set -euo pipefail
export LC_ALL=C

JOBS=${JOBS:-1000000}
CHANGED=${CHANGED:-$((JOBS / 100))}
# About one running job in eight (the smallest) has finished before the first sync reads it, and
# then does not change again: a few more are started, so that about CHANGED change. The report
# gives the sync's own count.
RUNNING=${RUNNING:-$((CHANGED * 8 / 7))}
RUNS=${RUNS:-7}
PAGE=${PAGE:-100}
LOAD_TARGET_MS=100
GROUPS_TARGET_MS=1000

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build/release
cli=$build/src/cli/batchdeck-cli
queries=$build/bench/bench_index_queries
db=${INDEX_DB:-$build/index-benchmark.sqlite}
report=$root/docs/benchmarks.md
section_title='## Index (issue 15, "All jobs at hand")'
key=llx-batchdeck-demo
work=$(mktemp -d)
notes=()

# shellcheck source=bench/benchmark-lib.sh
. "$root/bench/benchmark-lib.sh"
trap cleanup EXIT
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
started_at=$(date -u '+%Y-%m-%d %H:%M UTC')

say "Building batchdeck-cli and bench_index_queries (Release) in build/release"
generator=()
[[ -f $build/CMakeCache.txt ]] || generator=(-G Ninja)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" "${generator[@]}" "${launcher[@]}" -DCMAKE_BUILD_TYPE=Release \
    -DBATCHDECK_CHECKED_BUILD=OFF -DBATCHDECK_BUILD_BENCHMARKS=ON >"$work/cmake.log" ||
    die "cmake: $(tail -5 "$work/cmake.log")"
nice cmake --build "$build" --target batchdeck-cli bench_index_queries >"$work/build.log" ||
    die "build: $(tail -20 "$work/build.log")"

serve=(--jobs "$JOBS")
if serve_demo_has --running; then
    serve+=(--running "$RUNNING")
else
    notes+=("This serve-demo has no --running: the incremental sync found only the demo's few running jobs changed.")
fi
start_server demo "${serve[@]}"

# server_cpu: the CPU seconds (user + system) serve-demo has used so far.
server_cpu() {
    awk -v tick="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / tick }' \
        "/proc/${server_pid[demo]}/stat"
}

# sync_once NAME: one `batchdeck-cli sync` into the index; its wall time, CPU time and peak
# memory, serve-demo's CPU time meanwhile, and its report (the line "Jobs: …") in
# sync_line[NAME].
declare -A sync_line sync_cpu sync_rss sync_server_cpu
sync_once() {
    local name=$1 started=$EPOCHREALTIME server_before
    server_before=$(server_cpu)
    /usr/bin/time -f '%U %S %M' -o "$work/$name.time" \
        "$cli" sync --db "$db" --base-url "${server_url[demo]}" --api-key "$key" \
        >"$work/$name.log" 2>&1 || {
        tail -5 "$work/$name.log" >&2
        die "sync ($name)"
    }
    add_sample "$name" "$(seconds_since "$started")"
    sync_cpu[$name]=$(awk '{ printf "%.1f", $1 + $2 }' "$work/$name.time")
    sync_rss[$name]=$(awk '{ printf "%.0f", $3 / 1024 }' "$work/$name.time")
    sync_line[$name]=$(grep -m1 '^Jobs:' "$work/$name.log")
    sync_server_cpu[$name]=$(awk -v a="$server_before" -v b="$(server_cpu)" 'BEGIN { printf "%.1f", b - a }')
    say "  $name: $(median "$name") s (${sync_cpu[$name]} s on CPU, ${sync_rss[$name]} MB; serve-demo ${sync_server_cpu[$name]} s on CPU): ${sync_line[$name]}"
}

rm -f "$db" "$db-wal" "$db-shm"
say "First sync of $JOBS jobs into $db"
sync_once first_sync
# The last connection to close checkpoints the WAL into the file and removes it.
db_bytes=$(($(stat -c %s "$db") + $(stat -c %s "$db-wal" 2>/dev/null || echo 0)))
say "  index file: $db_bytes bytes"
say "Incremental sync"
sync_once incremental_sync
stop_server demo

say "Queries over the index ($RUNS runs each)"
nice "$queries" "$db" --runs "$RUNS" --page "$PAGE" >"$work/queries.out" 2>"$work/queries.err" ||
    die "bench_index_queries: $(tail -5 "$work/queries.err")"
cat "$work/queries.out" >&2

# --- the report -----------------------------------------------------------------------------

grouped() { sed -E ':a; s/([0-9])([0-9]{3})($|[^0-9])/\1,\2\3/; ta' <<<"$1"; }
field() { sed -nE "s/.*(^| )$1=([^ ]+).*/\2/p" <<<"$2"; }
percent() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f%%", b ? 100 * a / b : 0 }'; }
# verdict MEASURED TARGET: met when MEASURED ≤ TARGET.
verdict() { awk -v m="$1" -v t="$2" 'BEGIN { print (m <= t ? "met" : "**not met**") }'; }
# The number before WORD in a sync's report ("Jobs: 0 added, 9,512 updated, 0 removed.").
changes() { sed -nE "s/.* ([0-9,]+) $1.*/\1/p" <<<"${sync_line[$2]%%. Batches*}" | tr -d ,; }

corpus=$(grep -m1 '^jobs=' "$work/queries.out")
indexed=$(field jobs "$corpus")
messages=$(field messages "$corpus")
failed=$(field failed "$corpus")

table=()
sync_row() {
    local name=$1 label=$2 s
    read -r s _ <<<"$(stats "$name")"
    table+=("| $label | $s s | | | 1 | sync: ${sync_cpu[$name]} s on CPU, peak ${sync_rss[$name]} MB; serve-demo: ${sync_server_cpu[$name]} s on CPU; ${sync_line[$name]} | | |")
}
sync_row first_sync "First sync of $(grouped "$JOBS") jobs (new index)"
table+=("| Index file after the first sync | $(awk -v b="$db_bytes" 'BEGIN { printf "%.0f MB", b / 1e6 }') | | | | $(awk -v b="$db_bytes" -v n="$indexed" 'BEGIN { printf "%.0f bytes per job", b / n }') | | |")
updated=$(changes updated incremental_sync)
added=$(changes added incremental_sync)
sync_row incremental_sync "Incremental sync, $(grouped "${updated:-0}") jobs changed ($(percent "${updated:-0}" "$indexed")), $(grouped "${added:-0}") new"

while read -r line; do
    id=$(field figure "$line")
    median_ms=$(field median "$line")
    target="" result="" parts=""
    if [[ -n $(field count "$line") ]]; then
        parts="$(field index "$line") / $(field model "$line")"
    fi
    case $id in
    sort_* | search_*)
        target="≤ $LOAD_TARGET_MS ms"
        result=$(verdict "$median_ms" "$LOAD_TARGET_MS")
        ;;
    failure_groups)
        target="≤ $GROUPS_TARGET_MS ms"
        result=$(verdict "$median_ms" "$GROUPS_TARGET_MS")
        ;;
    esac
    rows=$(field rows "$line")
    case $id in
    search_directory_name* | search_names*) matched="$(grouped "$rows") rows ($(percent "$rows" "$indexed") of jobs, by directory or project name)" ;;
    search_*) matched="$(grouped "$rows") rows ($(percent "$rows" "$indexed") of jobs, $(percent "$rows" "$messages") of messages)" ;;
    failure_groups) matched="$(grouped "$rows") failed jobs in $(field groups "$(grep -m1 '^groups=' "$work/queries.out")") groups" ;;
    *) matched="$(grouped "$rows") rows" ;;
    esac
    table+=("| ${line#* label=} | $median_ms ms | $(field min "$line") | $(field max "$line") | $(field runs "$line") | $matched${parts:+; index (status counts, then the page) / model: $parts ms} | $target | $result |")
done < <(grep '^figure=' "$work/queries.out")

{
    if [[ -f $report ]]; then
        # Everything before this section, as it was.
        awk -v title="$section_title" '$0 == title { exit } { print }' "$report" |
            sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
        echo
    fi
    echo "$section_title"
    echo
    echo "Written by \`bench/index-benchmark.sh\` (this section only; the rest of the file is left as it is). Run it again with:"
    echo
    echo '```sh'
    settings=""
    [[ $JOBS == 1000000 ]] || settings+="JOBS=$JOBS "
    [[ $RUNS == 7 ]] || settings+="RUNS=$RUNS "
    [[ $PAGE == 100 ]] || settings+="PAGE=$PAGE "
    echo "${settings}nice bash bench/index-benchmark.sh"
    echo '```'
    echo
    echo "- Date: $started_at"
    echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores; RAM: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
    echo "- Kernel: $(uname -sr); Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?'); SQLite $(field sqlite "$corpus") (the system's, through Qt's QSQLITE driver)"
    echo "- Load average at the start: $load_at_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg) (a shared machine: other work ran beside this one)"
    echo "- Server: \`batchdeck-cli serve-demo ${serve[*]}\` on 127.0.0.1. The index holds $(grouped "$indexed") jobs: $(grouped "$failed") failed ($(percent "$failed" "$indexed")), $(grouped "$messages") with an error message ($(percent "$messages" "$indexed"))"
    echo "- Queries: pages of $PAGE rows, sidebar filter \"failed or cancelled, last 7 days\"; every query figure is the median of $RUNS runs after one warm-up run, with the file in the page cache"
    echo
    echo "| Figure | Median | Min | Max | Runs | Measured | Target | Result |"
    echo "|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${table[@]}"
    echo
    echo "### How each figure is taken"
    echo
    echo "- **Syncs**: wall time of \`batchdeck-cli sync --db FILE\` (Release build, default concurrency) against serve-demo; CPU time and peak memory of the sync process from \`/usr/bin/time\`, serve-demo's CPU time over the same span from \`/proc\`. Both run on the same two cores, beside other people's work; the wall time includes waiting for a core. The first sync starts from no file. The incremental one follows it at once: serve-demo --running makes the newest jobs running, and running jobs move on with every request answered, so what the first sync saw of them (its first pages, at the start of it) has changed by then; the count of changed jobs is the sync's own report. One run each."
    echo "- **Index file**: its size after the first sync (the WAL is checkpointed into it when the sync closes the index)."
    echo "- **Loads** (\`bench/index_queries.cpp\`): what \`AllJobsView::load()\` does, from the first query to the model's rows: \`IndexReader::jobsPage\` (the sidebar's counts by status, kept by triggers when only statuses filter, which give the total, then one page, sorted as found when the total is small and read along an order's index when it is large) and \`JobTableModel::setJobs\` of the page into an empty model. The Measured column splits the median into those two parts (each its own median, so they need not add up exactly). SQLite's statistics are those of the ANALYZE a sync runs after 10,000 rows came or went."
    echo "- **Searches**: the search box's text as \`IndexQuery::text\`: each word a full-text prefix match in the error message (FTS5), or every word in the name of the job's directory or project (the names a sync read, looked up first and bound as IDs), or the start of the job ID. The demo's catalog has 13 directories and 3 projects: \"bank statements\" names one directory, \"invoices\" a directory and the project holding most jobs."
    echo "- **Failure groups**: \`IndexReader::failureGroups\` with no filter, as the Failures view asks: the grouped query over every failed job, then the newest job of each group."
    if ((${#notes[@]})); then
        echo
        echo "Left out in this run:"
        echo
        for note in "${notes[@]}"; do echo "- $note"; done
    fi
} >"$work/report.md"
mv "$work/report.md" "$report"
say "Wrote the Index section of docs/benchmarks.md; the index is kept at $db"
