#!/usr/bin/env bash
# Big-host benchmark (issue 11, adversarial review F5/F6): is a diagnosis linear in the size of a host?
#
#   bench/big-host.sh [RUNS] [N...]        (default: 3 runs, N = 1000 10000)
#
# bench/big-host.py writes, for each N, three constructed fact files under $BENCH_DIR (default
# /tmp/rdp-doctor-big-host): N Security 4625 failed logons (one user and one address each), N accounts
# with N group members (nested: user -> team -> department -> Remote Desktop Users) and user rights,
# and N firewall rules. Each is diagnosed RUNS times (a new JVM each time, runs taking turns) with
# `rdp-doctor diagnose FILE > /dev/null`, plus a small host ("base": the same host with none of them)
# for the fixed cost of starting the JVM and loading the rules. It prints the median wall time and
# peak RSS per file and the time above the base. Then bench/BigHostPhases.java times the rules and
# the ranking apart in one warm JVM (median of 5 runs after 2 warm-up runs each) and prints, for each
# kind, the ratio of the times between consecutive sizes: linear work gives about the ratio of the
# sizes (10 for 1000 -> 10000) or less (fixed costs), quadratic work its square (100). The wall times
# of a 1,000-fact host are within the noise of the JVM start, so only the warm phases give ratios.
set -euo pipefail
runs="${1:-3}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
dir="${BENCH_DIR:-/tmp/rdp-doctor-big-host}"
mkdir -p "$dir"

# Build (the launcher's first use) and warm the rule cache.
./rdp-doctor diagnose facts-samples/gpo-denies-rdp.yaml >/dev/null 2>&1 || true
python3 bench/big-host.py "$dir" 0 "${sizes[@]}"

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
files=(events-0)
for n in "${sizes[@]}"; do files+=(events-$n accounts-$n firewall-$n); done
declare -A wall rss
for f in "${files[@]}"; do wall[$f]=""; rss[$f]=""; done
for r in $(seq "$runs"); do
  for f in "${files[@]}"; do
    /usr/bin/time -f "%e %M" -o "$dir/time.txt" ./rdp-doctor diagnose "$dir/$f.json" >/dev/null 2>"$dir/$f.err" || true
    read -r t m < <(tail -1 "$dir/time.txt")
    wall[$f]+=" $t"; rss[$f]+=" $m"
  done
done
base="$(echo "${wall[events-0]}" | median)"
printf '%-16s %10s %12s %14s\n' "host" "wall s" "peak RSS MB" "above base s"
printf '%-16s %10s %12s %14s\n' "base (empty)" "$base" "$(( $(echo "${rss[events-0]}" | median) / 1024 ))" "-"
declare -A above
for f in "${files[@]:1}"; do
  t="$(echo "${wall[$f]}" | median)"
  above[$f]="$(awk -v t="$t" -v b="$base" 'BEGIN {d = t - b; if (d < 0.01) d = 0.01; printf "%.2f", d}')"
  printf '%-16s %10s %12s %14s\n' "$f" "$t" "$(( $(echo "${rss[$f]}" | median) / 1024 ))" "${above[$f]}"
done
# The two phases apart, in one warm JVM: the rules (RuleBase.infer) and the ranking (Ranker.rank).
echo
args=()
for n in "${sizes[@]}"; do args+=("$dir/events-$n.json" "$dir/accounts-$n.json" "$dir/firewall-$n.json"); done
java -XX:+UseSerialGC -cp "$home/target/rdp-doctor.jar" bench/BigHostPhases.java rules "${args[@]}"
