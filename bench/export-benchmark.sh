#!/usr/bin/env bash
# BatchDeck issue 14's benchmark: one run on one machine, everything on 127.0.0.1, every figure
# the median of RUNS runs (with min and max), written to docs/benchmarks.md.
#   nice bash bench/export-benchmark.sh          RUNS=2 for a quick try (default 5)
# What it measures, side by side:
#   - batchdeck-cli export of JOBS jobs (CSV to a file) at 0 and 150 ms per request, page after
#     page (--concurrency 1) and at its default concurrency;
#   - the same export with the official TypeScript SDK (bench/sdk-export.mjs), and the floor:
#     curl fetching the same pages one after another, and 6 at once;
#   - peak resident memory of the export at JOBS and BIG_JOBS jobs;
#   - against a server that answers 429 above 3 requests in flight, how many requests were refused;
#   - the window (bench/window_stalls.cpp): 1,000-row page painted, GUI-thread stalls, start-up.
# It builds what it needs in build/release and installs the SDK with npm into a cache folder.
# Options serve-demo or export do not have yet (--latency-ms, --max-in-flight, --concurrency)
# leave their rows out, with a note.
set -euo pipefail
export LC_ALL=C

RUNS=${RUNS:-5}
JOBS=${JOBS:-100000}
BIG_JOBS=${BIG_JOBS:-1000000}
SLOW_MS=${SLOW_MS:-150}
SDK_VERSION=2.13.0 # the last @llamaindex/llama-cloud with beta.batch

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build/release
cli=$build/src/cli/batchdeck-cli
benchwin=$build/bench/batchdeck-bench-window
sdk_prefix=${XDG_CACHE_HOME:-$HOME/.cache}/batchdeck-bench
key=llx-batchdeck-demo
work=$(mktemp -d)
notes=()

# shellcheck source=bench/benchmark-lib.sh
. "$root/bench/benchmark-lib.sh"
# shellcheck source=bench/benchmark-report.sh
. "$root/bench/benchmark-report.sh"
trap cleanup EXIT
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
started_at=$(date -u '+%Y-%m-%d %H:%M UTC')

say "Building batchdeck-cli and batchdeck-bench-window (Release) in build/release"
generator=()
[[ -f $build/CMakeCache.txt ]] || generator=(-G Ninja)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" "${generator[@]}" "${launcher[@]}" -DCMAKE_BUILD_TYPE=Release \
    -DBATCHDECK_CHECKED_BUILD=OFF -DBATCHDECK_BUILD_BENCHMARKS=ON >"$work/cmake.log" ||
    die "cmake: $(tail -5 "$work/cmake.log")"
nice cmake --build "$build" --target batchdeck-cli batchdeck-bench-window >"$work/build.log" ||
    die "build: $(tail -20 "$work/build.log")"

sdk_package=$sdk_prefix/node_modules/@llamaindex/llama-cloud/package.json
if [[ $(node -p "require('$sdk_package').version" 2>/dev/null) != "$SDK_VERSION" ]]; then
    say "Installing @llamaindex/llama-cloud@$SDK_VERSION into $sdk_prefix"
    mkdir -p "$sdk_prefix"
    npm install --prefix "$sdk_prefix" --no-audit --no-fund --loglevel=error \
        "@llamaindex/llama-cloud@$SDK_VERSION" >&2
fi

has_concurrency=false has_latency=false has_in_flight=false
export_has --concurrency && has_concurrency=true
serve_demo_has --latency-ms && has_latency=true
serve_demo_has --max-in-flight && has_in_flight=true
default_concurrency=1
if $has_concurrency; then
    default_concurrency=6
else
    notes+=("batchdeck-cli export has no --concurrency here: its default reads one page after another, and the concurrency-1 rows are left out.")
fi
latencies=(0)
if $has_latency; then
    latencies+=("$SLOW_MS")
else
    notes+=("serve-demo has no --latency-ms here: the $SLOW_MS ms rows are left out.")
fi

start_server fast --jobs "$JOBS"
$has_latency && start_server slow --jobs "$JOBS" --latency-ms "$SLOW_MS"
url_at() { if (($1 == 0)); then echo "${server_url[fast]}"; else echo "${server_url[slow]}"; fi; }

# --- The same jobs, twice: BatchDeck's CSV and the SDK's must be the same bytes. ---------------
say "Checking that the SDK script writes BatchDeck's CSV: recording $((JOBS / 1000)) pages"
mkdir "$work/pages"
write_curl_config "$work/record.curl" "${server_url[fast]}" "$work/pages/page-%d.json"
curl -K "$work/record.curl"
node "$root/bench/replay-pages.mjs" "$work/pages" >"$work/replay.port" &
started_pids+=($!)
until [[ -s $work/replay.port ]]; do sleep 0.1; done
replay=http://127.0.0.1:$(cat "$work/replay.port")
"$cli" export --base-url "$replay" --api-key "$key" --output "$work/batchdeck.csv"
node "$root/bench/sdk-export.mjs" "$sdk_prefix" "$replay" "$work/sdk.csv"
if ! cmp "$work/batchdeck.csv" "$work/sdk.csv"; then
    line=$(cmp "$work/batchdeck.csv" "$work/sdk.csv" | grep -o 'line [0-9]*' | cut -d' ' -f2)
    say "first differing line ($line), BatchDeck then SDK:"
    sed -n "${line}p" "$work/batchdeck.csv" | cat -A >&2
    sed -n "${line}p" "$work/sdk.csv" | cat -A >&2
    die "the SDK's CSV differs from BatchDeck's"
fi
rows=$(csv_rows "$work/batchdeck.csv")
((rows == JOBS)) || die "the export has $rows rows, not $JOBS"
say "  same $(wc -c <"$work/sdk.csv") bytes, $rows jobs"

# --- Export times, each contender once per run, in turn. ----------------------------------------
for ms in "${latencies[@]}"; do
    url=$(url_at "$ms")
    write_curl_config "$work/seq-$ms.curl" "$url" /dev/null
done
for ((run = 1; run <= RUNS; run++)); do
    for ms in "${latencies[@]}"; do
        say "Run $run of $RUNS, $ms ms per request"
        url=$(url_at "$ms")
        export_to_file=("$cli" export --base-url "$url" --api-key "$key" --output "$work/out.csv")
        if $has_concurrency; then
            time_once "export_c1_$ms" "${export_to_file[@]}" --concurrency 1
        fi
        time_once "export_default_$ms" "${export_to_file[@]}"
        time_once "sdk_$ms" node "$root/bench/sdk-export.mjs" "$sdk_prefix" "$url" "$work/out.csv"
        time_once "curl_seq_$ms" curl -K "$work/seq-$ms.curl"
        time_once "curl_par6_$ms" curl --parallel --parallel-immediate --parallel-max 6 \
            -K "$work/seq-$ms.curl"
    done
done

# --- Peak resident memory. ----------------------------------------------------------------------
# peak_memory NAME SERVER: one export's peak RSS (/usr/bin/time's %M, in KB), as MB.
peak_memory() {
    /usr/bin/time -f %M -o "$work/peak.kb" "$cli" export --base-url "${server_url[$2]}" \
        --api-key "$key" --output "$work/mem.csv" >"$work/last.log" 2>&1 || die "$1: $(cat "$work/last.log")"
    rm -f "$work/mem.csv"
    units[$1]=MB
    add_sample "$1" "$(awk '{ printf "%.1f", $1 / 1024 }' "$work/peak.kb")"
    say "  $1: $(awk '{ printf "%.1f", $1 / 1024 }' "$work/peak.kb") MB"
}
if [[ -x /usr/bin/time ]]; then
    say "Peak memory of the export at $JOBS jobs"
    for ((run = 1; run <= RUNS; run++)); do peak_memory mem_small fast; done
    start_server big --jobs "$BIG_JOBS"
    say "Peak memory of the export at $BIG_JOBS jobs"
    for ((run = 1; run <= RUNS; run++)); do peak_memory mem_big big; done
    stop_server big
else
    notes+=("/usr/bin/time is missing (Debian package time, in packaging/debian-packages.txt): no memory rows.")
fi

# --- A server that refuses above 3 requests in flight. --------------------------------------------
if $has_in_flight; then
    limited=(--jobs "$JOBS" --max-in-flight 3 --retry-after-ms 200)
    $has_latency && limited+=(--latency-ms "$SLOW_MS")
    start_server limited "${limited[@]}"
    say "Export against serve-demo ${limited[*]}"
    time_once export_limited "$cli" export --base-url "${server_url[limited]}" --api-key "$key" \
        --output "$work/limited.csv"
    stop_server limited
    limited_rows=$(csv_rows "$work/limited.csv")
    limited_line=$(grep -o 'Answered.*' "$work/limited.err" | tail -1 || true)
    say "  $limited_rows rows; $limited_line"
else
    notes+=("serve-demo has no --max-in-flight here: the 429 row is left out.")
fi

# --- The window, under Xvfb. --------------------------------------------------------------------
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.err" &
started_pids+=($!)
until [[ -s $work/display ]]; do
    kill -0 "${started_pids[-1]}" 2>/dev/null || die "Xvfb: $(cat "$work/xvfb.err")"
    sleep 0.1
done
DISPLAY=:$(head -1 "$work/display")
export DISPLAY QT_QPA_PLATFORM=xcb
say "The window on display $DISPLAY: pages, auto-refresh and export against ${server_url[fast]}"
"$benchwin" stalls --base-url "${server_url[fast]}" --runs "$RUNS" >"$work/window.out" \
    2> >(grep -v XDG_RUNTIME_DIR | tee "$work/window.err" >&2) || die "batchdeck-bench-window stalls"
while read -r line; do
    read -r name median min max runs <<<"$(sed 's/[a-z_]*=//g' <<<"$line")"
    fixed[$name]="$median $min $max $runs"
    units[$name]=ms
    if [[ $name == window_export_all ]]; then # seconds, as the other exports
        fixed[$name]=$(awk '{ print $1 / 1000, $2 / 1000, $3 / 1000, $4 }' <<<"${fixed[$name]}")
        units[$name]=s
    fi
done < <(grep '^figure=' "$work/window.out")

# first_window WITH|WITHOUT: one start of the window, its first paint after exec, in ms.
first_window() {
    # shellcheck disable=SC2016 # expanded by the inner bash, just before exec
    local config launch='BENCH_LAUNCH_EPOCH=$EPOCHREALTIME exec "$0" startup'
    config=$(mktemp -d -p "$work") # a first start: no saved settings
    if [[ $1 == with ]]; then
        XDG_CONFIG_HOME=$config timeout 120 dbus-run-session -- bash -c "$launch" "$benchwin"
    else
        XDG_CONFIG_HOME=$config timeout 120 env -u DBUS_SESSION_BUS_ADDRESS bash -c "$launch" "$benchwin"
    fi 2>>"$work/startup.err" | sed -n 's/^first_window_ms=\([0-9.]*\) cpu_ms=\([0-9.]*\)$/\1 \2/p'
}
say "Start-up to the first painted window, with and without a session bus"
first_window with >/dev/null || die "first window: $(tail -3 "$work/startup.err")" # warm-up
for ((run = 1; run <= RUNS; run++)); do
    for bus in with without; do
        read -r ms cpu <<<"$(first_window $bus)"
        [[ -n $ms ]] || die "first window ($bus a session bus): $(tail -3 "$work/startup.err")"
        units[startup_$bus]=ms
        add_sample "startup_$bus" "$ms"
        add_sample "startup_${bus}_cpu" "$cpu"
        say "  startup_$bus: $ms ms ($cpu ms on CPU)"
    done
done

stop_server fast
$has_latency && stop_server slow
write_report "$root/docs/benchmarks.md"
say "Wrote docs/benchmarks.md"
