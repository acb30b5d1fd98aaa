#!/usr/bin/env bash
# Writes the demo server's real answers into fuzz/corpus/<target>/demo-*: list pages (with and
# without total_size, filtered, empty), job status, items, cancel and error bodies (401, 404, 422).
#   fuzz/seeds/make_demo_seeds.sh [path/to/batchdeck-cli]   (default: build/release/src/cli/batchdeck-cli)
# Traffic goes to 127.0.0.1 only.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cli="${1:-$root/build/release/src/cli/batchdeck-cli}"
corpus="$root/fuzz/corpus"
scratch="$(mktemp -d)"
server_pids=()
cleanup() {
    for pid in "${server_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$scratch"
}
trap cleanup EXIT

# Starts a demo server on a free port; sets $base and $key from what it prints.
start_server() {
    local log="$scratch/server$#.log"
    "$cli" serve-demo --port 0 --jobs 40 "$@" >"$log" 2>&1 &
    server_pids+=($!)
    for _ in $(seq 100); do
        grep -q 'API key:' "$log" 2>/dev/null && break
        sleep 0.1
    done
    base="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" | head -1)"
    key="$(sed -n 's/^API key: \([^ ]*\).*/\1/p' "$log")"
    [ -n "$base" ] && [ -n "$key" ] || { cat "$log" >&2; exit 1; }
}

api=/api/v1/beta/batch-processing
# fetch TARGET NAME [curl args...] PATH_AND_QUERY
fetch() {
    local target="$1" name="$2"
    shift 2
    mkdir -p "$corpus/$target"
    curl -sS -H "Authorization: Bearer $key" "${@:1:$#-1}" "$base${!#}" -o "$corpus/$target/demo-$name"
}

rm -f "$corpus"/*/demo-*
start_server
fetch fuzz_jobpage page-first "$api?limit=3"
fetch fuzz_jobpage page-later "$api?limit=2&offset=37"
fetch fuzz_jobpage page-filtered "$api?limit=3&status=failed"
fetch fuzz_jobpage page-empty "$api?limit=5&offset=40"
job_ids=($(sed 's/"id":"/\n/g' "$corpus/fuzz_jobpage/demo-page-first" | sed -n '2,$s/".*//p'))
fetch fuzz_jobstatus status-first "$api/${job_ids[0]}"
fetch fuzz_jobstatus status-second "$api/${job_ids[1]}"
fetch fuzz_itempage items-first "$api/${job_ids[0]}/items?limit=3"
fetch fuzz_itempage items-later "$api/${job_ids[1]}/items?limit=2&offset=1"
fetch fuzz_jobstatus cancel -H 'Content-Type: application/json' -d '{"reason":"fuzz seed"}' "$api/${job_ids[2]}/cancel"
fetch fuzz_apierror cancel-without-body -X POST "$api/${job_ids[1]}/cancel"
fetch fuzz_apierror not-found "$api/bjb-does-not-exist"
fetch fuzz_apierror invalid-limit "$api?limit=100000"
fetch fuzz_apierror invalid-status "$api?status=nonsense&limit=-1"
key=wrong fetch fuzz_apierror unauthorized "$api?limit=1"

start_server --no-total-size
fetch fuzz_jobpage page-no-total "$api?limit=2"

wc -c "$corpus"/*/demo-*
