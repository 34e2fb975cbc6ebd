#!/usr/bin/env bash
# Benchmark of `rdp-doctor serve` (issue 15). Not part of `mvn verify`. Needs wrk (apt-get install wrk).
#
#   bench/serve.sh [SECONDS]          (default: 30 s per measurement)
#
# Starts `./rdp-doctor serve` on a free loopback port (the launcher's own JVM options), then, with
# wrk on loopback, for two typical requests:
#   paste   POST /api/diagnose, text/plain: facts-samples/captures/ticket-paste.txt (a console
#           transcript: sc query, netstat, Test-NetConnection; 3.5 KB)
#   zip     POST /api/diagnose, application/zip: facts-samples/captures/all-commands zipped (the
#           collector's full capture: 37 files, every parser)
# it measures
#   1. warm-up: 20 s at 4 connections (JIT, session pool), not reported;
#   2. latency: SECONDS at 4 connections (as many requests in flight as the server diagnoses at
#      once, 2 per core): p50, p90, p99 (wrk --latency); goal p99 <= 20 ms for the paste;
#   3. load: SECONDS at 100 connections: every answer must be 200, no socket error;
#   4. memory: 10,000 more requests of the paste, in rounds of 3 s, the server's RSS
#      (/proc/PID/status VmRSS) after each: flat means the last within 1.1x of the first.
# wrk counts every answer that is not 2xx ("Non-2xx or 3xx responses") and every socket error.
# The machine is shared: the load average is printed with the figures.
set -euo pipefail
secs="${1:-30}"
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
command -v wrk >/dev/null || { echo "bench/serve.sh: wrk is missing (apt-get install wrk)" >&2; exit 2; }
work="$(mktemp -d /tmp/rdp-doctor-serve-bench.XXXXXX)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

(cd facts-samples/captures/all-commands && python3 -c "
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for f in sorted(os.listdir('.')):
        z.write(f, 'SRV01-20250314-093000/' + f)
" "$work/capture.zip")

./rdp-doctor serve --port 0 >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
  url="$(sed -n 's/.*open \(http:[^ ]*\) in a browser.*/\1/p' "$work/serve.log")"
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.5
done
[ -n "$url" ] || { echo "bench/serve.sh: serve did not start" >&2; exit 1; }
# the launcher execs java: the server's PID is the launcher's
api="${url}api/diagnose"

# wrk script: POST a file's bytes
lua() { # FILE CONTENT-TYPE
  cat >"$work/post.lua" <<LUA
local f = assert(io.open("$1", "rb")); local body = f:read("*a"); f:close()
wrk.method = "POST"; wrk.body = body; wrk.headers["Content-Type"] = "$2"
LUA
}

cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.0f", ($14 + $15) * 1000 / hz}' "/proc/$server_pid/stat"; }
requests() { awk '/requests in/ {print $1}'; }
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$server_pid/status"; }
pct() { # LABEL wrk-output: p50 p90 p99 from --latency
  awk -v l="$1" '/Latency Distribution/ {d=1} d && /50%/ {p50=$2} d && /90%/ {p90=$2} d && /99%/ {p99=$2}
    /Requests\/sec/ {rps=$2} /Non-2xx/ {bad=$NF} /Socket errors/ {se=$0}
    END {printf "%-28s p50 %8s  p90 %8s  p99 %8s  %8s req/s  non-200: %s  %s\n", l, p50, p90, p99, rps, (bad==""?0:bad), (se==""?"socket errors: 0":se)}'
}

echo "rdp-doctor serve benchmark, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
for kind in paste zip; do
  if [ "$kind" = paste ]; then lua "$home/facts-samples/captures/ticket-paste.txt" text/plain
  else lua "$work/capture.zip" application/zip; fi
  wrk -t2 -c4 -d20s -s "$work/post.lua" "$api" >/dev/null
  before=$(cpu_ms)
  wrk -t2 -c4 -d"${secs}s" --latency -s "$work/post.lua" "$api" >"$work/wrk.txt"
  pct "$kind, 4 connections" <"$work/wrk.txt"
  # the server's own CPU time per request: what an idle machine's latency would at best be
  echo "  server CPU per request: $(awk -v a="$before" -v b="$(cpu_ms)" -v n="$(requests <"$work/wrk.txt")" 'BEGIN {printf "%.2f ms", (b - a) / n}') (user + system, /proc/PID/stat)"
  wrk -t4 -c100 -d"${secs}s" --latency --timeout 30s -s "$work/post.lua" "$api" | pct "$kind, 100 connections"
done

# memory: rounds of 3 s until 10,000 more requests of the paste were answered; RSS after each round
lua "$home/facts-samples/captures/ticket-paste.txt" text/plain
# first let the zips still queued from the last run drain (they would hold the first rounds)
wrk -t2 -c4 -d10s -s "$work/post.lua" "$api" >/dev/null
total=0
line="RSS (MB) after N more requests: 0: $(rss)"
while [ "$total" -lt 10000 ]; do
  wrk -t2 -c4 -d3s -s "$work/post.lua" "$api" >"$work/wrk.txt"
  grep -E "Non-2xx|Socket errors" "$work/wrk.txt" || true
  total=$((total + $(requests <"$work/wrk.txt")))
  line="$line, $total: $(rss)"
done
echo "$line"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
