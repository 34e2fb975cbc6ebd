#!/usr/bin/env bash
# Cold start of two or more rdp-doctor checkouts, interleaved: the same diagnosis by each one's
# launcher, run 1 of every checkout, then run 2, ... so that a busy moment of the machine does not
# fall on one of them only (on this kind of VM the same binary runs 0.9 s in one quarter of an hour
# and 1.3 s in the next; only interleaved runs compare).
#
#   bench/cold-ab.sh N DIR...      e.g. bench/cold-ab.sh 10 /tmp/foundation .
#
# Each DIR is a checkout (git worktree add /tmp/foundation <commit>); its launcher builds it and makes
# its caches on the first, untimed run. Prints, per checkout, the median wall time and the median CPU
# time (user + system, all threads) in ms, and each run's wall time.
set -euo pipefail
n="$1"; shift
facts=facts-samples/gpo-denies-rdp.yaml
for d in "$@"; do
  (cd "$d" && ./rdp-doctor diagnose "$facts" >/dev/null 2>&1) || [ $? -eq 4 ] || { echo "$d: the launcher failed" >&2; exit 1; }
done
declare -A wall cpu
for _ in $(seq "$n"); do
  for d in "$@"; do
    t=$( { /usr/bin/time -f "%e %U %S" bash -c "cd '$d' && ./rdp-doctor diagnose $facts >/dev/null 2>&1" || true; } 2>&1 | tail -1)
    wall[$d]="${wall[$d]:-} $(echo "$t" | awk '{printf "%d", $1 * 1000}')"
    cpu[$d]="${cpu[$d]:-} $(echo "$t" | awk '{printf "%d", ($2 + $3) * 1000}')"
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "rdp-doctor cold start, interleaved, $n runs each, $(nproc) cores, $(java -version 2>&1 | head -1)"
for d in "$@"; do
  printf '%-40s wall median %5d ms   cpu median %5d ms   runs:%s\n' "$d" "$(echo "${wall[$d]}" | median)" \
      "$(echo "${cpu[$d]}" | median)" "${wall[$d]}"
done
