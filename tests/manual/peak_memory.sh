#!/bin/bash
# Manual benchmark (not a test): the CLI's peak RSS against hostile servers on 127.0.0.1.
# usage: tests/manual/peak_memory.sh path/to/batchdeck-cli
CLI=$1; port=18771; here=$(dirname "$0"); out=$(mktemp -d)
for mode in endless gzipbomb hugelength; do
  /usr/bin/python3 "$here/hostile_server.py" $mode $port & server=$!
  for i in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.1; done
  ASAN_OPTIONS=detect_leaks=0 /usr/bin/time -v "$CLI" export --base-url http://127.0.0.1:$port \
      --api-key sk-bench-key --max-retries 0 --output "$out/jobs.csv" 2>&1 \
    | grep -E "batchdeck-cli:|Maximum resident|Elapsed" | sed "s/^/$mode: /"
  kill $server 2>/dev/null; wait $server 2>/dev/null; port=$((port + 1))
done
rm -rf "$out"
