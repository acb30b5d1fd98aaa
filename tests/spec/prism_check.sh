#!/usr/bin/env bash
# Checks batchdeck-cli's requests against the server's OpenAPI spec (tests/spec/llamacloud-openapi.json)
# with Prism's request validation:
#   tests/spec/prism_check.sh path/to/batchdeck-cli
# Runs `prism mock --errors` on 127.0.0.1 (a free port), then every argument line of
# tests/spec/cli-requests.txt with --base-url http://127.0.0.1:PORT --api-key test-key, and fails
# when Prism reports any request violation (parameters, body, path, the bearer security scheme).
# Prism's mock answers need not satisfy the CLI's strict parser, so what the CLI made of an answer
# is only reported, never judged. Before that, a self-test sends known-bad requests with curl and
# fails unless each is reported as a violation.
# Exit status: 0 no violation, 1 a violation (or a broken self-test), 2 could not run.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
spec="$here/llamacloud-openapi.json"
request_list="$here/cli-requests.txt"
cli_timeout=30
check_started=$(date +%s.%N)

cannot_run() {
    echo "prism_check: $*" >&2
    exit 2
}

[ $# -eq 1 ] || cannot_run "usage: $0 path/to/batchdeck-cli"
cli="$1"
[ -x "$cli" ] || cannot_run "$cli is not an executable batchdeck-cli; pass the built CLI."
command -v curl >/dev/null || cannot_run "curl is missing; install the Debian packages in packaging/debian-packages.txt."
prism="${BATCHDECK_PRISM:-}"
if [ -z "$prism" ]; then
    prism="$("$root/packaging/install-prism.sh" --check)" || exit 2
fi

# Only this machine: no proxy may carry a request elsewhere, and no key or server from the caller's
# environment may leak into a run.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
unset LLAMA_CLOUD_API_KEY LLAMA_CLOUD_BASE_URL
export NO_COLOR=1 FORCE_COLOR=0

work="$(mktemp -d)"
log="$work/prism.log"
prism_pid=""
cleanup() {
    if [ -n "$prism_pid" ]; then
        kill "$prism_pid" 2>/dev/null
        wait "$prism_pid" 2>/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

seconds_since() { echo "$(date +%s.%N) $1" | awk '{ printf "%.1f", $1 - $2 }'; }

free_port() {
    node -e 'const s = require("net").createServer();
             s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# Another process may take the free port before Prism does; then Prism exits and we try again.
# Prism reads the whole 1.4 MB spec before it listens: about 6 s on an idle machine, 30 s and more
# on a busy one, hence the long wait.
start_prism() {
    local attempts waited
    for ((attempts = 0; attempts < 3; attempts++)); do
        port="$(free_port)" || cannot_run "node could not find a free port on 127.0.0.1."
        "$prism" mock --host 127.0.0.1 --port "$port" --errors "$spec" >"$log" 2>&1 &
        prism_pid=$!
        for ((waited = 0; waited < 2400; waited++)); do
            grep -qF "Prism is listening on http://127.0.0.1:$port" "$log" && return 0
            kill -0 "$prism_pid" 2>/dev/null || break
            sleep 0.05
        done
        kill "$prism_pid" 2>/dev/null
        wait "$prism_pid" 2>/dev/null
        prism_pid=""
        grep -q EADDRINUSE "$log" || break
    done
    cat "$log" >&2
    cannot_run "Prism did not start listening on 127.0.0.1 within 120 s (its log is above)."
}

# Prism logs each request as it handles it. After each request group a marker request (a path not
# in the spec) is sent, and the log lines between two markers belong to that group.
marker_prefix="/__batchdeck_spec_check"
marker_count=0
section_start=1
end_section() {
    local marker marker_line waited
    marker_count=$((marker_count + 1))
    marker="$marker_prefix/end-$marker_count"
    curl -s --noproxy '*' -o /dev/null "$base$marker"
    for ((waited = 0; waited < 400; waited++)); do
        marker_line="$(grep -nF "$marker " "$log" | head -n1 | cut -d: -f1)"
        [ -n "$marker_line" ] && break
        sleep 0.05
    done
    [ -n "$marker_line" ] || cannot_run "Prism did not log the marker request $marker within 20 s."
    sed -n "${section_start},$((marker_line - 1))p" "$log" | grep -vF "$marker_prefix/" >"$work/section"
    section_start=$((marker_line + 1))
    # "Violation: request..." lines repeat the validator's earlier lines and may be logged after the
    # answer (so after the marker): they are left out. "Violation: response..." lines are about
    # Prism's own mock answers, not about the CLI.
    grep -E 'Request received' "$work/section" | sed -E 's/.*\[HTTP SERVER\] ([a-z]+) ([^ ]+) .*/\1 \2/' >"$work/requests"
    grep -E '\[VALIDATOR\] +(✖|⚠)|Request terminated with error' "$work/section" | grep -v 'Violation: ' |
        sed -E 's/^.*\[(VALIDATOR|HTTP SERVER)\] //' >"$work/violations"
    grep -F 'Violation: response' "$work/section" | sed -E 's/^.*Violation: //' >>"$work/response-notes"
}

indent() { sed 's/^/        /'; }

# --- self-test: known-bad requests must be reported as violations, a good one must pass ---
self_test_failed=0
self_test() {
    local expect="$1" name="$2"
    shift 2
    curl -s --noproxy '*' -o /dev/null "$@"
    end_section
    if [ "$expect" = violation ] && [ -s "$work/violations" ]; then
        echo "self-test ok: $name -> $( (grep '✖' "$work/violations" || cat "$work/violations") | head -n1)"
    elif [ "$expect" = clean ] && [ ! -s "$work/violations" ] && [ -s "$work/requests" ]; then
        echo "self-test ok: $name -> no violation"
    else
        echo "SELF-TEST FAILED: $name: expected $expect, Prism logged:"
        indent <"$work/section"
        self_test_failed=1
    fi
}

start_prism
base="http://127.0.0.1:$port"
prism_seconds="$(seconds_since "$check_started")"
echo "Prism $("$prism" --version) listening on $base (started in $prism_seconds s), spec $(basename "$spec")"

v1_list="$base/api/v1/beta/batch-processing"
bearer=(-H "Authorization: Bearer test-key")
self_test clean "a valid list request" "${bearer[@]}" "$v1_list?status=completed&limit=10"
self_test violation "status=bogus" "${bearer[@]}" "$v1_list?status=bogus"
self_test violation "no Authorization header" "$v1_list?status=completed"
self_test violation "project_id that is not a UUID" "${bearer[@]}" "$v1_list?project_id=not-a-uuid"
self_test violation "cancel without its required JSON body" "${bearer[@]}" -X POST "$v1_list/bjb-1/cancel"
self_test violation "a path the spec does not have" "${bearer[@]}" "$base/api/v1/beta/batch-processingz"
[ "$self_test_failed" -eq 0 ] || {
    echo "The self-test failed: this check would not catch violations, so it cannot pass."
    exit 1
}

# --- the CLI's requests ---
passed=0
failed=0
while IFS= read -r line || [ -n "$line" ]; do
    [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
    read -ra words <<<"$line"
    timeout "$cli_timeout" "$cli" "${words[@]}" --base-url "$base" --api-key test-key \
        >"$work/cli.out" 2>"$work/cli.err" </dev/null
    cli_status=$?
    end_section

    if [ -s "$work/violations" ]; then
        echo "FAIL  $line"
        echo "      Prism reports a request violation:"
        indent <"$work/violations"
        failed=$((failed + 1))
    elif [ ! -s "$work/requests" ]; then
        echo "FAIL  $line"
        echo "      the CLI sent no request to Prism, so nothing was checked; fix the line or the CLI."
        failed=$((failed + 1))
    else
        echo "ok    $line"
        passed=$((passed + 1))
    fi
    echo "      requests: $(sort "$work/requests" | uniq -c | awk '{ printf "%s%s %s (x%s)", sep, toupper($2), $3, $1; sep = ", " }')"
    if [ "$cli_status" -eq 124 ]; then
        answer="did not finish within $cli_timeout s (stopped)"
    else
        answer="exit $cli_status, $(wc -l <"$work/cli.out") lines on stdout"
    fi
    [ -s "$work/cli.err" ] && answer="$answer; stderr: $(head -n1 "$work/cli.err" | cut -c1-200)"
    echo "      CLI made of the mock answer: $answer"
done <"$request_list"

if [ -s "$work/response-notes" ]; then
    echo "Note, not the CLI's doing: Prism's own mock answers broke the spec $(wc -l <"$work/response-notes") times, e.g.:"
    sort -u "$work/response-notes" | head -n5 | indent
fi
echo "$passed ok, $failed failed; Prism started in $prism_seconds s, whole check $(seconds_since "$check_started") s."
[ "$failed" -eq 0 ]
