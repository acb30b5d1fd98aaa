# shellcheck shell=bash disable=SC2154 # sourced by bench/export-benchmark.sh, which sets the globals
# Helpers of bench/export-benchmark.sh (sourced): progress, timings and their statistics, demo
# servers, and the clean-up of everything the run started.

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
    say "FAILED: $*"
    exit 1
}

# Everything started in the background, ended (by its own id) when the script exits.
started_pids=()
cleanup() {
    local pid
    for pid in "${started_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -rf "$work"
}

# Seconds since $1 (an $EPOCHREALTIME), to the millisecond.
seconds_since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }'; }

# samples[NAME] holds one value per run, space-separated; units[NAME] says what they are.
declare -A samples units
add_sample() { samples[$1]+="$2 "; }

# time_once NAME COMMAND...: runs COMMAND (its output to $work/last.log) and adds its wall time,
# and its CPU time (user + system, from /usr/bin/time where there is one) as NAME_cpu.
time_once() {
    local name=$1 started=$EPOCHREALTIME timer=()
    shift
    [[ ! -x /usr/bin/time ]] || timer=(/usr/bin/time -f '%U %S' -o "$work/cpu")
    "${timer[@]}" "$@" >"$work/last.log" 2>&1 || {
        tail -5 "$work/last.log" >&2
        die "$name: $*"
    }
    local took cpu=
    took=$(seconds_since "$started")
    units[$name]=s
    add_sample "$name" "$took"
    if ((${#timer[@]})); then
        cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$work/cpu")
        add_sample "${name}_cpu" "$cpu"
        cpu=" ($cpu s on CPU)"
    fi
    say "  $name: ${took} s$cpu"
}

# Figures a bench program summed up itself: fixed[NAME]="median min max count".
declare -A fixed

# stats NAME: "median min max count" of its samples; empty without samples.
stats() {
    if [[ -n ${fixed[$1]:-} ]]; then
        echo "${fixed[$1]}"
        return
    fi
    [[ -n ${samples[$1]:-} ]] || return 0
    tr ' ' '\n' <<<"${samples[$1]}" | grep . | sort -g | awk '
        { v[NR] = $1 }
        END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
              printf "%s %s %s %d", m, v[1], v[NR], NR }'
}
median() { local s; s=$(stats "$1"); echo "${s%% *}"; }

# start_server NAME SERVE-DEMO-OPTIONS...: one `batchdeck-cli serve-demo` on a free port;
# sets server_url[NAME] and server_pid[NAME]. Its stdout and stderr go to $work/NAME.out/.err.
declare -A server_url server_pid
start_server() {
    local name=$1
    shift
    "$cli" serve-demo --port 0 "$@" >"$work/$name.out" 2>"$work/$name.err" &
    server_pid[$name]=$!
    started_pids+=($!)
    until grep -q 'listening on' "$work/$name.out" 2>/dev/null; do
        kill -0 "${server_pid[$name]}" 2>/dev/null || die "serve-demo $*: $(cat "$work/$name.err")"
        sleep 0.1
    done
    server_url[$name]=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/$name.out" | head -1)
    say "serve-demo $* on ${server_url[$name]}"
}

# stop_server NAME: interrupts it as Ctrl+C would and waits; its last words stay in NAME.err.
stop_server() {
    kill -INT "${server_pid[$1]}" 2>/dev/null || true
    wait "${server_pid[$1]}" 2>/dev/null || true
}

# serve_demo_has OPTION: whether this serve-demo takes OPTION (e.g. --latency-ms).
serve_demo_has() { "$cli" serve-demo --help 2>&1 | grep -q -- "$1"; }
export_has() { "$cli" export --help 2>&1 | grep -q -- "$1"; }

# write_curl_config FILE URL OUTPUT-PATTERN: every page of the job list, 1,000 jobs each; in
# OUTPUT-PATTERN, %d is the page's offset.
write_curl_config() {
    local file=$1 url=$2 pattern=$3 offset
    printf 'header = "Authorization: Bearer %s"\nsilent\nshow-error\nfail\n' "$key" >"$file"
    for ((offset = 0; offset < JOBS; offset += 1000)); do
        printf 'url = "%s/api/v1/beta/batch-processing?limit=1000&offset=%d"\noutput = "%s"\n' \
            "$url" "$offset" "${pattern//%d/$offset}" >>"$file"
    done
}

# csv_rows FILE: the records of a CSV file less its header; a line break inside quotes (an odd
# number of quotes so far) does not end a record.
csv_rows() { awk '{ quotes += gsub(/"/, "\"") } quotes % 2 == 0 { rows++ } END { print rows - 1 }' "$1"; }
