#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build/fuzz and runs each for SECONDS.
#   fuzz/run.sh SECONDS [target...]        e.g. fuzz/run.sh 600 fuzz_csv
# Each target starts from a scratch copy of fuzz/corpus/<target> (the committed seeds never grow);
# the inputs it found are kept in build/fuzz/runs/<target>/corpus for a look afterwards.
# Exits non-zero when any target finds a crash, a sanitizer report, a leak, a timeout or a
# failed check; the input is saved under build/fuzz/findings/<target>/.
# Environment: BATCHDECK_FUZZ_BUILD_JOBS (default: nproc) for the build, and
#              BATCHDECK_FUZZ_SKIP_BUILD=1 to run what is already built.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build/fuzz"
all_targets=(fuzz_jobpage fuzz_jobstatus fuzz_itempage fuzz_apierror fuzz_csv fuzz_batchpage
    fuzz_errorshape)

seconds="${1:-}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 SECONDS [target...]   (targets: ${all_targets[*]})" >&2
    exit 2
fi
shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
    if [[ ! " ${all_targets[*]} " =~ " $target " ]]; then
        echo "unknown fuzz target \"$target\" (targets: ${all_targets[*]})" >&2
        exit 2
    fi
done

if [ "${BATCHDECK_FUZZ_SKIP_BUILD:-0}" != 1 ]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Debug with -O1: fast enough to fuzz, and Q_ASSERT stays on (Qt defines QT_NO_DEBUG
    # in every other configuration).
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DBATCHDECK_FUZZ=ON \
        -DBATCHDECK_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
        "${launcher[@]}" >/dev/null
    cmake --build "$build" --target "${targets[@]}" --parallel "${BATCHDECK_FUZZ_BUILD_JOBS:-$(nproc)}"
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LC_ALL=C.UTF-8 TZ=UTC

failed=()
summary=()
for target in "${targets[@]}"; do
    run="$build/runs/$target"
    findings="$build/findings/$target"
    rm -rf "$run" "$findings"
    mkdir -p "$run/corpus" "$findings"
    cp "$root/fuzz/corpus/$target"/* "$run/corpus/"
    dict=()
    [ -f "$root/fuzz/dicts/$target.dict" ] && dict=(-dict="$root/fuzz/dicts/$target.dict")
    echo "== $target: ${seconds} s from $(ls "$run/corpus" | wc -l) seeds"
    status=0
    "$build/fuzz/$target" "$run/corpus" "${dict[@]}" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -malloc_limit_mb=1024 -print_final_stats=1 \
        -artifact_prefix="$findings/" >"$run/log" 2>&1 || status=$?
    # libFuzzer's last status line ("#N DONE cov: C ft: F corp: U/S ... exec/s: E rss: R")
    # and its final stats.
    last="$(grep -E '^#[0-9]+' "$run/log" | tail -1 || true)"
    field() { sed -n "s/.* $1: \([^ ]*\).*/\1/p" <<<"$last"; }
    stat() { sed -n "s/^stat::$1: *//p" "$run/log" | tail -1; }
    line="$(printf '%-15s %6s %10s %8s %6s %7s %12s %7s' "$target" "${seconds}s" \
        "$(stat number_of_executed_units)" "$(stat average_exec_per_sec)" "$(field cov)" \
        "$(field ft)" "$(field corp)" "$(stat peak_rss_mb)MB")"
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        line+="  FAILED (exit $status)"
        echo "-- $target failed; the end of its log ($run/log):" >&2
        tail -40 "$run/log" >&2
        echo "-- saved input(s):" >&2
        ls -l "$findings" >&2
    fi
    echo "$line"
    summary+=("$line")
done

echo
printf '%-15s %6s %10s %8s %6s %7s %12s %7s\n' target time execs exec/s cov ft corpus peak_rss
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -ne 0 ]; then
    echo "Fuzzing found problems in: ${failed[*]} (inputs in $build/findings/)" >&2
    exit 1
fi
