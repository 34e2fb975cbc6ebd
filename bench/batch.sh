#!/usr/bin/env bash
# Batch benchmark of rdp-doctor (issue 6). Not part of `mvn verify`.
#
#   bench/batch.sh [RUNS] [N...]        (default: 3 runs, N = 10000 100000)
#
# For each N it generates N realistic fact files once (io.rdpdoctor.batch.FleetGenerator: the
# samples of facts-samples/, a third healthy, each with its own host name and addresses, JSON,
# ~45 facts each) under $BENCH_DIR (default /tmp/rdp-doctor-bench), then measures, RUNS times each
# and taking turns, with a new JVM every run (JVM start, rule loading and JIT warm-up included):
#   read     ./rdp-doctor batch DIR --read-only -q      only finding, reading and parsing the files
#   jsonl    ./rdp-doctor batch DIR -q > /dev/null      full batch, JSON Lines to standard output
#   report   ./rdp-doctor batch DIR --out OUT -q        full batch with the fleet report (report.html...)
# and prints the medians: wall time, throughput (hosts/s), the ratio full / read, and peak RSS
# (/usr/bin/time's maximum resident set size), and the CPU time (user + system): on a shared machine
# the wall time depends on what else runs, "cpu hosts/s" = N / (CPU seconds / cores) is what an idle
# machine would at best reach. Goals: >= 12,000 hosts/s at N = 100,000; ratio <= 1.25;
# peak RSS <= 512 MB, the larger N within 1.1x of the smaller.
set -euo pipefail
runs="${1:-3}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
bench="${BENCH_DIR:-/tmp/rdp-doctor-bench}"
mkdir -p "$bench"

# Build (the launcher's first use) and make sure the rule cache is warm.
./rdp-doctor diagnose facts-samples/gpo-denies-rdp.yaml >/dev/null || [ $? -eq 4 ]
cp="$home/target/rdp-doctor.jar"

for n in "${sizes[@]}"; do
  if [ "$(cat "$bench/fleet-$n/.count" 2>/dev/null)" != "$n" ]; then
    rm -rf "$bench/fleet-$n"
    java -Drdpdoctor.home="$home" -cp "$cp" io.rdpdoctor.batch.FleetGenerator "$bench/fleet-$n" "$n"
    echo "$n" > "$bench/fleet-$n/.count"
  fi
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # label n command...  -> appends "seconds rss_kb" to $bench/$label-$n.runs
  local label=$1 n=$2; shift 2
  local rc=0
  /usr/bin/time -f "%e %M %U %S" -o "$bench/.time" "$@" >/dev/null 2>"$bench/.err" || rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 4 ] && [ "$rc" -ne 3 ]; then echo "$label N=$n: exit code $rc" >&2; cat "$bench/.err" >&2; fi
  tail -1 "$bench/.time" >> "$bench/$label-$n.runs"
}

for n in "${sizes[@]}"; do
  rm -f "$bench"/*-"$n".runs
  for _ in $(seq "$runs"); do
    measure read "$n" ./rdp-doctor batch "$bench/fleet-$n" --read-only -q
    measure jsonl "$n" ./rdp-doctor batch "$bench/fleet-$n" -q
    measure report "$n" ./rdp-doctor batch "$bench/fleet-$n" --out "$bench/out-$n" -q
  done
done

echo "rdp-doctor batch, $runs runs each, $(nproc) cores, $(java -version 2>&1 | head -1), load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %8s %8s %9s %8s %8s %10s %8s   %s\n' case N "wall s" "hosts/s" "vs read" "RSS MB" "cpu hosts/s" "cpu/read" "runs (s)"
for n in "${sizes[@]}"; do
  read_s=$(cut -d' ' -f1 "$bench/read-$n.runs" | median)
  read_cpu=$(awk '{print $3 + $4}' "$bench/read-$n.runs" | median)
  for label in read jsonl report; do
    s=$(cut -d' ' -f1 "$bench/$label-$n.runs" | median)
    rss=$(cut -d' ' -f2 "$bench/$label-$n.runs" | median)
    cpu=$(awk '{print $3 + $4}' "$bench/$label-$n.runs" | median)
    printf '%-8s %8d %8.2f %9.0f %8.2f %8.0f %10.0f %8.2f   %s\n' "$label" "$n" "$s" "$(echo "$n / $s" | bc -l)" \
      "$(echo "$s / $read_s" | bc -l)" "$(echo "$rss / 1024" | bc -l)" "$(echo "$n / ($cpu / $(nproc))" | bc -l)" \
      "$(echo "$cpu / $read_cpu" | bc -l)" "$(cut -d' ' -f1 "$bench/$label-$n.runs" | tr '\n' ' ')"
  done
done
