#!/bin/sh
# Peak resident memory of `batchdeck-cli export-batches` reading one v2 page with large configs,
# for CSV and JSON Lines, against bench/v2_page_server.py on 127.0.0.1. Run by hand:
#   [CONFIG_KB=64] bench/v2_page_memory.sh BUILD_DIR [MEGABYTES...]   (CONFIG_KB: each config's size)
# Prints, per page size and format, the peak (ru_maxrss) and the peak above a 1-batch page.
set -eu
build=$1
shift
sizes=${*:-"8 16 32 60"}
here=$(dirname "$0")
cli=$build/src/cli/batchdeck-cli
out=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$out"' EXIT

peak_kb() { # format, port
    LLAMA_CLOUD_API_KEY=sk-bench /usr/bin/time -f %M -o "$out/time" "$cli" export-batches \
        --base-url "http://127.0.0.1:$2" --format "$1" --output "$out/batches.$1" >/dev/null 2>"$out/err" \
        || { cat "$out/err" >&2; exit 1; }
    cat "$out/time"
}

port=18741
python3 "$here/v2_page_server.py" $port 0.01 2>/dev/null &
server=$!
sleep 2
base_csv=$(peak_kb csv $port)
base_json=$(peak_kb json $port)
kill $server
echo "baseline (one small page): csv ${base_csv} KB, json ${base_json} KB"
for mb in $sizes; do
    port=$((port + 1))
    python3 "$here/v2_page_server.py" $port "$mb" "${CONFIG_KB:-64}" 2>"$out/page" &
    server=$!
    while ! grep -q page "$out/page" 2>/dev/null; do sleep 1; done
    sleep 1
    for format in csv json; do
        kb=$(peak_kb $format $port)
        base=$base_csv
        [ $format = json ] && base=$base_json
        echo "$mb MB page ($(cat "$out/page")), $format: peak $((kb / 1024)) MB," \
            "above baseline $(((kb - base) / 1024)) MB = $(echo "scale=1; ($kb - $base) / ($mb * 1024)" | bc)x"
    done
    kill $server
done
