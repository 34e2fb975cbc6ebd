#!/usr/bin/env bash
# Cold start of the distribution as a user runs it: target/rdp-doctor-VERSION.zip unpacked into a
# folder whose path has a space, bin/rdp-doctor run from another working folder on a fact file there.
#
#   mvn -q -o package -DskipTests -Ddist.jdk=/usr/lib/jvm/temurin-25-jdk-amd64   (the zip, with a JDK 25 AOT cache)
#   bench/dist-cold-start.sh [N] [JDK25_HOME]                                    (N rounds, default 15)
#
# Every run is a new JVM (the OS file cache is warm). The cases take turns, one run of each per round,
# so a busy moment of this shared machine does not fall on one case only; each case's median wall time
# is printed with its ratio to `java -version` and its median CPU time (user + system, all threads).
# Cases: `java -version` (17 and 25); the launcher's --version; diagnose as shipped (rule model, plus
# the archive lib/cds holds for that Java); diagnose without the rule model (the per-user package
# cache instead, warm after the first round); on JDK 25: no archive, a dynamic CDS archive, the AOT
# cache; on JDK 17: an AppCDS archive made in place (what JDK 17 would gain if it could map an archive
# made elsewhere: it cannot, see bench/RESULTS.md). The per-user archive (a Java with no archive in
# lib/cds, as in the field; on 17 from an installation whose path has no space, "no-archive"): the
# first diagnose (which makes it at exit; a new cache folder each round) and later ones (which map
# it), on 17 (-XX:ArchiveClassesAtExit) and 25 (-XX:+AutoCreateSharedArchive); beside them, for the choice, the JDK 25 AOT cache made the same way
# (-XX:AOTCacheOutput on a first run, -XX:AOTCache later), which the launcher does not use.
set -euo pipefail
n="${1:-15}"
jdk25="${2:-/usr/lib/jvm/temurin-25-jdk-amd64}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
zip=$(ls "$root"/target/rdp-doctor-*.zip | head -n 1)
tmp=$(mktemp -d /tmp/rdp-doctor-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
# "with-cds" has no space in its path: the training runs pass the archive's path in RDP_DOCTOR_JAVA_OPTS,
# which the launcher splits at spaces.
mkdir -p "$tmp/as shipped" "$tmp/with-cds" "$tmp/no-archive" "$tmp/work" "$tmp/cache"
unzip -q "$zip" -d "$tmp/as shipped"
unzip -q "$zip" -d "$tmp/with-cds"
unzip -q "$zip" -d "$tmp/no-archive"
a=$(echo "$tmp/as shipped"/rdp-doctor-*)
b=$(echo "$tmp/with-cds"/rdp-doctor-*)
c=$(echo "$tmp/no-archive"/rdp-doctor-*)
rm -rf "$c/lib/cds"
export XDG_CACHE_HOME="$tmp/cache"
cd "$tmp/work"
cp "$a/facts-samples/gpo-denies-rdp.yaml" host.yaml
j17=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
v17=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$j17/release")
v25=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$jdk25/release" 2>/dev/null || true)

# Install "with cds": dynamic CDS archives made in place (by the launcher's own command line), none AOT.
rm -f "$b"/lib/cds/*.aot
train() { # JAVA_HOME archive
  JAVA_HOME="$1" RDP_DOCTOR_NO_CDS=1 RDP_DOCTOR_JAVA_OPTS="-XX:ArchiveClassesAtExit=$2" "$b/bin/rdp-doctor" diagnose host.yaml >/dev/null 2>&1 || true
}
mkdir -p "$b/lib/cds"
train "$j17" "$b/lib/cds/$v17.jsa"
[ -z "$v25" ] || train "$jdk25" "$b/lib/cds/$v25.jsa"
ls "$b/lib/cds/"*.jsa >/dev/null 2>&1 || echo "note: the in-place CDS archives were not made" >&2
[ -z "$v25" ] || [ -f "$a/lib/cds/$v25.aot" ] || echo "note: no AOT cache for $v25 in the zip (build with -Ddist.jdk=$jdk25)" >&2

labels=(); commands=()
add() { labels+=("$1"); commands+=("$2"); }
add "java -version (17)"                      "java -version"
add "17: --version"                           "JAVA_HOME=$j17 '$a/bin/rdp-doctor' --version"
add "17: diagnose, as shipped (model)"        "JAVA_HOME=$j17 '$a/bin/rdp-doctor' diagnose host.yaml"
add "17: diagnose, package cache, no model"   "JAVA_HOME=$j17 RDP_DOCTOR_JAVA_OPTS=-Drdpdoctor.model=off '$a/bin/rdp-doctor' diagnose host.yaml"
add "17: diagnose, model + AppCDS in place"   "JAVA_HOME=$j17 '$b/bin/rdp-doctor' diagnose host.yaml"
add "17: diagnose, model, no archive"       "JAVA_HOME=$j17 RDP_DOCTOR_NO_CDS=1 '$c/bin/rdp-doctor' diagnose host.yaml"
add "17: per-user archive, first run (makes)" "rm -rf $tmp/user17-first; JAVA_HOME=$j17 RDP_DOCTOR_CACHE_DIR=$tmp/user17-first '$c/bin/rdp-doctor' diagnose host.yaml"
add "17: per-user archive, later runs (maps)" "JAVA_HOME=$j17 RDP_DOCTOR_CACHE_DIR=$tmp/user17-later '$c/bin/rdp-doctor' diagnose host.yaml"
if [ -n "$v25" ]; then
  add "java -version (25)"                    "$jdk25/bin/java -version"
  add "25: --version, as shipped"             "JAVA_HOME=$jdk25 '$a/bin/rdp-doctor' --version"
  add "25: diagnose, model, no archive"       "JAVA_HOME=$jdk25 RDP_DOCTOR_NO_CDS=1 '$a/bin/rdp-doctor' diagnose host.yaml"
  add "25: diagnose, model + dynamic CDS"     "JAVA_HOME=$jdk25 '$b/bin/rdp-doctor' diagnose host.yaml"
  add "25: diagnose, as shipped (model + AOT)" "JAVA_HOME=$jdk25 '$a/bin/rdp-doctor' diagnose host.yaml"
  add "25: per-user archive, first run (makes)" "rm -rf $tmp/user-first; JAVA_HOME=$jdk25 RDP_DOCTOR_CACHE_DIR=$tmp/user-first '$c/bin/rdp-doctor' diagnose host.yaml"
  add "25: per-user archive, later runs (maps)" "JAVA_HOME=$jdk25 RDP_DOCTOR_CACHE_DIR=$tmp/user-later '$c/bin/rdp-doctor' diagnose host.yaml"
  add "25: AOT cache, first run (AOTCacheOutput)" "rm -rf $tmp/aot-first; mkdir $tmp/aot-first; JAVA_HOME=$jdk25 RDP_DOCTOR_NO_CDS=1 RDP_DOCTOR_JAVA_OPTS='-Xlog:aot=off -XX:AOTCacheOutput=$tmp/aot-first/a.aot' '$c/bin/rdp-doctor' diagnose host.yaml"
  add "25: AOT cache, later runs (AOTCache)"   "JAVA_HOME=$jdk25 RDP_DOCTOR_NO_CDS=1 RDP_DOCTOR_JAVA_OPTS='-Xlog:aot=off -XX:AOTCache=$tmp/aot-later/a.aot' '$c/bin/rdp-doctor' diagnose host.yaml"
fi
mkdir -p "$tmp/aot-later"
[ -z "$v25" ] || JAVA_HOME="$jdk25" RDP_DOCTOR_NO_CDS=1 RDP_DOCTOR_JAVA_OPTS="-Xlog:aot=off -XX:AOTCacheOutput=$tmp/aot-later/a.aot" "$c/bin/rdp-doctor" diagnose host.yaml >/dev/null 2>&1 || true
for cmd in "${commands[@]}"; do bash -c "$cmd" >/dev/null 2>&1 || true; done   # warm the OS cache and the package cache; make the per-user archive
[ -z "$v25" ] || [ -f "$tmp/user-later/"*"/$v25.jsa" ] || echo "note: the per-user archive for $v25 was not made" >&2
[ -f "$tmp/user17-later/"*"/$v17.jsa" ] || echo "note: the per-user archive for $v17 was not made" >&2

declare -a wall cpu
for _ in $(seq "$n"); do
  for i in "${!labels[@]}"; do
    t=$( { /usr/bin/time -f "%e %U %S" bash -c "${commands[$i]} >/dev/null 2>&1" || true; } 2>&1 | tail -1)
    wall[$i]="${wall[$i]:-} $(echo "$t" | awk '{printf "%d", $1 * 1000}')"
    cpu[$i]="${cpu[$i]:-} $(echo "$t" | awk '{printf "%d", ($2 + $3) * 1000}')"
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
floor=$(echo "${wall[0]}" | median)
echo "rdp-doctor distribution cold start, $n interleaved rounds, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-42s %8s %8s %8s   %s\n' case "wall ms" "x floor" "cpu ms" "runs (wall ms)"
for i in "${!labels[@]}"; do
  m=$(echo "${wall[$i]}" | median)
  printf '%-42s %8d %8.1f %8d  %s\n' "${labels[$i]}" "$m" "$(echo "$m $floor" | awk '{print $1 / ($2 ? $2 : 1)}')" \
      "$(echo "${cpu[$i]}" | median)" "${wall[$i]}"
done
