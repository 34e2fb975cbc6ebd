#!/usr/bin/env bash
# Rule mutation testing (docs/testing.md): deletes each rule of a rules directory in turn and runs the
# scenarios again (io.rdpdoctor.scenario.RuleMutation, under src/test); prints the rules, how many
# mutants a scenario killed, and the survivors with their file.
#
#   bench/mutate-rules.sh [RULES_DIR]        (default: rules, the bundled rule base)
#
# Offline build of the test classes (no tests run), then one JVM, one compiled rule base.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
mvn -q -o test-compile dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >&2
exec java -XX:+UseSerialGC -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    io.rdpdoctor.scenario.RuleMutation "$@"
