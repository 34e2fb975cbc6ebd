#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers with Jazzer (io.rdpdoctor.parse.fuzz.ParserFuzzTest).
#
#   bench/fuzz.sh [MINUTES] [TEST...]     (default 10 minutes each, every fuzz test in turn)
#   bench/fuzz.sh 10 tables capture       (only these fuzz tests)
#   bench/fuzz.sh 0 large                 (only the inputs up to the 8 MiB size limit)
#
# Fuzz tests: tables services registryPolicy firewall certsAclEvents clientSystem capture (one per
# parser family, see Family.java, and the whole capture path). They run one after the other, one
# JVM each (Jazzer fuzzes one test per JVM). Each starts from its committed corpus
# (src/test/resources/io/rdpdoctor/parse/fuzz/ParserFuzzTestInputs/TEST/: the real samples and the
# inputs of past findings) and from what earlier runs found, kept in target/fuzz/corpus/TEST/
# (not committed; FUZZ_CORPUS=DIR puts it elsewhere). A finding (an exception other than
# ParseException, an input running longer than FUZZ_TIMEOUT seconds, default 10, or an
# OutOfMemoryError with a heap of FUZZ_HEAP, default 1g) is written as crash-*/timeout-* into the
# committed corpus folder of its test, so that `mvn verify` runs it from then on; the run goes on
# after an exception (up to 50 distinct findings) but stops at a hang.
# "large" (run last by default) is LargeInputTest: every parser on inputs just under the 8 MiB
# size limit (its largest sample repeated, as rows and as one line, and through the capture path),
# each within 60 s and the same heap; the fuzzer's own inputs stay under about 16 KB.
# Exit status 1 when anything was found (Jazzer's JUnit test passes when it went on after a finding).
# Logs: target/fuzz/TEST.log; one summary line per test (executions, coverage, findings) at the end
# and in target/fuzz/summary.txt.
set -uo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
minutes="${1:-10}"
shift || true
tests=("$@")
if [ ${#tests[@]} -eq 0 ]; then
  tests=(tables services registryPolicy firewall certsAclEvents clientSystem capture large)
fi
corpus_root="${FUZZ_CORPUS:-$home/target/fuzz/corpus}"
mkdir -p "$home/target/fuzz"
summary="$home/target/fuzz/summary.txt"
: > "$summary"
status=0
# compiled once: editing sources while it runs does not change the runs still to come
mvn -q -B test-compile || exit 1
for t in "${tests[@]}"; do
  if [ "$t" = large ]; then
    log="$home/target/fuzz/large.log"
    echo "$(date -u +%FT%TZ) inputs up to the size limit (log: $log)"
    start=$(date +%s)
    mvn -B surefire:test -Dtest=LargeInputTest -Dfuzz.large=true -DargLine="-Xmx${FUZZ_HEAP:-1g}" > "$log" 2>&1
    rc=$?
    if [ "$rc" -ne 0 ]; then status=1; fi
    line="large: $(( $(date +%s) - start ))s, exit $rc, $(grep -aE 'Tests run:' "$log" | tail -1 | sed 's/^.*Tests run/tests run/')"
    echo "$line" | tee -a "$summary"
    continue
  fi
  corpus="$corpus_root/$t"
  mkdir -p "$corpus"
  log="$home/target/fuzz/$t.log"
  echo "$(date -u +%FT%TZ) fuzzing $t for ${minutes} min (log: $log)"
  start=$(date +%s)
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${minutes}m" JAZZER_KEEP_GOING=50 \
    mvn -B surefire:test -Dtest="ParserFuzzTest#$t" -Dsurefire.failIfNoSpecifiedTests=false \
      -DargLine="-Xmx${FUZZ_HEAP:-1g} -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=$corpus -Djazzer.internal.arg.2=-timeout=${FUZZ_TIMEOUT:-10} -Djazzer.internal.arg.3=-print_final_stats=1" \
      > "$log" 2>&1
  rc=$?
  secs=$(( $(date +%s) - start ))
  # libFuzzer's last status line ("#N DONE cov: C ft: F corp: ...") and its final stats
  last=$(grep -aE '^#[0-9]+' "$log" | sed 's/^[^#]*//' | tail -1)
  execs=$(grep -ahoE 'stat::number_of_executed_units: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$')
  findings=$(grep -acE '== Java Exception|ERROR: libFuzzer: timeout|OutOfMemoryError' "$log")
  if [ "$rc" -ne 0 ] || [ "$findings" -ne 0 ]; then status=1; fi
  line="$t: ${secs}s, exit $rc, executions ${execs:-?}, last status: ${last:-none}, findings reported: $findings"
  echo "$line" | tee -a "$summary"
done
exit $status
