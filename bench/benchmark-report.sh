# shellcheck shell=bash disable=SC2154 # sourced by bench/export-benchmark.sh, which sets the globals
# The report of bench/export-benchmark.sh (sourced): docs/benchmarks.md, one table with every
# figure and each target's ratio, marked met or not met.

# grouped N: 100000 as 100,000.
grouped() { sed -E ':a; s/([0-9])([0-9]{3})($|[^0-9])/\1,\2\3/; ta' <<<"$1"; }

# ratio A B: median(A) / median(B), two decimals.
ratio() { awk -v a="$(median "$1")" -v b="$(median "$2")" 'BEGIN { printf "%.2f", a / b }'; }
# verdict VALUE LIMIT: "met" when VALUE <= LIMIT.
verdict() { awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l ? "met" : "**not met**") }'; }

# figure NAME: "median | min | max | runs" in its unit.
figure() {
    local s unit=${units[$1]}
    s=$(stats "$1")
    case $unit in
    s) awk -v u=" s" '{ printf "%.2f%s | %.2f | %.2f | %d", $1, u, $2, $3, $4 }' <<<"$s" ;;
    *) awk -v u=" $unit" '{ printf "%.1f%s | %.1f | %.1f | %d", $1, u, $2, $3, $4 }' <<<"$s" ;;
    esac
}

# row LABEL NAME [TARGET MEASURED VERDICT]: one line of the table; nothing without figures.
table=()
row() {
    [[ -n $(stats "$2") ]] || return 0
    table+=("| $1 | $(figure "$2") | $(cpu "$2") | ${3:-} | ${4:-} | ${5:-} |")
}

# against NAME OTHER LIMIT TEXT: "TEXT|ratio×|verdict" for a ratio target, empty without OTHER.
against() {
    [[ -n $(stats "$2") ]] || return 0
    local r
    r=$(ratio "$1" "$2")
    printf '%s|%s×|%s' "$4" "$r" "$(verdict "$r" "$3")"
}
# at_most NAME LIMIT TEXT: "TEXT|median|verdict" for a limit on the median itself.
at_most() { printf '%s|%.1f ms|%s' "$3" "$(median "$1")" "$(verdict "$(median "$1")" "$2")"; }

# cpu NAME: the median CPU time that goes with NAME's figure (NAME_cpu), in NAME's unit.
cpu() {
    [[ -n $(stats "$1_cpu") ]] || return 0
    case ${units[$1]} in
    s) printf '%.2f s' "$(median "$1_cpu")" ;;
    *) printf '%.1f %s' "$(median "$1_cpu")" "${units[$1]}" ;;
    esac
}

# row_with LABEL NAME TARGETS...: a row whose targets (from against/at_most) are joined by "; ".
row_with() {
    local label=$1 name=$2 target measured result t
    shift 2
    for t in "$@"; do
        [[ -n $t ]] || continue
        IFS='|' read -r a b c <<<"$t"
        target+="${target:+; }$a" measured+="${measured:+; }$b" result+="${result:+; }$c"
    done
    row "$label" "$name" "${target:-}" "${measured:-}" "${result:-}"
}

collect_rows() {
    local ms sdk_share sdk_text floor
    for ms in "${latencies[@]}"; do
        sdk_share=0.5 sdk_text="1/2"
        ((ms == 0)) || sdk_share=0.25 sdk_text="1/4"
        floor=curl_seq_$ms
        ((default_concurrency == 1)) || floor=curl_par6_$ms
        row_with "BatchDeck export, $ms ms, concurrency 1" "export_c1_$ms" \
            "$(against "export_c1_$ms" "curl_seq_$ms" 1.25 "≤ 1.25× curl one at a time")"
        row_with "BatchDeck export, $ms ms, default ($default_concurrency at once)" "export_default_$ms" \
            "$(against "export_default_$ms" "sdk_$ms" "$sdk_share" "≤ $sdk_text of the SDK's time")" \
            "$(against "export_default_$ms" "$floor" 1.25 "≤ 1.25× curl $default_concurrency at once")"
        row "SDK 2.13.0 beta.batch.list, $ms ms" "sdk_$ms"
        row "curl, same pages one after another, $ms ms" "curl_seq_$ms"
        row "curl, same pages 6 at once, $ms ms" "curl_par6_$ms"
    done
    row "Peak memory, export of $(grouped "$JOBS") jobs" mem_small
    row_with "Peak memory, export of $(grouped "$BIG_JOBS") jobs" mem_big \
        "$(against mem_big mem_small 1.2 "≤ 1.2× the peak at $(grouped "$JOBS")")"
    if [[ -n $(stats export_limited) ]]; then
        local requests refused most share ok=met
        read -r requests refused most <<<"$(sed -E 's/([0-9]),([0-9])/\1\2/g; s/.*Answered ([0-9]+) requests? \(([0-9]+) refused with 429\), at most ([0-9]+) at once.*/\1 \2 \3/' <<<"$limited_line")"
        share=$(awk -v r="${refused:-0}" -v n="${requests:-1}" 'BEGIN { printf "%.1f", 100 * r / n }')
        [[ $limited_rows == "$JOBS" && $(verdict "$share" 10) == met ]] || ok="**not met**"
        row "BatchDeck export against serve-demo ${limited[*]:2}" export_limited \
            "every row; ≤ 10% of requests answered 429" \
            "$(grouped "$limited_rows") rows; $(grouped "$requests") requests, $refused answered 429 ($share%), at most $most at once" "$ok"
    fi
    row "Window: 1,000-row page, request → painted" page_request_to_paint
    row_with "Window: 1,000-row page, answer → painted" page_answer_to_paint \
        "$(at_most page_answer_to_paint 50 "≤ 50 ms")"
    row_with "Window: longest GUI stall, page load" stall_page_load "$(at_most stall_page_load 16 "≤ 16 ms")"
    row_with "Window: longest GUI stall, auto-refresh of a 1,000-row page" stall_auto_refresh \
        "$(at_most stall_auto_refresh 16 "≤ 16 ms")"
    row_with "Window: longest GUI stall, export of all $(grouped "$JOBS") jobs" stall_export_all \
        "$(at_most stall_export_all 16 "≤ 16 ms")"
    row "Window: export of all $(grouped "$JOBS") jobs (ExportRunner)" window_export_all
    row_with "Start-up to the first painted window, with a session bus" startup_with \
        "$(at_most startup_with 300 "≤ 300 ms")"
    row_with "Start-up to the first painted window, without a session bus" startup_without \
        "$(at_most startup_without 300 "≤ 300 ms")"
}

write_report() {
    collect_rows
    local note settings="RUNS=$RUNS" index_section=""
    # bench/index-benchmark.sh's section, at the end of the file, is kept as it is.
    [[ ! -f $1 ]] || index_section=$(sed -n '/^## Index (issue 15/,$p' "$1")
    [[ $JOBS == 100000 ]] || settings+=" JOBS=$JOBS"
    [[ $BIG_JOBS == 1000000 ]] || settings+=" BIG_JOBS=$BIG_JOBS"
    [[ $SLOW_MS == 150 ]] || settings+=" SLOW_MS=$SLOW_MS"
    {
        echo "# Benchmarks (issue 14, \"Fast at scale\")"
        echo
        echo "Written by \`bench/export-benchmark.sh\`; do not edit by hand. Run it again with:"
        echo
        echo '```sh'
        echo "$settings nice bash bench/export-benchmark.sh"
        echo '```'
        echo
        echo "- Date: $started_at"
        echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores"
        echo "- RAM: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
        echo "- Kernel: $(uname -sr); Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?'); node $(node --version); $(curl --version | head -1 | cut -d' ' -f1-2)"
        echo "- Load average at the start: $load_at_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg) (a shared machine: other work ran beside this one)"
        echo "- $(grouped "$JOBS") jobs per export (1,000 per page), CSV to a file; $RUNS runs per figure unless the Runs column says otherwise; every server is \`batchdeck-cli serve-demo\` on 127.0.0.1, one per latency"
        echo
        echo "| Figure | Median | Min | Max | Runs | CPU | Target | Measured | Result |"
        echo "|---|---|---|---|---|---|---|---|---|"
        printf '%s\n' "${table[@]}"
        echo
        echo "Ratios compare medians. A stall is the largest gap between the ticks of a 1 ms timer on the GUI thread; its target is judged on the median run's value (each run's value is already the worst gap of that run). CPU is the median CPU time (user + system) that goes with the figure: of the whole process for an export and for start-up, of the GUI thread during the stall for a stall; the rest of the wall time is waiting, for the server, the disk or a core that other processes hold on a loaded machine."
        echo
        echo "## How each figure is taken"
        echo
        echo "- **Exports**: wall time of \`batchdeck-cli export --output FILE\` (Release build), of \`node bench/sdk-export.mjs\` (the SDK's \`for await (const job of client.beta.batch.list({limit: 1000}))\`, writing the same CSV) and of one \`curl -K\` with every page's URL (keep-alive; \`--parallel --parallel-immediate --parallel-max 6\` for 6 at once), bodies to /dev/null. In each run every contender runs once, in turn."
        echo "- **Same CSV**: before timing, the pages are recorded once with curl and served again byte for byte (\`bench/replay-pages.mjs\`, since the demo's running jobs move on with every request); BatchDeck's export and the SDK script's CSV of them are compared with \`cmp\`, and the script stops if they differ. They were the same."
        echo "- **Peak memory**: \`/usr/bin/time -f %M\` (maximum resident set) of the default export."
        echo "- **Window** (\`bench/window_stalls.cpp\`, Release, under Xvfb): the MainWindow against the 0 ms serve-demo (another process, so serving never runs on the GUI thread), 1,000-row pages. Request → painted: from \`showPage()\` to the first paint of the table's viewport after the page reached the model, plus the event loop's next turn (the frame flushed); answer → painted: from the end of the page's HTTP call (\`ApiClient::activeCallsChanged\`) to the same moment. Stalls are taken from the request until 100 ms after that paint, from an auto-refresh (what \`AutoRefresh::due\` calls) until 100 ms after its page, and over the window's export of every job (\`ExportRunner::exportMatching\`, progress dialog and all) until its result box."
        echo "- **Start-up**: \`batchdeck-bench-window startup\` does what \`src/app/main.cpp\` does (message handler, QApplication, MainWindow with the system keychain, show, start) with no saved settings (a first start: the welcome page). The time runs from bash's \`\$EPOCHREALTIME\` just before \`exec\` of the program to the window's first paint (plus the event loop's next turn), under \`dbus-run-session --\` and under \`env -u DBUS_SESSION_BUS_ADDRESS\`. One start before the runs warms the caches."
        if grep -q 'longest stall' "$work/window.err" 2>/dev/null; then
            echo
            echo "Where the window's export stalled (when its longest stall ended):"
            echo
            grep 'longest stall' "$work/window.err" | sed 's/^ *window: /- /'
        fi
        if ((${#notes[@]})); then
            echo
            echo "## Left out in this run"
            echo
            for note in "${notes[@]}"; do echo "- $note"; done
        fi
        if [[ -n $index_section ]]; then
            echo
            echo "$index_section"
        fi
    } >"$1"
}
