#!/usr/bin/env bash
# Cold-start benchmark of rdp-doctor.
#
#   bench/cold-start.sh [N]        (N runs per case, default 10; prints medians in ms)
#
# Every run is a new JVM ("cold" for the JVM; the OS file cache is warm, as for a user running the
# tool twice). Cases:
#   java -version                  the floor: JVM start alone
#   compile                        no rule model, no rule cache, no CDS archive: the DRL is compiled
#   cache                          rule-package cache hit, no model, no CDS archive, no preloading thread
#   model                          the rule model (target/rule-model.jar), no CDS archive, no preloading thread
#   launcher, no model             ./rdp-doctor with RDP_DOCTOR_NO_MODEL=1: cache + CDS + preloading thread
#   launcher                       ./rdp-doctor as shipped: model + CDS + preloading thread
#   launcher, rule changed         after a change to a rule file's content: the DRL path, compile + store
# The cases take turns. The rule file changed by the last case is restored before the next round
# and at the end.
# Compare with another checkout (e.g. the foundation's) with bench/cold-ab.sh.
set -euo pipefail
n="${1:-10}"
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
facts=facts-samples/gpo-denies-rdp.yaml
rule=rules/derive/rdp-port.drl

# Build, make the cache and the archive (the launcher's first use).
./rdp-doctor diagnose "$facts" >/dev/null || [ $? -eq 4 ]
jar="$home/target/rdp-doctor.jar"
model="$home/target/rule-model.jar"
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Drdpdoctor.home="$home")
cache=(-Drdpdoctor.cache="$home/target/rule-cache")
nocache=(-Drdpdoctor.cache=off)
cli=io.rdpdoctor.cli.RdpDoctor
[ -f "$home/target/rdp-doctor.jsa" ] || echo "note: no CDS archive (see target/cds.log)" >&2
[ -f "$model" ] || echo "note: no rule model (see target/model.log); the model case runs without it" >&2

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

backup="$(mktemp)"
cp -p "$rule" "$backup"
restore() { cp -p "$backup" "$rule"; rm -f "$backup"; ./rdp-doctor diagnose "$facts" >/dev/null 2>&1 || true; }
trap restore EXIT

labels=(); befores=(); commands=()
add_case() { labels+=("$1"); befores+=("$2"); commands+=("$3"); }
add_case "java -version"                "cp -p $backup $rule"  "java -version"
add_case "compile"                      ""  "java ${opts[*]} ${nocache[*]} -Drdpdoctor.model=off -cp $jar $cli diagnose $facts"
add_case "cache"                        ""  "java ${opts[*]} ${cache[*]} -Drdpdoctor.model=off -cp $jar $cli diagnose $facts"
add_case "model"                        ""  "java ${opts[*]} ${cache[*]} -cp $jar:$model $cli diagnose $facts"
add_case "launcher, no model"           ""  "RDP_DOCTOR_NO_MODEL=1 ./rdp-doctor diagnose $facts"
add_case "launcher"                     ""  "./rdp-doctor diagnose $facts"
add_case "launcher, rule changed"       "cp -p $backup $rule; echo \"// bench \$(date +%s%N)\" >> $rule" \
                                            "./rdp-doctor diagnose $facts"

# The cases take turns (run 1 of every case, then run 2, ...), so that a busy moment of the machine
# does not fall on one case only.
declare -a runs
for _ in $(seq "$n"); do
  for i in "${!labels[@]}"; do
    [ -z "${befores[$i]}" ] || eval "${befores[$i]}"
    s=$(date +%s%N)
    rc=0; eval "${commands[$i]}" >/dev/null 2>&1 || rc=$?
    runs[$i]="${runs[$i]:-} $(ms "$s")"
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 4 ]; then echo "${labels[$i]}: exit code $rc" >&2; fi
  done
done

echo "rdp-doctor cold start, $n runs each, $(nproc) cores, $(java -version 2>&1 | head -1)"
for i in "${!labels[@]}"; do
  printf '%-30s median %5d ms   runs:%s\n' "${labels[$i]}" "$(echo "${runs[$i]}" | median)" "${runs[$i]}"
done
